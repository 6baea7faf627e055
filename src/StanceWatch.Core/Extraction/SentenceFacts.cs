namespace StanceWatch.Core.Extraction;

/// <summary>A sentence's tokens and the phrases found in them, with the questions the rules ask of them.</summary>
internal sealed class SentenceFacts
{
    private static readonly int CueCount = Enum.GetValues<Cue>().Length;
    private readonly List<PhraseMatch>[] _startingAt;
    private readonly List<PhraseMatch>[] _byCue;

    public SentenceFacts(string text, List<Token> tokens, List<PhraseMatch> matches)
    {
        Text = text;
        Tokens = tokens;
        Matches = matches;
        _startingAt = new List<PhraseMatch>[tokens.Count];
        _byCue = new List<PhraseMatch>[CueCount];
        foreach (var match in matches)
        {
            (_startingAt[match.Start] ??= []).Add(match);
            (_byCue[(int)match.Cue] ??= []).Add(match);
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<PhraseMatch> Matches { get; }

    public bool Has(Cue cue) => _byCue[(int)cue] is { Count: > 0 };

    /// <summary>Every phrase of one kind, in sentence order.</summary>
    public List<PhraseMatch> Of(Cue cue) => _byCue[(int)cue] ?? Empty;

    public IEnumerable<PhraseMatch> In(Cue cue, int start, int end) =>
        Of(cue).Where(m => m.Start >= start && m.End <= end);

    private static readonly List<PhraseMatch> Empty = [];

    public IEnumerable<PhraseMatch> StartingAt(int index) =>
        index >= 0 && index < _startingAt.Length && _startingAt[index] is { } list ? list : [];

    public bool IsAt(int index, Cue cue) => StartingAt(index).Any(m => m.Cue == cue);

    /// <summary>The longest phrase of one of the given kinds covering the token, if any.</summary>
    public PhraseMatch? Covering(int index, params Cue[] cues)
    {
        PhraseMatch? best = null;
        foreach (var match in Matches)
        {
            if (match.Start <= index && index < match.End && Array.IndexOf(cues, match.Cue) >= 0
                && (best is null || match.Length > best.Value.Length))
            {
                best = match;
            }
        }

        return best;
    }

    /// <summary>The original text of tokens [start, end).</summary>
    public string Slice(int start, int end) =>
        start >= end ? string.Empty : Text[Tokens[start].Start..Tokens[end - 1].End];
}
