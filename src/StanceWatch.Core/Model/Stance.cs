namespace StanceWatch.Core.Model;

/// <summary>A supplier's rule on Ukraine striking Russian territory with that supplier's weapons.</summary>
/// <remarks>Ordered from most to least restrictive, so comparisons read as "looser" / "tighter".</remarks>
public enum Stance
{
    Prohibited,
    UnderReview,
    Limited,
    Allowed,
}
