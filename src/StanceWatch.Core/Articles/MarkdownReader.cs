using System.Text;

namespace StanceWatch.Core.Articles;

/// <summary>Markdown: front matter for metadata, then headings, paragraphs, lists and quotes as blocks.</summary>
internal static class MarkdownReader
{
    public static ReadArticle Read(string text)
    {
        var lines = text.Split('\n');
        var index = 0;
        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (index = 1; index < lines.Length && lines[index].Trim() != "---"; index++)
            {
                var colon = lines[index].IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    front[lines[index][..colon].Trim()] = lines[index][(colon + 1)..].Trim().Trim('"', '\'');
                }
            }

            index++;
        }

        var blocks = new List<TextBlock>();
        var paragraph = new StringBuilder();
        string? firstHeading = null;
        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new TextBlock(PlainTextReader.Normalize(paragraph.ToString())));
                paragraph.Clear();
            }
        }

        var inCode = false;
        for (; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                Flush();
                continue;
            }

            if (inCode)
            {
                continue;
            }

            if (trimmed.Length == 0 || trimmed is "***" or "---" or "___")
            {
                Flush();
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                Flush();
                var heading = Inline(trimmed.TrimStart('#').Trim());
                firstHeading ??= heading;
                blocks.Add(new TextBlock(heading, IsHeading: true));
                continue;
            }

            var item = StripListMarker(trimmed);
            if (item is not null)
            {
                Flush();
                blocks.Add(new TextBlock(PlainTextReader.Normalize(Inline(item))));
                continue;
            }

            paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(Inline(trimmed.TrimStart('>').Trim()));
        }

        Flush();
        front.TryGetValue("title", out var title);
        front.TryGetValue("source", out var source);
        front.TryGetValue("url", out var url);
        var published = front.TryGetValue("published", out var p) || front.TryGetValue("date", out p) ? Dates.Parse(p) : null;
        return new ReadArticle(ArticleFormat.Markdown, new ArticleMetadata(title ?? firstHeading, source, url, published), blocks);
    }

    private static string? StripListMarker(string line)
    {
        if (line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
        {
            return line[2..];
        }

        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' '
            ? line[(digits + 2)..]
            : null;
    }

    // Links keep their text, images go, emphasis and code marks go: one pass, no backtracking.
    private static string Inline(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '!' && i + 1 < text.Length && text[i + 1] == '[')
            {
                var close = SkipLink(text, i + 1, out _);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }

            if (c == '[')
            {
                var close = SkipLink(text, i, out var label);
                if (close > 0)
                {
                    builder.Append(Inline(label));
                    i = close;
                    continue;
                }
            }

            if (c is '*' or '`' || (c == '_' && (i == 0 || i == text.Length - 1 || !char.IsLetterOrDigit(text[i - 1]) || !char.IsLetterOrDigit(text[i + 1]))))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // "[label](url)" starting at '[': returns the index of ')' or -1.
    private static int SkipLink(string text, int open, out string label)
    {
        label = string.Empty;
        var close = text.IndexOf(']', open + 1);
        if (close < 0 || close + 1 >= text.Length || text[close + 1] != '(' || close - open > 500)
        {
            return -1;
        }

        var end = text.IndexOf(')', close + 2);
        if (end < 0 || end - close > 2000)
        {
            return -1;
        }

        label = text[(open + 1)..close];
        return end;
    }
}
