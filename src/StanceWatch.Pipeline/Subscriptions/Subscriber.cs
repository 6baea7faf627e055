using System.Security.Cryptography;
using System.Text;
using StanceWatch.Core.Model;

namespace StanceWatch.Pipeline.Subscriptions;

public enum SubscriberStatus
{
    Pending,
    Confirmed,
    Unsubscribed,
}

/// <summary>Someone who follows suppliers; <c>*</c> follows all of them.</summary>
/// <param name="Id">Derived from the normalised email, so re-subscribing finds the same subscriber.</param>
public sealed record Subscriber(
    string Id,
    string Email,
    IReadOnlyList<string> Suppliers,
    IReadOnlyList<WeaponClass> WeaponClasses,
    SubscriberStatus Status,
    DateTimeOffset UpdatedAt)
{
    public const string AllSuppliers = "*";

    public bool Follows(StanceShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return Status == SubscriberStatus.Confirmed
            && (Suppliers.Contains(AllSuppliers) || Suppliers.Contains(shift.Supplier))
            && (WeaponClasses.Count == 0 || WeaponClasses.Contains(shift.WeaponClass));
    }

    public static string IdFor(string normalisedEmail) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedEmail)))[..32];

    /// <summary>Trimmed, domain lower-cased; null when it is not a plausible address.</summary>
    public static string? NormaliseEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"'))
        {
            return null;
        }

        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1 || trimmed.IndexOf('@') != at)
        {
            return null;
        }

        var domain = trimmed[(at + 1)..].ToLowerInvariant();
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return $"{trimmed[..at]}@{domain}";
    }
}
