using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>What governs a stance phrase: a consideration, advocacy, a hedge or speculation.</summary>
internal static partial class SentenceAnalyzer
{
    private enum Governed
    {
        Plain,
        Review,
        NotUnderReview,
        Skip,
    }

    // "is not considering", and "does not intend to review restrictions": an intention denied is denied too.
    private static bool IsNegatedReview(SentenceFacts facts, PhraseMatch review, int clauseStart) =>
        !facts.Slice(review.Start, review.End).StartsWith("not", StringComparison.OrdinalIgnoreCase)
        && facts.Of(Cue.Negator).Exists(m => m.Start >= clauseStart && m.End <= review.Start
            && (review.Start - m.End <= 1 || (review.Start - m.End <= 3 && IsIntention(facts, m.End, review.Start))));

    private static bool IsIntention(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (facts.Tokens[i].Text is not ("intend" or "intends" or "plan" or "plans" or "planning" or "going" or "to"))
            {
                return false;
            }
        }

        return facts.Tokens[end - 1].Text == "to";
    }

    // The earliest governing phrase before the stance phrase decides: "working on Kyiv's request to lift" is a
    // consideration; "urged allies to allow" is advocacy; "stopped short of authorising" and "whether" hedge;
    // "would soon overturn its ban" is speculation (a prohibition stated with "would not" still stands).
    private static Governed Modality(SentenceFacts facts, StanceCue cue, int clauseStart, bool allows, bool othersWeapons)
    {
        var governors = facts.Matches
            .Where(m => m.Cue is Cue.Review or Cue.Advocacy or Cue.Hedge or Cue.Speculative && m.Start >= clauseStart && !IsAttribution(facts, m) && !IsNamePart(facts, m) && !IsRubric(facts, m) && !IsVenue(facts, m)
                && !IsConcessive(facts, m) && !IsRegard(facts, m, cue) && !IsDemandForAssurance(facts, m) && !IsBeingAsked(facts, m) && !IsPastDeliberation(facts, m) && !IsProcedureName(facts, m) && !IsLongSought(facts, m) && !IsGrantedRequest(facts, m) && !IsConviction(facts, m) && !IsSourcesLicence(facts, m)
                && (m.Start < cue.Start || (m.Cue == Cue.Hedge && m.Start == cue.Start && m.Length > cue.End - cue.Start))
                && !IsInSubordinateClause(facts, m, cue) && !IsDepartureFromOther(facts, m, cue)
                // "Biden, who was also expected to attend the Rio gathering, authorized ...": what an aside expects of
                // its subject does not reach the verb after it.
                && !(m.Cue == Cue.Speculative && InClosedAside(facts, m.Start, cue.Start)))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .ToList();

        // "allowing such strikes remains an option": the consideration is stated after what it considers.
        // Not so when denied: "who stated that no such changes were being discussed"; nor for a clause before a "but"
        // ("has not given permission yet but its approval appears imminent").
        if (facts.Of(Cue.ReviewAfter).Exists(m => m.Start >= cue.Start && (governors.Count == 0 || governors[0].Cue != Cue.Hedge)
            && !facts.Of(Cue.Negator).Exists(n => n.Start >= Math.Max(cue.End, m.Start - 6) && n.End <= m.Start)
            && !facts.ContainsToken(cue.End, m.Start, "but", "yet", "however", "although", "though", "whereas")))
        {
            return Governed.Review;
        }

        if (IsAnsweredQuestion(facts, cue))
        {
            return Governed.Review;
        }

        // "targets that Kyiv believes it could strike using U.S. weapons if given permission": a permission on a
        // condition still to be met is not granted.
        if (allows && facts.Of(Cue.Speculative).Exists(m => m.Start >= cue.End && m.Start - cue.End <= 12 && facts.Tokens[m.Start].Text == "if"))
        {
            return Governed.Skip;
        }

        foreach (var governor in governors)
        {
            switch (governor.Cue)
            {
                // "ministers gathered to discuss ... Biden's decision to lift restrictions": what is discussed is a decision
                // already taken.
                case Cue.Review when IsDecisionTaken(facts, clauseStart, cue):
                    continue;
                case Cue.Review:
                    // "is not considering lifting" keeps the restriction; "has not ruled out" is a review phrase of its own.
                    return IsNegatedReview(facts, governor, clauseStart) ? Governed.NotUnderReview : Governed.Review;
                // "talks about whether to approve ...": deliberating what to do is a consideration; "unclear whether
                // the US would allow" stays unknown.
                case Cue.Hedge when IsWhetherToDecide(facts, governor) || IsQuestionUnderReview(facts, governor):
                    return Governed.Review;
                // "When pressed on whether Trump supports Ukrainian strikes into Russia, Kellogg affirmed, “Yes,”": the
                // question answered yes states what it asked.
                case Cue.Hedge when IsQuestionAnsweredYes(facts, governor, cue):
                    continue;
                // "When asked whether he had made a decision on allowing Ukraine to use US-made long-range weapons,
                // Biden answered: “No.”": the permission asked about is refused.
                case Cue.Hedge when IsQuestionAnsweredNo(facts, governor):
                    return Governed.NotUnderReview;
                case Cue.Hedge:
                    return Governed.Skip;
                // "is expected to launch talks about whether to approve": what is expected is a deliberation, which
                // the later governor reads.
                case Cue.Speculative when governors.Exists(g => g.Start > governor.Start && (g.Cue == Cue.Review || (g.Cue == Cue.Hedge && IsWhetherToDecide(facts, g)))):
                    continue;
                // "the US could restrict Ukraine's use of British missiles" imagines a ban; "would refuse" reports one.
                // So does "said Italian weapons could only be used inside Ukraine": "could only" confining use is the
                // reported "can only".
                case Cue.Speculative when !cue.Allows && !allows && cue.Start - governor.End <= 2 && facts.Tokens[governor.Start].Text is not "would"
                    && !(facts.Tokens[governor.Start].Text == "could" && facts.Tokens[cue.Start].Text == "only")
                    // "is expected to keep in place its restrictions": what is to be kept is in place now.
                    && !facts.Tokens[cue.Start].Text.StartsWith("keep", StringComparison.Ordinal)
                    && !facts.Tokens[cue.Start].Text.StartsWith("maintain", StringComparison.Ordinal)
                    && !IsSignal(facts, governor)
                    && !IsExpectationOfOthers(facts, governor, cue):
                    return Governed.Skip;
                // "Mr Biden is set to allow Ukraine to use long-range missiles": a permission announced as coming is
                // under consideration (the corpus README's reading of "is expected to allow").
                // "are expected to join Joe Biden in allowing": the companions named between are no distance.
                case Cue.Speculative when allows && cue.Allows && facts.Tokens[governor.End - 1].Text == "to" && facts.Tokens[governor.Start].Text is "expected" or "set" or "poised" or "likely"
                    && (cue.Start - governor.End <= 3 || JoinsCompanionIn(facts, governor.End, cue.Start)):
                    return Governed.Review;
                // "The US and UK may lift restrictions this month", "the UK could allow Storm Shadow strikes": a change
                // the government may make is one under consideration, as with "is set to allow".
                case Cue.Speculative when allows && cue.Allows && IsChangeItMayMake(facts, governor, cue):
                    return Governed.Review;
                // "said they would not prohibit" states a policy; "would soon overturn" speculates.
                // "indicated that it would allow" reports a decision in the speaker's future tense.
                case Cue.Speculative when allows && !facts.Of(Cue.Negator).Exists(n => n.Start == governor.End) && !IsReportedFuture(facts, governor) && !IsHintedPast(facts, governor, cue):
                    return Governed.Skip;
                // "London favors easing restrictions on long-range strikes but awaits a decision from Washington": a
                // government in favour of easing its own rule has not eased it.
                // So are officials "in favor of lifting the restrictions".
                case Cue.Advocacy when allows && cue.Allows && IsFavouring(facts, governor)
                    && cue.Start == governor.End && !othersWeapons && !IsAdvocacy(facts, governor, clauseStart, cue):
                    return Governed.Review;
                // "It is believed that the UK wants to allow the use of Storm Shadows but ...": a government that
                // wants to allow has not yet allowed.
                // So does one that "wants to ensure that Ukraine is allowed" or "wants Ukraine to be allowed".
                case Cue.Advocacy when allows && cue.Allows && facts.Tokens[governor.Start].Text is "want" or "wants" or "wanted"
                    && ((cue.Start == governor.End + 1 && facts.Tokens[governor.End].Text == "to") || WantsItAllowed(facts, governor, cue))
                    && !othersWeapons && !IsAdvocacy(facts, governor, clauseStart, cue):
                    return Governed.Review;
                // "offering support for President Biden's decision to authorize ...": backing a decision taken asks
                // nothing of anyone.
                case Cue.Advocacy when facts.Of(Cue.SupportVerb).Exists(m => m.Start == governor.Start) && IsDecisionTaken(facts, clauseStart, cue):
                    continue;
                case Cue.Advocacy when othersWeapons || IsAdvocacy(facts, governor, clauseStart, cue):
                    return Governed.Skip;
            }
        }

        return Governed.Plain;
    }

    private static bool IsFavouring(SentenceFacts facts, PhraseMatch governor) =>
        facts.Tokens[governor.Start].Text is "favors" or "favours" or "favored" or "favoured"
        || (governor.Length == 3 && facts.Tokens[governor.Start].Text == "in" && facts.Tokens[governor.Start + 1].Text is "favor" or "favour");

    // The modal right before the permission word ("may lift", "could allow"); "may well allow" is speculation still.
    private static bool IsChangeItMayMake(SentenceFacts facts, PhraseMatch governor, StanceCue cue) =>
        facts.Tokens[governor.Start].Text is "may" or "might" or "could" && cue.Start == governor.Start + 1;

    // "the president wanted multiple assurances from Ukraine that HIMARS would not be fired into Russian territory":
    // a supplier demanding assurances sets its own condition; it asks no one to change a rule.
    private static bool IsDemandForAssurance(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Advocacy && facts.AnyIn(Cue.Assurance, governor.End, Math.Min(facts.Tokens.Count, governor.End + 3));

    // "The Associated Press reported ...", "Press TV": a capitalised "Press" names an outlet, not pressure.
    // "The American press recently revealed ...": after "the" or a country, "press" is the newspapers.
    // But a headline that opens on "Press US to give Ukraine go-ahead" is a bid.
    private static bool IsNamePart(SentenceFacts facts, PhraseMatch governor) =>
        governor.Length == 1 && facts.Tokens[governor.Start].Text == "press"
        && !(facts.FirstWord() == governor.Start && facts.IsAt(governor.End, Cue.Supplier))
        && (char.IsUpper(facts.Text[facts.Tokens[governor.Start].Start])
            || (governor.Start > 0 && (facts.Tokens[governor.Start - 1].Text == "the" || facts.Matches.Exists(m => m.Cue == Cue.Supplier && m.End == governor.Start))));

    // "After months of negotiations with Washington, the administration has authorized ...", "Following these
    // discussions, the United States also lifted ...": deliberation that is over governs nothing.
    private static bool IsPastDeliberation(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Review && facts.ContainsToken(Math.Max(0, governor.Start - 3), governor.Start, "after", "following");

    // "marks a departure from his earlier reluctance to allow ...": the rule departed from is not stated as held; but
    // "In a departure from earlier policy, Biden has allowed ..." departs from something else.
    private static bool IsDepartureFromOther(SentenceFacts facts, PhraseMatch governor, StanceCue cue) =>
        governor.Cue == Cue.Hedge && facts.Tokens[governor.Start].Text == "departure"
        && (cue.Start - governor.End > 5 || facts.ContainsToken(governor.End, cue.Start, ","));

    // "While Vance was non-committal on Ukraine's Tomahawk request, Kellogg hinted that Trump had already
    // authorized ...": what governs an opening "While ..." or "Although ..." clause stops at its comma.
    // So does an opening question put to the speaker: "Pressed on whether the aircraft are supplied with conditions
    // attached, De Croo stressed that ...". And an opening "After months of discussions, ..." tells what came before
    // the decision.
    // So does an opening "(But) amid ongoing discussions among Ukraine's Western allies about ..., Scholz continues
    // to insist ...": the circumstance set out before the comma.
    // Also a subordinate set off by commas later on: "On May 26, while conducting this discussion, Scholz spoke out
    // against ..." is not a discussion of what Scholz opposed.
    private static bool IsInSubordinateClause(SentenceFacts facts, PhraseMatch governor, StanceCue cue) =>
        (OpensSubordinate(facts, OpeningWord(facts, 0)) || OpensSubordinate(facts, OpeningWord(facts, ClauseStart(facts, governor.Start))))
        && facts.ContainsToken(governor.End, cue.Start, ",");

    private static bool OpensSubordinate(SentenceFacts facts, int position) =>
        facts.Tokens[position].Text is "while" or "although" or "though" or "whereas" or "asked" or "pressed" or "questioned" or "after" or "following" or "amid" or "amidst";

    private static int ClauseStart(SentenceFacts facts, int position)
    {
        while (position > 0 && facts.Tokens[position - 1].Text != ",")
        {
            position--;
        }

        return position;
    }

    private static int OpeningWord(SentenceFacts facts, int clauseStart) =>
        clauseStart + 1 < facts.Tokens.Count && facts.Tokens[clauseStart].Text is "but" or "and" or "yet" ? clauseStart + 1 : clauseStart;

    // "Merz said during a panel discussion in Berlin that there are no range restrictions anymore": a discussion where
    // something was said is its venue; "during talks on lifting the ban" is still about the ban.
    private static bool IsVenue(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Review && facts.Tokens[governor.End - 1].Text is "discussion" or "discussions" or "talks" or "meeting" or "meetings" or "debate" or "session"
        && facts.ContainsToken(Math.Max(0, governor.Start - 3), governor.Start, "during", "at")
        && (governor.End >= facts.Tokens.Count || facts.Tokens[governor.End].Text is not ("on" or "about" or "over" or "of" or "whether" or "regarding" or "to"));

    // "Daily Review: Why the U.S. Allowed Ukraine to Strike Inside Russia": a rubric before a colon names the column,
    // it does not review anything.
    private static bool IsRubric(SentenceFacts facts, PhraseMatch governor) =>
        governor.End < facts.Tokens.Count && governor.End <= 3 && facts.Tokens[governor.End].Text == ":"
        && char.IsUpper(facts.Text[facts.Tokens[governor.Start].Start]);

    // "A Pentagon review mechanism has prevented Ukraine from ...": a review named as a standing procedure is how the
    // rule is applied, not a reconsideration of it.
    // So is "This review gives the defence secretary the final word on whether ...": a review that does something.
    private static bool IsProcedureName(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Review
        && (facts.IsAt(governor.End, Cue.ProcedureNoun)
            || (facts.Tokens[governor.Start].Text == "review" && governor.End < facts.Tokens.Count
                && facts.Tokens[governor.End].Text is "gives" or "gave" or "covers" or "extends" or "applies" or "determines" or "requires"));

    private static bool IsDecisionTaken(SentenceFacts facts, int clauseStart, StanceCue cue) =>
        cue.Start >= 2 && facts.Tokens[cue.Start - 1].Text == "to" && facts.Tokens[cue.Start - 2].Text is "decision" or "move"
        && DeciderOf(facts, clauseStart, cue.Start) is not null;

    // "officials, who were not authorized to discuss the matter", "spoke on condition of anonymity to discuss": the
    // newsroom's formula for an anonymous source discusses nothing about the rule.
    private static bool IsSourcesLicence(SentenceFacts facts, PhraseMatch governor)
    {
        for (var i = governor.Start - 1; i >= 1 && i >= governor.Start - 5; i--)
        {
            var token = facts.Tokens[i].Text;
            if (token is "," or "said" or "says")
            {
                return false;
            }

            if (token == "to" && facts.Tokens[i - 1].Text is "authorized" or "authorised" or "permitted" or "cleared" or "anonymity")
            {
                return StanceCue.IsLicensedSpeech(facts.Tokens[i + 1].Text);
            }
        }

        return false;
    }

    // "I remain convinced that it would be a mistake ...": being convinced of something is holding a view, not
    // persuading anyone.
    private static bool IsConviction(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Advocacy && governor.Length == 1 && facts.Tokens[governor.Start].Text == "convinced"
        && governor.End < facts.Tokens.Count && facts.Tokens[governor.End].Text == "that";

    // "Russia would consider the White House's authorization for Ukraine to use ... to be a 'qualitatively new round
    // of tensions'": to consider something to be something is to judge it, not to weigh a change.
    private static bool IsRegard(SentenceFacts facts, PhraseMatch governor, StanceCue cue) =>
        governor.Cue == Cue.Review && facts.Tokens[governor.End - 1].Text.StartsWith("consider", StringComparison.Ordinal)
        && JudgedToBeANoun(facts, cue.End);

    // Not the passive "considering allowing U.S. missiles to be used": what it is judged to be is a noun.
    private static bool JudgedToBeANoun(SentenceFacts facts, int from)
    {
        for (var i = from; i + 2 < facts.Tokens.Count && i + 2 < from + 20; i++)
        {
            if (facts.Tokens[i].Text == "to" && facts.Tokens[i + 1].Text == "be" && facts.Tokens[i + 2].Text is "a" or "an" or "the")
            {
                return true;
            }
        }

        return false;
    }

    // "granting Ukraine long-sought permission": what was sought is now granted.
    private static bool IsLongSought(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Advocacy && facts.Tokens[governor.Start].Text == "sought" && governor.Start > 0
        && facts.ContainsToken(governor.Start - 2, governor.Start, "long", "much");

    // "Britain granted Ukraine's request and allowed Kyiv to ...", "met Kyiv's demands": a request met asks nothing
    // more. (A grant denied is a refusal, which StanceCue reads.)
    private static bool IsGrantedRequest(SentenceFacts facts, PhraseMatch governor)
    {
        const int OwnerReach = 3;
        if (governor.Cue != Cue.Advocacy)
        {
            return false;
        }

        for (var i = governor.Start - 1; i >= 0 && governor.Start - i <= OwnerReach; i--)
        {
            if (facts.IsAt(i, Cue.GrantVerb))
            {
                return !facts.AnyIn(Cue.Negator, Math.Max(0, i - 2), i);
            }

            if (!facts.IsPossessive(i) && facts.Tokens[i].Text is not ("the" or "a" or "his" or "her" or "its" or "their"))
            {
                return false;
            }
        }

        return false;
    }

    // "when asked if the U.S. would lift restrictions", "Asked whether ...,", "When pressed on whether ...": the speaker
    // being asked by reporters asks nobody.
    private static bool IsBeingAsked(SentenceFacts facts, PhraseMatch governor) =>
        governor.Cue == Cue.Advocacy && governor.Length == 1 && facts.Tokens[governor.Start].Text is "asked" or "pressed"
        && (governor.Start == 0 || facts.Tokens[governor.Start - 1].Text is "when" or "was" or "were" or "been" or "being" or "if");

    // "Despite supporting Ukraine's actions against Russia, Washington continues to restrict ...": what the subject
    // does anyway is not what governs its rule.
    // Also "Despite Ukraine's appeals, ...".
    private static bool IsConcessive(SentenceFacts facts, PhraseMatch governor) =>
        facts.ContainsToken(governor.Start - 3, governor.Start, "despite", "notwithstanding");

    // "“Otherwise, we impose restrictions on Ukraine, which makes it difficult to win,” Eide said.": what would follow
    // from the alternative is not the rule.
    private static bool IsCounterfactual(SentenceFacts facts) =>
        facts.FirstWord() is var first && first < facts.Tokens.Count && facts.Tokens[first].Text == "otherwise";

    // "... faces a momentous choice: Should he allow Ukraine to use U.S.-supplied long-range missiles ...?", "Will France
    // let Kyiv fire SCALP missiles into Russia?": a question that asks whether a rule holds states none. ("Why did Biden
    // allow ...?" takes the permission as given, so only questions opening on an auxiliary count.)
    private static bool IsYesNoQuestion(SentenceFacts facts, StanceCue cue)
    {
        if (facts.Tokens[^1].Text != "?")
        {
            return false;
        }

        var opening = cue.Start;
        while (opening > 0 && facts.Tokens[opening - 1].Text is not (":" or "," or ";" or "—" or "–" or "?"))
        {
            opening--;
        }

        return opening < cue.Start && facts.Tokens[opening].Text is "should" or "will" or "would" or "can" or "could" or "may" or "might" or "must" or "shall"
            or "is" or "are" or "was" or "were" or "does" or "do" or "did" or "has" or "have" or "had";
    }

    // "Trump believes the United States should not have allowed Ukraine to strike ...": a verdict on a past decision
    // states no rule.
    private static bool IsVerdictOnThePast(SentenceFacts facts, StanceCue cue)
    {
        for (var i = Math.Max(0, cue.Start - 4); i + 1 < cue.Start; i++)
        {
            if (facts.Tokens[i].Text is "should" or "shouldn't" or "ought" && facts.ContainsToken(i + 1, cue.Start, "have"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsImaginedPermission(SentenceFacts facts, StanceCue cue, int clauseEnd)
    {
        // "concerned about the risks of allowing Storm Shadow missiles to be used".
        if (cue.Allows && cue.Start >= 2 && facts.Tokens[cue.Start - 1].Text == "of"
            && facts.Tokens[cue.Start - 2].Text is "risk" or "risks" or "danger" or "dangers" or "consequences" or "implications" or "cost" or "costs")
        {
            return true;
        }

        var gerund = facts.Tokens[cue.Start].Text;
        if (!cue.Allows || !gerund.EndsWith("ing", StringComparison.Ordinal)
            || (cue.Start > 0 && facts.Tokens[cue.Start - 1].Text is "is" or "are" or "was" or "were" or "been" or "be" or "not" or "on" or "about" or "of")
            // "is considering allowing ..., which could ...": the consideration is real.
            || facts.Matches.Exists(m => m.Cue is Cue.Review or Cue.Hedge or Cue.Advocacy && m.End == cue.Start))
        {
            return false;
        }

        foreach (var speculative in facts.Of(Cue.Speculative))
        {
            if (speculative.Start >= cue.End && speculative.Start < clauseEnd && speculative.Start - cue.End <= 12
                && facts.Tokens[speculative.Start].Text is "could" or "would" or "might")
            {
                return true;
            }
        }

        // "believe that allowing Ukraine to launch long-range strikes ... will bring Kyiv more problems than benefits":
        // the permission is the subject of what it will bring.
        for (var i = cue.End; i < clauseEnd && i - cue.End <= 12 && facts.Tokens[i].Text != ","; i++)
        {
            if (facts.Tokens[i].Text == "will")
            {
                return true;
            }
        }

        return false;
    }

    // "the United States expects Ukraine not to use American weapons ... on Russian territory": what a government
    // expects of another is its demand; what is expected of it ("is expected not to") stays a forecast.
    private static bool IsExpectationOfOthers(SentenceFacts facts, PhraseMatch speculative, StanceCue cue) =>
        speculative.Length == 1
        && facts.Tokens[speculative.Start].Text is "expects" or "expect"
        && cue.Start == speculative.End + 1
        && facts.Tokens[speculative.End].Text is "ukraine" or "kyiv" or "kiev" or "them"
        && facts.Tokens[cue.Start].Text == "not";

    // "The White House has signaled it will not change its policy on long-range strikes": a refusal signalled is a
    // refusal made known; only a permission hinted at may still not come.
    private static bool IsSignal(SentenceFacts facts, PhraseMatch speculative) =>
        speculative.Length == 1
        && facts.Tokens[speculative.Start].Text is "hinted" or "hints" or "hinting" or "signalled" or "signaled" or "signals" or "signalling" or "suggested" or "suggests";

    // "Kellogg hinted that Trump had already authorized strikes deep into Russia": what is hinted to have happened is
    // reported as done (a hint of what "could" or "would" come stays speculation).
    private static bool IsHintedPast(SentenceFacts facts, PhraseMatch speculative, StanceCue cue)
    {
        if (!IsSignal(facts, speculative) || cue.Start < 1)
        {
            return false;
        }

        var before = facts.Tokens[cue.Start - 1].Text;
        return before == "had" || (before == "already" && cue.Start >= 2 && facts.Tokens[cue.Start - 2].Text == "had");
    }

    private static bool IsReportedFuture(SentenceFacts facts, PhraseMatch speculative)
    {
        if (speculative.Length != 1 || facts.Tokens[speculative.Start].Text != "would")
        {
            return false;
        }

        foreach (var attribution in facts.Of(Cue.Attribution))
        {
            if (attribution.End <= speculative.Start
                && (speculative.Start - attribution.End <= 3 || IsThatClause(facts, attribution.End, speculative.Start)))
            {
                return true;
            }
        }

        return false;
    }

    // "announced on Sunday that the US would allow": the "that" of reported speech may come a few words after its verb,
    // and the clause it opens may name its subject before "would".
    private static bool IsThatClause(SentenceFacts facts, int from, int to)
    {
        const int MaxGap = 9;
        if (to - from > MaxGap)
        {
            return false;
        }

        var opensThat = false;
        for (var i = from; i < to; i++)
        {
            if (facts.Tokens[i].Text is "," or ";" or ":" || facts.IsAt(i, Cue.ClauseBreak))
            {
                return false;
            }

            opensThat |= facts.Tokens[i].Text == "that";
        }

        return opensThat;
    }

    // "was 'working that out now' when asked if the U.S. would lift restrictions": the question asked is what is
    // being worked out; so with the answer after it.
    // The answer may come before the question or after it ("Asked whether ..., Austin said: “We're looking at it.”").
    private static bool IsQuestionUnderReview(SentenceFacts facts, PhraseMatch hedge) =>
        IsPutAsQuestion(facts, hedge) && facts.Has(Cue.Review);

    // An "if" or "whether" that a reporter's question opens: "when questioned this week whether he would permit" (the
    // question may be a few words from its verb).
    private static bool IsPutAsQuestion(SentenceFacts facts, PhraseMatch hedge) =>
        hedge.Length == 1 && facts.Tokens[hedge.Start].Text is "if" or "whether"
        && facts.ContainsToken(Math.Max(0, hedge.Start - 6), hedge.Start, "asked", "asking", "question", "questioned", "pressed");

    // "... is 'now working on this issue' when asked about lifting restrictions on ATACMS": what the speaker was asked
    // about is what the answer says is being worked on.
    private static bool IsAnsweredQuestion(SentenceFacts facts, StanceCue cue)
    {
        for (var i = cue.Start - 1; i >= 1 && i >= cue.Start - 4; i--)
        {
            if (facts.Tokens[i].Text == "about" && facts.Tokens[i - 1].Text is "asked" or "questioned" or "pressed")
            {
                // Not "Considering his statements, ...": a participle of reason, not a review.
                return facts.Of(Cue.Review).Exists(m => (m.End <= i - 1 || m.Start >= cue.End)
                    && !(facts.Tokens[m.Start].Text == "considering" && m.End < facts.Tokens.Count && facts.Tokens[m.End].Text is "his" or "her" or "their" or "the" or "that" or "these" or "its"));
            }
        }

        return false;
    }

    private static bool WantsItAllowed(SentenceFacts facts, PhraseMatch want, StanceCue cue) =>
        cue.Start > want.End && cue.Start - want.End <= 6
        && ((facts.Tokens[cue.Start].Text is "allowed" or "permitted" && facts.Tokens[cue.Start - 1].Text is "be" or "is" or "are")
            || (facts.Tokens[cue.Start].Text is "be" or "is" or "are" && cue.Start + 1 < facts.Tokens.Count && facts.Tokens[cue.Start + 1].Text is "allowed" or "permitted"))
        && !facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.Start >= want.End && m.End <= cue.Start);

    private static bool IsQuestionAnsweredYes(SentenceFacts facts, PhraseMatch hedge, StanceCue cue) =>
        IsPutAsQuestion(facts, hedge)
        && facts.ContainsToken(cue.End, facts.Tokens.Count, ",") && facts.ContainsToken(cue.End, facts.Tokens.Count, "yes");

    private static bool IsQuestionAnsweredNo(SentenceFacts facts, PhraseMatch hedge)
    {
        var last = facts.Tokens.Count - 1;
        var answeredAt = last >= 2 && facts.Tokens[last - 1].Text is ":" or "," ? last - 2 : last - 1;
        return IsPutAsQuestion(facts, hedge) && answeredAt > hedge.End && facts.Tokens[last].Text == "no"
            && facts.Tokens[answeredAt].Text is "answered" or "replied" or "responded" or "said" or "says";
    }

    // "join Joe Biden in": a verb of joining or following, its companions, and the "in" before the stance phrase.
    private static bool JoinsCompanionIn(SentenceFacts facts, int start, int cueStart) =>
        cueStart - start <= 8 && facts.Tokens[cueStart - 1].Text == "in" && facts.IsAt(start, Cue.CompanionVerb);

    // "will not walk away from the defense of Ukraine and allow Russia to threaten more of Europe": what Russia is
    // allowed to do is no rule on Ukraine.
    private static bool AllowsRussia(SentenceFacts facts, StanceCue cue)
    {
        var next = cue.End < facts.Tokens.Count && facts.Tokens[cue.End].Text == "the" ? cue.End + 1 : cue.End;
        // Only after a verb whose object is who is allowed: "has the right to attack Russia" names the target.
        return cue.Allows && next < facts.Tokens.Count && facts.Tokens[next].Text is "russia" or "moscow" or "putin" or "kremlin" or "russians"
            && facts.Tokens[cue.End - 1].Text is "allow" or "allows" or "allowed" or "allowing" or "let" or "lets" or "letting" or "permit" or "permits"
                or "permitted" or "permitting" or "enable" or "enables" or "enabled" or "enabling";
    }

    // "have not reached a consensus on lifting restrictions", "no agreement on allowing": what there is no agreement
    // on has not been decided, either way.
    private static bool IsMatterOfConsensus(SentenceFacts facts, StanceCue cue)
    {
        if (cue.Start < 2 || facts.Tokens[cue.Start - 1].Text is not ("on" or "about" or "over"))
        {
            return false;
        }

        var noun = facts.Tokens[cue.Start - 2].Text;
        return noun == "consensus" || (noun == "agreement" && facts.AnyIn(Cue.Negator, Math.Max(0, cue.Start - 6), cue.Start - 2));
    }

    // "whether to", and "whether or not to".
    private static bool IsWhetherToDecide(SentenceFacts facts, PhraseMatch hedge) =>
        hedge.Length == 1 && facts.Tokens[hedge.Start].Text == "whether"
        && ((hedge.End < facts.Tokens.Count && facts.Tokens[hedge.End].Text == "to")
            || facts.ContainsSequence(hedge.End, hedge.End + 3, "or", "not", "to"));

    // "considers it logical that ..." reports an opinion; the "considers" in it is not a consideration.
    private static bool IsAttribution(SentenceFacts facts, PhraseMatch governor)
    {
        foreach (var match in facts.StartingAt(governor.Start))
        {
            if (match.Cue == Cue.Attribution && match.Length > governor.Length)
            {
                return true;
            }
        }

        return false;
    }

    // Advocacy is someone asking others to change their rules (supporting a change to "Western weapons" rules is
    // always about others'). A supplier asking Ukraine to refrain is its own
    // policy; a supplier that yields to pressure has decided.
    private static bool IsAdvocacy(SentenceFacts facts, PhraseMatch advocacy, int clauseStart, StanceCue cue)
    {
        if (facts.Of(Cue.AdvocacyYielded).Exists(m => m.End <= advocacy.Start && advocacy.Start - m.End <= 4))
        {
            return false;
        }

        // "We should allow them to ...": a government stating what it will do, not asking others.
        if (advocacy.Start > 0 && facts.Tokens[advocacy.Start - 1].Text == "we" && !facts.Tokens[advocacy.Start - 1].IsUpper)
        {
            return false;
        }

        // "countries such as the Czech Republic support Kyiv and do not impose any conditions": backing Ukraine is no
        // call on anyone.
        // "In a significant shift in Western military support for Ukraine, ...": nor is support for it.
        var backed = advocacy.End + 1 < facts.Tokens.Count && facts.Tokens[advocacy.End].Text is "for" or "to" ? advocacy.End + 1 : advocacy.End;
        if (facts.Of(Cue.SupportVerb).Exists(m => m.Start == advocacy.Start) && backed < facts.Tokens.Count
            && facts.Tokens[backed].Text is "kyiv" or "kiev" or "ukraine" or "ukrainians" or "ukraine's")
        {
            return false;
        }

        // "Czech President Petr Pavel and Estonian Defense Minister Hanno Pevkur support lifting restrictions": backing
        // a change to rules the sentence does not say are the backer's own is a view on the allies' rules.
        // The same holds for backing "the lifting" or "permission for Ukraine to": a change or a permission named as
        // a thing, whoever grants it.
        // "Estonia, Finland back lifting arms use restrictions": a plural "back" is a verb only with the change it
        // backs, so the phrase holds the change itself.
        var backedChange = BacksAChange(facts, advocacy.End) ?? (facts.IsAt(advocacy.End - 1, Cue.Removal) ? advocacy.End - 1 : null);
        if (facts.Of(Cue.SupportVerb).Exists(m => m.Start == advocacy.Start) && backedChange is { } changeAt
            && Owners.Find(facts, changeAt, facts.Tokens.Count).Suppliers.Count == 0
            && !facts.ContainsToken(changeAt, Math.Min(facts.Tokens.Count, cue.End + 6), "its", "their", "our", "own"))
        {
            return true;
        }

        // "Under pressure from European allies, President Biden relented, permitting Kyiv to ...": pressure set off by
        // a comma before the one who acted says why a decision was taken, not what was asked. The phrase is matched
        // whole ("under pressure") and as its noun ("pressure" after "under").
        var phrase = facts.Slice(advocacy.Start, advocacy.End);
        var underPressure = phrase.StartsWith("under pressure", StringComparison.OrdinalIgnoreCase)
            || (advocacy.Start > 0 && facts.Tokens[advocacy.Start - 1].Text == "under" && phrase.StartsWith("pressure", StringComparison.OrdinalIgnoreCase)
                && !phrase.StartsWith("pressure on", StringComparison.OrdinalIgnoreCase));
        if (underPressure && YieldedToPressure(facts, advocacy.End, cue.Start))
        {
            return false;
        }

        if (phrase.StartsWith("under pressure", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("pressure on", StringComparison.OrdinalIgnoreCase)
            || IsPressureFaced(facts, advocacy))
        {
            return true;
        }

        // "Washington should lift all restrictions ..., analysts said": what a government named by the sentence should
        // or must do is someone's demand of it ("we should allow them" was settled above as the speaker's own policy;
        // "Kyiv should be allowed to", said by a president, stays his view of his own rule).
        // "Biden should let Ukraine strike back at Russia": the same, with the government's leader named.
        if (facts.Tokens[advocacy.Start].Text is "should" or "must"
            && facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.End == advocacy.Start))
        {
            return true;
        }

        // "Blinken has been urging Biden to lift these restrictions": a leader urged by name has not yet acted, even by
        // his own minister.
        if (facts.Tokens[advocacy.Start].Text is "urge" or "urges" or "urged" or "urging" or "pressed" or "pressing" or "pushing" or "pushed" or "lobbying" or "lobbied"
            && facts.Matches.Exists(m => m.Cue == Cue.Person && m.Start == advocacy.End))
        {
            return true;
        }

        // "Zelenskyy's recent call to lift restrictions": whoever owns the call asks, whoever else the clause names.
        if (AskedByNonSupplier(facts, advocacy.Start) || AskedByUkraine(facts, advocacy.Start))
        {
            return true;
        }

        // "House Republicans have written to President Joe Biden urging him to lift ...": whom a letter is written
        // to is asked, not asking.
        // "Zelensky met Starmer in London and asked for permission": where the asking happens is not who asks.
        var askers = Owners.SubjectsBefore(facts, clauseStart, AddresseeStart(facts, clauseStart, advocacy.Start), m => IsPlace(facts, m));
        var addressed = Owners.SubjectsBefore(facts, advocacy.End, cue.Start);
        return askers.Count == 0 || addressed.Except(askers).Any() || AddressesAllies(facts, clauseStart, cue.End);
    }

    // "as Washington came under growing pressure to let Kyiv use US-supplied arms", "Biden has been facing increasing
    // pressure to loosen the restrictions": the pressure is others' demand.
    private static bool IsPressureFaced(SentenceFacts facts, PhraseMatch advocacy)
    {
        if (advocacy.Start < 1 || facts.Tokens[advocacy.Start].Text != "pressure")
        {
            return false;
        }

        var before = advocacy.Start - 1;
        var intensified = facts.Tokens[before].Text is "growing" or "mounting" or "increasing" or "intense" or "heavy";
        if (intensified)
        {
            before--;
        }

        return before >= 0 && ((intensified && facts.Tokens[before].Text == "under") || facts.Tokens[before].Text is "facing" or "faces" or "faced" or "face");
    }

    // Whether a supplier (or its leader) stands after the comma that closes a fronted "under pressure from ...".
    private static bool YieldedToPressure(SentenceFacts facts, int pressureEnd, int cueStart)
    {
        for (var i = pressureEnd; i < cueStart; i++)
        {
            if (facts.Tokens[i].Text == ",")
            {
                return Owners.SubjectsBefore(facts, i + 1, cueStart).Count > 0;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> LetterWords = System.Buffers.SearchValues.Create(
        ["written to", "wrote to", "writes to", "writing to", "letter to", "letters to", "appealed to", "appeal to"], StringComparison.OrdinalIgnoreCase);

    private static int AddresseeStart(SentenceFacts facts, int clauseStart, int advocacyStart)
    {
        // Most sentences write to no one; only those that do are scanned.
        if (facts.Text.AsSpan().IndexOfAny(LetterWords) < 0)
        {
            return advocacyStart;
        }

        for (var i = clauseStart + 1; i < advocacyStart; i++)
        {
            if (facts.Tokens[i].Text == "to" && facts.Tokens[i - 1].Text is "written" or "wrote" or "writes" or "writing" or "letter" or "letters" or "appealed" or "appeal")
            {
                return i;
            }
        }

        return advocacyStart;
    }

    // Where the thing backed starts: "lifting restrictions", "the lifting of", "permission for Ukraine to".
    private static int? BacksAChange(SentenceFacts facts, int afterSupport)
    {
        var at = afterSupport < facts.Tokens.Count && facts.Tokens[afterSupport].Text == "the" ? afterSupport + 1 : afterSupport;
        if (at >= facts.Tokens.Count)
        {
            return null;
        }

        return facts.IsAt(at, Cue.Removal)
            || facts.Tokens[at].Text is "permission" or "authorisation" or "authorization" or "approval" or "clearance"
            ? at
            : null;
    }

    // "..., Zelensky has repeatedly urged them to ...": Ukraine asking is always asking others.
    private static bool AskedByUkraine(SentenceFacts facts, int advocacyStart)
    {
        // Only a verb of asking whose subject is Ukraine: "Ukraine should be allowed to" is not Ukraine asking.
        if (facts.Tokens[advocacyStart].Text is not ("urged" or "urges" or "urging" or "asked" or "asks" or "asking" or "called" or "calls"
            or "pressed" or "presses" or "pressing" or "requested" or "requests" or "appealed" or "pleaded" or "lobbied" or "pushed"
            or "sought" or "seeks" or "seeking"))
        {
            return false;
        }

        var i = advocacyStart - 1;
        // "Ukraine has for months sought U.S. approval".
        while (i >= 0 && facts.Tokens[i].Text is "has" or "have" or "had" or "repeatedly" or "again" or "also" or "long" or "been" or "once"
            or "for" or "months" or "weeks" or "years" or "days")
        {
            i--;
        }

        // "Zelensky met with British Prime Minister Keir Starmer in London and again asked for permission": the verb
        // after "and" shares the sentence's subject, not whoever the first verb met.
        if (i >= 0 && facts.Tokens[i].Text == "and")
        {
            return OpensWithUkraine(facts);
        }

        return i >= 0 && IsUkraine(facts.Tokens[i].Text);
    }

    private static bool IsUkraine(string word) => word is "zelensky" or "zelenskyy" or "zelenskiy" or "kyiv" or "kiev" or "ukraine" or "ukrainians";

    // The sentence's subject, within its first few words ("Ukrainian President Volodymyr Zelensky"), is Ukraine's,
    // with no supplier or its leader named before it.
    private static bool OpensWithUkraine(SentenceFacts facts)
    {
        const int SubjectReach = 5;
        var first = facts.FirstWord();
        for (var i = first; i < facts.Tokens.Count && i <= first + SubjectReach; i++)
        {
            if (IsUkraine(facts.Tokens[i].Text))
            {
                return !facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.Value is not null && m.Start < i);
            }
        }

        return false;
    }

    private static bool AskedByNonSupplier(SentenceFacts facts, int advocacyStart)
    {
        var i = advocacyStart - 1;
        while (i >= 0 && advocacyStart - i <= 3 && facts.Tokens[i].Text is "recent" or "latest" or "repeated" or "renewed" or "urgent" or "new")
        {
            i--;
        }

        if (i < 0 || facts.Tokens[i].IsPunctuation)
        {
            return false;
        }

        return facts.IsPossessive(i) && !facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.Value is not null && m.End == i + 1);
    }

    // "urged allies to", "said partners should allow": the ask is of others, whoever asks.
    private static bool AddressesAllies(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end && i < facts.Tokens.Count; i++)
        {
            // "countries such as the Czech Republic, Sweden ..." names who, not whom.
            // "asks EU to lift restrictions": a union of governments is as many allies.
            if (facts.Tokens[i].Text is "allies" or "partners" or "west" or "nato" or "members" or "countries" or "donors" or "coalition" or "eu" or "colleagues"
                && !(i + 1 < facts.Tokens.Count && facts.Tokens[i + 1].Text is "such" or "including" or "like"))
            {
                return true;
            }
        }

        return false;
    }
}
