using System.Text.Json;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Hosting;

/// <summary>The local blob trigger's body: ingest the blob an <see cref="ArticleEvent"/> names.</summary>
public sealed class ArticleIngestHandler(ArticleIngestor ingestor) : IQueueMessageHandler
{
    public string QueueName => StorageNames.ArticleEventsQueue;

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArticleEvent? blob;
        try
        {
            blob = JsonSerializer.Deserialize<ArticleEvent>(message.Body, StanceWatchJson.Options);
        }
        catch (JsonException ex)
        {
            throw new PoisonMessageException($"not an article event: {ex.Message}", ex);
        }

        if (blob is null || string.IsNullOrEmpty(blob.Name))
        {
            throw new PoisonMessageException("not an article event: no blob name");
        }

        await ingestor.IngestAsync(blob.Container, blob.Name, cancellationToken);
    }
}
