namespace StanceWatch.Core.Extraction;

/// <summary>Whose weapons and whose policy: suppliers attached to the weapons, or named before the stance phrase.</summary>
internal static class Owners
{
    public sealed record Found(List<string> Suppliers, bool HasGroupOwner);

    private const int Reach = 5;

    /// <summary>Suppliers that own weapons in the segment: "US weapons", "American-provided missiles", "weapons supplied by the US".</summary>
    public static Found Find(SentenceFacts facts, int start, int end)
    {
        var suppliers = new List<string>();
        var group = false;
        foreach (var weapon in facts.Matches.Where(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.Start >= start && m.End <= end))
        {
            group |= LookBack(facts, weapon.Start, suppliers);
            group |= LookAhead(facts, weapon.End, suppliers);
        }

        return new Found(suppliers, group && suppliers.Count == 0);
    }

    /// <summary>Suppliers and their people named in [start, end): the subjects of a clause before its stance phrase.</summary>
    public static List<string> SubjectsBefore(SentenceFacts facts, int start, int end, Predicate<PhraseMatch>? except = null) =>
        facts.Matches
            .Where(m => m.Cue is Cue.Supplier or Cue.Person && m.Start >= start && m.End <= end && m.Value is not null && !NamesOthers(facts, m) && except?.Invoke(m) != true)
            .Select(m => m.Value!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    // "Many of Italy's allies have said they will allow ...": the supplier only qualifies the others who speak.
    // A country's newspapers, analysts and experts speak about its policy, not for it.
    // "a principle that I share with the American president: we do not want ...": a supplier after "with" is a
    // companion of the subject, not the subject.
    internal static bool NamesOthers(SentenceFacts facts, PhraseMatch supplier) =>
        // "According to German magazine Focus": a country's press is not its government.
        facts.IsAt(supplier.End, Cue.OthersNoun)
        // "America's other NATO allies": nor do its allies with a word or two between.
        || IsOthersAfterQualifiers(facts, supplier.End)
        || FollowsWith(facts, supplier.Start)
        // "former Prime Minister Boris Johnson", "a former US ambassador": who once held office speaks for no one now.
        || facts.ContainsToken(supplier.Start - 3, supplier.Start, "former", "ex")
        // "President-elect Donald Trump told Time ...": nor does who has yet to take office.
        || facts.ContainsToken(supplier.Start - 3, supplier.Start, "president-elect", "elect")
        // "has been more willing than Washington to lift restrictions": who is compared with is not who acts.
        // "Italy, unlike Germany, does not allow ...": nor is who is contrasted with.
        || (WordBeforeName(facts, supplier.Start) is var compared and >= 0 && facts.Tokens[compared].Text is "than" or "unlike")
        // "Zelensky's visit to Washington, where he continued to push Biden to allow ...": where someone travels is
        // no subject.
        // Nor is a capital where a meeting happens: "Stoltenberg Floats Talks ... As NATO Meets In Prague".
        || (supplier.Start > 1 && facts.Tokens[supplier.Start - 1].Text == "in"
            && facts.Tokens[supplier.Start - 2].Text is "meets" or "met" or "meet" or "meeting" or "summit" or "gathered" or "gather" or "talks" or "conference")
        // Nor is the country an envoy is posted to: "Canadian Ambassador to the United States said ...".
        || (WordBeforeName(facts, supplier.Start) is var to and > 0 && facts.Tokens[to].Text == "to"
            && facts.Tokens[to - 1].Text is "visit" or "visits" or "trip" or "trips" or "travelled" or "traveled" or "travels" or "flew" or "journey"
                or "ambassador" or "envoy" or "representative");

    private static bool IsOthersAfterQualifiers(SentenceFacts facts, int end)
    {
        for (var i = end; i < facts.Tokens.Count && i <= end + 2; i++)
        {
            if (facts.IsAt(i, Cue.OthersNoun))
            {
                return i > end;
            }

            if (facts.Tokens[i].Text is not ("other" or "many" or "closest" or "close" or "key" or "main" or "major" or "fellow" or "nato" or "european" or "western"))
            {
                return false;
            }
        }

        return false;
    }

    // The word before a supplier's name, past a "the" ("ambassador to the United States", "than the US"); -1 if none.
    private static int WordBeforeName(SentenceFacts facts, int nameStart)
    {
        var i = nameStart - 1;
        return i >= 0 && facts.Tokens[i].Text == "the" ? i - 1 : i;
    }

    private static bool FollowsWith(SentenceFacts facts, int start)
    {
        var i = start - 1;
        if (i >= 0 && facts.Tokens[i].Text is "the")
        {
            i--;
        }

        // "With the United States and Germany imposing such curbs, ...": a clause-initial "with" introduces the subject.
        // "Germany, together with France, ...": so does "together with" or "along with", which adds subjects.
        return i > 0 && facts.Tokens[i].Text == "with" && !facts.Tokens[i - 1].IsPunctuation
            && facts.Tokens[i - 1].Text is not ("together" or "along");
    }

    // Returns true when a non-supplier group ("Western", "allied") owns the weapons.
    private static bool LookBack(SentenceFacts facts, int weaponStart, List<string> suppliers)
    {
        var i = weaponStart - 1;
        var steps = 0;
        while (i >= 0 && steps < Reach)
        {
            var match = facts.Covering(i, Cue.Supplier, Cue.PronounOwner, Cue.NonSupplierOwner, Cue.OwnerLink, Cue.LongRangeWord, Cue.GeneralWeapon);
            if (match is { } m)
            {
                switch (m.Cue)
                {
                    case Cue.Supplier:
                        suppliers.Add(m.Value!);
                        break;
                    case Cue.NonSupplierOwner:
                        return suppliers.Count == 0;
                    case Cue.PronounOwner:
                        return false;
                }

                i = m.Start - 1;
                steps++;
                continue;
            }

            if (facts.Tokens[i].Text is "and" or "the" or "its" or "own")
            {
                i--;
                steps++;
                continue;
            }

            break;
        }

        return false;
    }

    /// <summary>
    /// Whether every weapon the span names is Ukraine's own: "its own missiles" after Ukraine, "domestically produced
    /// weapons", "Ukrainian-made missiles". No supplier sets rules on those, however near a supplier is named.
    /// </summary>
    public static bool OnlyUkrainesOwn(SentenceFacts facts, int start, int end)
    {
        var weapons = facts.Matches.Where(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.Start >= start && m.End <= end).ToList();
        // A named system is a supplier's, even as "its own ATACMS".
        return weapons.Count > 0 && weapons.TrueForAll(w => w.Cue == Cue.GeneralWeapon && IsUkrainesOwn(facts, w.Start));
    }

    private static bool IsUkrainesOwn(SentenceFacts facts, int weaponStart)
    {
        const int SubjectReach = 14;
        string word(int i) => i >= 0 ? facts.Tokens[i].Text : "";
        var before = word(weaponStart - 1);
        if (before is "homegrown" || (before is "made" or "produced" or "built" or "manufactured"
            && word(weaponStart - 2) is "ukrainian" or "domestically" or "locally" or "home"))
        {
            return true;
        }

        if (before != "own" || word(weaponStart - 2) is not ("its" or "their" or "ukraine" or "kyiv"))
        {
            return false;
        }

        // "Ukraine's own" (the apostrophe-s is dropped), or "its own" with Ukraine as the nearest subject.
        for (var i = weaponStart - 2; i >= 0 && weaponStart - i <= SubjectReach; i--)
        {
            if (facts.Covering(i, Cue.Supplier) is not null)
            {
                return false;
            }

            if (word(i) is "ukraine" or "kyiv" or "kiev" or "ukrainians")
            {
                return true;
            }
        }

        return false;
    }

    // "weapons supplied by the UK, France, Germany and the US": every supplier of the list owns them.
    private static void AddListedAfter(SentenceFacts facts, int end, List<string> suppliers)
    {
        var i = end;
        while (i < facts.Tokens.Count)
        {
            var j = i;
            while (j < facts.Tokens.Count && facts.Tokens[j].Text is "," or "and" or "or" or "the")
            {
                j++;
            }

            if (j == i || facts.Covering(j, Cue.Supplier) is not { } next)
            {
                return;
            }

            suppliers.Add(next.Value!);
            i = next.End;
        }
    }

    private static bool LookAhead(SentenceFacts facts, int weaponEnd, List<string> suppliers)
    {
        var i = weaponEnd;
        var steps = 0;
        var linked = false;
        while (i < facts.Tokens.Count && steps < Reach)
        {
            var match = facts.Covering(i, Cue.Supplier, Cue.OwnerLink, Cue.NonSupplierOwner);
            if (match is { Cue: Cue.OwnerLink } link)
            {
                linked = true;
                i = link.End;
                steps++;
                continue;
            }

            if (match is { Cue: Cue.Supplier } supplier && linked)
            {
                suppliers.Add(supplier.Value!);
                AddListedAfter(facts, supplier.End, suppliers);
                return false;
            }

            // "weapons delivered to Ukraine (by the US)": who receives them does not own them, and "to Ukraine" is
            // no step away from the owner.
            if (match is { Cue: Cue.NonSupplierOwner } recipient && linked && facts.Tokens[i - 1].Text == "to")
            {
                i = recipient.End;
                steps--;
                continue;
            }

            if (match is { Cue: Cue.NonSupplierOwner } && linked)
            {
                return suppliers.Count == 0;
            }

            if (facts.Tokens[i].Text is "by" or "the" or "it" or "has" or "have" or "had" or "to")
            {
                i++;
                steps++;
                continue;
            }

            break;
        }

        return false;
    }
}
