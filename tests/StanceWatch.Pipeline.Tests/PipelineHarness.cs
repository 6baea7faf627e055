using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Pipeline.Ledger;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage;
using StanceWatch.Storage.Local;

namespace StanceWatch.Pipeline.Tests;

/// <summary>The real pipeline on its own private Azurite: one per test, so tables start empty.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly AzuriteProcess _azurite;

    private PipelineHarness(AzuriteProcess azurite, ServiceProvider services)
    {
        _azurite = azurite;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public string ConnectionString => _azurite.ConnectionString;

    public IBlobStore Blobs => Services.GetRequiredService<IBlobStore>();

    public ITableStore Tables => Services.GetRequiredService<ITableStore>();

    public IQueueProvider Queues => Services.GetRequiredService<IQueueProvider>();

    public ArticleIngestor Ingestor => Services.GetRequiredService<ArticleIngestor>();

    public IStanceBoard Board => Services.GetRequiredService<IStanceBoard>();

    public static async Task<PipelineHarness> StartAsync(
        Action<IServiceCollection>? configure = null,
        long maxArticleBytes = 5 * 1024 * 1024,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions());
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["Ingest:MaxArticleBytes"] = maxArticleBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Subscriptions:TokenSecret"] = "a test secret of enough length",
            ["Api:PublicBaseUrl"] = "https://alerts.example.org",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddStanceWatchStorage(configuration)
            .AddStanceWatchIngestion(configuration)
            .AddStanceWatchAlerts(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<StorageProvisioner>().EnsureAsync(CancellationToken.None);
        return new PipelineHarness(azurite, provider);
    }

    public Task DropAsync(string name, string text, string? published = null, string contentType = "text/plain") =>
        DropAsync(name, Encoding.UTF8.GetBytes(text), published, contentType);

    public Task DropAsync(string name, byte[] content, string? published = null, string contentType = "text/plain") =>
        Blobs.PutAsync(StorageNames.ArticlesContainer, name, content, contentType,
            published is null ? null : new Dictionary<string, string> { ["published"] = published }, CancellationToken.None);

    public Task<IngestResult> IngestAsync(string name) => Ingestor.IngestAsync(StorageNames.ArticlesContainer, name, CancellationToken.None);

    public async Task<List<TableRow>> RowsAsync(string table) =>
        await Tables.QueryAllAsync(table, null, CancellationToken.None).ToListAsync();

    public async Task<List<string>> ShiftMessagesAsync()
    {
        var queue = Queues.GetQueue(StorageNames.StanceShiftsQueue);
        return [.. (await queue.PeekAsync(32, CancellationToken.None)).Select(m => m.Body)];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
