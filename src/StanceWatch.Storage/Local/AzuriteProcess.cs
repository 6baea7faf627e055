using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Local;

/// <summary>Where Azurite keeps its data: in memory (tests) or in a folder (local runs that survive restarts).</summary>
/// <param name="BlobPort">0 picks a free port.</param>
public sealed record AzuriteOptions(
    string? Location = null,
    int BlobPort = 0,
    int QueuePort = 0,
    int TablePort = 0,
    bool InstallIfMissing = false,
    TimeSpan? StartTimeout = null);

/// <summary>
/// Runs the repository's pinned Azurite (tools/azurite) as a child process on 127.0.0.1 and stops it with its
/// whole process tree. Telemetry is always off.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known development account key every Azurite accepts.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string? _temporaryLocation;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort, string? temporaryLocation)
    {
        _process = process;
        _temporaryLocation = temporaryLocation;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString => BuildConnectionString(BlobPort, QueuePort, TablePort);

    public static string BuildConnectionString(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>The azurite launcher inside the repository, or null when npm has not installed it.</summary>
    public static string? FindExecutable(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "tools", "azurite", "node_modules", ".bin", "azurite") is var path && File.Exists(path)
            ? path
            : null;

    public static async Task<AzuriteProcess> StartAsync(
        AzuriteOptions options,
        Action<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = RepositoryPaths.FindRoot()
            ?? throw new StanceWatchException($"cannot find the StanceWatch repository ({RepositoryPaths.SolutionFile}) to start Azurite from.");
        var executable = FindExecutable(root);
        if (executable is null && options.InstallIfMissing)
        {
            progress?.Invoke("installing Azurite (npm ci in tools/azurite)...");
            try
            {
                await InstallAsync(root, cancellationToken);
            }
            catch (StanceWatchException first)
            {
                // The registry can stall mid-download; one more try before giving up.
                progress?.Invoke($"npm ci failed ({first.Message}); trying once more...");
                await InstallAsync(root, cancellationToken);
            }

            executable = FindExecutable(root);
        }

        if (executable is null)
        {
            throw new StanceWatchException("Azurite is not installed: run ./test (or npm ci --prefix tools/azurite).");
        }

        // Ports chosen here can be taken by another process before Azurite binds them (parallel test runs do this),
        // so a start on chosen ports is tried again on fresh ones.
        var choosesPorts = options.BlobPort == 0 || options.QueuePort == 0 || options.TablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            var free = FreePorts(3);
            var ports = (
                Blob: options.BlobPort == 0 ? free[0] : options.BlobPort,
                Queue: options.QueuePort == 0 ? free[1] : options.QueuePort,
                Table: options.TablePort == 0 ? free[2] : options.TablePort);
            try
            {
                return await LaunchAsync(executable, options, ports, cancellationToken);
            }
            catch (StanceWatchException failure) when (choosesPorts && attempt < PortAttempts && !cancellationToken.IsCancellationRequested)
            {
                progress?.Invoke($"{failure.Message}; trying other ports...");
            }
        }
    }

    private const int PortAttempts = 3;

    private static async Task<AzuriteProcess> LaunchAsync(
        string executable,
        AzuriteOptions options,
        (int Blob, int Queue, int Table) ports,
        CancellationToken cancellationToken)
    {
        var (blobPort, queuePort, tablePort) = ports;
        // Azurite writes a debug log and extent files even in memory mode unless given somewhere to put them.
        string? temporary = null;
        var location = options.Location;
        if (location is null)
        {
            temporary = Directory.CreateTempSubdirectory("azurite-").FullName;
        }
        else
        {
            Directory.CreateDirectory(location);
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = location ?? temporary!,
        };
        foreach (var argument in new[]
        {
            "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        var process = Process.Start(start) ?? throw new StanceWatchException("could not start Azurite.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, blobPort, queuePort, tablePort, temporary);
        try
        {
            await azurite.WaitUntilListeningAsync(options.StartTimeout ?? TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch
        {
            string log;
            lock (output)
            {
                log = output.ToString().Trim();
            }

            await azurite.DisposeAsync();
            throw new StanceWatchException($"Azurite did not start on ports {blobPort}/{queuePort}/{tablePort}: {FirstLine(log)}");
        }

        return azurite;
    }

    /// <summary>True when something accepts TCP connections on all three endpoints of the given connection.</summary>
    public static async Task<bool> IsReachableAsync(StorageAccountFactory account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        foreach (var endpoint in new[] { account.BlobEndpoint, account.QueueEndpoint, account.TableEndpoint })
        {
            if (!await AcceptsAsync(endpoint.Host, endpoint.Port, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or the OS will reap it: nothing further to release.
        }
        finally
        {
            _process.Dispose();
            if (_temporaryLocation is not null)
            {
                TryDelete(_temporaryLocation);
            }
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await AcceptsAsync("127.0.0.1", port, deadline.Token))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}");
                }

                await Task.Delay(100, deadline.Token);
            }
        }
    }

    private static async Task<bool> AcceptsAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await client.ConnectAsync(host, port, attempt.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task InstallAsync(string root, CancellationToken cancellationToken)
    {
        var npm = new ProcessStartInfo("npm")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "ci", "--prefix", Path.Combine(root, "tools", "azurite"), "--no-audit", "--no-fund", "--loglevel=error", "--fetch-retries=5", "--fetch-timeout=120000" })
        {
            npm.ArgumentList.Add(argument);
        }

        using var process = Process.Start(npm) ?? throw new StanceWatchException("could not run npm to install Azurite: is Node.js installed?");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new StanceWatchException($"npm ci for Azurite failed ({process.ExitCode}): {FirstLine(await errors)}");
        }
    }

    // Every listener stays open until all are chosen, so the ports differ from one another.
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no output";

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
