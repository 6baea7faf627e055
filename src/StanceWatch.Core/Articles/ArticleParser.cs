namespace StanceWatch.Core.Articles;

/// <summary>Turns raw input (text, HTML, Markdown, JSON news item) into an <see cref="Article"/>.</summary>
/// <remarks>Baseline: plain text only, paragraph per line, naive sentence split. To be replaced.</remarks>
public static class ArticleParser
{
    public static Article Parse(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            throw new ArticleParseException("The article is empty.");
        }

        var paragraphs = input.Text
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => new Paragraph(SplitSentences(line)))
            .ToList();
        var title = paragraphs.Count > 0 && paragraphs[0].Sentences.Count > 0 ? paragraphs[0].Sentences[0] : null;
        return new Article(input.Name, ArticleFormat.PlainText, title, null, null, input.PublishedHint,
            [new ArticleSection(null, input.PublishedHint, paragraphs)]);
    }

    private static List<string> SplitSentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && i + 1 < paragraph.Length && paragraph[i + 1] == ' '
                && i + 2 < paragraph.Length && char.IsUpper(paragraph[i + 2]))
            {
                sentences.Add(paragraph[start..(i + 1)].Trim());
                start = i + 2;
            }
        }

        if (start < paragraph.Length)
        {
            sentences.Add(paragraph[start..].Trim());
        }

        return sentences;
    }
}
