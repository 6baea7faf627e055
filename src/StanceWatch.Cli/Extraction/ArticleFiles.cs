using StanceWatch.Core.Articles;

namespace StanceWatch.Cli.Extraction;

/// <summary>Reads article files (or every article file in folders) into parser input.</summary>
internal static class ArticleFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".md", ".markdown", ".json",
    };

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).Equals("gold.json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    public static async Task<ArticleInput> ReadAsync(string path, DateTimeOffset? published, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return new ArticleInput(Path.GetFileName(path), ArticleDecoder.Decode(bytes), null, published);
    }
}
