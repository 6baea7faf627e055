using System.CommandLine;
using System.Globalization;
using StanceWatch.Cli.Extraction;
using StanceWatch.Cli.Hosting;
using StanceWatch.Pipeline;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch drop</c>: uploads articles into the <c>articles</c> container, where ingestion picks them up.</summary>
internal static class DropCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("files") { Description = "Article files or folders to upload.", Arity = ArgumentArity.OneOrMore };
        var published = new Option<DateTimeOffset?>("--published") { Description = "Publication date to record in blob metadata (ISO 8601)." };
        var command = new Command("drop", "Upload articles to the 'articles' container for ingestion.");
        command.Arguments.Add(paths);
        command.Options.Add(published);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var storage = CliStorage.FromConfiguration(CliConfiguration.Build());
            await storage.Blobs.EnsureContainerAsync(StorageNames.ArticlesContainer, cancellationToken);
            var date = parseResult.GetValue(published);
            var metadata = date is null
                ? null
                : new Dictionary<string, string> { ["published"] = date.Value.ToString("O", CultureInfo.InvariantCulture) };
            foreach (var file in ArticleFiles.Expand(parseResult.GetValue(paths) ?? []))
            {
                if (!File.Exists(file))
                {
                    throw new StanceWatchException($"no such file: {file}");
                }

                var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                var name = Path.GetFileName(file);
                await storage.Blobs.PutAsync(StorageNames.ArticlesContainer, name, bytes, ContentType(file), metadata, cancellationToken);
                await Console.Out.WriteLineAsync($"dropped {name} ({bytes.Length:N0} bytes){(date is null ? string.Empty : $", published {date:yyyy-MM-dd}")}");
            }

            return 0;
        });
        return command;
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html",
        ".md" or ".markdown" => "text/markdown",
        ".json" => "application/json",
        _ => "text/plain",
    };
}
