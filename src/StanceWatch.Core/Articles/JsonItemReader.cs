using System.Text.Json;

namespace StanceWatch.Core.Articles;

/// <summary>
/// A JSON news item: title, content or body (text, Markdown or HTML), url, publishedAt, source; also the names news
/// APIs and schema.org use for the same fields (headline, articleBody, description, pubDate, source.name).
/// </summary>
internal static partial class JsonItemReader
{
    public static ReadArticle Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new ArticleParseException($"The JSON news item is not valid JSON ({ex.Message.Split('.')[0]}).", ex);
        }

        using (document)
        {
            var item = document.RootElement;
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleParseException($"The JSON news item must be an object with a 'content' or 'body'; found {Describe(item.ValueKind)}.");
            }

            var body = Text(item, "content") ?? Text(item, "body") ?? Text(item, "text") ?? Text(item, "articleBody");
            if (string.IsNullOrWhiteSpace(body))
            {
                throw new ArticleParseException("The JSON news item has no text: give a non-empty 'content' or 'body'.");
            }

            if (body.Contains(" chars]", StringComparison.Ordinal))
            {
                body = CutMarker().Replace(body, string.Empty);
            }

            var title = Text(item, "title") ?? Text(item, "headline");
            var source = Text(item, "source")
                ?? (item.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.Object ? Text(s, "name") : null);
            var published = Dates.Parse(Text(item, "publishedAt") ?? Text(item, "published") ?? Text(item, "published_at")
                ?? Text(item, "datePublished") ?? Text(item, "pubDate") ?? Text(item, "date"));
            var blocks = new List<TextBlock>();
            if (!string.IsNullOrWhiteSpace(title))
            {
                blocks.Add(new TextBlock(PlainTextReader.Normalize(title), IsHeading: true));
            }

            // News APIs send a summary beside a content field they often cut short ("... [+2114 chars]"): the summary
            // is story text too, unless the content already starts with it.
            if (Text(item, "description") is { Length: > 0 } description
                && !PlainTextReader.Normalize(body).StartsWith(PlainTextReader.Normalize(description), StringComparison.Ordinal))
            {
                blocks.Add(new TextBlock(PlainTextReader.Normalize(description), IsHeading: false));
            }

            var format = ArticleFormats.Sniff(body);
            blocks.AddRange(format switch
            {
                ArticleFormat.Html => HtmlReader.ReadFragment(body),
                ArticleFormat.Markdown => MarkdownReader.Read(body).Blocks,
                _ => PlainTextReader.Read(body),
            });
            return new ReadArticle(ArticleFormat.Json, new ArticleMetadata(title, source, Text(item, "url"), published), blocks);
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array (send one item per blob)",
        _ => kind.ToString().ToLowerInvariant(),
    };

    // NewsAPI-style truncation: "... [+2114 chars]" at the end of the content.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex CutMarker();
}
