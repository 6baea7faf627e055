using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch eval: not yet implemented");
            return 1;
        });
        return command;
    }
}
