using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage.Queues;

namespace StanceWatch.Pipeline.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task A_message_that_keeps_failing_is_retried_then_poisoned_with_its_error_after_five_attempts()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        var handler = new AlwaysFails("test-failures");
        var queue = pipeline.Queues.GetQueue(handler.QueueName);
        await queue.EnsureExistsAsync(CancellationToken.None);
        await queue.SendAsync("payload", null, CancellationToken.None);
        var worker = Worker(pipeline, handler);

        for (var round = 0; round < 40 && handler.Attempts < 5; round++)
        {
            if (await worker.DrainOnceAsync(handler, CancellationToken.None) == 0)
            {
                await Task.Delay(100);
            }
        }

        Assert.Equal([1, 2, 3, 4, 5], handler.DequeueCounts);
        Assert.Equal(0, await queue.ApproximateCountAsync(CancellationToken.None));
        var poisoned = Assert.Single(await pipeline.Queues.GetQueue("test-failures-poison").PeekAsync(8, CancellationToken.None));
        var envelope = JsonSerializer.Deserialize<PoisonEnvelope>(poisoned.Body, PoisonEnvelope.JsonOptions)!;
        Assert.Equal("payload", envelope.Body);
        Assert.Contains("failed 5 times", envelope.Reason, StringComparison.Ordinal);
        Assert.Contains("storage hiccup", envelope.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_blob_watcher_queues_each_blob_version_once_across_restarts()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", "first version");
        BlobWatcher Watcher() => ActivatorUtilities.CreateInstance<BlobWatcher>(pipeline.Services);

        var first = Watcher();
        Assert.Equal(1, await first.ScanAsync(CancellationToken.None));
        Assert.Equal(0, await first.ScanAsync(CancellationToken.None));
        Assert.Equal(0, await Watcher().ScanAsync(CancellationToken.None));

        await pipeline.DropAsync("a.txt", "second version");
        Assert.Equal(1, await Watcher().ScanAsync(CancellationToken.None));
        Assert.Equal(2, await pipeline.Queues.GetQueue(StorageNames.ArticleEventsQueue).ApproximateCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_ingest_handler_ingests_the_blob_an_event_names_and_poisons_garbage()
    {
        await using var pipeline = await PipelineHarness.StartAsync();
        await pipeline.DropAsync("a.txt", "Italy's weapons must not be used on Russian territory, Rome said.", "2024-05-30");
        var handler = pipeline.Services.GetServices<IQueueMessageHandler>().OfType<ArticleIngestHandler>().Single();
        await ActivatorUtilities.CreateInstance<BlobWatcher>(pipeline.Services).ScanAsync(CancellationToken.None);

        await Worker(pipeline, handler).DrainOnceAsync(handler, CancellationToken.None);
        await pipeline.Queues.GetQueue(StorageNames.ArticleEventsQueue).SendAsync("not json", null, CancellationToken.None);
        await Worker(pipeline, handler).DrainOnceAsync(handler, CancellationToken.None);

        Assert.Equal("IT", Assert.Single(await pipeline.Board.GetBoardAsync(CancellationToken.None)).Supplier);
        var poisoned = Assert.Single(await pipeline.Queues.GetQueue(StorageNames.PoisonQueue(StorageNames.ArticleEventsQueue)).PeekAsync(8, CancellationToken.None));
        Assert.Contains("not an article event", poisoned.Body, StringComparison.Ordinal);
    }

    private static QueueWorker Worker(PipelineHarness pipeline, IQueueMessageHandler handler) => new(
        [handler],
        pipeline.Queues,
        Options.Create(new QueueWorkerOptions { InitialBackoff = TimeSpan.Zero, VisibilityTimeout = TimeSpan.FromSeconds(30) }),
        NullLogger<QueueWorker>.Instance);

    private sealed class AlwaysFails(string queue) : IQueueMessageHandler
    {
        public List<int> DequeueCounts { get; } = [];

        public int Attempts => DequeueCounts.Count;

        public string QueueName => queue;

        public Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
        {
            DequeueCounts.Add(message.DequeueCount);
            throw new InvalidOperationException("storage hiccup");
        }
    }
}
