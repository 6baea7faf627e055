using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using StanceWatch.Cli.Extraction;
using StanceWatch.Core.Articles;
using StanceWatch.Core.Evaluation;
using StanceWatch.Core.Extraction;
using StanceWatch.Core.Json;
using StanceWatch.Core.Model;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Cli.Commands;

/// <summary><c>stancewatch eval</c>: precision, recall and F1 against a corpus folder's gold.json.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("corpus") { Description = "A folder holding gold.json and the articles it names." };
        var json = new Option<bool>("--json") { Description = "Print the score as JSON." };
        var command = new Command("eval", "Score extraction against a gold labelling: precision, recall, F1, every miss and false statement.");
        command.Arguments.Add(folder);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = parseResult.GetValue(folder)!;
            var goldPath = Path.Combine(root, "gold.json");
            if (!File.Exists(goldPath))
            {
                throw new StanceWatchException($"no gold.json in '{root}'.");
            }

            var gold = GoldCorpus.Parse(await File.ReadAllTextAsync(goldPath, cancellationToken));
            var extractor = new StatementExtractor();
            var predictions = new Dictionary<string, IReadOnlyList<Statement>>(StringComparer.Ordinal);
            foreach (var article in gold.Articles)
            {
                var published = DateTimeOffset.TryParse(article.Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : (DateTimeOffset?)null;
                var input = await ArticleFiles.ReadAsync(Path.Combine(root, article.File), published, cancellationToken);
                predictions[article.File] = extractor.Extract(ArticleParser.Parse(input));
            }

            var score = Scorer.Score(gold, predictions);
            if (parseResult.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(
                    new { score.Precision, score.Recall, score.F1, score.Predicted, score.Correct, score.Required, score.RequiredMatched, score.Misses, score.FalseStatements },
                    StanceWatchJson.Indented));
                return 0;
            }

            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"precision {score.Precision:F3} ({score.Correct}/{score.Predicted})  recall {score.Recall:F3} ({score.RequiredMatched}/{score.Required})  F1 {score.F1:F3}"));
            foreach (var miss in score.Misses)
            {
                await Console.Out.WriteLineAsync($"miss   {miss.File}: {miss.Triple} — {miss.Evidence}");
            }

            foreach (var wrong in score.FalseStatements)
            {
                await Console.Out.WriteLineAsync($"false  {wrong.File}: {wrong.Triple} — {wrong.Evidence}");
            }

            return 0;
        });
        return command;
    }
}
