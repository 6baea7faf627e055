using System.Text.Json;
using System.Text.Json.Serialization;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Json;

/// <summary>Writes weapon classes as the slugs the gold labelling uses ("general", "long-range").</summary>
public sealed class WeaponClassJsonConverter : JsonConverter<WeaponClass>
{
    public override WeaponClass Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        WeaponClassNames.TryParse(reader.GetString(), out var weaponClass)
            ? weaponClass
            : throw new JsonException($"Unknown weapon class '{reader.GetString()}'.");

    public override void Write(Utf8JsonWriter writer, WeaponClass value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToSlug());
}
