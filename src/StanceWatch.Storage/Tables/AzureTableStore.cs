using System.Collections.Concurrent;
using Microsoft.WindowsAzure.Storage;
using Microsoft.WindowsAzure.Storage.Table;
using StanceWatch.Pipeline.Ports;
using SdkOperation = Microsoft.WindowsAzure.Storage.Table.TableOperation;
using TableOperation = StanceWatch.Pipeline.Ports.TableOperation;

namespace StanceWatch.Storage.Tables;

/// <summary><see cref="ITableStore"/> on Azure Table Storage (and Azurite), with Azure's limits enforced here.</summary>
public sealed class AzureTableStore(StorageAccountFactory account) : ITableStore
{
    private const string Service = "table";
    private const int MaxPageSize = 1000;
    private readonly CloudTableClient _client = account.CreateTableClient();
    private readonly ConcurrentDictionary<string, CloudTable> _tables = new(StringComparer.Ordinal);

    public Task EnsureTableAsync(string table, CancellationToken cancellationToken) =>
        Guard($"creating table '{table}'", () => Table(table).CreateIfNotExistsAsync(null, null, cancellationToken));

    public Task<TableRow?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        Guard($"reading '{partitionKey}/{rowKey}' from '{table}'", async () =>
        {
            var result = await Table(table).ExecuteAsync(
                SdkOperation.Retrieve<DynamicTableEntity>(partitionKey, rowKey), null, null, cancellationToken);
            return result.Result is DynamicTableEntity entity ? TableEntityMapper.ToRow(entity) : null;
        });

    public Task<TableRow> InsertAsync(string table, TableRow row, CancellationToken cancellationToken) =>
        Write(table, row, "inserting", e => SdkOperation.Insert(e), cancellationToken);

    public Task<TableRow> UpsertAsync(string table, TableRow row, CancellationToken cancellationToken) =>
        Write(table, row, "upserting", SdkOperation.InsertOrReplace, cancellationToken);

    public Task<TableRow> MergeAsync(string table, TableRow row, CancellationToken cancellationToken) =>
        Write(table, row, "merging", SdkOperation.Merge, cancellationToken);

    public Task<TableRow> ReplaceAsync(string table, TableRow row, CancellationToken cancellationToken) =>
        Write(table, row, "replacing", SdkOperation.Replace, cancellationToken);

    public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
        Guard($"deleting '{partitionKey}/{rowKey}' from '{table}'", async () =>
        {
            try
            {
                var entity = new DynamicTableEntity(partitionKey, rowKey) { ETag = etag ?? "*" };
                await Table(table).ExecuteAsync(SdkOperation.Delete(entity), null, null, cancellationToken);
                return true;
            }
            catch (StorageException ex) when (StorageErrors.StatusOf(ex) == 404)
            {
                return false;
            }
        });

    public Task<TablePage> QueryAsync(
        string table,
        string? partitionKey,
        string? continuationToken,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var token = ContinuationTokens.Decode(continuationToken);
        var query = new TableQuery<DynamicTableEntity>();
        if (partitionKey is not null)
        {
            query = query.Where(TableQuery.GenerateFilterCondition("PartitionKey", QueryComparisons.Equal, partitionKey));
        }

        query = query.Take(Math.Clamp(pageSize ?? MaxPageSize, 1, MaxPageSize));
        return Guard($"querying '{table}'", async () =>
        {
            try
            {
                var segment = await Table(table).ExecuteQuerySegmentedAsync(query, token, null, null, cancellationToken);
                return new TablePage(
                    segment.Results.Select(TableEntityMapper.ToRow).ToList(),
                    ContinuationTokens.Encode(segment.ContinuationToken));
            }
            catch (StorageException ex) when (StorageErrors.StatusOf(ex) == 404)
            {
                // A table nobody has written to yet reads as empty.
                return new TablePage([], null);
            }
        });
    }

    public Task ExecuteBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operations);
        TableLimits.CheckBatch(table, operations);
        var batch = new TableBatchOperation();
        foreach (var operation in operations)
        {
            var entity = TableEntityMapper.ToEntity(operation.Row);
            batch.Add(operation.Kind switch
            {
                TableOperationKind.Insert => SdkOperation.Insert(entity),
                TableOperationKind.Upsert => SdkOperation.InsertOrReplace(entity),
                TableOperationKind.Merge => SdkOperation.Merge(entity),
                TableOperationKind.Replace => SdkOperation.Replace(entity),
                TableOperationKind.Delete => SdkOperation.Delete(entity),
                _ => throw new ArgumentOutOfRangeException(nameof(operations), operation.Kind, "unknown operation"),
            });
        }

        return Guard($"running a batch of {operations.Count} on '{table}'", () =>
            Table(table).ExecuteBatchAsync(batch, null, null, cancellationToken));
    }

    private Task<TableRow> Write(
        string table,
        TableRow row,
        string verb,
        Func<DynamicTableEntity, SdkOperation> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        TableLimits.CheckRow(table, row);
        return Guard($"{verb} '{row.PartitionKey}/{row.RowKey}' in '{table}'", async () =>
        {
            var result = await Table(table).ExecuteAsync(
                operation(TableEntityMapper.ToEntity(row)), null, null, cancellationToken);
            return row with { ETag = result.Etag };
        });
    }

    private CloudTable Table(string name) => _tables.GetOrAdd(name, _client.GetTableReference);

    private Task<T> Guard<T>(string what, Func<Task<T>> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);

    private Task Guard(string what, Func<Task> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);
}
