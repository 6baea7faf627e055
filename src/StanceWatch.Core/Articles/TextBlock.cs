namespace StanceWatch.Core.Articles;

/// <summary>A paragraph-level run of text as a format reader found it; headings are marked so they never merge.</summary>
internal readonly record struct TextBlock(string Text, bool IsHeading = false);

/// <summary>What a format reader knows about the article besides its text.</summary>
internal sealed record ArticleMetadata(string? Title, string? Source, string? Url, DateTimeOffset? Published);

internal sealed record ReadArticle(ArticleFormat Format, ArticleMetadata Metadata, IReadOnlyList<TextBlock> Blocks);
