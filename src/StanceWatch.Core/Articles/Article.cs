namespace StanceWatch.Core.Articles;

/// <summary>A parsed article: metadata and its text as sections of paragraphs of sentences.</summary>
/// <param name="Name">The input's name (file or blob name).</param>
/// <param name="Sections">
/// One section for an ordinary article; one per entry for a live blog (each with its own time stamp).
/// </param>
public sealed record Article(
    string Name,
    ArticleFormat Format,
    string? Title,
    string? Source,
    string? Url,
    DateTimeOffset? Published,
    IReadOnlyList<ArticleSection> Sections)
{
    public IEnumerable<string> Sentences => Sections.SelectMany(s => s.Paragraphs).SelectMany(p => p.Sentences);
}

/// <summary>A run of paragraphs sharing one time: the whole article, or one live-blog entry.</summary>
/// <param name="Time">The entry's time stamp resolved against the published date, when known.</param>
public sealed record ArticleSection(string? Heading, DateTimeOffset? Time, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>A paragraph's sentences, verbatim (trimmed).</summary>
public sealed record Paragraph(IReadOnlyList<string> Sentences);
