using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StanceWatch.Core.Articles;

/// <summary>HTML news pages: the story's paragraphs and headings, without the page around it.</summary>
internal static class HtmlReader
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figure",
        "figcaption", "iframe", "button", "svg", "video", "audio", "picture", "select", "object", "embed",
    };

    private static readonly System.Buffers.SearchValues<string> NoiseHints = System.Buffers.SearchValues.Create(
    [
        "nav", "menu", "related", "share", "social", "newsletter", "promo", "cookie", "subscribe", "comment",
        "footer", "advert", "sponsor", "recommend", "most-read", "mostread", "trending", "breadcrumb", "caption",
        "byline-social", "paywall", "signup", "sign-up", "outbrain", "taboola",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TD", "DT", "DD",
    };

    public static ReadArticle Read(string html)
    {
        var document = Parser.ParseDocument(html);
        var metadata = ReadMetadata(document);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var blocks = new List<TextBlock>();
        // One walk: page furniture is skipped where it stands rather than removed from the DOM first.
        Collect(root, blocks, new StringBuilder());
        return new ReadArticle(ArticleFormat.Html, metadata, blocks);
    }

    /// <summary>HTML fragments (a JSON item's content) with no page around them.</summary>
    public static List<TextBlock> ReadFragment(string html) => [.. Read(html).Blocks];

    private static void Collect(IElement element, List<TextBlock> blocks, StringBuilder buffer)
    {
        if (Skipped(element))
        {
            return;
        }

        if (BlockTags.Contains(element.TagName) || !HasNestedElements(element))
        {
            AddBlock(element, blocks, buffer, isHeading: element.TagName.Length == 2 && element.TagName[0] == 'H' && char.IsDigit(element.TagName[1]));
            return;
        }

        // Text sitting directly in a container between block children is a paragraph of its own.
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                Collect(child, blocks, buffer);
            }
            else if (node.NodeType == NodeType.Text)
            {
                AddBlock(node, blocks, buffer, isHeading: false);
            }
        }
    }

    private static bool HasNestedElements(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (BlockTags.Contains(child.TagName) || child.ChildElementCount > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddBlock(INode node, List<TextBlock> blocks, StringBuilder buffer, bool isHeading)
    {
        buffer.Clear();
        AppendText(node, buffer);
        while (buffer.Length > 0 && buffer[^1] == ' ')
        {
            buffer.Length--;
        }

        if (buffer.Length > 0)
        {
            blocks.Add(new TextBlock(buffer.ToString(), isHeading));
        }
    }

    // The visible text of a node, skipping furniture inside it, with every run of white space folded to one space.
    private static void AppendText(INode node, StringBuilder buffer)
    {
        if (node.NodeType == NodeType.Text)
        {
            foreach (var c in node.TextContent)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (buffer.Length > 0 && buffer[^1] != ' ')
                    {
                        buffer.Append(' ');
                    }
                }
                else
                {
                    buffer.Append(c);
                }
            }

            return;
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element)
            {
                if (Skipped(element))
                {
                    continue;
                }

                if (element.TagName == "BR" && buffer.Length > 0 && buffer[^1] != ' ')
                {
                    buffer.Append(' ');
                }
            }

            AppendText(child, buffer);
        }
    }

    private static bool Skipped(IElement element) => DroppedElements.Contains(element.LocalName) || IsNoise(element);

    private static bool IsNoise(IElement element)
    {
        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.TagName is "ARTICLE" or "MAIN" or "BODY" or "HTML")
        {
            return false;
        }

        return Hints(element.ClassName) || Hints(element.Id) || Hints(element.GetAttribute("role"));
    }

    private static bool Hints(string? text) => text is { Length: > 2 } && text.AsSpan().IndexOfAny(NoiseHints) >= 0;


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
