using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Tests;

/// <summary>Lets every write through except the first StanceHistory write: a crash right after a stance is written.</summary>
public sealed class FailingHistoryWrites
{
    public int Failures { get; private set; }

    public ITableStore Wrap(ITableStore inner) => new Store(inner, this);

    private sealed class Store(ITableStore inner, FailingHistoryWrites faults) : ITableStore
    {
        public Task EnsureTableAsync(string table, CancellationToken cancellationToken) => inner.EnsureTableAsync(table, cancellationToken);

        public Task<TableRow?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
            inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

        public Task<TableRow> InsertAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.InsertAsync(table, row, cancellationToken);

        public Task<TableRow> UpsertAsync(string table, TableRow row, CancellationToken cancellationToken)
        {
            if (table == StorageNames.StanceHistoryTable && faults.Failures == 0)
            {
                faults.Failures++;
                throw new SimulatedCrashException("crash before the history row");
            }

            return inner.UpsertAsync(table, row, cancellationToken);
        }

        public Task<TableRow> MergeAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.MergeAsync(table, row, cancellationToken);

        public Task<TableRow> ReplaceAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.ReplaceAsync(table, row, cancellationToken);

        public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
            inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

        public Task<TablePage> QueryAsync(string table, string? partitionKey, string? continuationToken, int? pageSize, CancellationToken cancellationToken) =>
            inner.QueryAsync(table, partitionKey, continuationToken, pageSize, cancellationToken);

        public Task ExecuteBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken) =>
            inner.ExecuteBatchAsync(table, operations, cancellationToken);
    }
}
