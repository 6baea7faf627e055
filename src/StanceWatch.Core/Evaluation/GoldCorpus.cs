using System.Text.Json;
using System.Text.Json.Serialization;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Evaluation;

/// <summary>A hand labelling in the <c>stancewatch-gold/1</c> schema (see the corpus README).</summary>
public sealed record GoldCorpus(
    [property: JsonPropertyName("schema")] string? Schema,
    [property: JsonPropertyName("weapon_classes")] IReadOnlyDictionary<string, IReadOnlyList<string>>? WeaponClasses,
    [property: JsonPropertyName("articles")] IReadOnlyList<GoldArticle> Articles)
{
    public static GoldCorpus Parse(string json) =>
        JsonSerializer.Deserialize<GoldCorpus>(json, Options) ?? throw new JsonException("gold.json is empty");

    /// <summary>The class of a gold <c>weapons</c> value: listed systems map to their class; anything else is general.</summary>
    public WeaponClass ClassOf(string weapons)
    {
        foreach (var (name, members) in WeaponClasses ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (members.Any(m => string.Equals(m, weapons, StringComparison.OrdinalIgnoreCase))
                && WeaponClassNames.TryParse(name, out var weaponClass))
            {
                return weaponClass;
            }
        }

        return WeaponClass.General;
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };
}

public sealed record GoldArticle(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("statements")] IReadOnlyList<GoldStatement> Statements);

public sealed record GoldStatement(
    [property: JsonPropertyName("supplier")] string Supplier,
    [property: JsonPropertyName("weapons")] string Weapons,
    [property: JsonPropertyName("stance")] Stance Stance,
    [property: JsonPropertyName("accept")] IReadOnlyList<Stance>? Accept,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("evidence")] string? Evidence);
