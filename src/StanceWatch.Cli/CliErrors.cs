using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Cli;

/// <summary>Turns expected failures into one readable line on stderr and a non-zero exit code.</summary>
internal static class CliErrors
{
    public const int UserError = 2;

    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (StanceWatchException ex)
        {
            await Console.Error.WriteLineAsync($"stancewatch: {ex.Message}");
            return UserError;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }
}
