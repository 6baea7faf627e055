using System.Text;
using AngleSharp.Dom;

namespace StanceWatch.Core.Articles;

/// <summary>Finds a news page's story and reads it as blocks of text, skipping the page furniture around and inside it.</summary>
/// <remarks>
/// Furniture is known by its tag (nav, aside, figure...) or by hints in its class, id or role ("related", "share",
/// "newsletter"). Class names are free text, though ("i-nav_drawer_slide" wraps a whole story on one real site), so
/// an element that holds half the page's paragraph text is never furniture, whatever it is called.
/// </remarks>
internal sealed class HtmlStory
{
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "figure",
        "figcaption", "iframe", "button", "svg", "video", "audio", "picture", "select", "object", "embed",
    };

    // Dropped unless they hold the story: some sites wrap the whole page in a form.
    private static readonly HashSet<string> DroppedWhenSmall = new(StringComparer.OrdinalIgnoreCase) { "form" };

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

    private readonly IDocument _document;
    private readonly IElement _page;
    private readonly int _pageText;

    public HtmlStory(IDocument document)
    {
        _document = document;
        _page = document.Body ?? document.DocumentElement;
        _pageText = RawParagraphText(_page);
    }

    public List<TextBlock> Blocks()
    {
        var blocks = new List<TextBlock>();
        // One walk: page furniture is skipped where it stands rather than removed from the DOM first.
        Collect(Root(), blocks, new StringBuilder());
        return blocks;
    }

    /// <summary>
    /// Of the page's article, main and articleBody elements, the most specific one that still holds most of the
    /// page's paragraph text. Real pages carry many articles (teasers, related stories) before the one that matters.
    /// </summary>
    private IElement Root()
    {
        var pageText = ParagraphText(_page);
        IElement? best = null;
        var bestSize = int.MaxValue;
        foreach (var candidate in _document.QuerySelectorAll("article, main, [itemprop='articleBody']"))
        {
            if (pageText == 0 || ParagraphText(candidate) * 10 < pageText * 6)
            {
                continue;
            }

            var size = candidate.QuerySelectorAll("*").Length;
            if (size < bestSize)
            {
                (best, bestSize) = (candidate, size);
            }
        }

        // With no paragraphs at all, a lone article or main is still the best guess.
        return best ?? (pageText == 0 ? _document.QuerySelector("article") ?? _document.QuerySelector("main") : null) ?? _page;
    }

    // Characters of visible paragraph text under an element, furniture excluded.
    private int ParagraphText(IElement element)
    {
        var total = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            if (!InFurniture(paragraph, element))
            {
                total += paragraph.TextContent.Length;
            }
        }

        return total;
    }

    private static int RawParagraphText(IElement element)
    {
        var total = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            total += paragraph.TextContent.Length;
        }

        return total;
    }

    private bool InFurniture(IElement element, IElement within)
    {
        for (var current = element; current is not null && current != within; current = current.ParentElement)
        {
            if (Skipped(current))
            {
                return true;
            }
        }

        return false;
    }

    private void Collect(IElement element, List<TextBlock> blocks, StringBuilder buffer)
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

    private void AddBlock(INode node, List<TextBlock> blocks, StringBuilder buffer, bool isHeading)
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
    private void AppendText(INode node, StringBuilder buffer)
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

    private bool Skipped(IElement element)
    {
        if (DroppedElements.Contains(element.LocalName))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (element.TagName is "ARTICLE" or "MAIN" or "BODY" or "HTML")
        {
            return false;
        }

        var looksLikeFurniture = DroppedWhenSmall.Contains(element.LocalName)
            || Hints(element.ClassName) || Hints(element.Id) || Hints(element.GetAttribute("role"));
        return looksLikeFurniture && !HoldsTheStory(element);
    }

    private bool HoldsTheStory(IElement element) => _pageText > 0 && RawParagraphText(element) * 2 >= _pageText;

    private static bool Hints(string? text) => text is { Length: > 2 } && text.AsSpan().IndexOfAny(NoiseHints) >= 0;
}
