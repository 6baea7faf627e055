using System.Text.Json;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage.Queues;
using StanceWatch.Testing;

namespace StanceWatch.Storage.Tests;

[Collection(StorageCollection.Name)]
public sealed class QueueTests(AzuriteFixture azurite)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    private async Task<IMessageQueue> NewQueueAsync()
    {
        var queue = azurite.Queues.GetQueue(AzuriteFixture.UniqueName("q"));
        await queue.EnsureExistsAsync(_ct);
        return queue;
    }

    [Fact]
    public async Task Sent_message_is_received_with_its_text_unchanged_and_then_deleted()
    {
        var queue = await NewQueueAsync();
        const string body = """{"supplier":"US","evidence":"<b>“barred” & more</b>"}""";
        await queue.SendAsync(body, null, _ct);

        var received = Assert.Single(await queue.ReceiveAsync(8, TimeSpan.FromSeconds(30), _ct));
        Assert.Equal(body, received.Body);
        Assert.Equal(1, received.DequeueCount);
        Assert.Equal(1, await queue.ApproximateCountAsync(_ct));

        await queue.DeleteAsync(received, _ct);
        Assert.Equal(0, await queue.ApproximateCountAsync(_ct));
    }

    [Fact]
    public async Task Dequeue_count_grows_each_time_an_unfinished_message_is_redelivered()
    {
        var queue = await NewQueueAsync();
        await queue.SendAsync("work", null, _ct);

        var first = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), _ct));
        Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), _ct));
        await Task.Delay(TimeSpan.FromSeconds(1.5), _ct);
        var second = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(1), _ct));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, first.DequeueCount);
        Assert.Equal(2, second.DequeueCount);
    }

    [Fact]
    public async Task Visibility_delay_and_update_hide_a_message_until_its_time()
    {
        var queue = await NewQueueAsync();
        await queue.SendAsync("later", TimeSpan.FromSeconds(1), _ct);
        Assert.Empty(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(5), _ct));
        await Task.Delay(TimeSpan.FromSeconds(1.5), _ct);

        var message = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct));
        var updated = await queue.UpdateVisibilityAsync(message, TimeSpan.Zero, _ct);
        Assert.NotEqual(message.PopReceipt, updated.PopReceipt);

        var again = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct));
        Assert.Equal(message.Id, again.Id);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Poison_moves_the_message_with_its_reason_to_the_poison_queue()
    {
        var queue = await NewQueueAsync();
        await queue.SendAsync("cannot be handled", null, _ct);
        var message = Assert.Single(await queue.ReceiveAsync(1, TimeSpan.FromSeconds(30), _ct));

        await queue.PoisonAsync(message, "SendGrid answered 400: invalid from address", _ct);

        Assert.Equal(0, await queue.ApproximateCountAsync(_ct));
        var poison = azurite.Queues.GetQueue(queue.Name + "-poison");
        var peeked = Assert.Single(await poison.PeekAsync(32, _ct));
        var envelope = JsonSerializer.Deserialize<PoisonEnvelope>(peeked.Body, PoisonEnvelope.JsonOptions)!;
        Assert.Equal(queue.Name, envelope.Queue);
        Assert.Equal(message.Id, envelope.MessageId);
        Assert.Equal("cannot be handled", envelope.Body);
        Assert.Equal("SendGrid answered 400: invalid from address", envelope.Reason);
        Assert.Equal(1, envelope.DequeueCount);
    }

    [Fact]
    public async Task Messages_over_64_KiB_are_rejected_before_sending()
    {
        var queue = await NewQueueAsync();
        await Assert.ThrowsAsync<StorageLimitException>(() => queue.SendAsync(new string('x', 65 * 1024), null, _ct));
        Assert.Equal(0, await queue.ApproximateCountAsync(_ct));
    }

    [Fact]
    public async Task Counting_and_peeking_a_queue_that_does_not_exist_reads_as_empty()
    {
        var queue = azurite.Queues.GetQueue(AzuriteFixture.UniqueName("none"));
        Assert.Equal(0, await queue.ApproximateCountAsync(_ct));
        Assert.Empty(await queue.PeekAsync(5, _ct));
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("a")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    public void Invalid_queue_names_are_rejected(string name) =>
        Assert.Throws<StorageLimitException>(() => azurite.Queues.GetQueue(name));
}
