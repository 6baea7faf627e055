using System.Text.Json;
using System.Text.Json.Serialization;

namespace StanceWatch.Core.Json;

/// <summary>One JSON shape for everything we write: camelCase, enums as names, nulls kept.</summary>
public static class StanceWatchJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        // Ours first: the general enum converter would otherwise claim WeaponClass too.
        options.Converters.Add(new WeaponClassJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
