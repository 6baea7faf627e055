using System.Text.Json;
using Microsoft.Extensions.Logging;
using StanceWatch.Core.Alerts;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Pipeline.Subscriptions;

namespace StanceWatch.Pipeline.Alerts;

/// <summary>
/// Emails every confirmed subscriber of a shift's supplier and weapon class, exactly once per (shift, subscriber).
/// </summary>
/// <remarks>
/// A <c>Deliveries</c> row per (shift, subscriber) is marked Sending before the provider is called and Sent
/// once it accepts. A refusal (429, 5xx, 4xx) removes the marks: nothing went out. A crash between the
/// provider's acceptance and the Sent mark leaves Sending; the redelivery asks the provider whether that
/// delivery id was accepted and resends only on a definite no. Where the provider cannot say (SendGrid
/// without its activity API) the delivery is recorded as Uncertain and not resent: never twice wins.
/// </remarks>
public sealed class AlertDispatcher(
    SubscriberStore subscribers,
    SubscriptionService subscriptions,
    IMailSender mail,
    ITableStore tables,
    TimeProvider time,
    ILogger<AlertDispatcher> logger) : IQueueMessageHandler
{
    public const string Sending = "Sending";
    public const string Sent = "Sent";
    public const string Uncertain = "Uncertain";

    private const int TableBatch = 100;

    public string QueueName => StorageNames.StanceShiftsQueue;

    public async Task HandleAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var shift = Read(message.Body);
        var audience = (await subscribers.AllAsync(cancellationToken)).Where(s => s.Follows(shift)).ToList();
        var due = new List<Subscriber>();
        foreach (var subscriber in audience)
        {
            var record = await tables.GetAsync(StorageNames.DeliveriesTable, shift.ShiftId, subscriber.Id, cancellationToken);
            switch (record?.GetString("State"))
            {
                case Sent or Uncertain:
                    continue;
                case Sending:
                    var accepted = await mail.WasAcceptedAsync(DeliveryId(shift, subscriber), cancellationToken);
                    if (accepted is null)
                    {
                        logger.LogWarning("alert {Shift} to {Subscriber}: interrupted and the provider cannot say if it went out; not resending", shift.ShiftId, subscriber.Id);
                        await MarkAsync(shift, [subscriber], Uncertain, cancellationToken);
                    }
                    else if (accepted.Value)
                    {
                        await MarkAsync(shift, [subscriber], Sent, cancellationToken);
                    }
                    else
                    {
                        due.Add(subscriber);
                    }

                    continue;
                default:
                    due.Add(subscriber);
                    continue;
            }
        }

        var email = AlertComposer.Compose(shift, SubscriptionService.UnsubscribePlaceholder);
        foreach (var chunk in due.Chunk(MailBatch.MaxRecipients))
        {
            await MarkAsync(shift, chunk, Sending, cancellationToken);
            var batch = new MailBatch(email.Subject, email.Text, email.Html, [.. chunk.Select(s => Recipient(shift, s, email))],
                new Dictionary<string, string> { ["shiftId"] = shift.ShiftId });
            var result = await mail.SendAsync(batch, cancellationToken);
            if (result.Status == MailSendStatus.Accepted)
            {
                await MarkAsync(shift, chunk, Sent, cancellationToken);
                logger.LogInformation("alert {Subject} sent to {Count} subscriber(s)", email.Subject, chunk.Length);
                continue;
            }

            // The provider refused the whole request: nothing went out, so nothing may stay marked as going out.
            await UnmarkAsync(shift, chunk, cancellationToken);
            throw result.Status switch
            {
                MailSendStatus.RetryLater => new RetryLaterException(result.RetryAfter ?? TimeSpan.FromMinutes(1), $"mail provider is rate limiting ({result.HttpStatus})"),
                MailSendStatus.Transient => new InvalidOperationException($"mail provider failed ({result.HttpStatus}): {result.Reason}"),
                _ => new PoisonMessageException($"mail provider rejected the alert ({result.HttpStatus}): {result.Reason}"),
            };
        }
    }

    public static string DeliveryId(StanceShift shift, Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(subscriber);
        return $"{shift.ShiftId}-{subscriber.Id}";
    }

    private MailRecipient Recipient(StanceShift shift, Subscriber subscriber, AlertEmail email)
    {
        var unsubscribe = subscriptions.UnsubscribeUrl(subscriber.Id);
        var headers = email.Headers.ToDictionary(h => h.Key, h => h.Value.Replace(SubscriptionService.UnsubscribePlaceholder, unsubscribe, StringComparison.Ordinal));
        return new MailRecipient(subscriber.Email, new Dictionary<string, string> { [SubscriptionService.UnsubscribePlaceholder] = unsubscribe }, headers, DeliveryId(shift, subscriber));
    }

    private static StanceShift Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<StanceShift>(body, StanceWatchJson.Options)
                ?? throw new PoisonMessageException("not a stance shift: empty message");
        }
        catch (JsonException ex)
        {
            throw new PoisonMessageException($"not a stance shift: {ex.Message}", ex);
        }
    }

    private async Task MarkAsync(StanceShift shift, IEnumerable<Subscriber> chunk, string state, CancellationToken cancellationToken)
    {
        foreach (var rows in chunk.Chunk(TableBatch))
        {
            var operations = rows.Select(s => new TableOperation(TableOperationKind.Upsert, new TableRow(shift.ShiftId, s.Id, new Dictionary<string, object?>
            {
                ["State"] = state,
                ["Email"] = s.Email,
                ["DeliveryId"] = DeliveryId(shift, s),
                ["At"] = time.GetUtcNow(),
            }))).ToList();
            await tables.ExecuteBatchAsync(StorageNames.DeliveriesTable, operations, cancellationToken);
        }
    }

    private async Task UnmarkAsync(StanceShift shift, IEnumerable<Subscriber> chunk, CancellationToken cancellationToken)
    {
        foreach (var subscriber in chunk)
        {
            await tables.DeleteAsync(StorageNames.DeliveriesTable, shift.ShiftId, subscriber.Id, null, cancellationToken);
        }
    }
}
