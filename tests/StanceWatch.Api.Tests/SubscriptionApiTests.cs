using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StanceWatch.Api.Tests;

public sealed partial class SubscriptionApiTests
{
    private static Task<HttpResponseMessage> Subscribe(ApiHost host, object body) => host.Client.PostAsJsonAsync("/api/subscriptions", body);

    private static string ConfirmLink(ApiHost host)
    {
        var request = host.Mail.Requests.Last();
        var text = request.GetProperty("content")[0].GetProperty("value").GetString()!;
        return Link().Match(text).Value;
    }

    [Fact]
    public async Task Subscribing_sends_a_confirmation_and_the_link_confirms()
    {
        await using var host = await ApiHost.StartAsync();
        var response = await Subscribe(host, new { email = "  Reader@Example.ORG ", suppliers = new[] { "us", "DE" }, weaponClasses = new[] { "long-range" } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Reader@example.org", body.GetProperty("email").GetString());
        Assert.Equal("Pending", body.GetProperty("status").GetString());
        var confirmation = Assert.Single(host.Mail.Requests);
        Assert.Equal("Reader@example.org", confirmation.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString());

        var link = new Uri(ConfirmLink(host));
        Assert.Equal("alerts.example.org", link.Host);
        var confirmed = await host.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Subscription confirmed", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await Admin(host, ApiHost.AdminKey);
        var subscriber = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal("Confirmed", subscriber.GetProperty("status").GetString());
        Assert.Equal(["US", "DE"], subscriber.GetProperty("suppliers").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Re_subscribing_updates_rather_than_duplicates()
    {
        await using var host = await ApiHost.StartAsync();
        await Subscribe(host, new { email = "reader@example.org", suppliers = new[] { "US" } });
        await Subscribe(host, new { email = "reader@EXAMPLE.org", suppliers = new[] { "*" } });

        var subscriber = Assert.Single((await (await Admin(host, ApiHost.AdminKey)).Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(["*"], subscriber.GetProperty("suppliers").EnumerateArray().Select(s => s.GetString()));
    }

    [Theory]
    [InlineData("""{"email":"not-an-address","suppliers":["US"]}""", "email")]
    [InlineData("""{"email":"a@example.org","suppliers":[]}""", "suppliers")]
    [InlineData("""{"email":"a@example.org","suppliers":["XX"]}""", "suppliers")]
    [InlineData("""{"email":"a@example.org","suppliers":["US"],"weaponClasses":["nuclear"]}""", "weaponClasses")]
    [InlineData("""{"email": """, "body")]
    public async Task Invalid_input_is_a_400_problem_naming_the_field(string json, string field)
    {
        await using var host = await ApiHost.StartAsync();
        var response = await host.Client.PostAsync("/api/subscriptions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
        Assert.Empty(host.Mail.Requests);
    }

    [Fact]
    public async Task Forged_and_expired_tokens_are_refused()
    {
        await using var host = await ApiHost.StartAsync();
        await Subscribe(host, new { email = "reader@example.org", suppliers = new[] { "US" } });
        var link = new Uri(ConfirmLink(host));
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        var forged = token[..^3] + (token.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");
        var otherPurpose = "u" + token[1..];

        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync($"/api/subscriptions/confirm?token={Uri.EscapeDataString(forged)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync($"/api/subscriptions/confirm?token={Uri.EscapeDataString(otherPurpose)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/subscriptions/confirm")).StatusCode);

        host.Time.Advance(TimeSpan.FromHours(49));
        var expired = await host.Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("application/problem+json", expired.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unsubscribe_shows_a_page_and_one_click_post_unsubscribes()
    {
        await using var host = await ApiHost.StartAsync();
        await Subscribe(host, new { email = "reader@example.org", suppliers = new[] { "US" } });
        await host.Client.GetAsync(new Uri(ConfirmLink(host)).PathAndQuery);
        var service = (Pipeline.Subscriptions.SubscriptionService)host.Services.GetService(typeof(Pipeline.Subscriptions.SubscriptionService))!;
        var link = new Uri(service.UnsubscribeUrl(Pipeline.Subscriptions.Subscriber.IdFor("reader@example.org")));

        var page = await host.Client.GetAsync(link.PathAndQuery);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var subscriberAfterGet = (await (await Admin(host, ApiHost.AdminKey)).Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("Confirmed", subscriberAfterGet.GetProperty("status").GetString());

        var oneClick = await host.Client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var subscriber = (await (await Admin(host, ApiHost.AdminKey)).Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal("Unsubscribed", subscriber.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.PostAsync("/api/subscriptions/unsubscribe?token=u.forged.1.x", null)).StatusCode);
    }

    [Fact]
    public async Task Subscription_requests_are_rate_limited_per_client()
    {
        await using var host = await ApiHost.StartAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await Subscribe(host, new { email = $"r{i}@example.org", suppliers = new[] { "US" } })).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Accepted, 5).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(5, host.Mail.Requests.Count);
    }

    [Fact]
    public async Task Only_the_admin_key_lists_subscribers()
    {
        await using var host = await ApiHost.StartAsync();
        await Subscribe(host, new { email = "reader@example.org", suppliers = new[] { "US" } });

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/subscriptions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Admin(host, "wrong")).StatusCode);
        var listed = await Admin(host, ApiHost.AdminKey);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("reader@example.org", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stance_routes_answer_and_validate_the_supplier()
    {
        await using var host = await ApiHost.StartAsync();
        var board = await host.Client.GetAsync("/api/stances");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Equal(0, (await board.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/api/stances/us/history")).StatusCode);
        var bad = await host.Client.GetAsync("/api/stances/USA/history");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> Admin(ApiHost host, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/subscriptions");
        request.Headers.Add("X-Admin-Key", key);
        return host.Client.SendAsync(request);
    }

    [GeneratedRegex(@"https://alerts\.example\.org/api/subscriptions/confirm\?token=\S+")]
    private static partial Regex Link();
}
