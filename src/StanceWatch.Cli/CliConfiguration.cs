using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace StanceWatch.Cli;

/// <summary>
/// Settings as the Functions host reads them: environment variables over the <c>Values</c> of
/// <c>local.settings.json</c> (current directory, then the repository root), over built-in defaults.
/// </summary>
internal static class CliConfiguration
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static IConfiguration Build()
    {
        var builder = new ConfigurationBuilder();
        builder.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = DevelopmentStorage,
        });
        var settingsFile = FindLocalSettings();
        if (settingsFile is not null)
        {
            builder.AddInMemoryCollection(ReadValues(settingsFile));
        }

        builder.AddEnvironmentVariables();
        return builder.Build();
    }

    private static string? FindLocalSettings()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "local.settings.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (Directory.Exists(Path.Combine(dir.FullName, ".git")))
            {
                break;
            }
        }

        return null;
    }

    private static Dictionary<string, string?> ReadValues(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in section.EnumerateObject())
            {
                // Functions uses "__" for nesting in app settings; configuration uses ":".
                values[property.Name.Replace("__", ":", StringComparison.Ordinal)] = property.Value.ToString();
            }
        }

        return values;
    }
}
