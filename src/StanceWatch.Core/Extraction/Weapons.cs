using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Which weapons a stance phrase concerns: a named system if one is named near it, else general.</summary>
internal static class Weapons
{
    public sealed record Description(string Name, WeaponClass WeaponClass, WeaponSystem? System);

    public static Description Describe(SentenceFacts facts, int segmentStart, int segmentEnd, int clauseStart, int clauseEnd, Lexicon lexicon)
    {
        var named = facts.In(Cue.NamedWeapon, segmentStart, segmentEnd).FirstOrDefault();
        if (named.Length == 0)
        {
            named = facts.In(Cue.NamedWeapon, clauseStart, clauseEnd).FirstOrDefault();
        }

        if (named.Length > 0 && named.Value is { } name && lexicon.Systems.TryGetValue(name, out var system))
        {
            var longRange = system.WeaponClass == WeaponClass.LongRange || facts.In(Cue.LongRangeWord, segmentStart, segmentEnd).Any();
            return new Description(system.Name, longRange ? WeaponClass.LongRange : WeaponClass.General, system);
        }

        return facts.In(Cue.LongRangeWord, segmentStart, segmentEnd).Any()
            ? new Description(WeaponClassNames.LongRange, WeaponClass.LongRange, null)
            : new Description(WeaponClassNames.General, WeaponClass.General, null);
    }
}
