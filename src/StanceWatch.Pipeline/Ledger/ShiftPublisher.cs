using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Ledger;

/// <summary>Puts an article's recorded shifts on the <c>stance-shifts</c> queue, each until it is marked queued.</summary>
/// <remarks>At least once: a crash between send and mark re-sends the same shift id, which alert dispatch dedupes.</remarks>
public sealed class ShiftPublisher(ITableStore tables, IQueueProvider queues)
{
    public async Task<int> PublishAsync(string contentHash, CancellationToken cancellationToken)
    {
        var queue = queues.GetQueue(StorageNames.StanceShiftsQueue);
        var sent = 0;
        await foreach (var row in tables.QueryAllAsync(StorageNames.ShiftOutboxTable, contentHash, cancellationToken))
        {
            if (row.Get<bool>("Queued"))
            {
                continue;
            }

            await queue.SendAsync(row.GetString("ShiftJson")!, null, cancellationToken);
            await tables.MergeAsync(StorageNames.ShiftOutboxTable,
                new TableRow(row.PartitionKey, row.RowKey, new Dictionary<string, object?> { ["Queued"] = true }), cancellationToken);
            sent++;
        }

        return sent;
    }
}
