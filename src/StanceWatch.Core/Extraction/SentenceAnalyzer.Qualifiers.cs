using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>What kind of statement it is, and the limit it states.</summary>
internal static partial class SentenceAnalyzer
{
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
    private static string? Scope(SentenceFacts facts, int clauseStart, int clauseEnd, (int Start, int End) listed)
    {
        // A region or purpose says more than "limited" or "partially" does.
        var limits = Limits(facts, clauseStart, clauseEnd, listed);
        // "partially" or "limited" alone names no limit: leave the scope to a statement that does.
        var first = limits.FirstOrDefault(m => !IsDegreeWord(facts.Tokens[m.Start].Text) || m.Length > 1);
        if (first.Length == 0)
        {
            return null;
        }

        var end = first.Start;
        var subordinate = false;
        while (end < clauseEnd && end - first.Start < 16 && !(facts.Tokens[end].IsPunctuation && facts.Tokens[end].Text is "," or ";" or "(" or ")"))
        {
            var word = facts.Tokens[end].Text;
            // "near Kharkiv remains unchanged", "... of Russia and has told Moscow": the sentence's own verb ends the
            // limit, unless a clause inside the limit owns it ("forces that are attacking Kharkiv", "as long as it is").
            if (!subordinate && end >= first.End && IsFiniteVerb(word))
            {
                break;
            }

            subordinate |= IsSubordinator(word);
            end++;
        }

        while (end > first.End && IsDanglingWord(facts.Tokens[end - 1].Text))
        {
            end--;
        }

        return facts.Slice(first.Start, end).Trim().TrimEnd('.', ',', ';', '”', '"');
    }

    private static bool IsFiniteVerb(string word) => word is "is" or "are" or "was" or "were" or "remains" or "remain" or "remained"
        or "has" or "have" or "had" or "will" or "would" or "said" or "says" or "told" or "added";

    private static bool IsSubordinator(string word) => word is "that" or "which" or "who" or "whom" or "whose" or "where" or "when"
        or "as" or "if" or "unless" or "while" or "provided" or "so";

    private static bool IsDanglingWord(string word) => word is "and" or "or" or "but" or "in" or "on" or "at" or "of" or "to" or "the"
        or "a" or "an" or "with" or "for" or "—" or "–" or "-";

    // The limiting phrases of [start, end) that are not denied: "is not limited to the territory of Ukraine" limits nothing.
    // Limits inside <paramref name="listed"/> belong to other items of a list, not to the stance phrase.
    private static List<PhraseMatch> Limits(SentenceFacts facts, int start, int end, (int Start, int End) listed = default)
    {
        var limits = facts.In(Cue.Limit, start, end);
        limits.AddRange(RangeLimits(facts, start, end));
        limits.RemoveAll(limit => (limit.Start >= listed.Start && limit.Start < listed.End)
            || facts.Of(Cue.Negator).Exists(n => n.End <= limit.Start && limit.Start - n.End <= 1 && n.Start >= start)
            || NamesNoScope(facts, limit)
            // "has not issued any restrictions on how Ukraine can use", "abandoning restrictions on how": restrictions
            // denied or lifted limit nothing.
            || (facts.IsAt(limit.Start, Cue.RestrictionNoun)
                && (facts.AnyIn(Cue.Negator, Math.Max(0, limit.Start - 3), limit.Start) || facts.AnyIn(Cue.Removal, Math.Max(0, limit.Start - 3), limit.Start))));
        return limits;
    }

    // "the use of its weapons up to 300 kilometers inside Russian territory": a distance caps the permission.
    private static IEnumerable<PhraseMatch> RangeLimits(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i + 3 < end; i++)
        {
            if (facts.Tokens[i].Text == "up" && facts.Tokens[i + 1].Text == "to" && char.IsAsciiDigit(facts.Tokens[i + 2].Text[0])
                && facts.Tokens[i + 3].Text is "km" or "kilometers" or "kilometres" or "miles" or "mile" or "kilometer" or "kilometre")
            {
                yield return new PhraseMatch(Cue.Limit, i, 4, null);
            }
        }
    }

    // "as long as it takes" is a promise of support, not a condition; "the limited number of them" counts missiles,
    // it does not bound their use.
    private static bool NamesNoScope(SentenceFacts facts, PhraseMatch limit)
    {
        var next = limit.End < facts.Tokens.Count ? facts.Tokens[limit.End].Text : "";
        var afterNext = limit.End + 1 < facts.Tokens.Count ? facts.Tokens[limit.End + 1].Text : "";
        return facts.Tokens[limit.End - 1].Text switch
        {
            "as" => (next, afterNext) is ("it", "takes") or ("necessary", _) or ("needed", _) or ("required", _) or ("possible", _),
            "limited" => next is "number" or "numbers" or "supply" or "supplies" or "stock" or "stocks" or "stockpile" or "stockpiles"
                or "quantity" or "quantities" or "amount" or "amounts" or "availability",
            _ => false,
        };
    }

    // "... including Biden's decision to lift restrictions on long-range missiles, the deployment of 10,000 North
    // Korean soldiers in the Kursk region and ...": from a comma that opens a new noun phrase after the stance phrase
    // to the clause's end, the text lists other things; where they happen limits nothing.
    private static (int Start, int End) OtherListItems(SentenceFacts facts, StanceCue cue, int clauseEnd)
    {
        for (var i = cue.End; i + 1 < clauseEnd; i++)
        {
            // Not an apposition that describes the stance itself: "..., a decision limited to the Kharkiv region".
            if (facts.Tokens[i].Text == "," && facts.Tokens[i + 1].Text is "the" or "a" or "an"
                && (i + 2 >= clauseEnd || facts.Tokens[i + 2].Text is not ("decision" or "move" or "step" or "permission" or "authorization"
                    or "authorisation" or "change" or "shift" or "policy" or "green" or "go-ahead" or "approval" or "easing" or "relaxation" or "rule" or "carve-out" or "exception")))
            {
                return (i, clauseEnd);
            }
        }

        return default;
    }

    private static bool IsDegreeWord(string word) => word is "limited" or "limit" or "partially" or "partial" or "partly" or "solely";
}
