namespace StanceWatch.Core.Extraction;

/// <summary>The two questions the rules ask of a run of phrases, without LINQ's enumerator allocations.</summary>
internal static class PhraseSpans
{
    public static bool Exists(this ReadOnlySpan<PhraseMatch> matches, Func<PhraseMatch, bool> predicate) =>
        matches.FirstOrDefault(predicate).Length > 0;

    /// <summary>The first phrase satisfying the predicate, or a zero-length default.</summary>
    public static PhraseMatch FirstOrDefault(this ReadOnlySpan<PhraseMatch> matches, Func<PhraseMatch, bool> predicate)
    {
        foreach (var match in matches)
        {
            if (predicate(match))
            {
                return match;
            }
        }

        return default;
    }

    /// <summary>The last phrase satisfying the predicate, or a zero-length default.</summary>
    public static PhraseMatch LastOrDefault(this ReadOnlySpan<PhraseMatch> matches, Func<PhraseMatch, bool> predicate)
    {
        for (var i = matches.Length - 1; i >= 0; i--)
        {
            if (predicate(matches[i]))
            {
                return matches[i];
            }
        }

        return default;
    }
}
