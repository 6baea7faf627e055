namespace StanceWatch.Core.Articles;

/// <summary>Raw article text as it arrived, with what its container told us about it.</summary>
/// <param name="Name">The file or blob name (for example <c>seed-001.txt</c>); also hints the format by its extension.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="ContentType">MIME type when known (text/plain, text/html, text/markdown, application/json).</param>
/// <param name="PublishedHint">Published time from metadata (blob metadata, a command-line flag); wins over the text.</param>
public sealed record ArticleInput(string Name, string Text, string? ContentType = null, DateTimeOffset? PublishedHint = null);
