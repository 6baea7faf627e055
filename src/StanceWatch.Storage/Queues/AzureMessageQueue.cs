using System.Text;
using System.Text.Json;
using Microsoft.WindowsAzure.Storage.Queue;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Queues;

/// <summary><see cref="IMessageQueue"/> on a storage queue, message text stored as is (host.json messageEncoding none).</summary>
public sealed class AzureMessageQueue : IMessageQueue
{
    /// <summary>Azure's limit for a message, which we also apply to Azurite.</summary>
    public const int MaxMessageBytes = 64 * 1024;

    private const string Service = "queue";
    private readonly CloudQueue _queue;
    private readonly CloudQueueClient _client;
    private readonly IQueueProvider _provider;
    private readonly TimeProvider _timeProvider;

    internal AzureMessageQueue(CloudQueueClient client, string name, IQueueProvider provider, TimeProvider timeProvider)
    {
        _client = client;
        _provider = provider;
        _timeProvider = timeProvider;
        _queue = client.GetQueueReference(name);
        _queue.EncodeMessage = false;
    }

    public string Name => _queue.Name;

    public Task EnsureExistsAsync(CancellationToken cancellationToken) =>
        Guard($"creating queue '{Name}'", () => _queue.CreateIfNotExistsAsync(null, null, cancellationToken));

    public Task SendAsync(string body, TimeSpan? visibilityDelay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        // The service XML-escapes the text, so the escaped size is what counts against the limit.
        var size = Encoding.UTF8.GetByteCount(System.Security.SecurityElement.Escape(body));
        if (size > MaxMessageBytes)
        {
            throw new StorageLimitException($"a message for queue '{Name}' is {size:N0} bytes; the limit is {MaxMessageBytes:N0}.");
        }

        return Guard($"sending to queue '{Name}'", () =>
            _queue.AddMessageAsync(new CloudQueueMessage(body), null, visibilityDelay, null, null, cancellationToken));
    }

    public Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        return Guard($"receiving from queue '{Name}'", async () =>
        {
            var messages = await _queue.GetMessagesAsync(maxMessages, visibilityTimeout, null, null, cancellationToken);
            return (IReadOnlyList<QueueMessage>)messages.Select(ToMessage).ToList();
        });
    }

    public Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Guard($"deleting a message from queue '{Name}'", () =>
            _queue.DeleteMessageAsync(message.Id, message.PopReceipt, null, null, cancellationToken));
    }

    public Task<QueueMessage> UpdateVisibilityAsync(QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Guard($"updating a message in queue '{Name}'", async () =>
        {
            var cloud = new CloudQueueMessage(message.Id, message.PopReceipt);
            await _queue.UpdateMessageAsync(cloud, visibilityTimeout, MessageUpdateFields.Visibility, null, null, cancellationToken);
            return message with { PopReceipt = cloud.PopReceipt };
        });
    }

    public async Task PoisonAsync(QueueMessage message, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var poison = _provider.GetQueue(Pipeline.StorageNames.PoisonQueue(Name));
        await poison.EnsureExistsAsync(cancellationToken);
        var envelope = new PoisonEnvelope(
            Name, message.Id, message.DequeueCount, message.InsertedOn, _timeProvider.GetUtcNow(), reason, Truncate(message.Body));
        await poison.SendAsync(JsonSerializer.Serialize(envelope, PoisonEnvelope.JsonOptions), null, cancellationToken);
        await DeleteAsync(message, cancellationToken);
    }

    public Task<int> ApproximateCountAsync(CancellationToken cancellationToken) =>
        Guard($"counting queue '{Name}'", async () =>
        {
            if (!await _queue.ExistsAsync(null, null, cancellationToken))
            {
                return 0;
            }

            await _queue.FetchAttributesAsync(null, null, cancellationToken);
            return _queue.ApproximateMessageCount ?? 0;
        });

    public Task<IReadOnlyList<QueueMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken) =>
        Guard($"peeking queue '{Name}'", async () =>
        {
            if (!await _queue.ExistsAsync(null, null, cancellationToken))
            {
                return (IReadOnlyList<QueueMessage>)[];
            }

            var messages = await _queue.PeekMessagesAsync(Math.Clamp(maxMessages, 1, 32), null, null, cancellationToken);
            return messages.Select(ToMessage).ToList();
        });

    // The envelope must itself fit in a message: keep the reason and as much of the body as fits.
    private static string Truncate(string body) =>
        body.Length <= MaxMessageBytes / 4 ? body : body[..(MaxMessageBytes / 4)] + "…(truncated)";

    private static QueueMessage ToMessage(CloudQueueMessage message) =>
        new(message.Id, message.PopReceipt ?? string.Empty, message.AsString, message.DequeueCount, message.InsertionTime);

    private Task<T> Guard<T>(string what, Func<Task<T>> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);

    private Task Guard(string what, Func<Task> action) =>
        StorageErrors.GuardAsync(Service, _client.BaseUri, what, action);
}

/// <summary>What a poison queue holds: the original message and why it failed.</summary>
public sealed record PoisonEnvelope(
    string Queue,
    string MessageId,
    int DequeueCount,
    DateTimeOffset? InsertedOn,
    DateTimeOffset PoisonedAt,
    string Reason,
    string Body)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);
}
