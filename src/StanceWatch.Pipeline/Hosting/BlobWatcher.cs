using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Hosting;

/// <summary>
/// The local blob trigger: notices new or changed blobs in <c>articles</c> and queues each blob version once,
/// remembered across restarts by a receipt per (name, ETag) in <c>BlobReceipts</c>, as the Functions host does.
/// </summary>
public sealed class BlobWatcher(IBlobStore blobs, ITableStore tables, IQueueProvider queues, ILogger<BlobWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (StanceWatchException ex)
            {
                logger.LogError("blob watcher: {Error}", ex.Message);
            }

            try
            {
                await Task.Delay(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One pass: queues every blob version without a receipt; returns how many.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var queue = queues.GetQueue(StorageNames.ArticleEventsQueue);
        var queued = 0;
        await foreach (var blob in blobs.ListAsync(StorageNames.ArticlesContainer, null, null, cancellationToken))
        {
            var receipt = $"{TableKeys.Encode(blob.Name)}-{TableKeys.Encode(blob.ETag)}";
            if (_seen.ContainsKey(receipt))
            {
                continue;
            }

            if (await tables.GetAsync(StorageNames.BlobReceiptsTable, StorageNames.ArticlesContainer, receipt, cancellationToken) is null)
            {
                // Queue first, then write the receipt: a crash in between queues the blob twice, and ingestion is idempotent.
                var message = JsonSerializer.Serialize(new ArticleEvent(StorageNames.ArticlesContainer, blob.Name, blob.ETag), StanceWatchJson.Options);
                await queue.SendAsync(message, null, cancellationToken);
                await tables.UpsertAsync(StorageNames.BlobReceiptsTable, new TableRow(StorageNames.ArticlesContainer, receipt,
                    new Dictionary<string, object?> { ["Blob"] = blob.Name, ["BlobETag"] = blob.ETag }), cancellationToken);
                logger.LogInformation("article {Blob} noticed; queued for ingestion", blob.Name);
                queued++;
            }

            _seen.TryAdd(receipt, 0);
        }

        return queued;
    }
}
