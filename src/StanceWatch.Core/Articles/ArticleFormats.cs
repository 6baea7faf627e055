namespace StanceWatch.Core.Articles;

/// <summary>Decides how to read an input: by extension, then content type, then by looking at it.</summary>
public static class ArticleFormats
{
    public static ArticleFormat Detect(string name, string? contentType, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".md" or ".markdown":
                return ArticleFormat.Markdown;
            case ".json":
                return ArticleFormat.Json;
            case ".txt" or ".text":
                return ArticleFormat.PlainText;
        }

        var type = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "text/html" or "application/xhtml+xml" => ArticleFormat.Html,
            "text/markdown" or "text/x-markdown" => ArticleFormat.Markdown,
            "application/json" or "text/json" => ArticleFormat.Json,
            "text/plain" => ArticleFormat.PlainText,
            _ => Sniff(text),
        };
    }

    internal static ArticleFormat Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("{"))
        {
            return ArticleFormat.Json;
        }

        if (head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase) || head.Contains("<p ", StringComparison.OrdinalIgnoreCase)
            || head.Contains("</div>", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        if (head.StartsWith("# ") || head.StartsWith("---") || head.Contains("\n## ", StringComparison.Ordinal) || head.Contains("](http", StringComparison.Ordinal))
        {
            return ArticleFormat.Markdown;
        }

        return ArticleFormat.PlainText;
    }
}
