namespace StanceWatch.Core.Model;

/// <summary>One restriction-change statement read from an article.</summary>
/// <param name="Supplier">ISO 3166-1 alpha-2 code of the supplying country (US, GB, FR, ...).</param>
/// <param name="Weapons"><c>general</c>, or a named system such as ATACMS or Storm Shadow.</param>
/// <param name="WeaponClass">The ledger's class for <paramref name="Weapons"/>.</param>
/// <param name="Stance">The rule the statement describes.</param>
/// <param name="Kind">Decision, report, denial, consideration or advocacy.</param>
/// <param name="Scope">The stated limit of a <see cref="Stance.Limited"/> permission (a region, a purpose), if any.</param>
/// <param name="Evidence">The sentence the statement was read from, verbatim.</param>
/// <param name="Speaker">Who said it, when the text says.</param>
/// <param name="Confidence">0 to 1: how sure the extractor is.</param>
/// <param name="StatedAt">When the statement was made: live-blog entry time, else the article's published time.</param>
public sealed record Statement(
    string Supplier,
    string Weapons,
    WeaponClass WeaponClass,
    Stance Stance,
    StatementKind Kind,
    string? Scope,
    string Evidence,
    string? Speaker,
    double Confidence,
    DateTimeOffset? StatedAt);
