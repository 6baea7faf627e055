using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage.Mail;

namespace StanceWatch.Api;

/// <summary>One message as the local sink keeps it in the <c>outbox</c> container.</summary>
public sealed record OutboxMessage(
    string To,
    string Subject,
    string? ShiftId,
    string DeliveryId,
    DateTimeOffset SentAt,
    string Text,
    string Html,
    IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// Serves SendGrid's <c>POST /v3/mail/send</c> contract locally and keeps every message, one blob per
/// recipient named by its delivery id, in the <c>outbox</c> container; answers delivery look-ups.
/// </summary>
internal static class LocalMailSink
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v3/mail/send", async (HttpRequest request, IBlobStore blobs, IOptions<MailOptions> mail, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (!Authorized(request, mail.Value))
            {
                return SendGridError(StatusCodes.Status401Unauthorized, "authorization", "The provided authorization grant is invalid, expired, or revoked");
            }

            SendGridMessage? message;
            try
            {
                message = await JsonSerializer.DeserializeAsync<SendGridMessage>(request.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException ex)
            {
                return SendGridError(StatusCodes.Status400BadRequest, null, $"Bad Request: {ex.Message}");
            }

            if (Invalid(message) is { } problem)
            {
                return SendGridError(StatusCodes.Status400BadRequest, problem.Field, problem.Message);
            }

            var sentAt = time.GetUtcNow();
            foreach (var personalization in message!.Personalizations)
            {
                string Fill(string text) => (personalization.Substitutions ?? new Dictionary<string, string>())
                    .Aggregate(text, (current, pair) => current.Replace(pair.Key, pair.Value, StringComparison.Ordinal));
                var args = personalization.CustomArgs ?? new Dictionary<string, string>();
                var deliveryId = args.TryGetValue("deliveryId", out var id) ? id : Guid.NewGuid().ToString("N");
                var stored = new OutboxMessage(
                    personalization.To[0].Email,
                    Fill(message.Subject),
                    args.TryGetValue("shiftId", out var shiftId) ? shiftId : null,
                    deliveryId,
                    sentAt,
                    Fill(message.Content.FirstOrDefault(c => c.Type == "text/plain")?.Value ?? string.Empty),
                    Fill(message.Content.FirstOrDefault(c => c.Type == "text/html")?.Value ?? string.Empty),
                    personalization.Headers ?? new Dictionary<string, string>());
                await blobs.PutAsync(StorageNames.OutboxContainer, BlobName(deliveryId), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(stored, Core.Json.StanceWatchJson.Options)),
                    "application/json", null, cancellationToken);
            }

            return Results.StatusCode(StatusCodes.Status202Accepted);
        });

        endpoints.MapGet("/v3/stancewatch/deliveries/{deliveryId}", async (string deliveryId, IBlobStore blobs, CancellationToken cancellationToken) =>
            await blobs.GetPropertiesAsync(StorageNames.OutboxContainer, BlobName(deliveryId), cancellationToken) is null
                ? Results.NotFound()
                : Results.Ok());
    }

    public static string BlobName(string deliveryId) => $"{TableKeys.Encode(deliveryId)}.json";

    private static bool Authorized(HttpRequest request, MailOptions mail) =>
        string.IsNullOrEmpty(mail.SendGridApiKey)
        || string.Equals(request.Headers.Authorization.ToString(), $"Bearer {mail.SendGridApiKey}", StringComparison.Ordinal);

    private static (string? Field, string Message)? Invalid(SendGridMessage? message)
    {
        if (message is null)
        {
            return (null, "Bad Request: empty body");
        }

        if (message.Personalizations is not { Count: > 0 and <= 1000 })
        {
            return ("personalizations", "The personalizations field is required and must have at least one and at most 1000 personalizations.");
        }

        if (message.Personalizations.Any(p => p.To is not { Count: > 0 } || p.To.Any(t => string.IsNullOrWhiteSpace(t.Email))))
        {
            return ("personalizations.to", "Each personalization must have at least one recipient email.");
        }

        if (string.IsNullOrWhiteSpace(message.From?.Email))
        {
            return ("from.email", "The from email is required.");
        }

        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Any(c => c is '\r' or '\n'))
        {
            return ("subject", "The subject is required and must be one line.");
        }

        return message.Content is { Count: > 0 } ? null : ("content", "Content is required.");
    }

    private static IResult SendGridError(int status, string? field, string message) =>
        Results.Json(new { errors = new[] { new { message, field } } }, statusCode: status);
}
