using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Subscriptions;

namespace StanceWatch.Pipeline.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions and alert dispatch (an <see cref="IQueueMessageHandler"/> for <c>stance-shifts</c>);
    /// configuration sections <c>Subscriptions</c> and <c>Api</c>. The mail sender comes from the storage adapters.
    /// </summary>
    public static IServiceCollection AddStanceWatchAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<SubscriptionOptions>(configuration.GetSection(SubscriptionOptions.Section));
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SubscriberStore>();
        services.TryAddSingleton<SubscriptionTokens>();
        services.TryAddSingleton<SubscriptionService>();
        services.TryAddSingleton<AlertDispatcher>();
        services.AddSingleton<IQueueMessageHandler>(sp => sp.GetRequiredService<AlertDispatcher>());
        return services;
    }
}
