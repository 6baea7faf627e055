using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>A statement found in one sentence, before article-level consolidation.</summary>
/// <param name="IsBackground">Recalls an earlier policy ("had previously asked", "until now refused").</param>
/// <param name="VagueWeapons">The weapons were only "missiles" or "rockets" (see <see cref="Weapons.Description.Vague"/>).</param>
/// <param name="InLead">Read from the headline or the first sentences, which state a change briefly and leave its limits to the body.</param>
/// <param name="RestatesPolicy">Read only from "the policy has not changed" with no weapons named: the standing policy, whatever it is.</param>
internal sealed record SentenceStatement(Statement Statement, bool IsBackground, bool VagueWeapons = false, bool InLead = false, bool RestatesPolicy = false);

/// <summary>
/// The rules that read one sentence. In order: the sentence must speak of weapons or strikes and of Russian
/// territory (or of use only within Ukraine); it is cut into clauses; in each clause every stance phrase is
/// resolved for negation ("not allow"), for what governs it (a consideration, advocacy, a hedge, speculation),
/// for limits (a region, a purpose), for the weapons it concerns, and for whose policy it is: the supplier
/// that owns the weapons ("British-supplied weapons"), else the supplier(s) before it in the clause
/// ("Britain and France have granted"), else the only origin of a named system ("ATACMS").
/// </summary>
internal static partial class SentenceAnalyzer
{
    public static List<SentenceStatement> Analyze(string sentence, SentenceContext context) => Analyze(sentence, context, out _);

    /// <param name="onTopic">The sentence speaks of weapons or strikes and of Russian territory, whatever it states.</param>
    public static List<SentenceStatement> Analyze(string sentence, SentenceContext context, out bool onTopic)
    {
        onTopic = false;
        var lexicon = context.Lexicon;
        var results = new List<SentenceStatement>();
        if (!context.RussiaImplied && sentence.AsSpan().IndexOfAny(TerritoryStems) < 0)
        {
            return results;
        }

        var tokens = Tokenizer.Tokenize(sentence);
        if (tokens.Count < 3)
        {
            return results;
        }

        var facts = new SentenceFacts(sentence, tokens, lexicon.Find(tokens));
        // In a story about strikes on Russia, "lifting all the restrictions imposed on Ukraine" is about the same rules.
        var speaksOfWeapons = facts.Has(Cue.GeneralWeapon) || facts.Has(Cue.NamedWeapon) || facts.Has(Cue.LongRangeWord) || facts.Has(Cue.Strike)
            || (context.RussiaImplied && (RestrictionsOnUkraine(facts) || NamesTheRestrictions(facts)));
        // "There has been no change to our policy," in an article about strikes on Russia: only that the policy
        // stands is said, so only that is read.
        var onlyUnchangedPolicy = !speaksOfWeapons && context.RussiaImplied && UnchangedPolicy(facts, 0, facts.Tokens.Count) is not null;
        speaksOfWeapons |= onlyUnchangedPolicy;
        var speaksOfRussia = facts.Has(Cue.Russia) || facts.Has(Cue.WithinUkraine) || facts.Matches.Exists(IsWithinUkrainePhrase(facts));
        // "does not impose any restrictions on Ukraine's use of the military equipment it has transferred" is about
        // the same rules, Russia unnamed.
        onTopic = speaksOfWeapons && (speaksOfRussia || RestrictsUkrainesUse(sentence));
        var continues = context.Topic == SentenceTopic.PreviousSentence;
        if (!continues && (!speaksOfWeapons || (!speaksOfRussia && !context.RussiaImplied)))
        {
            return results;
        }

        var cues = onlyUnchangedPolicy ? [] : StanceCue.Find(facts);
        if (!speaksOfRussia && !continues)
        {
            // Without Russia in the sentence, only a statement about the restrictions themselves, or about the
            // long-range weapons whose use on Russia is the whole question, is about this topic; one that places
            // the use in Ukraine ("in Crimea", "occupied territory") is not.
            // "the right to use these weapons at its discretion" is about where they may be used, too.
            var aboutTheQuestion = facts.Has(Cue.LongRangeWord) || LongRangeSystemNamed(facts, context.Lexicon)
                || sentence.AsSpan().IndexOfAny(QuestionStems) >= 0;
            var placedInUkraine = facts.Has(Cue.WithinUkraine) || sentence.Contains("Crimea", StringComparison.OrdinalIgnoreCase);
            cues.RemoveAll(c => placedInUkraine || (!aboutTheQuestion && facts.Slice(c.Start, c.End).AsSpan().IndexOfAny(RestrictionStems) < 0));
        }

        var clauses = Clauses(facts).ToList();
        for (var k = 0; k < clauses.Count; k++)
        {
            var (clauseStart, clauseEnd) = clauses[k];
            // "authorised strikes on Russian territory, but exclusively along the border": a following clause with no
            // stance phrase of its own still limits this one.
            // A clause of time or cause ("after North Korean troops were sent to ... the Kursk region") says when or
            // why, not how far.
            var limitEnd = clauseEnd;
            for (var next = k + 1; next < clauses.Count && !cues.Exists(c => c.Start >= clauses[next].Start && c.End <= clauses[next].End)
                && facts.Tokens[clauses[next].Start].Text is not ("after" or "when" or "since" or "because" or "as" or "before") && !OpensReversal(facts, clauses[next].Start); next++)
            {
                limitEnd = clauses[next].End;
            }

            var clauseCues = cues.Where(c => c.Start >= clauseStart && c.End <= clauseEnd && !IsTopic(facts, c)).ToList();
            if (clauseCues.Count == 0
                && (ReviewOfRestrictions(facts, clauseStart, clauseEnd) ?? ReviewOfUse(facts, clauseStart, clauseEnd) ?? OptionOfStrikes(facts, clauseStart, clauseEnd)
                    ?? (cues.Exists(c => c.Allows && !IsTopic(facts, c)) ? null : UnchangedPolicy(facts, clauseStart, clauseEnd))) is { } implied)
            {
                clauseCues.Add(implied);
            }

            for (var i = 0; i < clauseCues.Count; i++)
            {
                if (IsRefusalOvertaken(facts, clauseCues[i], clauseCues, clauseStart))
                {
                    continue;
                }

                var segmentStart = i == 0 ? clauseStart : clauseCues[i - 1].End;
                var segmentEnd = i + 1 < clauseCues.Count ? clauseCues[i + 1].Start : clauseEnd;
                var previous = i == 0 ? (StanceCue?)null : clauseCues[i - 1];
                var statement = Resolve(facts, clauseCues[i], previous, clauseStart, clauseEnd, limitEnd, segmentStart, segmentEnd, context);
                if (statement is not null)
                {
                    results.AddRange(statement);
                }
            }
        }

        results.AddRange(SimilarStatements(facts, cues, results));
        return results;
    }

    // "Joe Biden, who has so far refused to do so, authorized Ukraine to ...": the refusal in the aside is what the
    // permission after it ends, so it is not read as the rule.
    private static bool IsRefusalOvertaken(SentenceFacts facts, StanceCue cue, List<StanceCue> clauseCues, int clauseStart) =>
        !cue.Allows && !IsNegated(facts, cue, clauseStart)
        && clauseCues.Exists(later => later.Allows && later.Start > cue.End && InClosedAside(facts, cue.Start, later.Start) && !IsNegated(facts, later, clauseStart));

    // "... have the right to strike Russian targets with weapons provided by London, and later Sweden, Poland and
    // Finland made similar statements": suppliers named just before "similar statements" after the last stance
    // phrase hold the sentence's stance too.
    private static List<SentenceStatement> SimilarStatements(SentenceFacts facts, List<StanceCue> cues, List<SentenceStatement> results)
    {
        var added = new List<SentenceStatement>();
        if (results.Count == 0)
        {
            return added;
        }

        bool NotYetStated(string supplier) => !results.Exists(r => r.Statement.Supplier == supplier);

        foreach (var same in facts.Of(Cue.SameDecision))
        {
            var lastCueEnd = cues.Where(c => c.End <= same.Start).Select(c => c.End).DefaultIfEmpty(-1).Max();
            if (lastCueEnd < 0 || facts.AnyIn(Cue.Negator, lastCueEnd, same.End))
            {
                continue;
            }

            var from = Math.Max(lastCueEnd, same.Start - 8);
            var followers = Owners.SubjectsBefore(facts, from, same.Start).Where(NotYetStated).ToList();
            if (followers.Count == 0 && AgentsAfter(facts, same.End) is { } agents)
            {
                followers = Owners.SubjectsBefore(facts, agents.Start, agents.End).Where(NotYetStated).ToList();
            }

            foreach (var supplier in followers)
            {
                added.AddRange(results
                    .DistinctBy(r => (r.Statement.WeaponClass, r.Statement.Stance))
                    .Select(r => r with { Statement = r.Statement with { Supplier = supplier, Speaker = null } }));
            }
        }

        return added;
    }

    // "saying similar moves were made by Britain and France": the ones who made the same decision follow "by".
    private static (int Start, int End)? AgentsAfter(SentenceFacts facts, int from)
    {
        var i = from;
        while (i < facts.Tokens.Count && i <= from + 3 && facts.Tokens[i].Text is "was" or "were" or "had" or "have" or "has" or "been" or "made" or "taken" or "adopted" or "announced")
        {
            i++;
        }

        if (i == from || i >= facts.Tokens.Count || facts.Tokens[i].Text != "by")
        {
            return null;
        }

        var end = i + 1;
        while (end < facts.Tokens.Count && end <= i + 9 && facts.Tokens[end].Text is not ("." or ";" or ":" or "but" or "while" or "which"))
        {
            end++;
        }

        return (i + 1, end);
    }

    // Where the one who says a first-person quote can be named: up to the first phrase after the verb of saying that
    // places or times the saying. "“We should allow them to ...,” Macron said after talks with German Chancellor Olaf
    // Scholz": Scholz heard it; he did not say it.
    private static int SpeakerSpanEnd(SentenceFacts facts, int from)
    {
        var said = facts.FirstIn(Cue.Attribution, from, facts.Tokens.Count);
        if (said.Length == 0)
        {
            return facts.Tokens.Count;
        }

        for (var i = said.End; i < facts.Tokens.Count; i++)
        {
            if (facts.Tokens[i].Text is "after" or "with" or "alongside" or "beside" or "during" or "following" or "before" or "while" or "when" or "at")
            {
                return i;
            }
        }

        return facts.Tokens.Count;
    }

    // "Cameron also stated that there are no restrictions on Ukraine": no restriction at all, whatever the weapons,
    // is the rule for every weapon, not a vague mention of the long-range ones.
    // (Not "France has no red lines and Kyiv can strike targets in Russia" beside French long-range missiles: that may
    // well be about them.)
    private static bool IsNoRestrictionAtAll(SentenceFacts facts, StanceCue cue) =>
        cue.Allows && facts.IsAt(cue.Start, Cue.Negator) && facts.IsAt(cue.End - 1, Cue.RestrictionNoun)
        && cue.End + 1 < facts.Tokens.Count && facts.Tokens[cue.End].Text == "on" && facts.Tokens[cue.End + 1].Text is "ukraine" or "kyiv" or "kiev";

    // Where the clause after this one ends: "British-supplied weapons – except for long-range Storm Shadow missiles –
    // on Russian territory" sets the exception off between dashes.
    private static int FollowingClauseEnd(SentenceFacts facts, int clauseEnd)
    {
        var i = Math.Min(clauseEnd + 1, facts.Tokens.Count);
        while (i < facts.Tokens.Count && facts.Tokens[i].Text is not (";" or "—" or "–"))
        {
            i++;
        }

        return i;
    }

    private static IEnumerable<(int Start, int End)> Clauses(SentenceFacts facts)
    {
        var start = 0;
        var insideDashes = false;
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            var token = facts.Tokens[i];
            // "such as", "as well as", "as part of", "as a result", "as it sees fit" join rather than start a clause.
            var joins = token.Text == "as"
                && ((i > 0 && facts.Tokens[i - 1].Text is "such" or "well")
                    || (i + 2 < facts.Tokens.Count && facts.Tokens[i + 1].Text == "well" && facts.Tokens[i + 2].Text == "as")
                    || (i + 1 < facts.Tokens.Count && facts.Tokens[i + 1].Text is "part" or "a" or "an")
                    // "as long as it is related to a cross-border attack": a condition of the clause, not a new one.
                    || (i + 2 < facts.Tokens.Count && facts.Tokens[i + 1].Text == "long" && facts.Tokens[i + 2].Text == "as")
                    || (i > 1 && facts.Tokens[i - 1].Text == "long" && facts.Tokens[i - 2].Text is "as" or "so")
                    || (i + 2 < facts.Tokens.Count && facts.Tokens[i + 1].Text is "it" or "they" && facts.Tokens[i + 2].Text is "sees" or "see" or "saw"));
            // "Belgium, however, has stated ...": a connective set off by commas on both sides is parenthetical.
            var parenthetical = i > 0 && i + 1 < facts.Tokens.Count && facts.Tokens[i - 1].Text == "," && facts.Tokens[i + 1].Text == ",";
            // "... delivered to Ukraine — neither by the British, nor by the French": a dash before a list of agents
            // or examples ("longer range weapons — such as the ATACMS — ") continues the clause.
            // The dash that closes such an aside ("NATO states – including the US, Germany, and France – have given")
            // continues it too.
            var isDash = token.Text is "—" or "–";
            var continuesAfterDash = isDash && (insideDashes || (i + 1 < facts.Tokens.Count
                && facts.Tokens[i + 1].Text is "neither" or "nor" or "not" or "either" or "including" or "from" or "by" or "both" or "such" or "like" or "notably" or "namely")
                || OpensAsideOnSupplier(facts, i));
            insideDashes = isDash ? continuesAfterDash && !insideDashes : insideDashes;
            var breaks = token.IsPunctuation ? token.Text is ";" or "—" or "–" && !continuesAfterDash : facts.IsAt(i, Cue.ClauseBreak) && !joins && !parenthetical && !InsideRulePhrase(facts, i);
            breaks |= OpensQuotedSpeech(facts, i) || JoinsNewSubject(facts, i) || OpensReversal(facts, i);
            if (breaks && i > start)
            {
                yield return (start, i);
                start = i;
            }
        }

        yield return (start, facts.Tokens.Count);
    }

    // "Trump lifted restrictions on ..., reversing a Biden-era policy that limited ATACMS to occupied territories":
    // what is reversed is a clause of its own, so its limits do not narrow the new rule.
    private static bool OpensReversal(SentenceFacts facts, int i) =>
        i > 0 && facts.Tokens[i - 1].Text == "," && facts.Tokens[i].Text is "reversing" or "overturning" or "replacing" or "undoing";

    // "reversing a Biden-era policy that limited ATACMS to occupied territories": the policy reversed is the one
    // before the change, not the rule now.
    private static bool IsReversedPolicy(SentenceFacts facts, StanceCue cue, int clauseStart) =>
        cue.Start >= 2 && facts.Tokens[cue.Start - 1].Text is "that" or "which"
        && facts.Tokens[cue.Start - 2].Text is "policy" or "rule" or "rules" or "decision" or "ban" or "order" or "guidance" or "restriction" or "restrictions"
        && OpensReversal(facts, clauseStart) && cue.Start - clauseStart <= 8;

    // "Ukraine can decide how and when to use ...": the "when" inside a rule's own phrase opens no clause. Rule
    // phrases are short, so only those starting a few words back are looked at.
    private static bool InsideRulePhrase(SentenceFacts facts, int token)
    {
        const int PhraseReach = 6;
        for (var start = Math.Max(0, token - PhraseReach); start < token; start++)
        {
            foreach (var match in facts.StartingAt(start))
            {
                if (match.Cue is Cue.Allow or Cue.Prohibit && match.End > token)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "The US, UK, and Germany - the three nations supplying the bulk of long-range missiles - have so far ...": a dash
    // right after the suppliers that another dash closes sets off an aside about them; their verb follows it.
    private static bool OpensAsideOnSupplier(SentenceFacts facts, int dash)
    {
        if (!facts.Matches.Exists(m => m.Cue == Cue.Supplier && m.End == dash))
        {
            return false;
        }

        for (var i = dash + 1; i < facts.Tokens.Count; i++)
        {
            if (facts.Tokens[i].Text is "—" or "–")
            {
                return true;
            }
        }

        return false;
    }

    // "Zelensky has repeatedly urged the West to permit ..., and US President Joe Biden stated that ...": ", and"
    // before a new subject joins a sentence of its own, which nothing before it governs. Not in a list ("Britain,
    // France, and Germany").
    private static bool JoinsNewSubject(SentenceFacts facts, int i)
    {
        if (i < 2 || i + 1 >= facts.Tokens.Count || facts.Tokens[i].Text != "and" || facts.Tokens[i - 1].Text != ",")
        {
            return false;
        }

        var subject = facts.Tokens[i + 1].Text == "the" ? i + 2 : i + 1;
        var listed = facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.End == i - 1);
        return !listed && (facts.IsAt(subject, Cue.Supplier) || facts.IsAt(subject, Cue.Person))
            && facts.Matches.Exists(m => m.Cue is Cue.Attribution or Cue.LeaderOffice && m.Start > subject && m.Start <= subject + 4);
    }

    // "Speaking at a discussion organised by WDR, Merz said “There are no longer any restrictions ...”": the words
    // quoted after a verb of saying are the speaker's own clause; nothing in the framing before them governs them.
    private static bool OpensQuotedSpeech(SentenceFacts facts, int i)
    {
        if (i == 0 || facts.Tokens[i - 1].Text is not ("said" or "says" or "stated" or "added" or "declared" or "noted" or "wrote" or ":"))
        {
            return false;
        }

        // A quote that opens on a capital is a sentence of speech; "noted “operations inside Russia” had not been
        // precluded" quotes a phrase inside the reporter's own clause.
        return facts.GapBefore(i).IndexOfAny('“', '"') >= 0 && char.IsUpper(facts.Text[facts.Tokens[i].Start]);
    }

    // "Ukraine is receiving long-range missiles from the UK, the US, and France, but the use of these weapons ...":
    // "these weapons" are the ones just named, and so are their owners.
    private static bool NamesTheseWeapons(SentenceFacts facts, int start, int end) =>
        facts.Of(Cue.GeneralWeapon).Exists(m => m.Start > start && m.End <= end && facts.Tokens[m.Start - 1].Text is "these" or "those");

    // "the UK Government's position was unchanged, and it was working with allies to supply Ukraine with munitions":
    // what follows the comma is about something else.
    private static int NextComma(SentenceFacts facts, int from, int end)
    {
        var i = from;
        while (i < end && facts.Tokens[i].Text != ",")
        {
            i++;
        }

        return i;
    }

    private static bool NamesWeaponsIn(SentenceFacts facts, int start, int end) =>
        facts.AnyIn(Cue.GeneralWeapon, start, end) || facts.AnyIn(Cue.NamedWeapon, start, end) || facts.AnyIn(Cue.LongRangeWord, start, end);

    // "can be used against Russian forces in Ukraine, but not to strike deep into Russian territory": Russia named
    // only as the enemy inside Ukraine, or only in what a "but not" keeps out, is no target of the permission.
    private static bool NamesRussiaAsTarget(SentenceFacts facts, StanceCue cue, int clauseStart, int clauseEnd)
    {
        var butNot = facts.IndexOfSequence(cue.End, clauseEnd, "but", "not");
        var end = butNot >= 0 ? butNot : clauseEnd;
        foreach (var russia in facts.In(Cue.Russia, clauseStart, end))
        {
            if (!facts.Of(Cue.WithinUkraine).Exists(w => w.Start <= russia.End && w.End > russia.Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnlyWithinUkraine(SentenceFacts facts, int from, int clauseEnd)
    {
        var within = facts.FirstIn(Cue.WithinUkraine, from, clauseEnd);
        return within.Length > 0 && within.Start - from <= 12 && facts.ContainsToken(from, within.Start, "only");
    }

    private static bool ButOnlyWithinUkraine(SentenceFacts facts, int clauseEnd)
    {
        const int OnlyReach = 8;
        var count = facts.Tokens.Count;
        var afterBut = AfterBut(facts, clauseEnd);
        if (afterBut < 0)
        {
            return false;
        }

        for (var i = afterBut; i < count && facts.Tokens[i].Text is not (";" or "—") && !facts.IsAt(i, Cue.ClauseBreak); i++)
        {
            if (facts.Tokens[i].Text == "only")
            {
                var within = facts.FirstIn(Cue.WithinUkraine, i + 1, Math.Min(count, i + 1 + OnlyReach));
                return within.Length > 0;
            }
        }

        return false;
    }

    private static bool ButNotRussia(SentenceFacts facts, int clauseEnd)
    {
        const int RussiaReach = 4;
        var count = facts.Tokens.Count;
        var afterBut = AfterBut(facts, clauseEnd);
        return afterBut >= 0 && afterBut < count && facts.Tokens[afterBut].Text == "not"
            && facts.FirstIn(Cue.Russia, afterBut + 1, Math.Min(count, afterBut + 1 + RussiaReach)).Length > 0;
    }

    // The token after the "but" (after an optional comma) that opens the clause following clauseEnd; -1 if none does.
    private static int AfterBut(SentenceFacts facts, int clauseEnd)
    {
        var count = facts.Tokens.Count;
        var at = clauseEnd < count && facts.Tokens[clauseEnd].Text == "," ? clauseEnd + 1 : clauseEnd;
        return at < count && facts.Tokens[at].Text == "but" ? at + 1 : -1;
    }

    // "Biden was ready to allow ATACMS strikes inside Russia but backed off", "had been expected to allow ... but
    // balked": the permission considered was not given.
    private static bool BackedDownAfter(SentenceFacts facts, int from)
    {
        const int VerbReach = 3;
        var count = facts.Tokens.Count;
        for (var i = from; i < count; i++)
        {
            if (facts.Tokens[i].Text != "but")
            {
                continue;
            }

            for (var j = i + 1; j < count && j <= i + VerbReach; j++)
            {
                var word = facts.Tokens[j].Text;
                var next = j + 1 < count ? facts.Tokens[j + 1].Text : "";
                if (word is "balked" or "baulked" or "retreated"
                    || (word is "backed" && next is "down" or "off" or "away")
                    || (word is "pulled" or "stepped" or "held" && next is "back" or "off")
                    || (word is "reversed" or "changed" && next == "course")
                    || (word is "decided" or "opted" && next == "against"))
                {
                    return true;
                }

                if (word is not ("then" or "later" or "eventually" or "ultimately" or "has" or "have" or "had" or "quickly" or "instead"))
                {
                    break;
                }
            }
        }

        return false;
    }

    // "restricted the use of the weapons to hitting artillery sites around Kharkiv", "restricted their use so Kyiv can
    // only hit targets over the border": a restriction to some strikes in Russia permits those. (Restricted "to
    // Ukrainian territory" stays a ban.)
    private static bool RestrictedToScope(SentenceFacts facts, StanceCue cue, int limitEnd)
    {
        if (cue.Allows || !facts.Tokens[cue.Start].Text.StartsWith("restrict", StringComparison.Ordinal))
        {
            return false;
        }

        var end = Math.Min(limitEnd, cue.End + 8);
        for (var i = cue.End; i < end; i++)
        {
            var text = facts.Tokens[i].Text;
            var opensScope = (text == "to" && ScopeAfterTo.Opens(facts, i + 1))
                || (text == "so" && facts.ContainsToken(i + 1, Math.Min(limitEnd, i + 5), "only"));
            if (!opensScope)
            {
                continue;
            }

            var scopeEnd = Math.Min(limitEnd, i + 8);
            return !facts.AnyIn(Cue.WithinUkraine, i, scopeEnd) && !facts.Matches.Exists(m => m.Start >= i && m.End <= scopeEnd && IsWithinUkrainePhrase(facts)(m))
                && (facts.AnyIn(Cue.Strike, i, scopeEnd) || facts.AnyIn(Cue.Limit, i, scopeEnd) || facts.AnyIn(Cue.Russia, i, scopeEnd));
        }

        return false;
    }

    // Also after a short opening adverbial: "Thus far, their deployment has been restricted to Ukrainian territory."
    private static bool StartsWithTheirUse(SentenceFacts facts)
    {
        const int AdverbialReach = 3;
        var first = facts.FirstWord();
        var comma = facts.IndexOfSequence(first, Math.Min(facts.Tokens.Count, first + AdverbialReach + 1), ",");
        return IsTheirUse(facts, first) || (comma >= 0 && IsTheirUse(facts, facts.FirstWord(comma + 1)));
    }

    private static bool IsTheirUse(SentenceFacts facts, int at) =>
        at + 1 < facts.Tokens.Count && facts.Tokens[at].Text == "their" && facts.Tokens[at + 1].Text is "use" or "deployment" or "employment";

    private static List<SentenceStatement>? Resolve(
        SentenceFacts facts,
        StanceCue cue,
        StanceCue? previous,
        int clauseStart,
        int clauseEnd,
        int limitEnd,
        int segmentStart,
        int segmentEnd,
        SentenceContext context)
    {
        var lexicon = context.Lexicon;
        var allows = cue.Allows;
        var confidenceAdjustment = 0.0;
        var negated = IsNegated(facts, cue, clauseStart) || (cue.Allows && CoordinatedWithNegatedPermission(facts, previous, cue.Start, clauseStart));
        if (negated)
        {
            allows = !allows;
            // "never been any prohibition" is a weaker way to say "allowed" than "allowed".
            confidenceAdjustment -= cue.Allows ? 0 : 0.25;
        }

        // "..., following Washington's approval for Ukraine to use ATACMS": whose permission it is, says so itself,
        // whatever other suppliers' weapons the clause names.
        // "Fico criticizes US for permitting use of ATACMS": who is blamed for the permission gave it.
        var possessor = PossessorOf(facts, cue.Start) ?? BlamedFor(facts, cue.Start);
        var owners = possessor is null ? Owners.Find(facts, segmentStart, segmentEnd) : new Owners.Found([possessor], false);
        if (possessor is null && owners.Suppliers.Count == 0 && Owners.OnlyUkrainesOwn(facts, segmentStart, segmentEnd))
        {
            return null;
        }

        if (ConcernsSupply(facts, cue) || DescribesSuppliedWeapons(facts, cue, clauseStart) || ConcernsNuclearWeapons(facts, cue))
        {
            return null;
        }

        // "he felt allowing U.S. missiles to be used on Russian territories could draw the United States into ...":
        // a permission that is the subject of what could happen is imagined, not granted.
        if (IsImaginedPermission(facts, cue, clauseEnd) || IsCounterfactual(facts) || IsYesNoQuestion(facts, cue) || IsMatterOfConsensus(facts, cue) || AllowsRussia(facts, cue) || IsReversedPolicy(facts, cue, clauseStart) || IsVerdictOnThePast(facts, cue) || IsCriticismOfOthers(facts, cue) || IsWhatTheLawSays(facts, cue) || IsWhatUkraineNeeds(facts, cue, clauseEnd) || IsPermissionToObtain(facts, cue) || IsKremlinClaim(facts, cue) || IsRequiredApproval(facts, cue) || IsOppositionToADecision(facts, cue))
        {
            return null;
        }

        // "did not directly rule out a strike on Moscow": not ruling out, however phrased, is a consideration.
        var modality = negated && !cue.Allows && IsRuleOut(facts, cue) ? Governed.Review : Modality(facts, cue, clauseStart, allows, owners.HasGroupOwner);
        if (modality == Governed.Skip)
        {
            return null;
        }

        // "should not allow them to touch other targets": barring only the rest is a limited permission.
        var otherItems = OtherListItems(facts, cue, clauseEnd);
        var stance = modality == Governed.Review
            ? (allows && cue.Allows && BackedDownAfter(facts, cue.End) ? Stance.Prohibited : Stance.UnderReview)
            : modality == Governed.NotUnderReview
                ? Stance.Prohibited
                : allows
                // "could only use American weapons to strike military targets a short distance into Russia".
                ? (Limits(facts, clauseStart, limitEnd, otherItems).Count > 0 || (cue.Allows && facts.ContainsToken(cue.Start, cue.End, "only")) ? Stance.Limited : Stance.Allowed)
                : facts.AnyIn(Cue.Exception, clauseStart, clauseEnd)
                    // "has not authorised the indiscriminate use of its weapons against Russia, but only to strike a
                    // base from where the drones depart": what is left after "but only" is allowed.
                    || (negated && cue.Allows && facts.ContainsSequence(cue.End, limitEnd, "but", "only"))
                    || (!negated && RestrictedToScope(facts, cue, limitEnd))
                ? Stance.Limited
                : Stance.Prohibited;

        // "has not changed its policy about allowing Ukraine to use long-range missiles": the permission is what has
        // not happened, so the restriction stands (an unchanged limited permission, "... just across the border",
        // stays limited).
        // Also "the policy of allowing long-range strikes inside Russia 'has not changed'": the policy named is of
        // permission, and it is said not to have changed, so there is none.
        if (stance == Stance.Allowed
            && (UnchangedGoverns(facts, clauseStart, cue.Start)
                || (facts.AnyIn(Cue.Unchanged, cue.End, clauseEnd) && facts.AnyIn(Cue.PolicyNoun, Math.Max(clauseStart, cue.Start - 3), cue.Start))))
        {
            stance = Stance.Prohibited;
        }

        // "fighter jets that Ukrainians can use on Ukrainian territory": a permission confined to Ukraine bars Russia.
        // "had only allowed Kyiv to use US-supplied weapons to fight against Russia inside Ukraine": the same, with
        // Russia only as the enemy.
        if (stance is Stance.Allowed or Stance.Limited && facts.AnyIn(Cue.WithinUkraine, clauseStart, clauseEnd)
            && (!NamesRussiaAsTarget(facts, cue, clauseStart, clauseEnd) || facts.ContainsToken(cue.Start - 1, cue.End, "only")
                // "was initially permitted to deploy them only against Russian military forces in occupied Ukrainian
                // territories": the "only" that confines the use to Ukraine may follow the permission.
                || OnlyWithinUkraine(facts, cue.End, clauseEnd)
                // "so they could be used domestically, meaning ... not be used to target inside Russia".
                || facts.Of(Cue.WithinUkraine).Exists(m => m.Start >= cue.End - 1 && m.Start <= cue.End))
            // "allowed Ukraine to use Storm Shadow, but soldiers could only attack Russian targets located within
            // Ukraine's borders": a "but only" clause after the permission takes Russia back out of it.
            || (stance is Stance.Allowed && ButOnlyWithinUkraine(facts, clauseEnd))
            // "allowed Ukraine to use Storm Shadow to attack Crimea and other areas claimed by Kiev, but not
            // internationally recognized Russian territory": Russia named only in what the "but not" keeps out.
            || (stance is Stance.Allowed or Stance.Limited && ButNotRussia(facts, clauseEnd) && !NamesRussiaAsTarget(facts, cue, clauseStart, clauseEnd)))
        {
            stance = Stance.Prohibited;
        }

        var weapons = Weapons.Describe(facts, (segmentStart, segmentEnd), (clauseStart, clauseEnd), cue.Start, cue.End, context);

        // "... permission to hit targets inside Russia using whatever weapons, with the exception of the long-range
        // Storm Shadow missiles": the permission is for the rest, and the exception stays barred.
        var excepted = stance is Stance.Allowed or Stance.Limited ? Weapons.Excepted(facts, clauseStart, Math.Max(limitEnd, FollowingClauseEnd(facts, clauseEnd)), lexicon) : null;
        if (excepted is not null && (weapons.WeaponClass == WeaponClass.LongRange || weapons.Name == excepted.Name))
        {
            weapons = Weapons.General(longRange: false);
        }

        // "the only British weapon that cannot be used in Russia is the Storm Shadow": the same rule said the other way.
        if (stance == Stance.Prohibited && Weapons.SingledOut(facts, clauseStart, lexicon) is { } singled)
        {
            (stance, weapons, excepted) = (Stance.Allowed, Weapons.General(longRange: false), singled);
        }
        var suppliers = owners.Suppliers;
        // "While the UK and France allow Ukraine to strike Russia with their weapons, Germany still refuses.": a second
        // stance phrase in the clause with its own supplier right before it belongs to that supplier alone.
        if (segmentStart > clauseStart && DirectSubject(facts, segmentStart, cue.Start) is { } subject)
        {
            suppliers = [subject];
        }

        var fromOwner = suppliers.Count > 0;
        Companions? companions = null;
        // "no longer any range restrictions for weapons delivered to Ukraine — neither by the British, nor by the
        // French, nor by us": the suppliers listed as not restricting are the ones the rule is about.
        if (NegatedAgents(facts, cue.End, clauseEnd) is { } listed)
        {
            var (named, includesUs) = listed;
            var speaker = includesUs ? Owners.SubjectsBefore(facts, clauseStart, cue.Start).FirstOrDefault() ?? context.NearbySpeaker() : null;
            suppliers = speaker is null ? named : [.. named, speaker];
        }

        if (suppliers.Count == 0 && DeciderOf(facts, clauseStart, cue.Start) is { } decider)
        {
            suppliers = [decider];
        }

        if (suppliers.Count == 0)
        {
            companions = FindCompanions(facts, clauseStart, cue.Start);
            suppliers = companions is null ? ReportedSubjects(facts, clauseStart, cue.Start) : [.. companions.Leaders, .. companions.Followed];
        }

        if (suppliers.Count == 0 && ElidedSubject(facts, clauseStart) is { Count: > 0 } shared)
        {
            suppliers = shared;
        }

        if (suppliers.Count == 0 && GroupReferent(facts, clauseStart, cue.Start, context) is { Count: > 0 } group)
        {
            suppliers = group;
        }

        // "Similar permission has also been granted by Canada and Finland": the agent of a passive.
        if (suppliers.Count == 0 && AgentAfter(facts, cue.End, clauseEnd) is { Count: > 0 } agents)
        {
            suppliers = agents;
        }

        if (SpokenByLegislator(facts, clauseStart, cue.Start))
        {
            return null;
        }

        // "..., and this position has been supported by Lithuania, Latvia and France": they share the stance.
        if (suppliers.Count > 0 && Echoers(facts, cue.End, clauseEnd) is { Count: > 0 } echoers)
        {
            suppliers = [.. suppliers, .. echoers];
        }

        // "... President Joe Biden, who said his administration was working out whether to allow ...": a relative
        // clause speaks for the supplier it hangs on.
        if (suppliers.Count == 0 && clauseStart > 0 && facts.Tokens[clauseStart].Text is "who" or "which")
        {
            suppliers = Antecedents(facts, clauseStart);
        }

        // "..., Sir Keir Starmer has insisted, as he is expected to launch talks about whether to approve ...": "he"
        // or "she" is the person named before, in this sentence or the ones just before it.
        if (suppliers.Count == 0 && PersonPronounAt(facts, clauseStart, cue.Start))
        {
            suppliers = PersonBefore(facts, clauseStart) is { } person ? [person] : context.NearbySpeaker() is { } speaker ? [speaker] : [];
            confidenceAdjustment -= 0.1;
        }

        // "... Italian arms must be used for the defence of Ukraine, but they cannot be used on the territory of another
        // country": "they" are the weapons of the clause before, and so is their owner.
        if (suppliers.Count == 0 && !owners.HasGroupOwner && clauseStart > 0
            && (facts.ContainsToken(clauseStart, Math.Min(clauseEnd, cue.End + 3), "they", "them", "their") || NamesTheseWeapons(facts, clauseStart, clauseEnd))
            && Owners.Find(facts, 0, clauseStart) is { Suppliers.Count: > 0, HasGroupOwner: false } earlier)
        {
            suppliers = earlier.Suppliers;
        }

        // "The United Kingdom has sent its own Storm Shadow missiles to Kyiv. Their use, along with use of similar
        // weapons from France, is limited to within Ukraine.": "their" are the system the sentence before named, and
        // the supplier there that makes it owns them.
        if (clauseStart == 0 && StartsWithTheirUse(facts)
            && context.EarlierWeapon() is { System: { } earlierSystem } earlierWeapon)
        {
            var earlierOwners = context.EarlierSuppliers().Where(earlierSystem.Origin.Contains).ToList();
            suppliers = [.. earlierOwners, .. suppliers.Except(earlierOwners)];
            weapons = earlierOwners.Count > 0 && weapons.System is null ? earlierWeapon : weapons;
        }

        if (suppliers.Count == 0 && !owners.HasGroupOwner && weapons.System is { Implied: { } implied })
        {
            suppliers = [implied];
            confidenceAdjustment -= 0.25;
        }

        // "The new guidance lets Ukraine strike just across the border, US officials said": the source named after it.
        if (suppliers.Count == 0 && !owners.HasGroupOwner && !SpeaksInFirstPerson(facts, clauseStart, clauseEnd) && !facts.AnyIn(Cue.Russia, clauseStart, cue.Start)
            && AttributedAfter(facts, cue.End) is { Count: > 0 } sources)
        {
            suppliers = sources;
            confidenceAdjustment -= 0.05;
        }

        // "We have not given permission for our missiles ...," the Italian defence minister said: a first-person
        // policy belongs to whoever the sentence names as saying it.
        if (suppliers.Count == 0 && SpeaksInFirstPerson(facts, clauseStart, clauseEnd))
        {
            suppliers = Owners.SubjectsBefore(facts, cue.End, SpeakerSpanEnd(facts, cue.End));
            // "“We do not want our weapons used against Russia,” he said." after a sentence naming him.
            if (suppliers.Count == 0 && context.NearbySpeaker() is { } speaker)
            {
                suppliers = [speaker];
                confidenceAdjustment -= 0.1;
            }
        }

        if (suppliers.Count == 0 && !owners.HasGroupOwner && QuotedFromSomeoneNamedBefore(facts, cue.End) && context.NearbySpeaker() is { } quoted)
        {
            suppliers = [quoted];
            confidenceAdjustment -= 0.15;
        }

        // "There are no more range limitations for weapons delivered to Ukraine. Neither from the Brits, nor the French,
        // nor from us.": the rule's suppliers come in the verbless list after it; so do the members of a group that
        // holds it ("Most NATO countries do not support strikes with Western weapons against Russia. In particular,
        // Germany, France and Italy.").
        if (suppliers.Count == 0 && context.FollowingAgents() is { Count: > 0 } following)
        {
            suppliers = [.. following];
            confidenceAdjustment -= 0.05;
        }

        // "The Netherlands delivered F-16 jets to Ukraine. The country has set no restrictions on their use over
        // Russia.": a sentence that opens on "They", "The country" or "The government" and names no supplier of its own
        // speaks of the suppliers the sentence before named.
        if (suppliers.Count == 0 && clauseStart == 0 && !owners.HasGroupOwner && !facts.Has(Cue.Supplier)
            && OpensOnReference(facts, cue.Start) && context.EarlierSuppliers() is { Count: > 0 } referred)
        {
            suppliers = [.. referred];
            confidenceAdjustment -= 0.1;
        }

        // "The policy on long-range strikes into Russia has not changed thus far, as President Joe Biden continues to
        // impose restrictions ...": a clause that names no supplier, in a sentence that names none before it and just
        // one after, is that supplier's.
        if (suppliers.Count == 0 && !owners.HasGroupOwner && clauseEnd < facts.Tokens.Count
            && (facts.AnyIn(Cue.Supplier, clauseEnd, facts.Tokens.Count) || facts.AnyIn(Cue.Person, clauseEnd, facts.Tokens.Count))
            && !facts.AnyIn(Cue.Supplier, 0, clauseEnd) && !facts.AnyIn(Cue.Person, 0, clauseEnd)
            && Owners.SubjectsBefore(facts, clauseEnd, facts.Tokens.Count) is { Count: 1 } later)
        {
            suppliers = later;
            confidenceAdjustment -= 0.15;
        }

        if (suppliers.Count == 0)
        {
            return null;
        }

        var background = facts.AnyIn(Cue.Past, clauseStart, cue.Start);
        var kind = KindOf(facts, stance, background, cue, clauseStart, clauseEnd);
        if (!facts.Has(Cue.Russia) && context.RussiaImplied)
        {
            confidenceAdjustment -= 0.1;
        }

        var confidence = kind switch
        {
            StatementKind.Decision => 0.9,
            StatementKind.Report => 0.8,
            StatementKind.Consideration => 0.75,
            _ => 0.6,
        } + confidenceAdjustment + (fromOwner ? 0.05 : 0);
        if (background)
        {
            // Recalled policy is evidence of the past, not of a change: kept, but below the ledger's threshold.
            confidence = Math.Min(confidence, 0.45);
        }

        var scope = stance == Stance.Limited ? Scope(facts, clauseStart, limitEnd, otherItems) : null;
        var statements = new List<SentenceStatement>();
        foreach (var supplier in suppliers.Distinct(StringComparer.Ordinal))
        {
            var own = stance;
            if (companions is { Negated: true } && companions.Leaders.Contains(supplier) && !companions.Followed.Contains(supplier))
            {
                // "Germany will not follow the US in allowing ...": the leader keeps the opposite rule.
                own = stance is Stance.Allowed or Stance.Limited ? Stance.Prohibited : stance == Stance.Prohibited ? Stance.Allowed : stance;
            }
            else if (companions is { Negated: false } && stance == Stance.UnderReview && allows && companions.Followed.Contains(supplier) && !companions.Leaders.Contains(supplier))
            {
                // "Starmer and Macron are expected to join Joe Biden in allowing ...": who is joined has already allowed.
                own = Limits(facts, clauseStart, limitEnd, otherItems).Count > 0 ? Stance.Limited : Stance.Allowed;
            }

            // "the US and UK ... their long-range weapons like ATACMS and Storm Shadow": each its own system.
            var ownWeapons = Weapons.OwnSystem(facts, weapons, supplier, segmentStart, segmentEnd, lexicon);
            if (excepted is not null)
            {
                statements.Add(new SentenceStatement(
                    new Statement(supplier, excepted.Name, excepted.WeaponClass, Stance.Prohibited, kind, null, facts.Text, Speaker(facts, supplier),
                        Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), context.StatedAt),
                    background));
            }

            statements.Add(new SentenceStatement(
                new Statement(supplier, ownWeapons.Name, ownWeapons.WeaponClass, own, own == stance ? kind : StatementKind.Decision,
                    own == stance ? scope : null, facts.Text, Speaker(facts, supplier), Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), context.StatedAt),
                background,
                weapons.Vague && !IsNoRestrictionAtAll(facts, cue),
                RestatesPolicy: cue.Unchanged && (weapons.Vague || !NamesWeaponsIn(facts, clauseStart, NextComma(facts, cue.End, clauseEnd)))));
        }

        return statements;
    }
}
