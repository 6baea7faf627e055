using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class StancesCommand
{
    public static Command Create()
    {
        var command = new Command("stances", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch stances: not yet implemented");
            return 1;
        });
        return command;
    }
}
