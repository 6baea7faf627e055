using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ledger;

namespace StanceWatch.Pipeline.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Article ingestion, the stance ledger and its board (configuration section <c>Ingest</c>).</summary>
    public static IServiceCollection AddStanceWatchIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<IngestOptions>(configuration.GetSection(IngestOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStatementSource, ExtractorStatementSource>();
        services.TryAddSingleton<IIngestCheckpoints, NoCheckpoints>();
        services.TryAddSingleton<ArticleRecords>();
        services.TryAddSingleton<StatementStore>();
        services.TryAddSingleton<StanceLedger>();
        services.TryAddSingleton<ShiftPublisher>();
        services.TryAddSingleton<ArticleIngestor>();
        services.TryAddSingleton<IStanceBoard, StanceBoard>();
        services.TryAddSingleton<StorageProvisioner>();
        services.AddSingleton<IQueueMessageHandler, ArticleIngestHandler>();
        return services;
    }
}
