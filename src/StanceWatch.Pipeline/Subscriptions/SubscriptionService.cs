using System.Net;
using Microsoft.Extensions.Options;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Pipeline.Subscriptions;

/// <summary>What a subscription request asks for, as it arrived.</summary>
public sealed record SubscriptionRequest(string? Email, IReadOnlyList<string>? Suppliers, IReadOnlyList<string>? WeaponClasses);

/// <summary>Either the subscriber, or field → problems.</summary>
public sealed record SubscribeOutcome(Subscriber? Subscriber, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// Subscribing (double opt-in), confirming and unsubscribing: transport-agnostic, so the local API and a
/// Functions HTTP trigger share it.
/// </summary>
public sealed class SubscriptionService(
    SubscriberStore subscribers,
    SubscriptionTokens tokens,
    IMailSender mail,
    IOptions<ApiOptions> api)
{
    public async Task<SubscribeOutcome> SubscribeAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = Subscriber.NormaliseEmail(request.Email);
        if (email is null)
        {
            errors["email"] = ["Give a valid email address."];
        }

        var suppliers = (request.Suppliers ?? []).Select(s => s?.Trim().ToUpperInvariant() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        var unknown = suppliers.Where(s => s != Subscriber.AllSuppliers && !SupplierDirectory.IsKnown(s)).ToList();
        if (suppliers.Count == 0)
        {
            errors["suppliers"] = ["Give at least one supplier code (such as US or DE), or \"*\" for all."];
        }
        else if (unknown.Count > 0)
        {
            errors["suppliers"] = [$"Unknown supplier code(s): {string.Join(", ", unknown)}. Use ISO 3166-1 alpha-2 codes, or \"*\"."];
        }

        var classes = new List<WeaponClass>();
        foreach (var text in request.WeaponClasses ?? [])
        {
            if (WeaponClassNames.TryParse(text, out var weaponClass))
            {
                classes.Add(weaponClass);
            }
            else
            {
                errors["weaponClasses"] = [$"Unknown weapon class '{text}': use \"general\" or \"long-range\"."];
            }
        }

        if (errors.Count > 0)
        {
            return new SubscribeOutcome(null, errors);
        }

        var normalised = suppliers.Contains(Subscriber.AllSuppliers) ? [Subscriber.AllSuppliers] : suppliers;
        var existing = await subscribers.GetAsync(Subscriber.IdFor(email!), cancellationToken);
        // Re-subscribing updates what is followed; a confirmed address stays confirmed.
        var status = existing?.Status == SubscriberStatus.Confirmed ? SubscriberStatus.Confirmed : SubscriberStatus.Pending;
        var subscriber = await subscribers.SaveAsync(email!, normalised, [.. classes.Distinct()], status, cancellationToken);
        if (status == SubscriberStatus.Pending)
        {
            await SendConfirmationAsync(subscriber, cancellationToken);
        }

        return new SubscribeOutcome(subscriber, errors);
    }

    public Task<(TokenCheck Check, Subscriber? Subscriber)> ConfirmAsync(string? token, CancellationToken cancellationToken) =>
        ApplyTokenAsync(token, TokenPurpose.Confirm, SubscriberStatus.Confirmed, cancellationToken);

    public Task<(TokenCheck Check, Subscriber? Subscriber)> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        ApplyTokenAsync(token, TokenPurpose.Unsubscribe, SubscriberStatus.Unsubscribed, cancellationToken);

    public string UnsubscribeUrl(string subscriberId) =>
        ($"{api.Value.PublicBaseUrl.TrimEnd('/')}/api/subscriptions/unsubscribe?token={Uri.EscapeDataString(tokens.Issue(TokenPurpose.Unsubscribe, subscriberId))}");

    /// <summary>Stands in the shared alert body for each subscriber's own unsubscribe link.</summary>
    public const string UnsubscribePlaceholder = "-unsubscribe-url-";

    private async Task<(TokenCheck Check, Subscriber? Subscriber)> ApplyTokenAsync(
        string? token, TokenPurpose purpose, SubscriberStatus status, CancellationToken cancellationToken)
    {
        var check = tokens.Check(token, purpose, out var id);
        if (check != TokenCheck.Valid)
        {
            return (check, null);
        }

        var subscriber = await subscribers.SetStatusAsync(id, status, cancellationToken);
        return (subscriber is null ? TokenCheck.Invalid : TokenCheck.Valid, subscriber);
    }

    private async Task SendConfirmationAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        var link = $"{api.Value.PublicBaseUrl.TrimEnd('/')}/api/subscriptions/confirm?token={Uri.EscapeDataString(tokens.Issue(TokenPurpose.Confirm, subscriber.Id))}";
        var follows = string.Join(", ", subscriber.Suppliers);
        var text = $"Confirm your StanceWatch alerts for {follows}:\n{link}\n\nIf you did not ask for this, ignore this email.";
        var html = $"<p>Confirm your StanceWatch alerts for {WebUtility.HtmlEncode(follows)}:</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Confirm</a></p><p>If you did not ask for this, ignore this email.</p>";
        var recipient = new MailRecipient(subscriber.Email, new Dictionary<string, string>(), new Dictionary<string, string>(),
            $"confirm-{subscriber.Id}-{subscriber.UpdatedAt.ToUnixTimeMilliseconds()}");
        var batch = new MailBatch("Confirm your StanceWatch alerts", text, html, [recipient], new Dictionary<string, string> { ["kind"] = "confirm" });
        var result = await mail.SendAsync(batch, cancellationToken);
        if (result.Status != MailSendStatus.Accepted)
        {
            throw new StanceWatchException($"the confirmation email could not be sent ({result.HttpStatus} {result.Reason}).");
        }
    }
}
