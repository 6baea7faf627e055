using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>What the sentences around the current one said that it may refer to: a speaker, a weapon.</summary>
internal static class NearbySentences
{
    public const int Lookback = 2;
    private const int MissileLookback = 12;

    /// <summary>
    /// Who a first-person quote speaks for: the supplier whose person or office the two sentences before it name,
    /// else the one a following sentence attributes the quote to ("... in defence of its territory... This is
    /// normal," the Norwegian Foreign Minister stressed.), as a long quote is often split before its attribution.
    /// </summary>
    /// <param name="sentences">The section's sentences, in order.</param>
    /// <param name="current">Index of the sentence being read.</param>
    public static string? Speaker(IReadOnlyList<string> sentences, int current, Lexicon lexicon)
    {
        for (var i = current - 1; i >= 0 && i >= current - Lookback; i--)
        {
            if (SpeakerIn(sentences[i], lexicon, requireAttribution: false) is { } speaker)
            {
                return speaker;
            }
        }

        for (var i = current + 1; i < sentences.Count && i <= current + Lookback; i++)
        {
            if (SpeakerIn(sentences[i], lexicon, requireAttribution: true) is { } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    private static string? SpeakerIn(string sentence, Lexicon lexicon, bool requireAttribution)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var matches = lexicon.Find(tokens);
        if (requireAttribution && !matches.Exists(m => m.Cue == Cue.Attribution))
        {
            return null;
        }

        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            if (match.Cue == Cue.Person && match.Value is not null)
            {
                return match.Value;
            }

            // "German Chancellor ...", "the British defence secretary".
            if (match.Cue == Cue.Supplier && match.Value is not null
                && matches.Exists(o => o.Cue == Cue.LeaderOffice && o.Start >= match.End && o.Start - match.End <= 1))
            {
                return match.Value;
            }
        }

        return SurnameIn(sentence, tokens, lexicon);
    }

    // "... and Singh said the Kursk attack is consistent with that policy. “We don't support long-range attacks into
    // Russia,” she said.": an official named by last name only, written with its capital, when no one else is named.
    private static string? SurnameIn(string sentence, List<Token> tokens, Lexicon lexicon)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (!token.IsPunctuation && char.IsUpper(sentence[token.Start]) && lexicon.Surnames.TryGetValue(token.Text, out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>The weapon the previous sentence named, when it was a system or long-range: what "them" most likely means.</summary>
    public static Weapons.Description? Weapon(IReadOnlyList<string> sentences, int current, Lexicon lexicon)
    {
        if (current == 0)
        {
            return null;
        }

        var matches = lexicon.Find(Tokenizer.Tokenize(sentences[current - 1]));
        var longRange = matches.Exists(m => m.Cue == Cue.LongRangeWord);
        if (LastSystem(matches, lexicon) is { } system)
        {
            return new Weapons.Description(system.Name, longRange ? WeaponClass.LongRange : system.WeaponClass, system);
        }

        // "long-range missiles", and also "long range strike capabilities".
        return longRange && matches.Exists(m => m.Cue is Cue.GeneralWeapon or Cue.Strike)
            ? new Weapons.Description(WeaponClassNames.LongRange, WeaponClass.LongRange, null)
            : null;
    }

    /// <summary>
    /// The long-range system the sentences before this one named last: what a later "the missiles" means, up to a dozen
    /// sentences back ("... fire Storm Shadow missiles into Russia. ... The US has so far held back
    /// permission to fire the missiles").
    /// </summary>
    public static Weapons.Description? Missile(IReadOnlyList<string> sentences, int current, Lexicon lexicon)
    {
        // Bounded, so that an article of nothing but "the missiles" stays linear.
        for (var i = current - 1; i >= 0 && i >= current - MissileLookback; i--)
        {
            if (LastSystem(lexicon.Find(Tokenizer.Tokenize(sentences[i])), lexicon) is { } system)
            {
                return system.WeaponClass == WeaponClass.LongRange ? new Weapons.Description(system.Name, system.WeaponClass, system) : null;
            }
        }

        return null;
    }

    private static WeaponSystem? LastSystem(List<PhraseMatch> matches, Lexicon lexicon)
    {
        var named = matches.FindLast(m => m.Cue == Cue.NamedWeapon);
        return named.Length > 0 && named.Value is { } name && lexicon.Systems.TryGetValue(name, out var system) ? system : null;
    }

    /// <summary>
    /// The suppliers that the verbless sentences right after this one list as its agents: "There are no more range
    /// limitations for weapons delivered to Ukraine. Neither from the Brits, nor the French, nor from us. Not from the
    /// Americans either." "Us" is the speaker's country.
    /// </summary>
    public static IReadOnlyList<string> FollowingAgents(IReadOnlyList<string> sentences, int current, Lexicon lexicon)
    {
        var agents = new List<string>();
        for (var i = current + 1; i < sentences.Count && i <= current + Lookback; i++)
        {
            var (named, includesUs) = SentenceAnalyzer.ListedAgents(sentences[i], lexicon);
            if (named.Count == 0 && !includesUs)
            {
                break;
            }

            agents.AddRange(named);
            if (includesUs && Speaker(sentences, current, lexicon) is { } speaker)
            {
                agents.Add(speaker);
            }
        }

        return agents.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The suppliers the previous sentence named, in order.</summary>
    public static IReadOnlyList<string> Suppliers(IReadOnlyList<string> sentences, int current, Lexicon lexicon) =>
        current == 0
            ? []
            : lexicon.Find(Tokenizer.Tokenize(sentences[current - 1]))
                .Where(m => m.Cue == Cue.Supplier && m.Value is not null)
                .Select(m => m.Value!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
}
