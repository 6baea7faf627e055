using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ingest;

public enum ArticleStatus
{
    Processing,
    Processed,
    Duplicate,
    Quarantined,
}

/// <summary>The <c>Articles</c> table: one row per blob (partition "blob"), and one per distinct content (partition "content").</summary>
public sealed class ArticleRecords(ITableStore tables, TimeProvider time)
{
    public const string BlobPartition = "blob";
    public const string ContentPartition = "content";

    public Task<TableRow?> GetAsync(string blobName, CancellationToken cancellationToken) =>
        tables.GetAsync(StorageNames.ArticlesTable, BlobPartition, TableKeys.Encode(blobName), cancellationToken);

    public Task SaveAsync(string blobName, ArticleStatus status, IReadOnlyDictionary<string, object?> details, CancellationToken cancellationToken)
    {
        var properties = new Dictionary<string, object?>(details)
        {
            ["Blob"] = blobName,
            ["Status"] = status.ToString(),
            ["UpdatedAt"] = time.GetUtcNow(),
        };
        return tables.UpsertAsync(StorageNames.ArticlesTable, new TableRow(BlobPartition, TableKeys.Encode(blobName), properties), cancellationToken);
    }

    /// <summary>Claims a content hash for a blob; returns the blob that owns it (this one, or the one that came first).</summary>
    public async Task<string> ClaimContentAsync(string contentHash, string blobName, CancellationToken cancellationToken)
    {
        try
        {
            await tables.InsertAsync(StorageNames.ArticlesTable, new TableRow(ContentPartition, contentHash,
                new Dictionary<string, object?> { ["Blob"] = blobName, ["ClaimedAt"] = time.GetUtcNow() }), cancellationToken);
            return blobName;
        }
        catch (StorageConflictException)
        {
            var owner = await tables.GetAsync(StorageNames.ArticlesTable, ContentPartition, contentHash, cancellationToken);
            return owner?.GetString("Blob") ?? blobName;
        }
    }

    public IAsyncEnumerable<TableRow> AllAsync(CancellationToken cancellationToken) =>
        tables.QueryAllAsync(StorageNames.ArticlesTable, BlobPartition, cancellationToken);
}
