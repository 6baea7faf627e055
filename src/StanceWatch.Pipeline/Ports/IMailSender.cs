namespace StanceWatch.Pipeline.Ports;

/// <summary>One recipient of a batch: what is theirs alone (substitutions such as their unsubscribe link, headers).</summary>
/// <param name="DeliveryId">Travels with the message (SendGrid custom_args) so a delivery can be looked up later.</param>
public sealed record MailRecipient(
    string Email,
    IReadOnlyDictionary<string, string> Substitutions,
    IReadOnlyDictionary<string, string> Headers,
    string DeliveryId);

/// <summary>
/// One message for up to <see cref="MaxRecipients"/> recipients (SendGrid personalizations): subject and bodies
/// are shared, and each recipient's substitution keys are replaced with their own values.
/// </summary>
public sealed record MailBatch(string Subject, string Text, string Html, IReadOnlyList<MailRecipient> Recipients, IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>SendGrid v3 mail/send accepts at most 1,000 personalizations per request.</summary>
    public const int MaxRecipients = 1000;
}

public enum MailSendStatus
{
    Accepted,
    RetryLater,
    Transient,
    Rejected,
}

/// <summary>How the provider answered.</summary>
/// <param name="RetryAfter">For <see cref="MailSendStatus.RetryLater"/>: the provider's Retry-After.</param>
public sealed record MailSendResult(MailSendStatus Status, int HttpStatus, TimeSpan? RetryAfter, string? Reason);

public interface IMailSender
{
    Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a delivery id was accepted earlier: true or false where the provider can say, null where it
    /// cannot (real SendGrid without the Email Activity add-on).
    /// </summary>
    Task<bool?> WasAcceptedAsync(string deliveryId, CancellationToken cancellationToken);
}
