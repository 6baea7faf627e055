using System.CommandLine;
using System.Text.Json;
using StanceWatch.Cli.Hosting;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Ingest;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch status</c>: articles by status, queue depths and poison messages.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("status", "Count articles by status, queue depths and poison messages.");
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storage = CliStorage.FromConfiguration(CliConfiguration.Build());
            var articles = Enum.GetNames<ArticleStatus>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
            var quarantined = new List<QuarantinedArticle>();
            await foreach (var row in new ArticleRecords(storage.Tables, TimeProvider.System).AllAsync(cancellationToken))
            {
                var status = row.GetString("Status") ?? "Unknown";
                articles[status] = articles.GetValueOrDefault(status) + 1;
                if (status == nameof(ArticleStatus.Quarantined))
                {
                    quarantined.Add(new QuarantinedArticle(row.GetString("Blob"), row.GetString("Reason")));
                }
            }

            var queues = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in StorageNames.WorkQueues)
            {
                queues[name] = await storage.Queues.GetQueue(name).ApproximateCountAsync(cancellationToken);
                queues[StorageNames.PoisonQueue(name)] = await storage.Queues.GetQueue(StorageNames.PoisonQueue(name)).ApproximateCountAsync(cancellationToken);
            }

            if (parseResult.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { articles, quarantined, queues }, StanceWatchJson.Indented));
                return 0;
            }

            await Console.Out.WriteLineAsync("articles: " + string.Join(", ", articles.Select(a => $"{a.Key} {a.Value}")));
            foreach (var q in quarantined)
            {
                await Console.Out.WriteLineAsync($"  quarantined {q.Blob}: {q.Reason}");
            }

            await Console.Out.WriteLineAsync("queues:   " + string.Join(", ", queues.Select(q => $"{q.Key} {q.Value}")));
            return 0;
        });
        return command;
    }

    private sealed record QuarantinedArticle(string? Blob, string? Reason);
}
