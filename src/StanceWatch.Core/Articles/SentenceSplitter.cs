namespace StanceWatch.Core.Articles;

/// <summary>
/// Splits a paragraph into sentences that are verbatim (trimmed) substrings of it, in one left-to-right pass.
/// </summary>
/// <remarks>
/// A full stop ends a sentence only when what follows (after closing quotes or brackets and spaces) starts a
/// new one: an upper-case letter, a digit, or an opening quote/bracket. Known abbreviations (Mr., Gen., U.S.)
/// and single initials (J.) never end one, so "U.S. President Joe Biden" and "Lt. Gen. Smith" stay whole.
/// </remarks>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "adm", "sgt", "cmdr", "brig",
        "sen", "rep", "gov", "pres", "st", "jr", "sr", "rev", "hon", "amb", "sec", "dept", "govt", "mt", "ft",
        "no", "nos", "vs", "etc", "approx", "est", "inc", "corp", "co", "ltd", "plc", "bros", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a",
    };

    public static List<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?')
            {
                end++;
            }

            while (end < paragraph.Length && IsCloser(paragraph[end]))
            {
                end++;
            }

            if (end >= paragraph.Length || !char.IsWhiteSpace(paragraph[end]))
            {
                i = end - 1;
                continue;
            }

            var next = end;
            while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
            {
                next++;
            }

            if (next < paragraph.Length && StartsSentence(paragraph, next) && !(c == '.' && IsAbbreviation(paragraph, i)))
            {
                Add(sentences, paragraph, start, end);
                start = next;
            }

            i = end - 1;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    /// <summary>
    /// No sentence read as one is longer than this. A run of text with no sentence ends (a table, a list, a dump)
    /// would otherwise make one "sentence" of megabytes, and reading a sentence costs more than linear time in its
    /// length; real sentences stay far below it.
    /// </summary>
    public const int MaxSentenceLength = 1500;

    private static void Add(List<string> sentences, string paragraph, int start, int end)
    {
        // Cut an over-long run at its last clause mark, else its last space, before the limit.
        while (end - start > MaxSentenceLength)
        {
            var window = paragraph.AsSpan(start, MaxSentenceLength);
            var cut = window.LastIndexOfAny(';', ',');
            if (cut < MaxSentenceLength / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            cut = cut < MaxSentenceLength / 2 ? MaxSentenceLength : cut + 1;
            AddOne(sentences, paragraph, start, start + cut);
            start += cut;
        }

        AddOne(sentences, paragraph, start, end);
    }

    private static void AddOne(List<string> sentences, string paragraph, int start, int end)
    {
        var sentence = paragraph[start..end].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        if (char.IsUpper(c) || char.IsDigit(c))
        {
            return true;
        }

        return c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '—' or '–'
            && index + 1 < text.Length && (char.IsUpper(text[index + 1]) || char.IsDigit(text[index + 1]));
    }

    // The word before the full stop: "Mr", "U.S", a single initial "J".
    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }

        if (begin == dot)
        {
            return false;
        }

        var word = text[begin..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }
}
