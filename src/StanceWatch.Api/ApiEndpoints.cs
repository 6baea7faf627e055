using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace StanceWatch.Api;

public static class ApiEndpoints
{
    /// <summary>Maps every StanceWatch HTTP route under /api.</summary>
    public static IEndpointRouteBuilder MapStanceWatchApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        StanceRoutes.Map(endpoints);
        return endpoints;
    }
}
