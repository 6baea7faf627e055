using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class SubscribeCommand
{
    public static Command Create()
    {
        var command = new Command("subscribe", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch subscribe: not yet implemented");
            return 1;
        });
        return command;
    }
}
