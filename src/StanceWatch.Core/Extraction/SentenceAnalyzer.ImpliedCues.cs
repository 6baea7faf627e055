using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Stance phrases a clause implies without an allow or prohibit word, and phrases that are not stances at all.</summary>
internal static partial class SentenceAnalyzer
{
    // A headline's "Tajani on authorizing strikes: ..." names what someone spoke about, not what they decided.
    private static bool IsTopic(SentenceFacts facts, StanceCue cue) =>
        (cue.Start >= 2 && facts.Tokens[cue.Start - 1].Text is "on" or "about"
            && facts.Matches.Exists(m => m.Cue is Cue.Person or Cue.Supplier or Cue.LeaderOffice && m.End == cue.Start - 1))
        || InOpeningTopic(facts, cue.Start);

    // "As for permits for the use of long-range weapons, it is clear that ...": a sentence's opening "as for",
    // "regarding" or "when it comes to" phrase, up to its comma, names what the sentence is about.
    private static bool InOpeningTopic(SentenceFacts facts, int index)
    {
        var i = facts.FirstWord();
        var opener = facts.Slice(i, Math.Min(facts.Tokens.Count, i + 4));
        if (!OpeningTopicPhrases.Any(p => opener.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || index <= i)
        {
            return false;
        }

        for (var k = i; k < index; k++)
        {
            if (facts.Tokens[k].Text == ",")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] OpeningTopicPhrases =
        ["as for ", "as to ", "as regards ", "regarding ", "concerning ", "with regard to ", "when it comes to ", "on the question of ", "on the issue of "];

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

    // "Pistorius noted that international law permits the use of Western weapons for attacks on Russian territory":
    // what the law allows is a reading of the law, not a government's rule.
    private static bool IsWhatTheLawSays(SentenceFacts facts, StanceCue cue) =>
        cue.Start > 0 && facts.Tokens[cue.Start - 1].Text is "law" or "laws" or "charter";

    // "a review mechanism requires Defence Secretary Pete Hegseth's personal approval for ATACMS strikes": an approval
    // that is required is a condition, not a permission given.
    private static bool IsRequiredApproval(SentenceFacts facts, StanceCue cue) =>
        cue.Allows && facts.Tokens[cue.Start].Text is "approval" or "permission" or "authorisation" or "authorization" or "consent"
        && facts.ContainsToken(Math.Max(0, cue.Start - 6), cue.Start, "require", "requires", "required", "requiring");

    // "Erdogan opposes a U.S. decision to allow Ukraine to use long-range missiles": opposing a decision is a view of
    // it; the decision itself is the statement, read from its own phrase.
    private static bool IsOppositionToADecision(SentenceFacts facts, StanceCue cue) =>
        !cue.Allows && cue.End - cue.Start == 1 && facts.Tokens[cue.Start].Text is "oppose" or "opposes" or "opposed" or "opposing"
        && facts.ContainsToken(cue.End, cue.End + 4, "decision", "move", "plan", "approval", "permission", "authorization", "authorisation");

    // "Kremlin spokesman Dmitry Peskov informed reporters that Washington appears to have already decided to permit
    // ...": what Russia's officials guess a supplier decided is their claim, not the supplier's statement. What they
    // state as done ("The Kremlin said the US administration will inflame tensions by allowing Ukraine to use
    // long-range missiles") is reported like any other source's report: labellers read it so.
    private static bool IsKremlinClaim(SentenceFacts facts, StanceCue cue)
    {
        for (var i = 0; i < cue.Start; i++)
        {
            if (facts.Tokens[i].Text is "kremlin" or "peskov" or "lavrov" or "zakharova" or "putin" or "medvedev" or "ryabkov" or "shoigu")
            {
                // "Kremlin Believes U.S. Has Authorized Long-Range Ukrainian Strikes": what Moscow believes is its reading.
                return facts.ContainsToken(i + 1, cue.Start, "claimed", "claims", "alleged", "alleges", "believes", "believed", "thinks", "suspects", "suspected")
                    || (facts.ContainsToken(i + 1, cue.Start, "said", "says", "told", "informed", "insisted", "stated")
                        && facts.ContainsToken(i + 1, cue.Start, "appears", "appear", "apparently", "seems", "seem", "allegedly", "supposedly"));
            }
        }

        return false;
    }

    // "a detailed vision of what kind of lifting of restrictions on long-range strikes Ukraine needs": a permission
    // Ukraine needs or wants is asked for, not given.
    private static bool IsWhatUkraineNeeds(SentenceFacts facts, StanceCue cue, int clauseEnd)
    {
        for (var i = cue.End; i + 1 < clauseEnd && i <= cue.End + 10; i++)
        {
            if (facts.Tokens[i].Text is "ukraine" or "kyiv" or "kiev" && facts.Tokens[i + 1].Text is "needs" or "need" or "needed" or "wants" or "wanted" or "requires" or "required")
            {
                return true;
            }
        }

        return false;
    }

    // "emphasized the need to obtain permission to strike deep into the territory of Russia", "hopes to get
    // permission": a permission still to be got is not given.
    private static bool IsPermissionToObtain(SentenceFacts facts, StanceCue cue)
    {
        var before = cue.Start - 1;
        before -= before >= 0 && facts.Tokens[before].Text is "the" or "a" ? 1 : 0;
        if (!cue.Allows || before < 1)
        {
            return false;
        }

        // Only the infinitive of getting: "Kyiv needs permission to fire Storm Shadow into Russia" says it has none.
        return facts.Tokens[before].Text is "obtain" or "get" or "secure" or "win" or "gain" or "seek" && facts.Tokens[before - 1].Text == "to";
    }

    // "... are providing Ukraine with long-range missiles that could be used to strike at groups in Russia": what the
    // weapons being supplied could do is their capability, not a permission.
    private static bool DescribesSuppliedWeapons(SentenceFacts facts, StanceCue cue, int clauseStart)
    {
        var relative = cue.Start - 1;
        if (!cue.Allows || relative < Math.Max(1, clauseStart) || facts.Tokens[relative].Text is not ("that" or "which") || facts.Tokens[cue.Start].Text != "could")
        {
            return false;
        }

        var before = facts.Tokens[relative - 1].IsPunctuation ? relative - 1 : relative;
        return facts.Matches.Exists(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.End == before) && facts.AnyIn(Cue.SupplyVerb, 0, relative);
    }

    // "prompted the Kremlin to loosen its rules on using nuclear weapons": a rule on nuclear weapons is Russia's
    // doctrine, not a supplier's rule on Ukraine's use of its weapons.
    private static bool ConcernsNuclearWeapons(SentenceFacts facts, StanceCue cue) =>
        facts.ContainsToken(cue.End, Math.Min(facts.Tokens.Count, cue.End + 4), "nuclear");

    // "ruled out sending Taurus", "refused to supply ATACMS", "authorized ... transfers of defensive equipment": a
    // rule about supplying weapons, not about where they may be used. The supply word must come before any word of
    // use or weapon ("allowed Ukraine to use weapons delivered ..." is about use).
    private static bool ConcernsSupply(SentenceFacts facts, StanceCue cue)
    {
        var weaponsNamed = false;
        for (var i = cue.End; i < facts.Tokens.Count && i <= cue.End + 8; i++)
        {
            if (facts.IsAt(i, Cue.Strike))
            {
                return false;
            }

            if (facts.IsAt(i, Cue.GeneralWeapon) || facts.IsAt(i, Cue.NamedWeapon))
            {
                weaponsNamed = true;
                continue;
            }

            // "American-provided long-range missiles" names an owner, not a supply. Once the weapons are named, a supply
            // word describes them ("do not want the weapons we send to be used ...") unless it is what is wanted of
            // them: "does not want these long-range weapons to be delivered".
            if (facts.IsAt(i, Cue.SupplyVerb) && !weaponsNamed && !facts.Of(Cue.Supplier).Exists(m => m.End == i))
            {
                return true;
            }

            // "Pentagon cleared giving Ukraine long-range Tomahawk missiles": giving weapons, not a permission, is what
            // was cleared.
            if (!weaponsNamed && facts.Tokens[i].Text is "give" or "giving" && GivesWeapons(facts, i + 1))
            {
                return true;
            }

            // "Moscow opposes Tomahawk missile supply to Kyiv": what is opposed is the supply.
            if (weaponsNamed && facts.Tokens[i].Text is "supply" or "supplies" or "delivery" or "deliveries" or "transfer" or "transfers" or "shipment" or "shipments"
                && facts.Matches.Exists(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.End == i))
            {
                return true;
            }

            if (weaponsNamed && facts.Tokens[i - 1].Text == "be" && facts.Tokens[i].Text is "delivered" or "supplied" or "sent" or "provided" or "transferred" or "shipped" or "handed" or "donated" or "exported")
            {
                return true;
            }

            if (!weaponsNamed && i > cue.End + 6)
            {
                return false;
            }
        }

        return false;
    }

    private static bool GivesWeapons(SentenceFacts facts, int from)
    {
        var end = Math.Min(facts.Tokens.Count, from + 6);
        var weapons = facts.Matches.FindIndex(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.Start >= from && m.Start < end);
        return weapons >= 0 && !facts.Matches.Exists(m => m.Cue == Cue.Allow && m.Start >= from && m.Start < facts.Matches[weapons].Start);
    }

    // "much discussion within the administration about whether Ukraine should use American weapons to strike targets
    // within Russia": the use a government deliberates is a permission under review.
    private static StanceCue? ReviewOfUse(SentenceFacts facts, int start, int end)
    {
        const int MaxGap = 8;
        foreach (var review in facts.In(Cue.Review, start, end))
        {
            for (var w = review.End; w < end && w <= review.End + MaxGap; w++)
            {
                if (facts.Tokens[w].Text != "whether")
                {
                    continue;
                }

                for (var m = w + 2; m + 1 < end && m <= w + 4; m++)
                {
                    if (facts.Tokens[m].Text is "should" or "can" or "could" or "may" && facts.Tokens[m + 1].Text == "use")
                    {
                        return new StanceCue(w, m + 2, Allows: true);
                    }
                }
            }
        }

        return null;
    }

    // "... stance on long-range strikes on Russian territory, adding that such a scenario remained an option".
    private static StanceCue? OptionOfStrikes(SentenceFacts facts, int start, int end)
    {
        var option = facts.FirstIn(Cue.ReviewAfter, start, end);
        return option.Length > 0 && facts.AnyIn(Cue.Strike, start, option.Start)
            ? new StanceCue(option.Start, option.End, Allows: true)
            : null;
    }

    /// <summary>
    /// The sentence says a policy has not changed ("There has been no change to our policy."): in an article about
    /// strikes on Russia, that policy is the one on them.
    /// </summary>
    public static bool StatesUnchangedPolicy(string sentence, Lexicon lexicon)
    {
        if (!sentence.Contains("chang", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var tokens = Tokenizer.Tokenize(sentence);
        return tokens.Count > 0 && UnchangedPolicy(new SentenceFacts(sentence, tokens, lexicon.Find(tokens)), 0, tokens.Count) is not null;
    }

    // "its policy on long-range strikes into Russia had not changed", "is not going to change its position": with no
    // other stance phrase, a policy said to be unchanged is the restriction standing (a denial of any shift).
    private static StanceCue? UnchangedPolicy(SentenceFacts facts, int start, int end)
    {
        // "... should not expect new decisions on long-range strikes": no new decision is the policy unchanged.
        var unchanged = facts.FirstIn(Cue.Unchanged, start, end);
        // "Nothing about our policy has changed": "nothing" opens the clause, "has changed" closes it.
        var first = facts.FirstWord(start);
        if (unchanged.Length == 0 && first < end && facts.Tokens[first].Text == "nothing" && facts.AnyIn(Cue.PolicyNoun, first, end))
        {
            for (var i = first + 1; i + 1 < end; i++)
            {
                if (facts.Tokens[i].Text is "has" or "have" or "had" && facts.Tokens[i + 1].Text == "changed")
                {
                    return new StanceCue(i, i + 2, Allows: false, Unchanged: true);
                }
            }
        }

        return unchanged.Length > 0 && (facts.AnyIn(Cue.PolicyNoun, start, end) || facts.Tokens[unchanged.End - 1].Text.StartsWith("decision", StringComparison.Ordinal))
            ? new StanceCue(unchanged.Start, unchanged.End, Allows: false, Unchanged: true)
            : null;
    }
}
