using System.Text.Json.Nodes;
using StanceWatch.Testing;

namespace StanceWatch.Infra.Tests;

/// <summary>infra/main.bicep compiled once to its ARM JSON, shared by the tests that read it.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public static string BicepFile => Path.Combine(RepositoryFiles.Root, "infra", "main.bicep");

    public BicepCli.Result Build { get; private set; } = new(-1, "", "");

    public JsonObject Template { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Build = await BicepCli.RunAsync(CancellationToken.None, "build", BicepFile, "--stdout");
        if (Build.ExitCode == 0)
        {
            Template = JsonNode.Parse(Build.Output)?.AsObject() ?? [];
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public IReadOnlyList<string> Variable(string name) =>
        Template["variables"]?[name]?.AsArray().Select(v => v!.GetValue<string>()).ToList()
        ?? throw new KeyNotFoundException($"the template has no variable '{name}'");

    public IEnumerable<JsonObject> Resources(string type) =>
        (Template["resources"]?.AsArray() ?? []).OfType<JsonObject>().Where(r => (string?)r["type"] == type);
}
