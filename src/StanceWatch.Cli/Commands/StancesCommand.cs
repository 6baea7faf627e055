using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using StanceWatch.Cli.Hosting;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ledger;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch stances</c>: the current stance of every supplier and weapon class.</summary>
internal static class StancesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {supplier, weaponClass, stance, since, evidence, sources}." };
        var command = new Command("stances", "Print the stance board.");
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storage = CliStorage.FromConfiguration(CliConfiguration.Build());
            var board = await new StanceBoard(storage.Tables).GetBoardAsync(cancellationToken);
            if (parseResult.GetValue(json))
            {
                var rows = board.Select(e => new { e.Supplier, e.WeaponClass, e.Stance, e.Since, e.Scope, e.Evidence, e.Sources });
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, StanceWatchJson.Indented));
                return 0;
            }

            if (board.Count == 0)
            {
                await Console.Out.WriteLineAsync("No stances yet: drop articles with 'stancewatch drop <files>' while 'stancewatch up' runs.");
                return 0;
            }

            var table = new Table().AddColumns("Supplier", "Weapons", "Stance", "Since", "Scope", "Sources");
            foreach (var entry in board)
            {
                table.AddRow(
                    Markup.Escape(entry.Supplier),
                    entry.WeaponClass.ToSlug(),
                    Markup.Escape(entry.Stance.ToString()),
                    entry.Since?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "undated",
                    Markup.Escape(entry.Scope ?? string.Empty),
                    Markup.Escape(string.Join(", ", entry.Sources)));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
