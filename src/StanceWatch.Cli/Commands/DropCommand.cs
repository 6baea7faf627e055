using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class DropCommand
{
    public static Command Create()
    {
        var command = new Command("drop", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch drop: not yet implemented");
            return 1;
        });
        return command;
    }
}
