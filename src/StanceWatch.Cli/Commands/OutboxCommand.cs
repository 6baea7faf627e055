using System.CommandLine;
using System.Text;
using System.Text.Json;
using StanceWatch.Api;
using StanceWatch.Cli.Hosting;
using StanceWatch.Core.Json;
using StanceWatch.Pipeline;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch outbox</c>: what the local mail sink received.</summary>
internal static class OutboxCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {to, subject, shiftId, sentAt}." };
        var command = new Command("outbox", "List the emails the local mail sink received.");
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storage = CliStorage.FromConfiguration(CliConfiguration.Build());
            await storage.Blobs.EnsureContainerAsync(StorageNames.OutboxContainer, cancellationToken);
            var messages = new List<OutboxMessage>();
            await foreach (var item in storage.Blobs.ListAsync(StorageNames.OutboxContainer, null, null, cancellationToken))
            {
                var blob = await storage.Blobs.GetAsync(StorageNames.OutboxContainer, item.Name, 4 * 1024 * 1024, cancellationToken);
                if (blob is not null && JsonSerializer.Deserialize<OutboxMessage>(Encoding.UTF8.GetString(blob.Content), StanceWatchJson.Options) is { } message)
                {
                    messages.Add(message);
                }
            }

            messages = [.. messages.OrderBy(m => m.SentAt).ThenBy(m => m.To, StringComparer.Ordinal)];
            if (parseResult.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(messages.Select(m => new { m.To, m.Subject, m.ShiftId, m.SentAt, Unsubscribe = m.Headers.GetValueOrDefault("List-Unsubscribe")?.Trim('<', '>') }), StanceWatchJson.Indented));
                return 0;
            }

            if (messages.Count == 0)
            {
                await Console.Out.WriteLineAsync("The outbox is empty.");
            }

            foreach (var m in messages)
            {
                await Console.Out.WriteLineAsync($"{m.SentAt:yyyy-MM-dd HH:mm:ss}  {m.To,-28} {m.Subject}");
            }

            return 0;
        });
        return command;
    }
}
