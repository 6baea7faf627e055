using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StanceWatch.Pipeline.Ingest;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Article ingestion, the stance ledger and its board (configuration section <c>Ingest</c>).</summary>
    public static IServiceCollection AddStanceWatchIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
