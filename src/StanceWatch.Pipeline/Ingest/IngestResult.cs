namespace StanceWatch.Pipeline.Ingest;

/// <summary>What happened to one blob.</summary>
public sealed record IngestResult(string Blob, ArticleStatus Status, int Statements, int Shifts, string? Reason)
{
    public static IngestResult Missing(string blob) => new(blob, ArticleStatus.Quarantined, 0, 0, "the blob no longer exists");
}
