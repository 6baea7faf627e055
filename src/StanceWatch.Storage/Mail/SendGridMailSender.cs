using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Mail;

/// <summary>
/// A small typed client for SendGrid's v3 <c>mail/send</c> (the SendGrid package is not in this build's feed).
/// One personalization per recipient, each with its own substitutions, headers and custom_args.
/// </summary>
public sealed class SendGridMailSender(HttpClient http, IOptions<MailOptions> options, TimeProvider time) : IMailSender
{
    public async Task<MailSendResult> SendAsync(MailBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Recipients.Count is 0 or > MailBatch.MaxRecipients)
        {
            throw new ArgumentException($"a batch has 1 to {MailBatch.MaxRecipients} recipients, not {batch.Recipients.Count}", nameof(batch));
        }

        var settings = options.Value;
        var message = new SendGridMessage(
            [.. batch.Recipients.Select(r => new SendGridPersonalization(
                [new SendGridAddress(r.Email)],
                r.Substitutions.Count == 0 ? null : r.Substitutions,
                r.Headers.Count == 0 ? null : r.Headers,
                new Dictionary<string, string>(batch.Tags) { ["deliveryId"] = r.DeliveryId }))],
            new SendGridAddress(settings.FromAddress, settings.FromName),
            batch.Subject,
            [new SendGridContent("text/plain", batch.Text), new SendGridContent("text/html", batch.Html)],
            ["stancewatch"]);

        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint("/v3/mail/send"))
        {
            Content = JsonContent.Create(message),
        };
        Authorize(request);
        using var response = await http.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new MailSendResult(MailSendStatus.Accepted, status, null, null);
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var reason = body.Length > 500 ? body[..500] : body;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new MailSendResult(MailSendStatus.RetryLater, status, RetryAfter(response), reason),
            >= HttpStatusCode.InternalServerError => new MailSendResult(MailSendStatus.Transient, status, null, reason),
            _ => new MailSendResult(MailSendStatus.Rejected, status, null, reason),
        };
    }

    public async Task<bool?> WasAcceptedAsync(string deliveryId, CancellationToken cancellationToken)
    {
        if (!options.Value.DeliveryLookup)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, Endpoint($"/v3/stancewatch/deliveries/{Uri.EscapeDataString(deliveryId)}"));
        Authorize(request);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.NotFound => false,
            _ => null,
        };
    }

    private Uri Endpoint(string path) => new($"{options.Value.SendGridBaseUrl.TrimEnd('/')}{path}");

    private void Authorize(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(options.Value.SendGridApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.SendGridApiKey);
        }
    }

    // Retry-After is seconds or an HTTP date; SendGrid also sends X-RateLimit-Reset (epoch seconds).
    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                return Max(date - time.GetUtcNow());
            }
        }

        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return Max(DateTimeOffset.FromUnixTimeSeconds(reset) - time.GetUtcNow());
        }

        return TimeSpan.FromMinutes(1);
    }

    private static TimeSpan Max(TimeSpan delay) => delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay;
}
