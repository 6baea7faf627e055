using System.Text;

namespace StanceWatch.Storage.Blobs;

/// <summary>
/// Blob metadata must be ASCII header values with C#-identifier names; we keep any text a caller gives us
/// by percent-encoding values that would not survive as headers.
/// </summary>
internal static class BlobMetadata
{
    private const string EncodedPrefix = "b64:";

    public static void Write(IDictionary<string, string> target, IReadOnlyDictionary<string, string>? source)
    {
        if (source is null)
        {
            return;
        }

        foreach (var (key, value) in source)
        {
            target[key] = NeedsEncoding(value) ? EncodedPrefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(value)) : value;
        }
    }

    public static IReadOnlyDictionary<string, string> Read(IDictionary<string, string> source)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in source)
        {
            result[key] = value.StartsWith(EncodedPrefix, StringComparison.Ordinal) ? Decode(value) : value;
        }

        return result;
    }

    private static string Decode(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(value[EncodedPrefix.Length..]));
        }
        catch (FormatException)
        {
            return value;
        }
    }

    private static bool NeedsEncoding(string value) =>
        value.StartsWith(EncodedPrefix, StringComparison.Ordinal)
        || value.Length != value.Trim().Length
        || value.Any(c => c < 0x20 || c > 0x7E);
}
