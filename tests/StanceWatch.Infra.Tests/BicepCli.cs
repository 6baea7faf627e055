using System.Diagnostics;
using System.Reflection;

namespace StanceWatch.Infra.Tests;

/// <summary>Runs the Bicep CLI that the Azure.Bicep.CommandLine package restored beside the NuGet cache.</summary>
public static class BicepCli
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static string ExecutablePath
    {
        get
        {
            var configured = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
            if (string.IsNullOrWhiteSpace(configured))
            {
                throw new InvalidOperationException("BicepPath was not set at build time: is the Azure.Bicep.CommandLine package restored?");
            }

            // The package's props join the folder and file name with a backslash.
            var path = Path.GetFullPath(configured.Replace('\\', Path.DirectorySeparatorChar));
            return File.Exists(path) ? path : throw new FileNotFoundException("the Bicep CLI is not where its package said", path);
        }
    }

    public static async Task<Result> RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the Bicep CLI");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await output, await errors);
    }
}
