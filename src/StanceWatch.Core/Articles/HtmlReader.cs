using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StanceWatch.Core.Articles;

/// <summary>HTML news pages: the story's paragraphs and headings, without the page around it.</summary>
internal static class HtmlReader
{
    private static readonly HtmlParser Parser = new();

    public static ReadArticle Read(string html)
    {
        var document = Parser.ParseDocument(html);
        var metadata = ReadMetadata(document);
        return new ReadArticle(ArticleFormat.Html, metadata, new HtmlStory(document).Blocks());
    }

    /// <summary>HTML fragments (a JSON item's content) with no page around them.</summary>
    public static List<TextBlock> ReadFragment(string html) => [.. Read(html).Blocks];

    private static ArticleMetadata ReadMetadata(IDocument document)
    {
        // One pass over the <meta> tags rather than one selector query per property.
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in document.Head?.GetElementsByTagName("meta") ?? document.GetElementsByTagName("meta"))
        {
            if ((tag.GetAttribute("property") ?? tag.GetAttribute("name")) is { } key && tag.GetAttribute("content") is { } content)
            {
                meta.TryAdd(key, content);
            }
        }

        string? Meta(string key) => meta.GetValueOrDefault(key);

        var jsonLd = ReadJsonLd(document);
        var title = Meta("og:title") ?? jsonLd.Headline ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        var source = Meta("og:site_name") ?? jsonLd.Publisher;
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url");
        var published = Dates.Parse(Meta("article:published_time"))
            ?? Dates.Parse(jsonLd.DatePublished)
            ?? Dates.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return new ArticleMetadata(Clean(title), Clean(source), url, published);
    }

    private static (string? Headline, string? DatePublished, string? Publisher) ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var item = json.RootElement.ValueKind == JsonValueKind.Array && json.RootElement.GetArrayLength() > 0
                    ? json.RootElement[0]
                    : json.RootElement;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                string? Text(string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                var publisher = item.TryGetProperty("publisher", out var p) && p.ValueKind == JsonValueKind.Object
                    && p.TryGetProperty("name", out var n) ? n.GetString() : null;
                return (Text("headline"), Text("datePublished"), publisher);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing about the story: ignore it.
            }
        }

        return (null, null, null);
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : PlainTextReader.Normalize(text.Replace('\n', ' '));
}
