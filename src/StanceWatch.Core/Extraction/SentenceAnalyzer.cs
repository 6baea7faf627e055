using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>A statement found in one sentence, before article-level consolidation.</summary>
/// <param name="IsBackground">Recalls an earlier policy ("had previously asked", "until now refused").</param>
/// <param name="VagueWeapons">The weapons were only "missiles" or "rockets" (see <see cref="Weapons.Description.Vague"/>).</param>
internal sealed record SentenceStatement(Statement Statement, bool IsBackground, bool VagueWeapons = false);

/// <summary>
/// The rules that read one sentence. In order: the sentence must speak of weapons or strikes and of Russian
/// territory (or of use only within Ukraine); it is cut into clauses; in each clause every stance phrase is
/// resolved for negation ("not allow"), for what governs it (a consideration, advocacy, a hedge, speculation),
/// for limits (a region, a purpose), for the weapons it concerns, and for whose policy it is: the supplier
/// that owns the weapons ("British-supplied weapons"), else the supplier(s) before it in the clause
/// ("Britain and France have granted"), else the only origin of a named system ("ATACMS").
/// </summary>
internal static class SentenceAnalyzer
{
    private const int NegationWindow = 3;

    // Every statement needs Russian territory (or use only within Ukraine) in its sentence; one vectorised scan
    // for these stems rejects most sentences of a news story before any tokenising. Kept in step with the
    // "russia" and "withinUkraine" cues.
    private static readonly System.Buffers.SearchValues<string> TerritoryStems = System.Buffers.SearchValues.Create(
        ["russia", "moscow", "kremlin", "border", "kursk", "belgorod", "bryansk", "other country", "ukrain"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Stems of the words a sentence about restrictions uses ("no restrictions", "not subject to any conditions").</summary>
    public static readonly System.Buffers.SearchValues<string> RestrictionStems = System.Buffers.SearchValues.Create(
        ["restrict", "limit", "condition", "caveat", "constraint", "red line", "prohibit", "ban"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Stems that may mark a sentence about restrictions or long-range weapons (see <see cref="RestrictionStems"/>).</summary>
    public static readonly System.Buffers.SearchValues<string> ImpliedTopicStems = System.Buffers.SearchValues.Create(
        ["restrict", "limit", "condition", "caveat", "constraint", "red line", "prohibit", "ban", "long-range", "long range",
         "longer-range", "atacms", "storm shadow", "scalp", "taurus"],
        StringComparison.OrdinalIgnoreCase);

    private static bool LongRangeSystemNamed(SentenceFacts facts, Lexicon lexicon)
    {
        foreach (var match in facts.Of(Cue.NamedWeapon))
        {
            if (match.Value is { } name && lexicon.Systems.TryGetValue(name, out var system) && system.WeaponClass == WeaponClass.LongRange)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> ContinuationWords = System.Buffers.SearchValues.Create(
        [" also ", " too,", " too.", " too ", "likewise", "similarly", " as well", "such use", "such strikes", "such attacks", "similar permission"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentence says it adds to what came before ("has also granted permission", "likewise").</summary>
    public static bool ContinuesPrevious(string sentence) => sentence.AsSpan().IndexOfAny(ContinuationWords) >= 0;

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

        var facts = new SentenceFacts(sentence, tokens, lexicon.Trie.FindAll(tokens));
        var speaksOfWeapons = facts.Has(Cue.GeneralWeapon) || facts.Has(Cue.NamedWeapon) || facts.Has(Cue.LongRangeWord) || facts.Has(Cue.Strike);
        var speaksOfRussia = facts.Has(Cue.Russia) || facts.Has(Cue.WithinUkraine) || facts.Matches.Exists(IsWithinUkrainePhrase(facts));
        onTopic = speaksOfWeapons && speaksOfRussia;
        var continues = context.Topic == SentenceTopic.PreviousSentence;
        if (!continues && (!speaksOfWeapons || (!speaksOfRussia && !context.RussiaImplied)))
        {
            return results;
        }

        var cues = StanceCue.Find(facts);
        if (!speaksOfRussia && !continues)
        {
            // Without Russia in the sentence, only a statement about the restrictions themselves, or about the
            // long-range weapons whose use on Russia is the whole question, is about this topic; one that places
            // the use in Ukraine ("in Crimea", "occupied territory") is not.
            var aboutLongRange = facts.Has(Cue.LongRangeWord) || LongRangeSystemNamed(facts, context.Lexicon);
            var placedInUkraine = facts.Has(Cue.WithinUkraine) || sentence.Contains("Crimea", StringComparison.OrdinalIgnoreCase);
            cues.RemoveAll(c => placedInUkraine || (!aboutLongRange && facts.Slice(c.Start, c.End).AsSpan().IndexOfAny(RestrictionStems) < 0));
        }

        var clauses = Clauses(facts).ToList();
        for (var k = 0; k < clauses.Count; k++)
        {
            var (clauseStart, clauseEnd) = clauses[k];
            // "authorised strikes on Russian territory, but exclusively along the border": a following clause with no
            // stance phrase of its own still limits this one.
            var limitEnd = clauseEnd;
            for (var next = k + 1; next < clauses.Count && !cues.Exists(c => c.Start >= clauses[next].Start && c.End <= clauses[next].End); next++)
            {
                limitEnd = clauses[next].End;
            }

            var clauseCues = cues.Where(c => c.Start >= clauseStart && c.End <= clauseEnd && !IsTopic(facts, c)).ToList();
            if (clauseCues.Count == 0
                && (ReviewOfRestrictions(facts, clauseStart, clauseEnd) ?? OptionOfStrikes(facts, clauseStart, clauseEnd) ?? UnchangedPolicy(facts, clauseStart, clauseEnd)) is { } implied)
            {
                clauseCues.Add(implied);
            }

            for (var i = 0; i < clauseCues.Count; i++)
            {
                var segmentStart = i == 0 ? clauseStart : clauseCues[i - 1].End;
                var segmentEnd = i + 1 < clauseCues.Count ? clauseCues[i + 1].Start : clauseEnd;
                var statement = Resolve(facts, clauseCues[i], clauseStart, clauseEnd, limitEnd, segmentStart, segmentEnd, context);
                if (statement is not null)
                {
                    results.AddRange(statement);
                }
            }
        }

        return results;
    }

    // A headline's "Tajani on authorizing strikes: ..." names what someone spoke about, not what they decided.
    private static bool IsTopic(SentenceFacts facts, StanceCue cue) =>
        cue.Start >= 2 && facts.Tokens[cue.Start - 1].Text is "on" or "about"
        && facts.Matches.Exists(m => m.Cue is Cue.Person or Cue.Supplier or Cue.LeaderOffice && m.End == cue.Start - 1);

    private static Predicate<PhraseMatch> IsWithinUkrainePhrase(SentenceFacts facts) =>
        m => m.Cue == Cue.Prohibit && facts.Slice(m.Start, m.End).Contains("Ukrain", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<(int Start, int End)> Clauses(SentenceFacts facts)
    {
        var start = 0;
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            var token = facts.Tokens[i];
            // "such as", "as well as" join rather than start a clause.
            var joins = token.Text == "as"
                && ((i > 0 && facts.Tokens[i - 1].Text is "such" or "well")
                    || (i + 2 < facts.Tokens.Count && facts.Tokens[i + 1].Text == "well" && facts.Tokens[i + 2].Text == "as"));
            var breaks = token.IsPunctuation ? token.Text is ";" or "—" or "–" : facts.IsAt(i, Cue.ClauseBreak) && !joins;
            if (breaks && i > start)
            {
                yield return (start, i);
                start = i;
            }
        }

        yield return (start, facts.Tokens.Count);
    }

    // "discussing the restrictions", "talks about possibly lifting restrictions" without an allow phrase of their own.
    private static StanceCue? ReviewOfRestrictions(SentenceFacts facts, int start, int end)
    {
        foreach (var review in facts.In(Cue.Review, start, end))
        {
            var noun = facts.FirstIn(Cue.RestrictionNoun, review.End, Math.Min(end, review.End + 8));
            if (noun.Length > 0)
            {
                return new StanceCue(noun.Start, noun.End, Allows: false);
            }
        }

        return null;
    }

    // "Markus Faber, a member of the Bundestag, said ...": a legislator's view is not the government's policy, unless a
    // government office or person speaks in the same clause ("the defence secretary told parliament ...").
    private static bool SpokenByLegislator(SentenceFacts facts, int clauseStart, int cueStart) =>
        facts.AnyIn(Cue.Legislature, clauseStart, cueStart)
        && !facts.AnyIn(Cue.LeaderOffice, clauseStart, cueStart)
        && !facts.AnyIn(Cue.Person, clauseStart, cueStart);

    // The suppliers after a "by" shortly after the stance phrase: "permission has also been granted by Canada".
    private static List<string> AgentAfter(SentenceFacts facts, int cueEnd, int clauseEnd)
    {
        for (var i = cueEnd; i < clauseEnd && i <= cueEnd + 5; i++)
        {
            if (facts.Tokens[i].Text == "by")
            {
                return Owners.SubjectsBefore(facts, i + 1, clauseEnd);
            }
        }

        return [];
    }

    // "this position has been supported by X, Y and Z": a policy noun, an echo verb, then "by" and the suppliers.
    private static List<string> Echoers(SentenceFacts facts, int from, int clauseEnd)
    {
        foreach (var noun in facts.Of(Cue.PolicyNoun))
        {
            if (noun.Start < from || noun.End >= clauseEnd)
            {
                continue;
            }

            var echo = facts.FirstIn(Cue.EchoVerb, noun.End, Math.Min(clauseEnd, noun.End + 4));
            if (echo.Length > 0 && echo.End < clauseEnd && facts.Tokens[echo.End].Text == "by")
            {
                return Owners.SubjectsBefore(facts, echo.End + 1, clauseEnd);
            }
        }

        return [];
    }

    // "ruled out sending Taurus", "refused to supply ATACMS": a rule about supplying weapons, not about where they
    // may be used.
    private static bool ConcernsSupply(SentenceFacts facts, StanceCue cue)
    {
        var next = cue.End;
        if (next < facts.Tokens.Count && facts.Tokens[next].Text is "to" or "the")
        {
            next++;
        }

        return facts.IsAt(next, Cue.SupplyVerb);
    }

    // "... stance on long-range strikes on Russian territory, adding that such a scenario remained an option".
    private static StanceCue? OptionOfStrikes(SentenceFacts facts, int start, int end)
    {
        var option = facts.FirstIn(Cue.ReviewAfter, start, end);
        return option.Length > 0 && facts.AnyIn(Cue.Strike, start, option.Start)
            ? new StanceCue(option.Start, option.End, Allows: true)
            : null;
    }

    // "its policy on long-range strikes into Russia had not changed", "is not going to change its position": with no
    // other stance phrase, a policy said to be unchanged is the restriction standing (a denial of any shift).
    private static StanceCue? UnchangedPolicy(SentenceFacts facts, int start, int end)
    {
        var unchanged = facts.FirstIn(Cue.Unchanged, start, end);
        return unchanged.Length > 0 && facts.AnyIn(Cue.PolicyNoun, start, end)
            ? new StanceCue(unchanged.Start, unchanged.End, Allows: false)
            : null;
    }

    private static List<SentenceStatement>? Resolve(
        SentenceFacts facts,
        StanceCue cue,
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
        if (IsNegated(facts, cue, clauseStart))
        {
            allows = !allows;
            // "never been any prohibition" is a weaker way to say "allowed" than "allowed".
            confidenceAdjustment -= cue.Allows ? 0 : 0.25;
        }

        var owners = Owners.Find(facts, segmentStart, segmentEnd);
        if (ConcernsSupply(facts, cue))
        {
            return null;
        }

        var modality = Modality(facts, cue, clauseStart, allows, owners.HasGroupOwner);
        if (modality == Governed.Skip)
        {
            return null;
        }

        // "should not allow them to touch other targets": barring only the rest is a limited permission.
        var stance = modality == Governed.Review
            ? Stance.UnderReview
            : modality == Governed.NotUnderReview
                ? Stance.Prohibited
                : allows
                ? (Limits(facts, clauseStart, limitEnd).Count > 0 ? Stance.Limited : Stance.Allowed)
                : facts.AnyIn(Cue.Exception, clauseStart, clauseEnd)
                ? Stance.Limited
                : Stance.Prohibited;

        // "has not changed its policy about allowing Ukraine to use long-range missiles": the permission is what has
        // not happened, so the restriction stands (an unchanged limited permission, "... just across the border",
        // stays limited).
        if (stance == Stance.Allowed && facts.AnyIn(Cue.Unchanged, clauseStart, cue.Start))
        {
            stance = Stance.Prohibited;
        }

        // "fighter jets that Ukrainians can use on Ukrainian territory": a permission confined to Ukraine bars Russia.
        if (stance is Stance.Allowed or Stance.Limited && facts.AnyIn(Cue.WithinUkraine, clauseStart, clauseEnd) && !facts.AnyIn(Cue.Russia, clauseStart, clauseEnd))
        {
            stance = Stance.Prohibited;
        }

        var weapons = Weapons.Describe(facts, (segmentStart, segmentEnd), (clauseStart, clauseEnd), cue.Start, cue.End, context);
        var suppliers = owners.Suppliers;
        var fromOwner = suppliers.Count > 0;
        Companions? companions = null;
        if (suppliers.Count == 0 && DeciderOf(facts, clauseStart, cue.Start) is { } decider)
        {
            suppliers = [decider];
        }

        if (suppliers.Count == 0)
        {
            companions = FindCompanions(facts, clauseStart, cue.Start);
            suppliers = companions is null ? Owners.SubjectsBefore(facts, clauseStart, cue.Start) : [.. companions.Leaders, .. companions.Followed];
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
            suppliers = Owners.SubjectsBefore(facts, Math.Max(0, clauseStart - 6), clauseStart).TakeLast(1).ToList();
        }

        if (suppliers.Count == 0 && !owners.HasGroupOwner && weapons.System is { Origin.Count: 1 } system)
        {
            suppliers = [system.Origin[0]];
            confidenceAdjustment -= 0.25;
        }

        // "We have not given permission for our missiles ...," the Italian defence minister said: a first-person
        // policy belongs to whoever the sentence names as saying it.
        if (suppliers.Count == 0 && SpeaksInFirstPerson(facts, clauseStart, clauseEnd))
        {
            suppliers = Owners.SubjectsBefore(facts, cue.End, facts.Tokens.Count);
            // "“We do not want our weapons used against Russia,” he said." after a sentence naming him.
            if (suppliers.Count == 0 && context.NearbySpeaker() is { } speaker)
            {
                suppliers = [speaker];
                confidenceAdjustment -= 0.1;
            }
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

        var scope = stance == Stance.Limited ? Scope(facts, clauseStart, limitEnd) : null;
        var statements = new List<SentenceStatement>();
        foreach (var supplier in suppliers.Distinct(StringComparer.Ordinal))
        {
            var own = stance;
            if (companions is { Negated: true } && companions.Leaders.Contains(supplier) && !companions.Followed.Contains(supplier))
            {
                // "Germany will not follow the US in allowing ...": the leader keeps the opposite rule.
                own = stance is Stance.Allowed or Stance.Limited ? Stance.Prohibited : stance == Stance.Prohibited ? Stance.Allowed : stance;
            }

            statements.Add(new SentenceStatement(
                new Statement(supplier, weapons.Name, weapons.WeaponClass, own, own == stance ? kind : StatementKind.Decision,
                    own == stance ? scope : null, facts.Text, Speaker(facts, supplier), Math.Round(Math.Clamp(confidence, 0.05, 0.99), 2), context.StatedAt),
                background,
                weapons.Vague));
        }

        return statements;
    }

    // "Berlin was informed of the US decision to allow Kyiv to strike ...": the supplier whose decision it is, not
    // every supplier before it.
    private static string? DeciderOf(SentenceFacts facts, int clauseStart, int cueStart)
    {
        var i = cueStart - 1;
        if (i >= clauseStart && facts.Tokens[i].Text == "to")
        {
            i--;
        }

        if (i < clauseStart || facts.Tokens[i].Text is not ("decision" or "move" or "plan" or "policy" or "choice" or "refusal" or "readiness" or "willingness"))
        {
            return null;
        }

        // One adjective may stand between: "the Biden administration's apparent decision".
        for (var end = i; end >= i - 1 && end > clauseStart; end--)
        {
            foreach (var match in facts.Of(Cue.Supplier))
            {
                if (match.End == end && match.Value is not null)
                {
                    return match.Value;
                }
            }

            foreach (var match in facts.Of(Cue.Person))
            {
                if (match.End == end && match.Value is not null)
                {
                    return match.Value;
                }
            }
        }

        return null;
    }

    /// <summary>"France followed Britain in allowing ...": Leaders follow or join the Followed suppliers in the stance.</summary>
    private sealed record Companions(List<string> Leaders, List<string> Followed, bool Negated);

    private static Companions? FindCompanions(SentenceFacts facts, int clauseStart, int cueStart)
    {
        var verb = facts.Of(Cue.CompanionVerb).LastOrDefault(m => m.Start >= clauseStart && m.End <= cueStart);
        if (verb.Length == 0 || !facts.Tokens[cueStart - 1].Text.Equals("in", StringComparison.Ordinal))
        {
            return null;
        }

        var followed = Owners.SubjectsBefore(facts, verb.End, cueStart);
        var leaders = Owners.SubjectsBefore(facts, clauseStart, verb.Start);
        if (followed.Count == 0 || leaders.Count == 0)
        {
            return null;
        }

        var negated = facts.Of(Cue.Negator).Exists(m => m.Start >= clauseStart && m.End <= verb.Start && verb.Start - m.End <= 1);
        return new Companions(leaders, followed, negated);
    }

    // "not allow", and "ruled out allowing" / "opposes allowing": a prohibition right before a permission negates it.
    private static bool IsNegated(SentenceFacts facts, StanceCue cue, int clauseStart) =>
        facts.Of(Cue.Negator).Exists(m => m.Start >= clauseStart && m.End <= cue.Start
            && (cue.Start - m.End <= NegationWindow || OnlyBridgeWords(facts, m.End, cue.Start))
            && !IsPartOfPhrase(facts, m))
        || (cue.Allows && facts.Of(Cue.Prohibit).Exists(m => m.Start >= clauseStart && m.End <= cue.Start && cue.Start - m.End <= 1))
        // "the Constitution forbids the government from allowing Kyiv to ...".
        || (cue.Allows && cue.Start > 0 && facts.Tokens[cue.Start - 1].Text == "from"
            && facts.Of(Cue.Prohibit).Exists(m => m.Start >= clauseStart && m.End < cue.Start));

    // "is not going to give the Armed Forces of Ukraine permission": a negation reaches its stance phrase across a
    // verb of giving and its recipient, however many words those take.
    private static bool OnlyBridgeWords(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (facts.Tokens[i].Text is not ("going" or "to" or "give" or "gave" or "given" or "giving" or "grant" or "granted" or "granting"
                or "be" or "been" or "being" or "yet" or "the" or "a" or "an" or "any" or "its" or "kyiv" or "kiev" or "ukraine" or "ukrainians"
                or "ukrainian" or "armed" or "forces" or "of" or "military" or "formal" or "official" or "such" or "explicit"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpeaksInFirstPerson(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (facts.Tokens[i].Text is "we" or "our" or "us" && !facts.Tokens[i].IsUpper)
            {
                return true;
            }
        }

        return false;
    }

    // "no" inside "no restrictions" or "not" inside "has not changed" are parts of other phrases, not negations.
    private static bool IsPartOfPhrase(SentenceFacts facts, PhraseMatch negator) =>
        facts.Matches.Exists(m => m.Cue is Cue.Denial or Cue.Allow or Cue.Prohibit && m.Start <= negator.Start && m.End >= negator.End && m.Length > negator.Length);

    private enum Governed
    {
        Plain,
        Review,
        NotUnderReview,
        Skip,
    }

    private static bool IsNegatedReview(SentenceFacts facts, PhraseMatch review, int clauseStart) =>
        !facts.Slice(review.Start, review.End).StartsWith("not", StringComparison.OrdinalIgnoreCase)
        && facts.Of(Cue.Negator).Exists(m => m.Start >= clauseStart && m.End <= review.Start && review.Start - m.End <= 1);

    // The earliest governing phrase before the stance phrase decides: "working on Kyiv's request to lift" is a
    // consideration; "urged allies to allow" is advocacy; "stopped short of authorising" and "whether" hedge;
    // "would soon overturn its ban" is speculation (a prohibition stated with "would not" still stands).
    private static Governed Modality(SentenceFacts facts, StanceCue cue, int clauseStart, bool allows, bool othersWeapons)
    {
        var governors = facts.Matches
            .Where(m => m.Cue is Cue.Review or Cue.Advocacy or Cue.Hedge or Cue.Speculative && m.Start >= clauseStart && !IsAttribution(facts, m)
                && (m.Start < cue.Start || (m.Cue == Cue.Hedge && m.Start == cue.Start && m.Length > cue.End - cue.Start)))
            .OrderBy(m => m.Start)
            .ThenByDescending(m => m.Length)
            .ToList();

        // "allowing such strikes remains an option": the consideration is stated after what it considers.
        if (facts.Of(Cue.ReviewAfter).Exists(m => m.Start >= cue.Start && (governors.Count == 0 || governors[0].Cue != Cue.Hedge)))
        {
            return Governed.Review;
        }

        foreach (var governor in governors)
        {
            switch (governor.Cue)
            {
                case Cue.Review:
                    // "is not considering lifting" keeps the restriction; "has not ruled out" is a review phrase of its own.
                    return IsNegatedReview(facts, governor, clauseStart) ? Governed.NotUnderReview : Governed.Review;
                // "talks about whether to approve ...": deliberating what to do is a consideration; "unclear whether
                // the US would allow" stays unknown.
                case Cue.Hedge when IsWhetherToDecide(facts, governor):
                    return Governed.Review;
                case Cue.Hedge:
                    return Governed.Skip;
                // "said they would not prohibit" states a policy; "would soon overturn" speculates.
                case Cue.Speculative when allows && !facts.Of(Cue.Negator).Exists(n => n.Start == governor.End):
                    return Governed.Skip;
                case Cue.Advocacy when othersWeapons || IsAdvocacy(facts, governor, clauseStart, cue):
                    return Governed.Skip;
            }
        }

        return Governed.Plain;
    }

    private static bool IsWhetherToDecide(SentenceFacts facts, PhraseMatch hedge) =>
        hedge.Length == 1 && facts.Tokens[hedge.Start].Text == "whether"
        && hedge.End < facts.Tokens.Count && facts.Tokens[hedge.End].Text == "to";

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

        var phrase = facts.Slice(advocacy.Start, advocacy.End);
        if (phrase.StartsWith("under pressure", StringComparison.OrdinalIgnoreCase) || phrase.StartsWith("pressure on", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var askers = Owners.SubjectsBefore(facts, clauseStart, advocacy.Start);
        var addressed = Owners.SubjectsBefore(facts, advocacy.End, cue.Start);
        return askers.Count == 0 || addressed.Except(askers).Any() || AddressesAllies(facts, clauseStart, cue.End);
    }

    // "urged allies to", "said partners should allow": the ask is of others, whoever asks.
    private static bool AddressesAllies(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end && i < facts.Tokens.Count; i++)
        {
            if (facts.Tokens[i].Text is "allies" or "partners" or "west" or "nato" or "members" or "countries" or "donors" or "coalition")
            {
                return true;
            }
        }

        return false;
    }

    private static StatementKind KindOf(SentenceFacts facts, Stance stance, bool background, StanceCue cue, int clauseStart, int clauseEnd)
    {
        if (stance == Stance.UnderReview)
        {
            return StatementKind.Consideration;
        }

        if (stance == Stance.Prohibited && (facts.Has(Cue.Denial) || facts.AnyIn(Cue.Unchanged, clauseStart, clauseEnd)) && !background)
        {
            return StatementKind.Denial;
        }

        if (background)
        {
            return StatementKind.Report;
        }

        var speakerIsGovernment = facts.AnyIn(Cue.Person, clauseStart, cue.Start) || facts.AnyIn(Cue.LeaderOffice, clauseStart, cue.Start);
        var decided = facts.AnyIn(Cue.DecisionVerb, clauseStart, clauseEnd);
        if (speakerIsGovernment && decided)
        {
            return StatementKind.Decision;
        }

        return facts.Has(Cue.Attribution) ? StatementKind.Report : StatementKind.Decision;
    }

    // The limit as the text states it: from the first limiting phrase to the end of its clause or comma, at most 16 words.
    private static string? Scope(SentenceFacts facts, int clauseStart, int clauseEnd)
    {
        // A region or purpose says more than "limited" or "partially" does.
        var limits = Limits(facts, clauseStart, clauseEnd);
        // "partially" or "limited" alone names no limit: leave the scope to a statement that does.
        var first = limits.FirstOrDefault(m => !IsDegreeWord(facts.Tokens[m.Start].Text) || m.Length > 1);
        if (first.Length == 0)
        {
            return null;
        }

        var end = first.Start;
        while (end < clauseEnd && end - first.Start < 16 && !(facts.Tokens[end].IsPunctuation && facts.Tokens[end].Text is "," or ";" or "(" or ")"))
        {
            end++;
        }

        return facts.Slice(first.Start, end).Trim().TrimEnd('.', ',', ';', '”', '"');
    }

    // The limiting phrases of [start, end) that are not denied: "is not limited to the territory of Ukraine" limits nothing.
    private static List<PhraseMatch> Limits(SentenceFacts facts, int start, int end)
    {
        var limits = facts.In(Cue.Limit, start, end);
        limits.RemoveAll(limit => facts.Of(Cue.Negator).Exists(n => n.End <= limit.Start && limit.Start - n.End <= 1 && n.Start >= start));
        return limits;
    }

    private static bool IsDegreeWord(string word) => word is "limited" or "limit" or "partially" or "partial" or "partly" or "solely";

    // Who spoke for this supplier: one of its people named in the sentence, else "<supplier> official(s)".
    private static string? Speaker(SentenceFacts facts, string supplierCode)
    {
        var person = facts.Of(Cue.Person).FirstOrDefault(m => m.Value == supplierCode);
        if (person.Length > 0)
        {
            return facts.Slice(person.Start, person.End);
        }

        foreach (var supplier in facts.Of(Cue.Supplier))
        {
            if (supplier.Value == supplierCode && supplier.End < facts.Tokens.Count && facts.Tokens[supplier.End].Text is "official" or "officials" or "spokesman" or "spokeswoman" or "spokesperson")
            {
                return facts.Slice(supplier.Start, supplier.End + 1);
            }
        }

        return null;
    }
}
