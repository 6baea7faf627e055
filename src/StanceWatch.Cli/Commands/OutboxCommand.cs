using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class OutboxCommand
{
    public static Command Create()
    {
        var command = new Command("outbox", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch outbox: not yet implemented");
            return 1;
        });
        return command;
    }
}
