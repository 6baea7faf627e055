using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline.Subscriptions;

namespace StanceWatch.Api;

/// <summary>Subscribe (double opt-in), confirm, one-click unsubscribe (RFC 8058), and the admin-only listing.</summary>
internal static class SubscriptionRoutes
{
    public const string RateLimitPolicy = "subscribe";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/subscriptions", async (HttpRequest request, SubscriptionService service, CancellationToken cancellationToken) =>
        {
            SubscriptionRequest? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<SubscriptionRequest>(request.Body, StanceWatchJson.Options, cancellationToken);
            }
            catch (JsonException)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object: {\"email\": ..., \"suppliers\": [\"US\"]}."] });
            }

            var outcome = await service.SubscribeAsync(body ?? new SubscriptionRequest(null, null, null), cancellationToken);
            if (outcome.Subscriber is not { } subscriber)
            {
                return Results.ValidationProblem(outcome.Errors);
            }

            return Results.Json(
                new { email = subscriber.Email, suppliers = subscriber.Suppliers, weaponClasses = subscriber.WeaponClasses, status = subscriber.Status },
                StanceWatchJson.Options,
                statusCode: StatusCodes.Status202Accepted);
        }).RequireRateLimiting(RateLimitPolicy);

        endpoints.MapGet("/api/subscriptions/confirm", async (string? token, SubscriptionService service, CancellationToken cancellationToken) =>
        {
            var (check, subscriber) = await service.ConfirmAsync(token, cancellationToken);
            return check == TokenCheck.Valid
                ? Page("Subscription confirmed", $"Alerts for {string.Join(", ", subscriber!.Suppliers)} will go to {subscriber.Email}.")
                : TokenProblem(check);
        });

        endpoints.MapGet("/api/subscriptions/unsubscribe", (string? token, SubscriptionTokens tokens) =>
        {
            var check = tokens.Check(token, TokenPurpose.Unsubscribe, out _);
            return check == TokenCheck.Valid
                ? Page("Unsubscribe", $"<form method=\"post\" action=\"/api/subscriptions/unsubscribe?token={WebUtility.HtmlEncode(Uri.EscapeDataString(token!))}\"><button type=\"submit\">Unsubscribe from StanceWatch alerts</button></form>", raw: true)
                : TokenProblem(check);
        });

        endpoints.MapPost("/api/subscriptions/unsubscribe", async (string? token, SubscriptionService service, CancellationToken cancellationToken) =>
        {
            var (check, subscriber) = await service.UnsubscribeAsync(token, cancellationToken);
            return check == TokenCheck.Valid
                ? Page("Unsubscribed", $"{subscriber!.Email} will get no more StanceWatch alerts.")
                : TokenProblem(check);
        });

        endpoints.MapGet("/api/subscriptions", async (HttpRequest request, SubscriberStore store, IOptions<SubscriptionOptions> options, CancellationToken cancellationToken) =>
        {
            var key = request.Headers["X-Admin-Key"].ToString();
            if (string.IsNullOrEmpty(key))
            {
                return Results.Problem("Listing subscribers needs the X-Admin-Key header.", statusCode: StatusCodes.Status401Unauthorized);
            }

            var expected = options.Value.AdminKey;
            if (string.IsNullOrEmpty(expected) || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.UTF8.GetBytes(key), System.Text.Encoding.UTF8.GetBytes(expected)))
            {
                return Results.Problem("The admin key is not valid.", statusCode: StatusCodes.Status403Forbidden);
            }

            var all = await store.AllAsync(cancellationToken);
            return Results.Json(all.Select(s => new { s.Email, s.Suppliers, s.WeaponClasses, s.Status, s.UpdatedAt }), StanceWatchJson.Options);
        });
    }

    private static IResult TokenProblem(TokenCheck check) => check == TokenCheck.Expired
        ? Results.Problem("This link has expired: subscribe again to get a new one.", statusCode: StatusCodes.Status410Gone, title: "Expired token")
        : Results.ValidationProblem(new Dictionary<string, string[]> { ["token"] = ["The token is missing, malformed or not signed by this service."] });

    private static IResult Page(string title, string body, bool raw = false) => Results.Content(
        $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1><p>{(raw ? body : WebUtility.HtmlEncode(body))}</p></body></html>",
        "text/html; charset=utf-8");
}
