namespace StanceWatch.Pipeline.Ports;

/// <summary>A received message. <see cref="PopReceipt"/> is needed to delete or update it.</summary>
/// <param name="DequeueCount">How many times it has been received, this time included.</param>
public sealed record QueueMessage(string Id, string PopReceipt, string Body, int DequeueCount, DateTimeOffset? InsertedOn);

/// <summary>A storage queue with at-least-once delivery, as the Functions queue trigger sees it.</summary>
public interface IMessageQueue
{
    string Name { get; }

    Task EnsureExistsAsync(CancellationToken cancellationToken);

    Task SendAsync(string body, TimeSpan? visibilityDelay, CancellationToken cancellationToken);

    /// <summary>Receives up to <paramref name="maxMessages"/> (1 to 32), hiding them for <paramref name="visibilityTimeout"/>.</summary>
    Task<IReadOnlyList<QueueMessage>> ReceiveAsync(int maxMessages, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    Task DeleteAsync(QueueMessage message, CancellationToken cancellationToken);

    /// <summary>Hides a received message for longer (retry back-off); returns it with its new pop receipt.</summary>
    Task<QueueMessage> UpdateVisibilityAsync(QueueMessage message, TimeSpan visibilityTimeout, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a message to <c>{Name}-poison</c> (the Functions host's convention) with the reason, then deletes it here.
    /// </summary>
    Task PoisonAsync(QueueMessage message, string reason, CancellationToken cancellationToken);

    Task<int> ApproximateCountAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<QueueMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken);
}

/// <summary>Hands out queues by name (names are lower-case, 3-63 chars, as Azure requires).</summary>
public interface IQueueProvider
{
    IMessageQueue GetQueue(string name);
}
