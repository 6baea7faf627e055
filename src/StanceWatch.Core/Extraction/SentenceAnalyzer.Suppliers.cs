using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Whose policy a stance phrase states when the weapons do not say: deciders, agents, companions, speakers.</summary>
internal static partial class SentenceAnalyzer
{
    // "Markus Faber, a member of the Bundestag, said ...": a legislator's view is not the government's policy, unless a
    // government office or person speaks in the same clause ("the defence secretary told parliament ...").
    // So is the view of legislators a "who" clause refers back to ("members of the U.S. Senate and Congress, led by
    // ..., who believe that Kyiv has every right to use U.S. weapons ...").
    private static bool SpokenByLegislator(SentenceFacts facts, int clauseStart, int cueStart)
    {
        const int AntecedentReach = 15;
        var from = facts.Tokens[clauseStart].Text == "who" ? Math.Max(0, clauseStart - AntecedentReach) : clauseStart;
        var legislators = facts.In(Cue.Legislature, from, cueStart);
        return legislators.Count > 0
            && !facts.AnyIn(Cue.LeaderOffice, from, cueStart)
            && !facts.AnyIn(Cue.Person, from, cueStart)
            && !ReportsWhatAGovernmentDoes(facts, legislators[^1].End, cueStart);
    }

    // "Ukrainian MP Yehor Cherniev claimed that Washington has begun to discuss ...": a legislator who tells what a
    // government does is only the source; the rule is the government's.
    // Not a bill that "states that it is the policy of the United States to ...", nor "differs from that of ...": the
    // "that" follows a verb of saying and the government is the reported clause's subject.
    private static bool ReportsWhatAGovernmentDoes(SentenceFacts facts, int from, int cueStart)
    {
        var that = facts.IndexOfSequence(from, cueStart, "that");
        var subject = that + 1 < cueStart && facts.Tokens[that + 1].Text == "the" ? that + 2 : that + 1;
        return that > from && facts.Tokens[that - 1].Text is "said" or "says" or "claimed" or "claims" or "told" or "reported" or "revealed"
            && facts.Covering(subject, Cue.Supplier) is { } supplier && supplier.End <= cueStart;
    }

    // The suppliers after a "by" shortly after the stance phrase: "permission has also been granted by Canada".
    private static List<string> AgentAfter(SentenceFacts facts, int cueEnd, int clauseEnd)
    {
        for (var i = cueEnd; i < clauseEnd && i <= cueEnd + 5; i++)
        {
            // "the taboo from the United States on ...": right after a rule noun, "from" names its author too.
            if (facts.Tokens[i].Text == "by" || (i == cueEnd && facts.Tokens[i].Text == "from"))
            {
                return Owners.SubjectsBefore(facts, i + 1, Math.Min(clauseEnd, i == cueEnd && facts.Tokens[i].Text == "from" ? i + 4 : clauseEnd));
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

        // "France appears to have given Ukraine approval ..., following similar moves by America and Britain".
        var same = facts.FirstIn(Cue.SameDecision, from, clauseEnd);
        if (same.Length > 0 && same.End < clauseEnd && facts.Tokens[same.End].Text == "by")
        {
            return Owners.SubjectsBefore(facts, same.End + 1, clauseEnd);
        }

        return [];
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

    // "... U.S.-made ATACMS and U.K.-made Storm Shadow missiles, but the two countries have not permitted ...": a
    // pair named as a group stands for the suppliers named earlier in the sentence; "none of these countries" for
    // those named earlier in it, or in the sentence before.
    private static List<string> GroupReferent(SentenceFacts facts, int clauseStart, int cueStart, SentenceContext context)
    {
        for (var i = clauseStart; i + 1 < cueStart; i++)
        {
            var determiner = facts.Tokens[i].Text;
            if (determiner is "two" or "both" or "three" or "these" or "those" or "all"
                && facts.Tokens[i + 1].Text is "countries" or "governments" or "allies" or "capitals" or "nations")
            {
                var earlier = Owners.SubjectsBefore(facts, 0, clauseStart);
                if (earlier.Count < 2 && determiner is "these" or "those" or "three")
                {
                    earlier = [.. context.EarlierSuppliers()];
                }

                var count = determiner switch { "two" or "both" => 2, "three" => 3, _ => earlier.Count };
                return earlier.Count >= count && count >= 2 ? earlier.TakeLast(count).ToList() : [];
            }
        }

        return [];
    }

    // The supplier named just before a stance phrase, with at most an adverb or auxiliary between: "Germany still
    // refuses", "Berlin has so far refused".
    private static string? DirectSubject(SentenceFacts facts, int from, int cueStart)
    {
        var i = cueStart;
        while (i > from && cueStart - i < 3 && facts.Tokens[i - 1].Text is "still" or "also" or "already" or "so" or "far" or "has" or "have" or "had" or "now" or "does" or "did" or "is" or "was" or "continues" or "firmly" or "too")
        {
            i--;
        }

        // Also a person: "..., where Prime Minister Alexander De Croo cautioned Kyiv against ...".
        return facts.Matches.LastOrDefault(m => m.Cue is Cue.Supplier or Cue.Person && m.End == i && m.Start >= from && m.Value is not null && !Owners.NamesOthers(facts, m)) is { Value: { } value } && i > from ? value : null;
    }

    // "They do not allow ...", "The country has set no restrictions ...": the sentence's subject is a reference.
    // Not inside a quote, whose "they" is whoever the speaker has in mind, and not "They also believe that ...", a view.
    private static bool OpensOnReference(SentenceFacts facts, int cueStart)
    {
        var subjectEnd = facts.Tokens[0].Text == "they" ? 1
            : cueStart > 1 && facts.Tokens[0].Text == "the" && facts.Tokens[1].Text is "country" or "government" or "administration" ? 2
            : UnderTheRuleJustNamed(facts);
        return subjectEnd > 0 && cueStart >= subjectEnd
            && facts.Text.AsSpan(0, facts.Tokens[0].Start).IndexOfAny(QuoteMarks) < 0
            && !facts.ContainsToken(subjectEnd, cueStart, "believe", "believes", "think", "thinks", "argue", "argues", "fear", "fears", "hope", "hopes");
    }

    // "Under the new directive, Ukraine is permitted to target Russian forces ...": the rule the sentence before
    // announced; returns the index after its comma, or 0.
    private static int UnderTheRuleJustNamed(SentenceFacts facts)
    {
        var i = facts.FirstWord();
        if (i + 3 >= facts.Tokens.Count || facts.Tokens[i].Text != "under" || facts.Tokens[i + 1].Text is not ("the" or "this" or "that" or "these"))
        {
            return 0;
        }

        var noun = facts.Tokens[i + 2].Text is "new" or "revised" or "updated" or "latest" ? i + 3 : i + 2;
        return noun + 1 < facts.Tokens.Count
            && facts.Tokens[noun].Text is "directive" or "policy" or "guidance" or "rules" or "decision" or "arrangement" or "guidelines"
                or "authorization" or "authorisation" or "permission" or "change"
            && facts.Tokens[noun + 1].Text == ","
            ? noun + 2
            : 0;
    }

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”‘'«");

    private static bool PersonPronounAt(SentenceFacts facts, int start, int end) => facts.ContainsToken(start, end, "he", "she");

    // The last person named before the clause, or a supplier's office ("the British prime minister").
    private static string? PersonBefore(SentenceFacts facts, int end)
    {
        string? found = null;
        foreach (var match in facts.Matches)
        {
            if (match.End > end || match.Value is null)
            {
                continue;
            }

            if (match.Cue == Cue.Person
                || (match.Cue == Cue.Supplier && facts.Matches.Exists(o => o.Cue == Cue.LeaderOffice && o.Start >= match.End && o.Start - match.End <= 1)))
            {
                found = match.Value;
            }
        }

        return found;
    }

    // The suppliers or people an attribution after the stance phrase names: ", US officials said", "according to
    // two Pentagon officials", "the British defence secretary told reporters".
    private static List<string> AttributedAfter(SentenceFacts facts, int cueEnd)
    {
        foreach (var attribution in facts.Of(Cue.Attribution))
        {
            // "..., Singh said that the U.S. does not support ...": an attribution that opens a statement of its own.
            if (attribution.Start < cueEnd || (attribution.End < facts.Tokens.Count && facts.Tokens[attribution.End].Text is "that" or ":"))
            {
                continue;
            }

            var sources = Owners.SubjectsBefore(facts, Math.Max(cueEnd, attribution.Start - 5), Math.Min(facts.Tokens.Count, attribution.End + 6));
            if (sources.Count > 0)
            {
                return sources;
            }
        }

        return [];
    }

    // "..., it is intended for use by the Ukrainian defense forces on the territory of Ukraine,” the politician added.":
    // a quote closed after the rule, whose speaker the sentence names only as "he", "she" or "the <someone>".
    private static bool QuotedFromSomeoneNamedBefore(SentenceFacts facts, int cueEnd)
    {
        for (var k = Math.Max(1, cueEnd); k < facts.Tokens.Count; k++)
        {
            if (facts.GapBefore(k).IndexOfAny('”', '"') < 0)
            {
                continue;
            }

            var i = facts.Tokens[k].Text == "," ? k + 1 : k;
            var speakerEnd = i < facts.Tokens.Count && facts.Tokens[i].Text is "he" or "she" ? i + 1
                : i + 1 < facts.Tokens.Count && facts.Tokens[i].Text == "the" ? i + 2 + (i + 2 < facts.Tokens.Count && !facts.IsAt(i + 2, Cue.Attribution) ? 1 : 0)
                : -1;
            return speakerEnd > 0 && facts.Of(Cue.Attribution).Exists(m => m.Start >= i + 1 && m.Start <= speakerEnd)
                && !facts.Matches.Exists(m => m.Cue is Cue.Supplier or Cue.Person && m.Start >= i && m.Start < speakerEnd + 2);
        }

        return false;
    }

    // The subjects before a stance phrase; with "Fico claimed that Biden has authorized ...", only the reported
    // clause's: who reports a decision is not who made it.
    private static List<string> ReportedSubjects(SentenceFacts facts, int clauseStart, int cueStart)
    {
        for (var k = cueStart - 2; k > clauseStart; k--)
        {
            if (facts.Tokens[k].Text == "that" && (facts.IsAt(k - 1, Cue.Attribution) || facts.Tokens[k - 1].Text is "claimed" or "claims" or "stated" or "states" or "noted" or "argued" or "argues" or "wrote" or "writes"))
            {
                var reported = Owners.SubjectsBefore(facts, k + 1, cueStart);
                if (reported.Count > 0)
                {
                    return reported;
                }

                break;
            }

            // "Britain has already signalled to the US that it is eager to let Ukraine use ...": the one told is not
            // the one who tells; "it" is the teller. (Ukraine "has assured London that it does not want to hit Russian
            // territory": a teller that is no supplier leaves the one told, whose condition it is.)
            // "Starmer, who told the White House that the UK gives Ukraine permission": with the teller out of the
            // clause, the reported clause's own subject still makes the rule.
            if (facts.Tokens[k].Text == "that" && TellingVerbBefore(facts, clauseStart, k) is { } verb)
            {
                var reported = Owners.SubjectsBefore(facts, k + 1, cueStart);
                if (reported.Count > 0)
                {
                    return reported;
                }

                var tellers = Owners.SubjectsBefore(facts, clauseStart, verb);
                if (tellers.Count > 0)
                {
                    return tellers;
                }
            }
        }

        return Owners.SubjectsBefore(facts, clauseStart, cueStart);
    }

    // A verb of telling someone, up to four words before "that" ("signalled to the US that", "assured Washington that").
    private static int? TellingVerbBefore(SentenceFacts facts, int clauseStart, int that)
    {
        for (var v = that - 1; v >= Math.Max(clauseStart, that - 4); v--)
        {
            if (facts.Tokens[v].Text is "signalled" or "signaled" or "signalling" or "signaling" or "told" or "tells" or "assured" or "assures"
                or "informed" or "informs" or "reassured" or "warned" or "warns" or "promised" or "promises")
            {
                return v > clauseStart ? v : null;
            }
        }

        return null;
    }

    // "The UK Ministry of Defence declined to comment on ..., but noted operations inside Russia had not been
    // precluded": a clause of "but" and a verb of saying (or an auxiliary), with no subject of its own, shares the sentence's subject,
    // the suppliers named before its first verb.
    private static List<string> ElidedSubject(SentenceFacts facts, int clauseStart)
    {
        if (clauseStart < 2 || clauseStart + 1 >= facts.Tokens.Count || facts.Tokens[clauseStart].Text is not ("but" or "and")
            || !(facts.IsAt(clauseStart + 1, Cue.Attribution) || facts.Tokens[clauseStart + 1].Text is "noted" or "acknowledged" or "stated"
                or "emphasised" or "emphasized" or "argued" or "made" or "warned" or "maintained"
                // "The U.S. announced new aid ..., but did not signal any changes to its policy ...".
                or "did" or "does"))
        {
            return [];
        }

        var firstVerb = facts.Matches
            .Where(m => m.Start < clauseStart && m.Cue is Cue.Attribution or Cue.Hedge or Cue.Review or Cue.Prohibit or Cue.Allow or Cue.DecisionVerb)
            .Select(m => m.Start)
            .DefaultIfEmpty(clauseStart)
            .Min();
        return Owners.SubjectsBefore(facts, 0, firstVerb);
    }

    // The supplier in "criticizes US for permitting", "praised Britain for allowing".
    private static string? BlamedFor(SentenceFacts facts, int cueStart)
    {
        if (cueStart < 2 || facts.Tokens[cueStart - 1].Text != "for" || !facts.Tokens[cueStart].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var match in facts.Of(Cue.Supplier))
        {
            // "thanked the UK at the Nato summit in Washington for lifting the ban": a place is not who is thanked.
            if (match.End == cueStart - 1 && match.Value is not null && !IsPlace(facts, match))
            {
                return match.Value;
            }
        }

        return null;
    }

    private static bool IsPlace(SentenceFacts facts, PhraseMatch name)
    {
        var before = name.Start - 1;
        before -= before >= 0 && facts.Tokens[before].Text == "the" ? 1 : 0;
        return before >= 0 && facts.Tokens[before].Text is "in" or "at";
    }

    // "Fico criticized Western nations for allowing Kiev to strike Russian territory": the critic does not allow, and
    // the criticised, when no supplier, name no one's rule (a supplier right before "for" is BlamedFor's).
    private static bool IsCriticismOfOthers(SentenceFacts facts, StanceCue cue) =>
        cue.Start >= 3 && facts.Tokens[cue.Start - 1].Text == "for" && BlamedFor(facts, cue.Start) is null
        && facts.ContainsToken(cue.Start - 6, cue.Start - 1,
            "criticized", "criticised", "condemned", "slammed", "blasted", "accused", "blamed", "denounced", "rebuked", "chided");

    // The supplier in "Washington's approval", "the Biden administration's apparent decision to allow",
    // "London's granting of permission".
    private static string? PossessorOf(SentenceFacts facts, int cueStart)
    {
        var end = cueStart;
        while (end > 0 && cueStart - end < 3 && facts.Tokens[end - 1].Text is "apparent" or "formal" or "official" or "reported" or "recent" or "new" or "granting" or "of" or "decision" or "to")
        {
            end--;
        }

        if (end == 0 || facts.Tokens[end - 1].IsPunctuation)
        {
            return null;
        }

        // "the US refusal", "the British permission": a supplier name right before a permission or ban noun.
        var possessive = facts.IsPossessive(end - 1);
        if (!possessive && !(end == cueStart && IsRuleNoun(facts.Tokens[cueStart].Text)))
        {
            return null;
        }

        foreach (var match in facts.Matches)
        {
            if (match.End == end && (match.Cue == Cue.Supplier || (possessive && match.Cue == Cue.Person)) && match.Value is not null && !NamesOthersAfter(facts, match))
            {
                return match.Value;
            }
        }

        return null;
    }

    private static bool NamesOthersAfter(SentenceFacts facts, PhraseMatch match) =>
        match.End < facts.Tokens.Count && facts.Tokens[match.End].Text is "allies" or "partners";

    // What "who" or "which" hangs on: the supplier just before it, with any joined to it ("The United States and
    // Great Britain, which have ...").
    private static List<string> Antecedents(SentenceFacts facts, int relativeStart)
    {
        var before = facts.Matches
            .Where(m => m.Cue is Cue.Supplier or Cue.Person && m.Value is not null && m.End <= relativeStart && m.End >= relativeStart - 6)
            .OrderBy(m => m.Start)
            .ToList();
        if (before.Count == 0)
        {
            return [];
        }

        var chain = new List<PhraseMatch> { before[^1] };
        for (var k = before.Count - 2; k >= 0; k--)
        {
            if (before[k].End > chain[^1].Start)
            {
                // "Great Britain" and "Britain": the longer of two overlapping names.
                chain[^1] = before[k].Start < chain[^1].Start ? before[k] : chain[^1];
                continue;
            }

            if (!OnlyJoiners(facts, before[k].End, chain[^1].Start))
            {
                break;
            }

            chain.Add(before[k]);
        }

        return chain.Select(m => m.Value!).Reverse().Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool OnlyJoiners(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (facts.Tokens[i].Text is not ("and" or "," or "or" or "the"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRuleNoun(string word) =>
        word is "refusal" or "decision" or "permission" or "approval" or "authorization" or "authorisation" or "ban" or "prohibition" or "clearance" or "veto";

    // The suppliers of a "neither by X, nor by Y, nor by us" (or "imposed by X, Y or Z") list after the stance phrase,
    // and whether "us" is one.
    private static (List<string> Named, bool IncludesUs)? NegatedAgents(SentenceFacts facts, int from, int clauseEnd)
    {
        for (var i = from; i + 1 < clauseEnd && i <= from + 12; i++)
        {
            // Also "no longer any restrictions on the range of weapons ... imposed by Germany, the U.S., the U.K., or France".
            if (facts.Tokens[i].Text is not ("neither" or "nor" or "not" or "imposed" or "placed" or "set") || facts.Tokens[i + 1].Text is not ("by" or "from"))
            {
                continue;
            }

            var named = Owners.SubjectsBefore(facts, i + 2, clauseEnd);
            var includesUs = false;
            for (var j = i + 2; j < clauseEnd; j++)
            {
                includesUs |= facts.Tokens[j].Text == "us" && !facts.Tokens[j].IsUpper;
            }

            return named.Count + (includesUs ? 1 : 0) >= 2 ? (named, includesUs) : null;
        }

        return null;
    }
}
