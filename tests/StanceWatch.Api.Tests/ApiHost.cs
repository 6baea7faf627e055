using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Storage;
using StanceWatch.Storage.Local;
using StanceWatch.Testing.SendGrid;

namespace StanceWatch.Api.Tests;

/// <summary>The API on a real Kestrel server on 127.0.0.1, over its own Azurite, mailing a fake SendGrid.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;
    private readonly WebApplication _app;

    private ApiHost(AzuriteProcess azurite, WebApplication app, FakeSendGridServer mail, ManualTime time, HttpClient client)
    {
        _azurite = azurite;
        _app = app;
        Mail = mail;
        Time = time;
        Client = client;
    }

    public const string AdminKey = "admin-key-for-tests";

    public FakeSendGridServer Mail { get; }

    public ManualTime Time { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ApiHost> StartAsync(bool localSink = false)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions());
        var mail = await FakeSendGridServer.StartAsync();
        var time = new ManualTime(new DateTimeOffset(2024, 11, 18, 12, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Subscriptions:TokenSecret"] = "a test secret of enough length",
            ["Subscriptions:AdminKey"] = AdminKey,
            ["Subscriptions:RateLimitPerMinute"] = "5",
            ["Api:PublicBaseUrl"] = "https://alerts.example.org",
            ["Mail:SendGridBaseUrl"] = mail.BaseUrl.ToString(),
            ["Mail:SendGridApiKey"] = mail.ApiKey,
            [ApiEndpoints.LocalMailSinkSetting] = localSink ? "true" : "false",
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services
            .AddStanceWatchStorage(builder.Configuration)
            .AddStanceWatchIngestion(builder.Configuration)
            .AddStanceWatchAlerts(builder.Configuration)
            .AddStanceWatchApi(builder.Configuration);
        var app = builder.Build();
        await app.Services.GetRequiredService<StorageProvisioner>().EnsureAsync(CancellationToken.None);
        app.UseStanceWatchApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiHost(azurite, app, mail, time, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Mail.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}

/// <summary>A clock the test moves by hand (token expiry).</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
