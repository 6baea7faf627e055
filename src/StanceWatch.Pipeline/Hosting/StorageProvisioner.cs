using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Hosting;

/// <summary>Creates every container, queue and table the pipeline uses (what infra/main.bicep does on Azure).</summary>
public sealed class StorageProvisioner(IBlobStore blobs, IQueueProvider queues, ITableStore tables)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        foreach (var container in StorageNames.Containers)
        {
            await blobs.EnsureContainerAsync(container, cancellationToken);
        }

        foreach (var queue in StorageNames.WorkQueues)
        {
            await queues.GetQueue(queue).EnsureExistsAsync(cancellationToken);
            await queues.GetQueue(StorageNames.PoisonQueue(queue)).EnsureExistsAsync(cancellationToken);
        }

        foreach (var table in StorageNames.Tables)
        {
            await tables.EnsureTableAsync(table, cancellationToken);
        }
    }
}
