using System.Text.Json.Nodes;
using StanceWatch.Pipeline;
using StanceWatch.Testing;

namespace StanceWatch.Infra.Tests;

/// <summary>
/// What infra/main.bicep deploys must match what the code expects: the storage the local host creates,
/// and the settings local.settings.sample.json documents. Azure is not reachable here, so these read the
/// template the real Bicep compiler produces.
/// </summary>
public sealed class TemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void The_template_compiles_without_errors_or_warnings()
    {
        Assert.True(compiled.Build.ExitCode == 0, compiled.Build.Errors);
        Assert.Equal("", compiled.Build.Errors.Trim());
    }

    [Fact]
    public async Task The_linter_finds_nothing()
    {
        var lint = await BicepCli.RunAsync(CancellationToken.None, "lint", CompiledTemplate.BicepFile);

        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("", (lint.Output + lint.Errors).Trim());
    }

    [Fact]
    public void It_creates_the_containers_the_pipeline_uses()
    {
        Assert.Equal(StorageNames.Containers, compiled.Variable("containerNames"));
        Assert.Contains("variables('containerNames')", CopyCount("Microsoft.Storage/storageAccounts/blobServices/containers"));
    }

    [Fact]
    public void It_creates_each_work_queue_with_its_poison_queue()
    {
        Assert.Equal(StorageNames.WorkQueues.Order(), compiled.Variable("workQueueNames").Order());
        var count = CopyCount("Microsoft.Storage/storageAccounts/queueServices/queues");
        Assert.Contains("variables('workQueueNames')", count);
        // The same naming rule as the local host's: StorageNames.PoisonQueue of each work queue.
        Assert.Contains($"format('{StorageNames.PoisonQueue("{0}")}', lambdaVariables('q'))", count);
    }

    [Fact]
    public void It_creates_the_tables_the_pipeline_uses()
    {
        Assert.Equal(StorageNames.Tables.Order(), compiled.Variable("tableNames").Order());
        Assert.Contains("variables('tableNames')", CopyCount("Microsoft.Storage/storageAccounts/tableServices/tables"));
    }

    [Fact]
    public void The_function_app_gets_every_setting_the_local_sample_documents()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "local.settings.sample.json")))!["Values"]!.AsObject();
        var deployed = AppSettings().Select(s => (string)s["name"]!).ToHashSet(StringComparer.Ordinal);

        // A Flex Consumption app names its runtime in functionAppConfig and refuses it as an app setting.
        var expected = sample.Select(p => p.Key).Where(k => k != "FUNCTIONS_WORKER_RUNTIME");
        Assert.Equal([], expected.Where(k => !deployed.Contains(k)).ToArray());
        Assert.Equal((string?)sample["FUNCTIONS_WORKER_RUNTIME"], (string?)FunctionApp()["properties"]!["functionAppConfig"]!["runtime"]!["name"]);
    }

    [Fact]
    public void Secrets_reach_the_app_only_as_key_vault_references()
    {
        var secrets = AppSettings().Where(s => ((string)s["name"]!) is var name
            && (name.EndsWith("Key", StringComparison.Ordinal) || name.EndsWith("Secret", StringComparison.Ordinal) || name == "AzureWebJobsStorage")).ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.Contains("@Microsoft.KeyVault(", (string)s["value"]!, StringComparison.Ordinal));
    }

    private string CopyCount(string type) =>
        (string?)Assert.Single(compiled.Resources(type))["copy"]?["count"] ?? throw new InvalidOperationException($"{type} is not a loop");

    private JsonObject FunctionApp() => Assert.Single(compiled.Resources("Microsoft.Web/sites"));

    private IEnumerable<JsonObject> AppSettings() =>
        FunctionApp()["properties"]!["siteConfig"]!["appSettings"]!.AsArray().OfType<JsonObject>();
}
