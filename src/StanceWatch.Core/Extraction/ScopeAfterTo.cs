namespace StanceWatch.Core.Extraction;

/// <summary>
/// Whether the words after a "to" that keeps a use somewhere ("restricted the use of the weapons to ...", "limiting
/// the use of ATACMS to ...") name a scope outside Ukraine, where the use is then allowed that far.
/// </summary>
/// <remarks>
/// A scope is a purpose ("to defending troops", "to hitting artillery sites"), a place ("to areas near the border",
/// "to the Kursk region") or targets ("to military targets"). Ukraine ("to Ukrainian territory", "to within Ukraine")
/// keeps it a ban, and a verb of purpose ("to prevent deep strikes", "to avoid escalation") is no scope at all.
/// </remarks>
internal static class ScopeAfterTo
{
    private const int UkraineReach = 4;

    public static bool Opens(SentenceFacts facts, int at)
    {
        if (at >= facts.Tokens.Count || facts.Of(Cue.WithinUkraine).Exists(m => m.Start >= at && m.Start <= at + UkraineReach))
        {
            return false;
        }

        var word = facts.Tokens[at].Text;
        return word is not ("ukraine" or "ukrainian" or "ukraine's")
            && (word.EndsWith("ing", StringComparison.Ordinal) || facts.IsAt(at, Cue.Limit) || facts.IsAt(at, Cue.Russia)
                || word is "the" or "a" or "certain" or "specific" or "military" or "targets" or "strikes" or "sites" or "areas"
                    or "regions" or "positions" or "border" or "those" or "just" or "only");
    }
}
