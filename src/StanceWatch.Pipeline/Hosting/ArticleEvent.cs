namespace StanceWatch.Pipeline.Hosting;

/// <summary>A blob version to ingest: the message the local blob watcher puts on <c>article-events</c>.</summary>
public sealed record ArticleEvent(string Container, string Name, string ETag);
