using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class UpCommand
{
    public static Command Create()
    {
        var command = new Command("up", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch up: not yet implemented");
            return 1;
        });
        return command;
    }
}
