using System.Globalization;
using System.Text;

namespace StanceWatch.Pipeline;

/// <summary>Table keys may not contain / \ # ? or control characters: names are encoded, times sort as text.</summary>
public static class TableKeys
{
    /// <summary>A reversible key for any text (a blob name with slashes, say).</summary>
    public static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Decode(string key)
    {
        var base64 = key.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
    }

    /// <summary>UTC time that sorts as text.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
