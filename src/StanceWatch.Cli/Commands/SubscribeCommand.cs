using System.CommandLine;
using StanceWatch.Cli.Hosting;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Pipeline.Subscriptions;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch subscribe</c>: subscribes and confirms an address directly in storage, for local use.</summary>
internal static class SubscribeCommand
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The subscriber's email address." };
        var suppliers = new Option<string>("--suppliers") { Description = "Supplier codes to follow, comma-separated (US,DE), or * for all.", Required = true };
        var classes = new Option<string?>("--weapon-classes") { Description = "general, long-range or both (default: both)." };
        var command = new Command("subscribe", "Subscribe and confirm an address for local use (no confirmation email).");
        command.Arguments.Add(email);
        command.Options.Add(suppliers);
        command.Options.Add(classes);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var normalised = Subscriber.NormaliseEmail(parseResult.GetValue(email))
                ?? throw new StanceWatchException($"'{parseResult.GetValue(email)}' is not a valid email address.");
            var codes = (parseResult.GetValue(suppliers) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.ToUpperInvariant())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var unknown = codes.Where(c => c != Subscriber.AllSuppliers && !SupplierDirectory.IsKnown(c)).ToList();
            if (codes.Count == 0 || unknown.Count > 0)
            {
                throw new StanceWatchException($"--suppliers needs known supplier codes or *; unknown: {string.Join(", ", unknown)}");
            }

            var weaponClasses = (parseResult.GetValue(classes) ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => WeaponClassNames.TryParse(c, out var parsed) ? parsed : throw new StanceWatchException($"unknown weapon class '{c}'"))
                .Distinct()
                .ToList();
            var storage = CliStorage.FromConfiguration(CliConfiguration.Build());
            await storage.Tables.EnsureTableAsync(StorageNames.SubscribersTable, cancellationToken);
            var subscriber = await new SubscriberStore(storage.Tables, TimeProvider.System)
                .SaveAsync(normalised, codes.Contains(Subscriber.AllSuppliers) ? [Subscriber.AllSuppliers] : codes, weaponClasses, SubscriberStatus.Confirmed, cancellationToken);
            await Console.Out.WriteLineAsync($"subscribed {subscriber.Email} to {string.Join(", ", subscriber.Suppliers)} (confirmed)");
            return 0;
        });
        return command;
    }
}
