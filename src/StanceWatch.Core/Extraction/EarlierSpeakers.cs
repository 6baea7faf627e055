namespace StanceWatch.Core.Extraction;

/// <summary>Finds who was last named as speaking for a supplier in the sentences just before the current one.</summary>
internal static class EarlierSpeakers
{
    public const int Lookback = 2;

    /// <param name="sentences">The section's sentences, in order.</param>
    /// <param name="current">Index of the sentence being read.</param>
    public static string? Find(IReadOnlyList<string> sentences, int current, Lexicon lexicon)
    {
        for (var i = current - 1; i >= 0 && i >= current - Lookback; i--)
        {
            var tokens = Tokenizer.Tokenize(sentences[i]);
            var matches = lexicon.Trie.FindAll(tokens);
            for (var m = matches.Count - 1; m >= 0; m--)
            {
                var match = matches[m];
                if (match.Cue == Cue.Person && match.Value is not null)
                {
                    return match.Value;
                }

                // "German Chancellor ...", "the British defence secretary".
                if (match.Cue == Cue.Supplier && match.Value is not null
                    && matches.Exists(o => o.Cue == Cue.LeaderOffice && o.Start >= match.End && o.Start - match.End <= 1))
                {
                    return match.Value;
                }
            }
        }

        return null;
    }
}
