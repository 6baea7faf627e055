using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using StanceWatch.Cli.Extraction;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch extract</c>: statements as JSON Lines, no storage needed.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (txt, html, md, json).", Arity = ArgumentArity.OneOrMore };
        var published = new Option<DateTimeOffset?>("--published") { Description = "Published date to use when the article does not say (ISO 8601)." };
        var command = new Command("extract", "Print every restriction-change statement in the given articles, one JSON object per line.");
        command.Arguments.Add(paths);
        command.Options.Add(published);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var extractor = new StatementExtractor();
            var failed = 0;
            foreach (var file in ArticleFiles.Expand(parseResult.GetValue(paths) ?? []))
            {
                try
                {
                    var input = await ArticleFiles.ReadAsync(file, parseResult.GetValue(published), cancellationToken);
                    foreach (var statement in extractor.Extract(ArticleParser.Parse(input)))
                    {
                        await Console.Out.WriteLineAsync(ToLine(input.Name, statement));
                    }
                }
                catch (Exception ex) when (ex is ArticleParseException or IOException or UnauthorizedAccessException)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"stancewatch extract: {file}: {ex.Message}");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A fault in the extractor on one article must not cost the reader every other article's statements.
                    failed++;
                    await Console.Error.WriteLineAsync($"stancewatch extract: {file}: extraction failed ({ex.GetType().Name}: {ex.Message}); this is a bug, please report it with the file");
                }
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    // The corpus contract: the statement's own fields, with the article's file name first.
    private static string ToLine(string article, Statement statement)
    {
        var line = new JsonObject { ["article"] = article };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(statement, StanceWatchJson.Options)!.AsObject())
        {
            line[name] = value?.DeepClone();
        }

        return line.ToJsonString(StanceWatchJson.Options);
    }
}
