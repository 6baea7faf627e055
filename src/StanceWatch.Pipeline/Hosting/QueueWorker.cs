using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Hosting;

/// <summary>
/// Runs every registered <see cref="IQueueMessageHandler"/> with the Functions queue trigger's semantics:
/// at-least-once delivery, back-off between attempts, and the poison queue after the last attempt.
/// On shutdown it stops taking messages and lets the ones in hand finish.
/// </summary>
public sealed class QueueWorker(
    IEnumerable<IQueueMessageHandler> handlers,
    IQueueProvider queues,
    IOptions<QueueWorkerOptions> options,
    ILogger<QueueWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(handlers.Select(handler => RunAsync(handler, stoppingToken)));

    /// <summary>Processes what is on the queue now, once; for tests and one-shot runs.</summary>
    public async Task<int> DrainOnceAsync(IQueueMessageHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var queue = queues.GetQueue(handler.QueueName);
        var messages = await queue.ReceiveAsync(options.Value.BatchSize, options.Value.VisibilityTimeout, cancellationToken);
        await Task.WhenAll(messages.Select(m => HandleAsync(handler, queue, m, cancellationToken)));
        return messages.Count;
    }

    private async Task RunAsync(IQueueMessageHandler handler, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var queue = queues.GetQueue(handler.QueueName);
        using var slots = new SemaphoreSlim(settings.MaxParallelism);
        var inFlight = new List<Task>();
        var idle = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<QueueMessage> messages;
            try
            {
                messages = await queue.ReceiveAsync(settings.BatchSize, settings.VisibilityTimeout, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (StanceWatchException ex)
            {
                logger.LogError("queue {Queue}: {Error}", queue.Name, ex.Message);
                await Delay(settings.MaxPollingInterval, stoppingToken);
                continue;
            }

            if (messages.Count == 0)
            {
                await Delay(idle, stoppingToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            idle = TimeSpan.FromMilliseconds(100);
            foreach (var message in messages)
            {
                try
                {
                    await slots.WaitAsync(stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                // Work in hand runs to completion even when shutdown starts: it drains rather than aborts.
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        await HandleAsync(handler, queue, message, CancellationToken.None);
                    }
                    finally
                    {
                        slots.Release();
                    }
                }, CancellationToken.None));
            }

            inFlight.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(inFlight);
    }

    private async Task HandleAsync(IQueueMessageHandler handler, IMessageQueue queue, QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await HandleOnceAsync(handler, queue, message, cancellationToken);
        }
        catch (StanceWatchException ex)
        {
            // Settling the message failed (its pop receipt went stale when it became visible again, or storage
            // blinked): it will be delivered again, and handlers are idempotent.
            logger.LogWarning("queue {Queue}: message {Id} could not be settled and will be redelivered: {Error}", queue.Name, message.Id, ex.Message);
        }
    }

    private async Task HandleOnceAsync(IQueueMessageHandler handler, IMessageQueue queue, QueueMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        try
        {
            await handler.HandleAsync(message, cancellationToken);
            await queue.DeleteAsync(message, cancellationToken);
        }
        catch (RetryLaterException ex)
        {
            logger.LogInformation("queue {Queue}: message {Id} retries in {Delay}: {Reason}", queue.Name, message.Id, ex.Delay, ex.Message);
            await queue.UpdateVisibilityAsync(message, ex.Delay, cancellationToken);
        }
        catch (PoisonMessageException ex)
        {
            logger.LogError("queue {Queue}: message {Id} poisoned: {Reason}", queue.Name, message.Id, ex.Message);
            await queue.PoisonAsync(message, ex.Message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                logger.LogError("queue {Queue}: message {Id} failed {Count} times, poisoned: {Reason}", queue.Name, message.Id, message.DequeueCount, reason);
                await queue.PoisonAsync(message, $"failed {message.DequeueCount} times; last error: {reason}", cancellationToken);
                return;
            }

            var backoff = TimeSpan.FromTicks(Math.Min(settings.InitialBackoff.Ticks << Math.Min(message.DequeueCount - 1, 20), settings.MaxBackoff.Ticks));
            logger.LogWarning("queue {Queue}: message {Id} attempt {Count} failed, retry in {Backoff}: {Reason}", queue.Name, message.Id, message.DequeueCount, backoff, reason);
            await queue.UpdateVisibilityAsync(message, backoff, cancellationToken);
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
