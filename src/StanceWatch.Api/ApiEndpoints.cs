using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StanceWatch.Pipeline.Subscriptions;

namespace StanceWatch.Api;

public static class ApiEndpoints
{
    /// <summary>Setting that makes the API also serve the local SendGrid-compatible sink.</summary>
    public const string LocalMailSinkSetting = "Mail:LocalSink";

    /// <summary>Problem details and the per-client rate limit for subscribing.</summary>
    public static IServiceCollection AddStanceWatchApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var perMinute = configuration.GetValue($"{SubscriptionOptions.Section}:RateLimitPerMinute", 5);
        services.AddProblemDetails();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "application/problem+json";
                await context.HttpContext.Response.WriteAsJsonAsync(
                    new { type = "https://tools.ietf.org/html/rfc6585#section-4", title = "Too many requests", status = 429, detail = $"At most {perMinute} subscription requests a minute from one address." },
                    cancellationToken);
            };
            limiter.AddPolicy(SubscriptionRoutes.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Maps every StanceWatch HTTP route (and the local mail sink when <c>Mail:LocalSink</c> is true).</summary>
    public static WebApplication UseStanceWatchApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        StanceRoutes.Map(app);
        SubscriptionRoutes.Map(app);
        if (app.Configuration.GetValue<bool>(LocalMailSinkSetting))
        {
            LocalMailSink.Map(app);
        }

        return app;
    }
}
