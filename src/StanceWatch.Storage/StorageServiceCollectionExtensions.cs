using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage.Blobs;
using StanceWatch.Storage.Mail;
using StanceWatch.Storage.Queues;
using StanceWatch.Storage.Tables;

namespace StanceWatch.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Registers IBlobStore, IQueueProvider and ITableStore for the <c>AzureWebJobsStorage</c> connection, and
    /// IMailSender for SendGrid (configuration section <c>Mail</c>).
    /// </summary>
    /// <remarks>Nothing touches the network here; a bad connection string fails when a store is first resolved.</remarks>
    public static IServiceCollection AddStanceWatchStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new StorageAccountFactory(configuration[ConnectionSetting] ?? StorageAccountFactory.DevelopmentStorage));
        services.TryAddSingleton<IBlobStore>(sp => new AzureBlobStore(sp.GetRequiredService<StorageAccountFactory>()));
        services.TryAddSingleton<IQueueProvider>(sp => new AzureQueueProvider(
            sp.GetRequiredService<StorageAccountFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ITableStore>(sp => new AzureTableStore(sp.GetRequiredService<StorageAccountFactory>()));
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddHttpClient<IMailSender, SendGridMailSender>(client => client.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }
}
