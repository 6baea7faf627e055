using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Hosting;

/// <summary>
/// Handles messages of one queue, as a Functions queue trigger would. The host (local worker or the
/// Functions runtime) gives at-least-once delivery: a handler must be idempotent.
/// </summary>
/// <remarks>
/// Outcome rules the hosts implement: return normally, the message is deleted; throw
/// <see cref="RetryLaterException"/>, it becomes visible again after the given delay; throw
/// <see cref="PoisonMessageException"/>, it goes straight to the poison queue with the reason; any other
/// exception, it is retried with back-off and poisoned once its dequeue count reaches the maximum (5).
/// </remarks>
public interface IQueueMessageHandler
{
    string QueueName { get; }

    Task HandleAsync(QueueMessage message, CancellationToken cancellationToken);
}

/// <summary>Try this message again no sooner than <see cref="Delay"/> (for example a 429 Retry-After).</summary>
public sealed class RetryLaterException : Exception
{
    public RetryLaterException(TimeSpan delay, string reason) : base(reason) => Delay = delay;

    public RetryLaterException(string message) : base(message) { }

    public RetryLaterException(string message, Exception innerException) : base(message, innerException) { }

    public RetryLaterException() { }

    public TimeSpan Delay { get; }
}

/// <summary>This message can never succeed; poison it now with this reason.</summary>
public sealed class PoisonMessageException : Exception
{
    public PoisonMessageException(string message) : base(message) { }

    public PoisonMessageException(string message, Exception innerException) : base(message, innerException) { }

    public PoisonMessageException() { }
}
