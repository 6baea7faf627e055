namespace StanceWatch.Core.Extraction;

/// <summary>Splits a sentence into tokens in one pass: letters/digits (with inner dots) are words; hyphens split words.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start && IsInitialRun(text, start, i))))
                {
                    i++;
                }

                // "U.S." keeps its final dot as part of the abbreviation.
                var end = i;
                if (end < text.Length && text[end] == '.' && end - start <= 5 && text.AsSpan(start, end - start).Contains('.'))
                {
                    end++;
                    i++;
                }

                var word = text.AsSpan(start, end - start);
                // Apostrophe-s (’s, 's) belongs to the word before it and says only "possessive".
                if (i + 1 < text.Length && text[i] is '\'' or '’' or '‘' && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i += 2;
                }

                tokens.Add(new Token(Words.Normalized(word), start, end, IsUpperWord(word), false));
                continue;
            }

            // Quote marks are left out: "he was “working” on" must still read as "working on".
            if (c is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '[' or ']' or '?' or '!')
            {
                tokens.Add(new Token(Punctuation(c), i, i + 1, false, true));
            }
            else if (c == '-' && i > 0 && i + 1 < text.Length && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
            {
                // A spaced hyphen is a dash.
                tokens.Add(new Token("—", i, i + 1, false, true));
            }
            else if (c is '’' or '\'' && i + 1 < text.Length && text[i + 1] == 't' && tokens.Count > 0 && tokens[^1].Text.EndsWith('n'))
            {
                // "don't" → "do", "n't"; a bare "n't" (as cue phrases such as "n't enable" are written) stays whole
                // rather than leaving an empty word before it.
                var last = tokens[^1];
                if (last.Text.Length == 1)
                {
                    tokens[^1] = new Token("n't", last.Start, i + 2, false, false);
                }
                else
                {
                    tokens[^1] = last with { Text = last.Text[..^1], End = last.End - 1 };
                    tokens.Add(new Token("n't", last.End - 1, i + 2, false, false));
                }
                i += 2;
                continue;
            }

            i++;
        }

        return tokens;
    }

    private static bool IsInitialRun(string text, int start, int dot) => dot - start <= 3;

    private static string Punctuation(char c) => c switch
    {
        ',' => ",",
        ';' => ";",
        ':' => ":",
        '—' => "—",
        '–' => "–",
        '(' => "(",
        ')' => ")",
        '[' => "[",
        ']' => "]",
        '?' => "?",
        _ => "!",
    };

    private static bool IsUpperWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }
}
