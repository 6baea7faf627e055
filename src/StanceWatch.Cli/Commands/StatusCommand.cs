using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch status: not yet implemented");
            return 1;
        });
        return command;
    }
}
