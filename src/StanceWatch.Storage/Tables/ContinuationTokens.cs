using System.Text;
using System.Text.Json;
using Microsoft.WindowsAzure.Storage.Table;
using StanceWatch.Pipeline.Ports;

namespace StanceWatch.Storage.Tables;

/// <summary>Continuation tokens travel as opaque base64url strings so callers never depend on the SDK type.</summary>
internal static class ContinuationTokens
{
    private sealed record Token(string? PartitionKey, string? RowKey, string? Table);

    public static string? Encode(TableContinuationToken? token)
    {
        if (token is null)
        {
            return null;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(new Token(token.NextPartitionKey, token.NextRowKey, token.NextTableName));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static TableContinuationToken? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var base64 = text.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - base64.Length % 4) % 4), '=');
            var token = JsonSerializer.Deserialize<Token>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)))
                ?? throw new FormatException("empty token");
            return new TableContinuationToken
            {
                NextPartitionKey = token.PartitionKey,
                NextRowKey = token.RowKey,
                NextTableName = token.Table,
            };
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new StanceWatchException("the continuation token is not one this store issued.", ex);
        }
    }
}
