using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace StanceWatch.Pipeline.Subscriptions;

public enum TokenPurpose
{
    Confirm,
    Unsubscribe,
}

public enum TokenCheck
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>
/// Tokens are <c>purpose.subscriberId.expiry.signature</c>, signed with HMAC-SHA256 over the first three
/// parts: they cannot be forged without the secret, and they say which purpose they serve.
/// </summary>
public sealed class SubscriptionTokens(IOptions<SubscriptionOptions> options, TimeProvider time)
{
    public string Issue(TokenPurpose purpose, string subscriberId)
    {
        var lifetime = purpose == TokenPurpose.Confirm ? options.Value.ConfirmTokenLifetime : options.Value.UnsubscribeTokenLifetime;
        var expiry = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = $"{Tag(purpose)}.{subscriberId}.{expiry}";
        return $"{body}.{Sign(body)}";
    }

    public TokenCheck Check(string? token, TokenPurpose purpose, out string subscriberId)
    {
        subscriberId = string.Empty;
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 4 || parts[0] != Tag(purpose) || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return TokenCheck.Invalid;
        }

        var expected = Sign($"{parts[0]}.{parts[1]}.{parts[2]}");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[3])))
        {
            return TokenCheck.Invalid;
        }

        subscriberId = parts[1];
        return time.GetUtcNow().ToUnixTimeSeconds() > expiry ? TokenCheck.Expired : TokenCheck.Valid;
    }

    private static string Tag(TokenPurpose purpose) => purpose == TokenPurpose.Confirm ? "c" : "u";

    private string Sign(string body)
    {
        var secret = options.Value.TokenSecret;
        if (string.IsNullOrEmpty(secret) || secret.Length < 16)
        {
            throw new InvalidOperationException("Subscriptions:TokenSecret must be set (at least 16 characters) to sign tokens.");
        }

        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
