namespace StanceWatch.Pipeline.Ports;

/// <summary>
/// A table entity as a bag of properties. Values may be string, bool, int, long, double, Guid,
/// DateTimeOffset or byte[] (the types Table Storage stores natively).
/// </summary>
/// <param name="ETag">Set on reads and writes; pass it back to merge/replace/delete optimistically.</param>
public sealed record TableRow(
    string PartitionKey,
    string RowKey,
    IReadOnlyDictionary<string, object?> Properties,
    string? ETag = null,
    DateTimeOffset? Timestamp = null)
{
    public T? Get<T>(string property) =>
        Properties.TryGetValue(property, out var value) && value is T typed ? typed : default;

    public string? GetString(string property) => Get<string>(property);
}

/// <summary>One page of a query; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record TablePage(IReadOnlyList<TableRow> Rows, string? ContinuationToken);

public enum TableOperationKind
{
    Insert,
    Upsert,
    Merge,
    Replace,
    Delete,
}

/// <summary>One operation of an entity-group transaction.</summary>
public sealed record TableOperation(TableOperationKind Kind, TableRow Row);

/// <summary>Table storage as the pipeline needs it.</summary>
/// <remarks>
/// Implementations enforce Azure's rules even where the emulator does not: a batch is one partition,
/// at most 100 operations and 4 MiB; keys may not contain / \ # ? or control characters.
/// </remarks>
public interface ITableStore
{
    Task EnsureTableAsync(string table, CancellationToken cancellationToken);

    Task<TableRow?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <exception cref="StorageConflictException">The entity exists.</exception>
    Task<TableRow> InsertAsync(string table, TableRow row, CancellationToken cancellationToken);

    /// <summary>Insert or replace, unconditionally.</summary>
    Task<TableRow> UpsertAsync(string table, TableRow row, CancellationToken cancellationToken);

    /// <summary>Merges properties into an existing entity. With <see cref="TableRow.ETag"/> null, unconditional.</summary>
    /// <exception cref="StorageConcurrencyException">The ETag no longer matches (someone else wrote first).</exception>
    Task<TableRow> MergeAsync(string table, TableRow row, CancellationToken cancellationToken);

    /// <summary>Replaces an existing entity. With <see cref="TableRow.ETag"/> null, unconditional.</summary>
    /// <exception cref="StorageConcurrencyException">The ETag no longer matches.</exception>
    Task<TableRow> ReplaceAsync(string table, TableRow row, CancellationToken cancellationToken);

    /// <summary>Deletes; false when it did not exist.</summary>
    Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken);

    /// <summary>One page of a partition (or of the whole table when <paramref name="partitionKey"/> is null), in key order.</summary>
    Task<TablePage> QueryAsync(
        string table,
        string? partitionKey,
        string? continuationToken,
        int? pageSize,
        CancellationToken cancellationToken);

    /// <summary>Runs an entity-group transaction: all succeed or none.</summary>
    /// <exception cref="StorageLimitException">The batch breaks Azure's rules (partitions, count, size).</exception>
    Task ExecuteBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken);
}

public static class TableStoreExtensions
{
    /// <summary>Every row of a partition (or table), following continuation tokens.</summary>
    public static async IAsyncEnumerable<TableRow> QueryAllAsync(
        this ITableStore store,
        string table,
        string? partitionKey,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        string? token = null;
        do
        {
            var page = await store.QueryAsync(table, partitionKey, token, null, cancellationToken);
            foreach (var row in page.Rows)
            {
                yield return row;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
