using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StanceWatch.Api;
using StanceWatch.Cli.Hosting;
using StanceWatch.Pipeline.Alerts;
using StanceWatch.Pipeline.Hosting;
using StanceWatch.Pipeline.Ingest;
using StanceWatch.Pipeline.Ports;
using StanceWatch.Storage;
using StanceWatch.Storage.Local;

namespace StanceWatch.Cli.Commands;

/// <summary>
/// <c>stancewatch up</c>: the whole pipeline on this machine, with the Functions host's semantics:
/// blob watcher with receipts, queue worker with retries and poison queues, and the HTTP API.
/// </summary>
internal static class UpCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "HTTP port for the API on 127.0.0.1.", DefaultValueFactory = _ => 7071 };
        var command = new Command("up", "Run the pipeline and API locally (starts Azurite if none is running).");
        command.Options.Add(port);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(port), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int port, CancellationToken cancellationToken)
    {
        var configuration = CliConfiguration.Build();
        var connection = configuration[StorageServiceCollectionExtensions.ConnectionSetting] ?? StorageAccountFactory.DevelopmentStorage;
        var account = new StorageAccountFactory(connection);
        await using var azurite = await EnsureStorageAsync(account, connection, cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [StorageServiceCollectionExtensions.ConnectionSetting] = azurite?.ConnectionString ?? connection,
            ["Api:PublicBaseUrl"] = configuration["Api:PublicBaseUrl"] ?? $"http://127.0.0.1:{port}",
        });
        LocalMail(builder.Configuration, port);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services
            .AddStanceWatchStorage(builder.Configuration)
            .AddStanceWatchIngestion(builder.Configuration)
            .AddStanceWatchAlerts(builder.Configuration)
            .AddStanceWatchApi(builder.Configuration);
        builder.Services.Configure<QueueWorkerOptions>(builder.Configuration.GetSection("Queues"));
        builder.Services.AddSingleton<BlobWatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BlobWatcher>());
        builder.Services.AddHostedService<QueueWorker>();

        var app = builder.Build();
        await app.Services.GetRequiredService<StorageProvisioner>().EnsureAsync(cancellationToken);
        app.UseStanceWatchApi();
        await app.StartAsync(cancellationToken);
        await Console.Out.WriteLineAsync(
            $"StanceWatch is up. API: http://127.0.0.1:{port}/api/stances · storage: {account.BlobEndpoint.GetLeftPart(UriPartial.Authority)}{(azurite is null ? string.Empty : " (Azurite started here)")}");
        await Console.Out.WriteLineAsync("Drop articles with './stancewatch drop <files> --published <date>'; Ctrl+C drains and stops.");

        // Ctrl+C and SIGTERM reach the host's console lifetime; both paths end in one orderly stop.
        using var stopOnCancel = cancellationToken.Register(app.Lifetime.StopApplication);
        using var announce = app.Lifetime.ApplicationStopping.Register(() => Console.Out.WriteLine("stopping: finishing work in hand..."));
        await app.WaitForShutdownAsync(CancellationToken.None);
        await app.DisposeAsync();
        await Console.Out.WriteLineAsync("stopped.");
        return 0;
    }

    // Without a SendGrid key, mail goes to the sink this process serves, and a token secret is made once and kept
    // beside Azurite's data, so links in emails keep working across restarts.
    private static void LocalMail(ConfigurationManager configuration, int port)
    {
        var overrides = new Dictionary<string, string?>();
        if (string.IsNullOrEmpty(configuration["Mail:SendGridApiKey"]))
        {
            overrides[ApiEndpoints.LocalMailSinkSetting] = "true";
            overrides["Mail:SendGridBaseUrl"] = $"http://127.0.0.1:{port}";
            overrides["Mail:DeliveryLookup"] = "true";
        }

        if (string.IsNullOrEmpty(configuration["Subscriptions:TokenSecret"]))
        {
            var folder = Path.Combine(RepositoryPaths.FindRoot() ?? Environment.CurrentDirectory, ".azurite");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "token-secret");
            if (!File.Exists(file))
            {
                File.WriteAllText(file, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            }

            overrides["Subscriptions:TokenSecret"] = File.ReadAllText(file).Trim();
        }

        configuration.AddInMemoryCollection(overrides);
    }

    // The development account with nothing listening: start the repository's Azurite, data kept in .azurite/.
    private static async Task<AzuriteProcess?> EnsureStorageAsync(StorageAccountFactory account, string connection, CancellationToken cancellationToken)
    {
        if (await AzuriteProcess.IsReachableAsync(account, cancellationToken))
        {
            return null;
        }

        var development = connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase)
            || (connection.Contains("devstoreaccount1", StringComparison.Ordinal) && account.BlobEndpoint.IsLoopback);
        if (!development)
        {
            throw new StorageUnavailableException(
                $"cannot reach storage at {account.BlobEndpoint.GetLeftPart(UriPartial.Authority)}: check AzureWebJobsStorage.");
        }

        var root = RepositoryPaths.FindRoot() ?? Environment.CurrentDirectory;
        await Console.Out.WriteLineAsync("No storage is listening: starting Azurite (data in .azurite/)...");
        return await AzuriteProcess.StartAsync(
            new AzuriteOptions(
                Location: Path.Combine(root, ".azurite"),
                BlobPort: account.BlobEndpoint.Port,
                QueuePort: account.QueueEndpoint.Port,
                TablePort: account.TableEndpoint.Port,
                InstallIfMissing: true,
                StartTimeout: TimeSpan.FromSeconds(60)),
            line => Console.Out.WriteLine(line),
            cancellationToken);
    }
}
