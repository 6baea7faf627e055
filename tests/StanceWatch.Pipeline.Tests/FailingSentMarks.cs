using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Tests;

/// <summary>Fails the first attempt to mark deliveries Sent: a crash after the provider accepted, before the record.</summary>
public sealed class FailingSentMarks
{
    private int _failures;

    public ITableStore Wrap(ITableStore inner) => new Store(inner, this);

    private sealed class Store(ITableStore inner, FailingSentMarks faults) : ITableStore
    {
        public Task ExecuteBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
        {
            if (table == StorageNames.DeliveriesTable && operations.Any(o => o.Row.GetString("State") == AlertDispatcher.Sent)
                && Interlocked.Increment(ref faults._failures) == 1)
            {
                throw new SimulatedCrashException("crash after sending, before recording");
            }

            return inner.ExecuteBatchAsync(table, operations, cancellationToken);
        }

        public Task EnsureTableAsync(string table, CancellationToken cancellationToken) => inner.EnsureTableAsync(table, cancellationToken);

        public Task<TableRow?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) => inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

        public Task<TableRow> InsertAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.InsertAsync(table, row, cancellationToken);

        public Task<TableRow> UpsertAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.UpsertAsync(table, row, cancellationToken);

        public Task<TableRow> MergeAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.MergeAsync(table, row, cancellationToken);

        public Task<TableRow> ReplaceAsync(string table, TableRow row, CancellationToken cancellationToken) => inner.ReplaceAsync(table, row, cancellationToken);

        public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) => inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

        public Task<TablePage> QueryAsync(string table, string? partitionKey, string? continuationToken, int? pageSize, CancellationToken cancellationToken) =>
            inner.QueryAsync(table, partitionKey, continuationToken, pageSize, cancellationToken);
    }
}
