using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StanceWatch.Testing.SendGrid;

/// <summary>A scripted answer: status, optional Retry-After seconds, optional body.</summary>
public sealed record ScriptedResponse(int Status, int? RetryAfterSeconds = null, string? Body = null);

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking SendGrid's <c>POST /v3/mail/send</c>: it records every request,
/// answers from a script (then 202), remembers accepted delivery ids, and answers
/// <c>GET /v3/stancewatch/deliveries/{id}</c> as the local sink does.
/// </summary>
public sealed class FakeSendGridServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentDictionary<string, byte> _accepted = new(StringComparer.Ordinal);

    private FakeSendGridServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string ApiKey { get; } = "SG.test-key";

    /// <summary>Every mail/send request body received, accepted or not.</summary>
    public ConcurrentQueue<JsonElement> Requests { get; } = new();

    /// <summary>(recipient, delivery id) of every personalization the server accepted.</summary>
    public ConcurrentQueue<(string To, string DeliveryId)> Delivered { get; } = new();

    public static async Task<FakeSendGridServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSendGridServer(app);
        app.MapPost("/v3/mail/send", server.SendAsync);
        app.MapGet("/v3/stancewatch/deliveries/{id}", (string id) =>
            server._accepted.ContainsKey(id) ? Results.Ok() : Results.NotFound());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> SendAsync(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {ApiKey}")
        {
            return Results.Json(new { errors = new[] { new { message = "authorization required" } } }, statusCode: 401);
        }

        using var document = await JsonDocument.ParseAsync(request.Body);
        var body = document.RootElement.Clone();
        Requests.Enqueue(body);
        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.RetryAfterSeconds is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Content(scripted.Body ?? "{\"errors\":[{\"message\":\"scripted\"}]}", "application/json", null, scripted.Status);
        }

        foreach (var personalization in body.GetProperty("personalizations").EnumerateArray())
        {
            var to = personalization.GetProperty("to")[0].GetProperty("email").GetString()!;
            var id = personalization.GetProperty("custom_args").GetProperty("deliveryId").GetString()!;
            _accepted[id] = 0;
            Delivered.Enqueue((to, id));
        }

        return Results.StatusCode((int)HttpStatusCode.Accepted);
    }
}
