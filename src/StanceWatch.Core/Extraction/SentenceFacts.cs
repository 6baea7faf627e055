namespace StanceWatch.Core.Extraction;

/// <summary>A sentence's tokens and the phrases found in them, with the questions the rules ask of them.</summary>
/// <remarks>
/// Most sentences of a story reach this point, so the indexes are flat arrays (phrases grouped by kind, and the
/// first phrase starting at each token) rather than a list per token and per kind.
/// </remarks>
internal sealed class SentenceFacts
{
    private static readonly int CueCount = Enum.GetValues<Cue>().Length;
    private readonly PhraseMatch[] _byCue;
    private readonly int[] _cueOffsets;
    private readonly int[] _startOffsets;

    /// <param name="matches">In order of their start token, as <see cref="Lexicon.Find"/> returns them.</param>
    public SentenceFacts(string text, List<Token> tokens, List<PhraseMatch> matches)
    {
        Text = text;
        Tokens = tokens;
        Matches = matches;

        _cueOffsets = new int[CueCount + 1];
        foreach (var match in matches)
        {
            _cueOffsets[(int)match.Cue + 1]++;
        }

        for (var c = 0; c < CueCount; c++)
        {
            _cueOffsets[c + 1] += _cueOffsets[c];
        }

        _byCue = new PhraseMatch[matches.Count];
        var next = _cueOffsets[..^1];
        foreach (var match in matches)
        {
            _byCue[next[(int)match.Cue]++] = match;
        }

        _startOffsets = new int[tokens.Count + 1];
        var m = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            while (m < matches.Count && matches[m].Start < t)
            {
                m++;
            }

            _startOffsets[t] = m;
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<PhraseMatch> Matches { get; }

    /// <summary>Whether any token in [start, end) is exactly one of <paramref name="texts"/>.</summary>
    public bool ContainsToken(int start, int end, params ReadOnlySpan<string> texts)
    {
        for (var i = Math.Max(0, start); i < end && i < Tokens.Count; i++)
        {
            if (texts.Contains(Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the tokens [start, end) contain <paramref name="sequence"/> in order, one after another.</summary>
    public bool ContainsSequence(int start, int end, params ReadOnlySpan<string> sequence) =>
        IndexOfSequence(start, end, sequence) >= 0;

    /// <summary>Where <paramref name="sequence"/> first stands within tokens [start, end), one word after another; -1 if nowhere.</summary>
    public int IndexOfSequence(int start, int end, params ReadOnlySpan<string> sequence)
    {
        for (var i = Math.Max(0, start); i + sequence.Length <= end && i + sequence.Length <= Tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < sequence.Length && all; k++)
            {
                all = Tokens[i + k].Text == sequence[k];
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the first token from <paramref name="from"/> on that is not punctuation (an opening quote mark, a dash).</summary>
    public int FirstWord(int from = 0)
    {
        var i = from;
        while (i < Tokens.Count && Tokens[i].IsPunctuation)
        {
            i++;
        }

        return i;
    }

    /// <summary>The token is followed by an apostrophe ("Washington's", "let's", "the allies'"), which the tokenizer folds away.</summary>
    public bool IsPossessive(int token) =>
        Tokens[token].End + 1 < Text.Length && Text[Tokens[token].End] is '\'' or '’';

    /// <summary>The text between a token and the one before it, where the tokenizer leaves quote marks.</summary>
    public ReadOnlySpan<char> GapBefore(int token) =>
        Text.AsSpan(Tokens[token - 1].End, Tokens[token].Start - Tokens[token - 1].End);

    public bool Has(Cue cue) => _cueOffsets[(int)cue + 1] > _cueOffsets[(int)cue];

    /// <summary>Every phrase of one kind, in sentence order.</summary>
    public ReadOnlySpan<PhraseMatch> Of(Cue cue) =>
        _byCue.AsSpan(_cueOffsets[(int)cue], _cueOffsets[(int)cue + 1] - _cueOffsets[(int)cue]);

    /// <summary>True when a phrase of this kind lies within tokens [start, end).</summary>
    public bool AnyIn(Cue cue, int start, int end) => FirstIn(cue, start, end).Length > 0;

    /// <summary>The first phrase of this kind within tokens [start, end), or a zero-length default.</summary>
    public PhraseMatch FirstIn(Cue cue, int start, int end)
    {
        foreach (var match in Of(cue))
        {
            if (match.Start >= start && match.End <= end)
            {
                return match;
            }
        }

        return default;
    }

    /// <summary>Every phrase of this kind within tokens [start, end), in sentence order.</summary>
    public List<PhraseMatch> In(Cue cue, int start, int end)
    {
        var found = new List<PhraseMatch>();
        foreach (var match in Of(cue))
        {
            if (match.Start >= start && match.End <= end)
            {
                found.Add(match);
            }
        }

        return found;
    }

    public ReadOnlySpan<PhraseMatch> StartingAt(int index) =>
        index >= 0 && index < Tokens.Count
            ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Matches)[_startOffsets[index].._startOffsets[index + 1]]
            : [];

    public bool IsAt(int index, Cue cue)
    {
        foreach (var match in StartingAt(index))
        {
            if (match.Cue == cue)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase of one of the given kinds covering the token, if any.</summary>
    public PhraseMatch? Covering(int index, params ReadOnlySpan<Cue> cues)
    {
        PhraseMatch? best = null;
        foreach (var match in Matches)
        {
            if (match.Start <= index && index < match.End && cues.Contains(match.Cue)
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
