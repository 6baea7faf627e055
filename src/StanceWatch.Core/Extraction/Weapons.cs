using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>
/// Which weapons a stance phrase concerns: the weapon mentioned nearest to it in its segment (a named system, or
/// general weapons exemplified by one: "weapons such as ATACMS"), long-range when the segment says so.
/// </summary>
internal static class Weapons
{
    /// <param name="Vague">
    /// General only because the text names no weapons, or just "missiles" or "rockets": news often means the
    /// long-range ones it names elsewhere.
    /// </param>
    public sealed record Description(string Name, WeaponClass WeaponClass, WeaponSystem? System, bool Vague = false);

    private const int ExampleReach = 10;
    private const int IntroducerReach = 5;
    private const int ApposedReach = 5;

    public static Description Describe(SentenceFacts facts, (int Start, int End) segment, (int Start, int End) clause, int cueStart, int cueEnd, SentenceContext context)
    {
        var lexicon = context.Lexicon;
        // A stance phrase whose own segment names no weapon ("refused | to allow Taurus") takes its clause's.
        var (segmentStart, segmentEnd) = Mentions(facts, segment).Count > 0 ? segment : clause;
        var mentions = Mentions(facts, (segmentStart, segmentEnd));
        var longRange = facts.AnyIn(Cue.LongRangeWord, segmentStart, segmentEnd);
        if (mentions.Count == 0 && (RefersToEarlierClause(facts, cueStart, cueEnd, clause) || HasNoObject(facts, clause) || HangsOnWeapon(facts, clause) || SharesSubject(facts, clause)) && Mentions(facts, (0, clause.Start)) is { Count: > 0 } earlierInSentence)
        {
            // "... ATACMS and Storm Shadow missiles, but the two countries have not permitted their use ...".
            (mentions, segmentStart, segmentEnd) = (earlierInSentence, 0, clause.Start);
            longRange |= facts.AnyIn(Cue.LongRangeWord, 0, clause.Start);
        }

        // "sought U.S. approval to carry out long-range strikes inside Russia, but the White House resisted": the same
        // with strikes, not weapons, named before.
        // "... long-range weapons to strike inside Russia, though he didn't make any commitments to reverse a U.S. ban on
        // such attacks": "such" strikes are the long-range ones too.
        if (mentions.Count == 0 && !longRange && (HasNoObject(facts, clause) || NamesSuchStrikes(facts, clause)) && facts.AnyIn(Cue.LongRangeWord, 0, clause.Start))
        {
            return General(longRange: true);
        }

        if (mentions.Count == 0)
        {
            // "cleared Kyiv to deploy them in Russian territory" after a sentence about the long-range missiles.
            // "Especially if the Ukrainians were allowed to use them against targets inside Russia, which London and
            // Washington currently forbid": a sentence that names no weapons but "them" is about the weapons before it.
            var refersBack = RefersBack(facts, cueEnd, clause.End) || context.Topic == SentenceTopic.PreviousSentence
                || (Mentions(facts, (0, facts.Tokens.Count)).Count == 0 && facts.ContainsToken(0, cueStart, "them", "they"));
            return !longRange && Mentions(facts, clause).Count == 0 && refersBack && context.EarlierWeapon() is { } earlier
                ? earlier
                : General(longRange) with { Vague = !longRange };
        }

        var nearest = mentions.MinBy(m => m.End <= cueStart ? cueStart - m.End : Math.Max(0, m.Start - cueEnd));
        // "Scholz, who has refused to send Taurus, does not allow Ukraine to use German weapons on Russian soil": the
        // weapons the rule names after it are its own; a system named before a comma belongs to another phrase.
        if (nearest.End <= cueStart && nearest.Cue == Cue.NamedWeapon && facts.ContainsToken(nearest.End, cueStart, ",")
            && mentions.Where(m => m.Start >= cueEnd && m.Cue == Cue.GeneralWeapon && !facts.AnyIn(Cue.LongRangeWord, m.Start - 2, m.End)).ToList() is { Count: > 0 } after)
        {
            nearest = after.MinBy(m => m.Start);
        }

        var system = System(nearest, lexicon) ?? Exemplified(facts, nearest, mentions, lexicon);
        // "... a sole issue like long-range missiles ..., talks about whether to approve Kyiv's use of such weapons":
        // "such weapons" are the ones named before.
        if (system is null && !longRange && IsAnaphoric(facts, nearest) && (Before(facts, nearest.Start, lexicon) ?? context.EarlierWeapon()) is { } referent)
        {
            return referent;
        }

        // "The US has so far held back permission to fire the missiles, made by the UK and France": the missiles the
        // story named before.
        if (system is null && !longRange && IsDefiniteMissiles(facts, nearest) && Mentions(facts, (0, facts.Tokens.Count)).Count == 1
            && context.EarlierMissile?.Invoke() is { } named)
        {
            return named;
        }

        // "the U.S. is allowing Ukraine to use the weapons to target in and around Kursk": "the weapons", the only ones
        // the sentence names, are as vague as "the missiles".
        return system is null
            ? General(longRange) with { Vague = !longRange && (IsMissileWord(facts, nearest) || (IsDefiniteWeapons(facts, nearest) && mentions.Count == 1)) }
            // A named system keeps its own class: F-16s flown "deep inside" Russia are still F-16s.
            : new Description(system.Name, system.WeaponClass, system);
    }

    /// <summary>
    /// The weapon a permission leaves out: "whatever weapons, with the exception of the long-range Storm Shadow
    /// missiles", "British-supplied weapons – except for long-range Storm Shadow missiles", "apart from the Storm
    /// Shadow long-range missiles".
    /// </summary>
    public static Description? Excepted(SentenceFacts facts, int start, int end, Lexicon lexicon)
    {
        for (var i = start; i < end; i++)
        {
            var text = facts.Tokens[i].Text;
            var next = i + 1 < end ? facts.Tokens[i + 1].Text : "";
            var previous = i > start ? facts.Tokens[i - 1].Text : "";
            // Also "..., and with no long-range strikes deep inside Russia", "but not ATACMS", "not including Taurus".
            var opens = text is "except" or "excluding" || (text is "exception" or "apart" or "other" && next is "of" or "from" or "than")
                || (text == "no" && previous == "with") || (text == "not" && (previous == "but" || next == "including"))
                // "..., not for long-range strikes", "..., not ATACMS"; not "..., not only" or "..., not yet".
                || (text == "not" && previous == "," && next is not ("only" or "just" or "yet" or "least" or "even" or "necessarily"));
            if (!opens)
            {
                continue;
            }

            foreach (var match in facts.Matches)
            {
                if (match.Start <= i || match.Start > i + 6 || match.End > end)
                {
                    continue;
                }

                // "..., but not American ATACMS", "but not its own longer-range missiles": another's weapons, or the
                // subject's own set against others', are no exception to this permission.
                if (facts.Matches.Exists(m => m.Cue is Cue.Supplier && m.Start > i && m.Start < match.Start)
                    || facts.ContainsToken(i + 1, match.Start, "its", "their", "own"))
                {
                    break;
                }

                if (System(match, lexicon) is { } system)
                {
                    return new Description(system.Name, system.WeaponClass, system);
                }

                if (match.Cue == Cue.LongRangeWord)
                {
                    return General(longRange: true);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The one system a ban singles out, named after a copula: "the only British weapon that cannot be used in Russia
    /// is the Storm Shadow cruise missile". The ban is on that system, and the rest are free.
    /// </summary>
    public static Description? SingledOut(SentenceFacts facts, int start, Lexicon lexicon)
    {
        foreach (var general in facts.Of(Cue.GeneralWeapon))
        {
            if (general.Start < start || !facts.ContainsToken(Math.Max(start, general.Start - 3), general.Start, "only", "sole"))
            {
                continue;
            }

            for (var i = general.End; i < facts.Tokens.Count && i < general.End + 15; i++)
            {
                if (facts.Tokens[i].Text is not ("is" or "are" or "remains" or "remain"))
                {
                    continue;
                }

                var named = facts.Of(Cue.NamedWeapon).FirstOrDefault(m => m.Start > i && m.Start <= i + 3);
                return named.Length > 0 && System(named, lexicon) is { } system ? new Description(system.Name, system.WeaponClass, system) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The system of the segment that this supplier makes, when the one found is another's; or the supplier's own name
    /// for a shared system ("Storm Shadow and SCALP": SCALP for France).
    /// </summary>
    public static Description OwnSystem(SentenceFacts facts, Description found, string supplier, int segmentStart, int segmentEnd, Lexicon lexicon)
    {
        if (found.System is not { } system)
        {
            return found;
        }

        var sharedButNamedForAnother = system.Origin.Contains(supplier) && system.Implied is { } implied && implied != supplier;
        if (system.Origin.Contains(supplier) && !sharedButNamedForAnother)
        {
            return found;
        }

        foreach (var mention in Mentions(facts, (segmentStart, segmentEnd)))
        {
            if (System(mention, lexicon) is { } other && other != system
                && (sharedButNamedForAnother ? other.Origin is [var only] && only == supplier : other.Origin.Contains(supplier)))
            {
                return new Description(other.Name, other.WeaponClass, other);
            }
        }

        return found;
    }

    private static bool NamesSuchStrikes(SentenceFacts facts, (int Start, int End) clause)
    {
        var such = facts.IndexOfSequence(clause.Start, clause.End, "such");
        return such >= 0 && such + 1 < clause.End && facts.Tokens[such + 1].Text is "attacks" or "strikes" or "attack" or "strike";
    }

    private static List<PhraseMatch> Mentions(SentenceFacts facts, (int Start, int End) span) =>
        [.. facts.Matches.Where(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.Start >= span.Start && m.End <= span.End)];

    // "their use", "them" right after the stance phrase, or "they" as its subject ("..., which were delivered on
    // condition that they not be used ..."), in a clause that names no weapons of its own.
    private static bool RefersToEarlierClause(SentenceFacts facts, int cueStart, int cueEnd, (int Start, int End) clause) =>
        clause.Start > 0 && Mentions(facts, clause).Count == 0
        && (RefersBack(facts, cueEnd, clause.End) || facts.ContainsToken(cueEnd, Math.Min(clause.End, cueEnd + 3), "their")
            || facts.ContainsToken(Math.Max(clause.Start, cueStart - 2), cueStart, "they")
            || NamesTheirUse(facts, clause.Start, cueStart));

    // "..., but their use for strikes on Russian territory is barred".
    private static bool NamesTheirUse(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (facts.Tokens[i].Text is "their" or "its" && facts.Tokens[i + 1].Text is "use" or "usage")
            {
                return true;
            }
        }

        return false;
    }

    // "the Storm Shadow, which the UK supplied last year but has not been green-lit for use ...", "... but it has not
    // been cleared": a "but" clause with no subject of its own, or only "it" or "they", is about the weapons before it.
    private static bool SharesSubject(SentenceFacts facts, (int Start, int End) clause)
    {
        if (clause.Start == 0 || clause.Start + 1 >= clause.End || facts.Tokens[clause.Start].Text is not ("but" or "yet") || Mentions(facts, clause).Count > 0)
        {
            return false;
        }

        var next = facts.Tokens[clause.Start + 1].Text;
        return next is "it" or "they" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "remains" or "remain" or "remained";
    }

    // "UK-supplied Storm Shadow missiles, which remain restricted from use in Russian territory": a relative clause
    // hung on a weapon is about that weapon.
    private static bool HangsOnWeapon(SentenceFacts facts, (int Start, int End) clause)
    {
        if (clause.Start == 0 || facts.Tokens[clause.Start].Text is not ("which" or "that") || Mentions(facts, clause).Count > 0)
        {
            return false;
        }

        var before = facts.Tokens[clause.Start - 1].IsPunctuation ? clause.Start - 1 : clause.Start;
        return facts.Matches.Exists(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.End == before);
    }

    // "Ukraine fired British Storm Shadow missiles into Russia, after London gave permission": a later clause whose
    // permission names no weapons, strikes or place is about the earlier clause's weapons.
    private static bool HasNoObject(SentenceFacts facts, (int Start, int End) clause) =>
        clause.Start > 0 && !facts.AnyIn(Cue.Strike, clause.Start, clause.End) && !facts.AnyIn(Cue.Russia, clause.Start, clause.End)
        && !facts.AnyIn(Cue.WithinUkraine, clause.Start, clause.End);

    // The pronoun must be the stance's object, a few words after it ("cleared Kyiv to deploy them"), not any "them".
    private static bool RefersBack(SentenceFacts facts, int cueEnd, int clauseEnd) =>
        facts.ContainsToken(cueEnd, Math.Min(clauseEnd, cueEnd + 5), "them", "these", "those", "they");

    // Also a bare "the weapons" as the subject of a verb ("He added that the weapons will have no range limitations"):
    // nothing in the sentence says which, so they are the ones just named.
    private static bool IsAnaphoric(SentenceFacts facts, PhraseMatch mention) =>
        mention.Cue == Cue.GeneralWeapon && mention.Start > 0
        && (facts.Tokens[mention.Start - 1].Text is "such" or "these" or "those"
            || (facts.Tokens[mention.Start - 1].Text == "the" && mention.End < facts.Tokens.Count
                && facts.Tokens[mention.End].Text is "will" or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "are" or "were"));

    // The system, or long-range weapons, named last before a position in the sentence.
    private static Description? Before(SentenceFacts facts, int position, Lexicon lexicon)
    {
        Description? found = null;
        foreach (var match in facts.Matches)
        {
            if (match.End > position)
            {
                continue;
            }

            if (System(match, lexicon) is { } system)
            {
                found = new Description(system.Name, system.WeaponClass, system);
            }
            else if (match.Cue == Cue.LongRangeWord)
            {
                found = General(longRange: true);
            }
        }

        return found;
    }

    private static bool IsDefiniteMissiles(SentenceFacts facts, PhraseMatch mention) =>
        IsMissileWord(facts, mention) && mention.Length == 1 && mention.Start > 0 && facts.Tokens[mention.Start - 1].Text == "the";

    // Bare "the weapons": not "the weapons Germany has transferred", which says in place which weapons they are.
    private static bool IsDefiniteWeapons(SentenceFacts facts, PhraseMatch mention) =>
        mention.Cue == Cue.GeneralWeapon && mention.Length == 1 && facts.Tokens[mention.Start].Text is "weapons" or "arms"
        && mention.Start > 0 && facts.Tokens[mention.Start - 1].Text == "the"
        && (mention.End >= facts.Tokens.Count || facts.Tokens[mention.End].Text is "to" or "for" or "against" or "in" or "inside" or "on" or "at"
            or "only" or "would" or "could" or "can" or "will" or "may" or "might" or "must" or "should" or "were" or "are" or "." or "," or "”" or "\"");

    private static bool IsMissileWord(SentenceFacts facts, PhraseMatch mention) =>
        mention.Cue == Cue.GeneralWeapon && facts.Tokens[mention.End - 1].Text is "missiles" or "missile" or "rockets";

    public static Description General(bool longRange) => longRange
        ? new Description(WeaponClassNames.LongRange, WeaponClass.LongRange, null)
        : new Description(WeaponClassNames.General, WeaponClass.General, null);

    private static WeaponSystem? System(PhraseMatch match, Lexicon lexicon) =>
        match.Cue == Cue.NamedWeapon && match.Value is { } name && lexicon.Systems.TryGetValue(name, out var system) ? system : null;

    // "Storm Shadow missile" (the system names its head noun), "weapons such as ATACMS", "weapons like the
    // Atacms missiles", "missiles, including Storm Shadow".
    private static WeaponSystem? Exemplified(SentenceFacts facts, PhraseMatch general, List<PhraseMatch> mentions, Lexicon lexicon)
    {
        var compound = mentions.FirstOrDefault(m => m.Cue == Cue.NamedWeapon && m.End <= general.Start && general.Start - m.End <= 1);
        if (compound.Length > 0)
        {
            return System(compound, lexicon);
        }

        // "the Franco-British cruise missile Scalp/Storm Shadow": a system named right after the noun is it.
        var apposed = mentions.FirstOrDefault(m => m.Cue == Cue.NamedWeapon && m.Start == general.End);
        if (apposed.Length > 0)
        {
            return System(apposed, lexicon);
        }

        // "the Storm Shadow — a British-French missile that ...", "Taurus, a cruise missile": a noun set in apposition
        // after a system names it again.
        var restated = mentions.LastOrDefault(m => m.Cue == Cue.NamedWeapon && m.End < general.Start && general.Start - m.End <= ApposedReach);
        if (restated.Length > 0 && facts.Tokens[restated.End].Text is "—" or "–" or "," or "is" or "was"
            && facts.ContainsToken(restated.End + 1, restated.End + 2, "a", "an")
            && !mentions.Exists(m => m.Start >= restated.End && m.End <= general.Start))
        {
            return System(restated, lexicon);
        }

        // The example word comes within a few words; the example may be described first ("— such as the much vaunted,
        // long-range ATACMS —").
        var introduced = false;
        for (var i = general.End; i < facts.Tokens.Count && i < general.End + ExampleReach; i++)
        {
            introduced |= i < general.End + IntroducerReach && facts.Tokens[i].Text is "such" or "like" or "including" or "namely" or "notably";
            var named = mentions.FirstOrDefault(m => m.Start == i && m.Cue == Cue.NamedWeapon);
            if (introduced && named.Length > 0)
            {
                return System(named, lexicon);
            }
        }

        return null;
    }
}
