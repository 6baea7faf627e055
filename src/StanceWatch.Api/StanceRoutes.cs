using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline.Ledger;

namespace StanceWatch.Api;

/// <summary><c>GET /api/stances</c> and <c>GET /api/stances/{supplier}/history</c>.</summary>
internal static class StanceRoutes
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/stances", async (IStanceBoard board, CancellationToken cancellationToken) =>
            Results.Json(await board.GetBoardAsync(cancellationToken), StanceWatchJson.Options));

        endpoints.MapGet("/api/stances/{supplier}/history", async (string supplier, IStanceBoard board, CancellationToken cancellationToken) =>
        {
            if (supplier.Length != 2 || !supplier.All(char.IsAsciiLetter))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["supplier"] = ["Give the supplier as an ISO 3166-1 alpha-2 code, such as US or DE."],
                });
            }

            return Results.Json(await board.GetHistoryAsync(supplier.ToUpperInvariant(), cancellationToken), StanceWatchJson.Options);
        });
    }
}
