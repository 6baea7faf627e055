namespace StanceWatch.Core.Model;

/// <summary>The ledger keeps one stance per supplier and weapon class.</summary>
public enum WeaponClass
{
    General,
    LongRange,
}

public static class WeaponClassNames
{
    public const string General = "general";
    public const string LongRange = "long-range";

    public static string ToSlug(this WeaponClass weaponClass) => weaponClass switch
    {
        WeaponClass.General => General,
        WeaponClass.LongRange => LongRange,
        _ => throw new ArgumentOutOfRangeException(nameof(weaponClass), weaponClass, null),
    };

    public static WeaponClass Parse(string? text) =>
        TryParse(text, out var weaponClass) ? weaponClass : throw new FormatException($"'{text}' is not a weapon class (general, long-range).");

    public static bool TryParse(string? text, out WeaponClass weaponClass)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case General:
                weaponClass = WeaponClass.General;
                return true;
            case LongRange or "longrange" or "long_range":
                weaponClass = WeaponClass.LongRange;
                return true;
            default:
                weaponClass = default;
                return false;
        }
    }
}
