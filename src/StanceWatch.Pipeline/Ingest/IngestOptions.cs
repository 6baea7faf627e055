namespace StanceWatch.Pipeline.Ingest;

/// <summary>Configuration section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Blobs larger than this are quarantined without being read.</summary>
    public long MaxArticleBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Statements below this confidence are stored but never move the ledger.</summary>
    public double MinimumConfidence { get; set; } = 0.5;
}
