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
}
