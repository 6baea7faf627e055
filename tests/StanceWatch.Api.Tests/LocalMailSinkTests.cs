using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Api.Tests;

public sealed class LocalMailSinkTests
{
    [Fact]
    public async Task The_sink_keeps_each_recipient_with_substitutions_applied_and_answers_lookups()
    {
        await using var host = await ApiHost.StartAsync(localSink: true);
        var message = new
        {
            personalizations = new[]
            {
                new { to = new[] { new { email = "a@example.org" } }, substitutions = new Dictionary<string, string> { ["-u-"] = "https://x/a" },
                      headers = new Dictionary<string, string> { ["List-Unsubscribe"] = "<https://x/a>" }, custom_args = new Dictionary<string, string> { ["deliveryId"] = "d-a", ["shiftId"] = "s1" } },
            },
            from = new { email = "alerts@example.org" },
            subject = "US · general: Prohibited → Limited",
            content = new[] { new { type = "text/plain", value = "Unsubscribe: -u-" }, new { type = "text/html", value = "<a href=\"-u-\">x</a>" } },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/mail/send") { Content = JsonContent.Create(message) };
        request.Headers.Authorization = new("Bearer", host.Mail.ApiKey);

        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(request)).StatusCode);

        var blobs = host.Services.GetRequiredService<IBlobStore>();
        var stored = await blobs.ListAsync(StorageNames.OutboxContainer, null, null, CancellationToken.None).SingleAsync();
        var body = System.Text.Encoding.UTF8.GetString((await blobs.GetAsync(StorageNames.OutboxContainer, stored.Name, 1 << 20, CancellationToken.None))!.Content);
        Assert.Contains("Unsubscribe: https://x/a", body, StringComparison.Ordinal);
        Assert.Contains("\"shiftId\":\"s1\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/v3/stancewatch/deliveries/d-a")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/v3/stancewatch/deliveries/d-b")).StatusCode);
    }

    [Fact]
    public async Task The_sink_refuses_a_wrong_key_and_a_malformed_payload_like_SendGrid()
    {
        await using var host = await ApiHost.StartAsync(localSink: true);
        var unauthorized = new HttpRequestMessage(HttpMethod.Post, "/v3/mail/send") { Content = JsonContent.Create(new { }) };
        unauthorized.Headers.Authorization = new("Bearer", "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(unauthorized)).StatusCode);

        var malformed = new HttpRequestMessage(HttpMethod.Post, "/v3/mail/send")
        {
            Content = JsonContent.Create(new { personalizations = Array.Empty<object>(), from = new { email = "a@example.org" }, subject = "s", content = Array.Empty<object>() }),
        };
        malformed.Headers.Authorization = new("Bearer", host.Mail.ApiKey);
        var response = await host.Client.SendAsync(malformed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("personalizations", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
