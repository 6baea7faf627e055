using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;

namespace StanceWatch.Pipeline.Ingest;

/// <summary>Where ingestion gets statements from an article; the extractor, unless a test scripts them.</summary>
public interface IStatementSource
{
    IReadOnlyList<Statement> Extract(Article article);
}

public sealed class ExtractorStatementSource : IStatementSource
{
    private readonly StatementExtractor _extractor = new();

    public IReadOnlyList<Statement> Extract(Article article) => _extractor.Extract(article);
}

/// <summary>Named points between ingestion's steps, where tests can make the process "crash".</summary>
public interface IIngestCheckpoints
{
    Task ReachedAsync(string checkpoint, CancellationToken cancellationToken);
}

public sealed class NoCheckpoints : IIngestCheckpoints
{
    public Task ReachedAsync(string checkpoint, CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class IngestCheckpoint
{
    public const string StatementsStored = "statements-stored";
    public const string LedgerApplied = "ledger-applied";
}
