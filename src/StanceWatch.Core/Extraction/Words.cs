namespace StanceWatch.Core.Extraction;

/// <summary>The normalised form of a word (lower case, inner dots removed), shared rather than allocated per occurrence.</summary>
/// <remarks>
/// News text repeats a few thousand words; every sentence that reaches the tokenizer would otherwise allocate a
/// string per word. Each thread keeps its own bounded table, so no locking is needed and memory stays flat.
/// </remarks>
internal static class Words
{
    private const int MaxShared = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _shared;

    public static string Normalized(ReadOnlySpan<char> word)
    {
        var shared = _shared ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        if (shared.Count >= MaxShared)
        {
            shared.Clear();
        }

        var original = word.ToString();
        var normalized = Normalize(original);
        shared[original] = normalized;
        return normalized;
    }

    private static string Normalize(string word)
    {
        var clean = true;
        foreach (var c in word)
        {
            if (c == '.' || char.IsUpper(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return word;
        }

        var lower = word.ToLowerInvariant();
        return lower.Contains('.', StringComparison.Ordinal) ? lower.Replace(".", string.Empty, StringComparison.Ordinal) : lower;
    }
}
