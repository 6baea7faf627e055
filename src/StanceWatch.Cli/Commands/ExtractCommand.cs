using System.CommandLine;

namespace StanceWatch.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Not yet implemented.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync("stancewatch extract: not yet implemented");
            return 1;
        });
        return command;
    }
}
