using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Tests;

/// <summary>
/// Lets every table call through except the first write that <see cref="ShouldFail"/> picks, which "crashes":
/// the process dies at exactly that point, and the test redelivers.
/// </summary>
public sealed class FaultyTables(Func<string, IReadOnlyList<TableRow>, bool> shouldFail)
{
    private int _failures;

    public int Failures => _failures;

    private Func<string, IReadOnlyList<TableRow>, bool> ShouldFail { get; } = shouldFail;

    /// <summary>A crash after a stance is written, before its history row.</summary>
    public static FaultyTables BeforeHistory() => new((table, _) => table == StorageNames.StanceHistoryTable);

    /// <summary>A crash after the mail provider accepted, before the deliveries are marked Sent.</summary>
    public static FaultyTables BeforeSentMark() =>
        new((table, rows) => table == StorageNames.DeliveriesTable && rows.Any(r => r.GetString("State") == AlertDispatcher.Sent));

    public ITableStore Wrap(ITableStore inner) => new Store(inner, this);

    private void Check(string table, IReadOnlyList<TableRow> rows)
    {
        if (ShouldFail(table, rows) && Interlocked.CompareExchange(ref _failures, 1, 0) == 0)
        {
            throw new SimulatedCrashException($"simulated crash writing {table}");
        }
    }

    private sealed class Store(ITableStore inner, FaultyTables faults) : ITableStore
    {
        public Task EnsureTableAsync(string table, CancellationToken cancellationToken) => inner.EnsureTableAsync(table, cancellationToken);

        public Task<TableRow?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
            inner.GetAsync(table, partitionKey, rowKey, cancellationToken);

        public Task<TableRow> InsertAsync(string table, TableRow row, CancellationToken cancellationToken)
        {
            faults.Check(table, [row]);
            return inner.InsertAsync(table, row, cancellationToken);
        }

        public Task<TableRow> UpsertAsync(string table, TableRow row, CancellationToken cancellationToken)
        {
            faults.Check(table, [row]);
            return inner.UpsertAsync(table, row, cancellationToken);
        }

        public Task<TableRow> MergeAsync(string table, TableRow row, CancellationToken cancellationToken)
        {
            faults.Check(table, [row]);
            return inner.MergeAsync(table, row, cancellationToken);
        }

        public Task<TableRow> ReplaceAsync(string table, TableRow row, CancellationToken cancellationToken)
        {
            faults.Check(table, [row]);
            return inner.ReplaceAsync(table, row, cancellationToken);
        }

        public Task<bool> DeleteAsync(string table, string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken) =>
            inner.DeleteAsync(table, partitionKey, rowKey, etag, cancellationToken);

        public Task<TablePage> QueryAsync(string table, string? partitionKey, string? continuationToken, int? pageSize, CancellationToken cancellationToken) =>
            inner.QueryAsync(table, partitionKey, continuationToken, pageSize, cancellationToken);

        public Task ExecuteBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
        {
            faults.Check(table, [.. operations.Select(o => o.Row)]);
            return inner.ExecuteBatchAsync(table, operations, cancellationToken);
        }
    }
}
