using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Whether a sentence is about weapons used on Russian territory at all, or continues one that is.</summary>
internal static partial class SentenceAnalyzer
{
    // Every statement needs Russian territory (or use only within Ukraine) in its sentence; one vectorised scan
    // for these stems rejects most sentences of a news story before any tokenising. Kept in step with the
    // "russia" and "withinUkraine" cues.
    private static readonly System.Buffers.SearchValues<string> TerritoryStems = System.Buffers.SearchValues.Create(
        ["russia", "moscow", "kremlin", "border", "kursk", "belgorod", "bryansk", "other country", "another country", "another state", "ukrain"],
        StringComparison.OrdinalIgnoreCase);

    // The phrase lists behind the scans below; each scan is one vectorised call, so lists that two scans share are
    // joined here rather than written out twice. Declared first: static fields are set in the order written.
    private static readonly string[] RestrictionPhrases = ["restrict", "limit", "condition", "caveat", "constraint", "red line", "prohibit", "ban"];

    private static readonly string[] LongRangePhrases = ["long-range", "long range", "longer-range", "atacms", "storm shadow", "scalp", "taurus"];

    // "the right to use these weapons at its discretion": where they may be used.
    private static readonly string[] FreeUsePhrases =
        ["discretion", "sees fit", "saw fit", "see fit", "now belong to", "belong to ukraine", "ukrainian weapons", "right to decide"];

    // "We have to allow them to neutralise the military sites from which the missiles are fired": the places Russia
    // attacks from are on Russian soil, so a sentence about striking them is about the question, Russia unnamed.
    private static readonly string[] LaunchSitePhrases = ["sites from which", "positions from which", "bases from which", "launch sites", "launching sites"];

    /// <summary>Stems of the words a sentence about restrictions uses ("no restrictions", "not subject to any conditions").</summary>
    public static readonly System.Buffers.SearchValues<string> RestrictionStems = System.Buffers.SearchValues.Create(RestrictionPhrases, StringComparison.OrdinalIgnoreCase);

    /// <summary>Stems that may mark a sentence about restrictions or long-range weapons (see <see cref="RestrictionStems"/>).</summary>
    public static readonly System.Buffers.SearchValues<string> ImpliedTopicStems = System.Buffers.SearchValues.Create(
        [.. RestrictionPhrases, .. LongRangePhrases, .. FreeUsePhrases, .. LaunchSitePhrases], StringComparison.OrdinalIgnoreCase);

    // A sentence that names no Russia and no long-range weapons is still about the question when it speaks of free use
    // or of the sites Russia attacks from.
    private static readonly System.Buffers.SearchValues<string> QuestionStems = System.Buffers.SearchValues.Create(
        [.. FreeUsePhrases, .. LaunchSitePhrases], StringComparison.OrdinalIgnoreCase);

    private static bool RestrictsUkrainesUse(string sentence) =>
        sentence.Contains("Ukrain", StringComparison.OrdinalIgnoreCase)
        && sentence.Contains(" use", StringComparison.OrdinalIgnoreCase)
        && sentence.AsSpan().IndexOfAny(RestrictionStems) >= 0;

    // "the restrictions imposed on Ukraine", "restrictions on Kyiv".
    private static bool RestrictionsOnUkraine(SentenceFacts facts)
    {
        foreach (var noun in facts.Of(Cue.RestrictionNoun))
        {
            var i = noun.End;
            if (i < facts.Tokens.Count && facts.Tokens[i].Text is "imposed" or "placed" or "put")
            {
                i++;
            }

            if (i + 1 < facts.Tokens.Count && facts.Tokens[i].Text == "on" && facts.Tokens[i + 1].Text is "ukraine" or "kyiv" or "kiev")
            {
                return true;
            }
        }

        return false;
    }

    // "Asked if the US will lift the restrictions, Biden answered, ...": in an article about strikes on Russia, "the
    // restrictions" with nothing after them to say which are the ones the article is about. Not "the restrictions on
    // Russian oil", nor a bare "restrictions" of any kind.
    private static bool NamesTheRestrictions(SentenceFacts facts)
    {
        foreach (var noun in facts.Of(Cue.RestrictionNoun))
        {
            var before = noun.Start - 1;
            if (before >= 0 && facts.Tokens[before].Text is "remaining" or "current" or "existing")
            {
                before--;
            }

            // Not "statements about the lifting of such restrictions" (a topic of talk), nor "how lifting the
            // restrictions will affect the war" (the effects of a change, not the change).
            var definite = before >= 1 && facts.Tokens[before].Text is "the" or "these" or "those" or "such" && facts.Tokens[before - 1].Text is not ("of" or "about");
            var complement = noun.End < facts.Tokens.Count && facts.Tokens[noun.End].Text is "on" or "against" or "for" or "of" or "to" or "in" or "imposed" or "placed" or "put" or "that" or "which"
                or "will" or "would" or "could" or "might" or "may";
            if (definite && !complement && facts.Slice(noun.Start, noun.End) is not ("rules" or "conditions" or "condition" or "opposition" or "objection" or "objections" or "reservations"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text names long-range weapons: a long-range word or a long-range system.</summary>
    public static bool NamesLongRange(string text, Lexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(text);
        var facts = new SentenceFacts(text, tokens, lexicon.Find(tokens));
        return facts.Has(Cue.LongRangeWord) || LongRangeSystemNamed(facts, lexicon);
    }

    private static bool LongRangeSystemNamed(SentenceFacts facts, Lexicon lexicon)
    {
        foreach (var match in facts.Of(Cue.NamedWeapon))
        {
            if (match.Value is { } name && lexicon.Systems.TryGetValue(name, out var system) && system.WeaponClass == WeaponClass.LongRange)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> ContinuationWords = System.Buffers.SearchValues.Create(
        [" also ", " too,", " too.", " too ", "likewise", "similarly", " as well", "similar permission",
         // "There are no restrictions by the US either.": a sentence-final "either" adds to a negative statement.
         " either.", " either,", " either”", " either\""], StringComparison.OrdinalIgnoreCase);

    // "After London gave Kiev the green light earlier this month, ...", "The Americans have given their go-ahead but
    // limited to certain operations.": in an article about strikes on Russia a bare permission is for those strikes.
    private static readonly System.Buffers.SearchValues<string> BarePermissionWords = System.Buffers.SearchValues.Create(
        ["green light", "go-ahead", "greenlit", "greenlighted"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> TopicReferences = System.Buffers.SearchValues.Create(
        ["such use", "such strikes", "such attacks", "these strikes", "these attacks", "such a use",
         "this restriction", "these restrictions", "that restriction", "those restrictions", "this ban", "that ban",
         // "There's no change to our policy with respect to that.": the policy on what the sentence before named.
         "with respect to that", "with regard to that", "in that regard", "on that issue", "on this issue",
         "in this matter", "on this matter", "in that matter", "on that matter",
         // "The United Kingdom has sent its own Storm Shadow missiles to Kyiv. Their use is limited to within Ukraine."
         "their use"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentence says it adds to what came before ("has also granted permission", "likewise").</summary>
    public static bool ContinuesPrevious(string sentence) => sentence.AsSpan().IndexOfAny(ContinuationWords) >= 0;

    /// <summary>The sentence gives a bare permission ("gave the green light") that names nothing it is for.</summary>
    public static bool GivesBarePermission(string sentence) => sentence.AsSpan().IndexOfAny(BarePermissionWords) >= 0;

    /// <summary>The sentence points back at the topic itself ("may be used for such attacks", "against such use").</summary>
    public static bool RefersToTopic(string sentence) => sentence.AsSpan().IndexOfAny(TopicReferences) >= 0;

    private static Predicate<PhraseMatch> IsWithinUkrainePhrase(SentenceFacts facts) =>
        m => m.Cue == Cue.Prohibit && facts.Slice(m.Start, m.End).Contains("Ukrain", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The suppliers a short, verbless follow-on adds to the statement just made: "Not by the Americans either.",
    /// "Nor from Canada." Empty when the sentence states anything of its own.
    /// </summary>
    public static List<string> ListContinuation(string sentence, Lexicon lexicon) => ListedAgents(sentence, lexicon).Named;

    /// <summary>
    /// The suppliers a short, verbless "Neither from the Brits, nor the French, nor from us." lists, and whether "us"
    /// (the speaker's own country) is one of them. Empty when the sentence states anything of its own.
    /// </summary>
    public static (List<string> Named, bool IncludesUs) ListedAgents(string sentence, Lexicon lexicon)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        // "In particular, Germany, France and Italy." after "the vast majority of NATO countries do not support ...":
        // the members named of the group that holds the stance.
        var startsList = tokens.Count >= 2 && (tokens[0].Text is "not" or "nor" or "neither" or "and" or "also" or "notably" or "especially" or "including"
            || (tokens[0].Text, tokens[1].Text) is ("in", "particular") or ("among", "them") or ("above", "all"));
        if (tokens.Count > 20 || !startsList)
        {
            return ([], false);
        }

        var facts = new SentenceFacts(sentence, tokens, lexicon.Find(tokens));
        if (facts.Has(Cue.Allow) || facts.Has(Cue.Prohibit) || facts.Has(Cue.Review) || facts.Has(Cue.Strike))
        {
            return ([], false);
        }

        // "Nor from us," the Dutch prime minister said.: the list ends where its attribution begins, and who speaks is
        // not one of the listed.
        var end = tokens.Count;
        if (facts.Of(Cue.Attribution).FirstOrDefault(_ => true) is { Length: > 0 } attribution)
        {
            end = attribution.Start;
            while (end > 0 && !tokens[end - 1].IsPunctuation)
            {
                end--;
            }
        }

        if (end > 16)
        {
            return ([], false);
        }

        var includesUs = false;
        for (var i = 0; i < end; i++)
        {
            includesUs |= tokens[i].Text == "us" && !tokens[i].IsUpper;
        }

        return (Owners.SubjectsBefore(facts, 0, end), includesUs);
    }

    /// <summary>
    /// The supplier whose decision a sentence of the same decision says the others followed: "following the U.S.
    /// decision, France and the United Kingdom also made similar decisions", "after Washington's move".
    /// </summary>
    public static string? FollowedSupplier(string sentence, Lexicon lexicon)
    {
        // Cheap tests first: most sentences name no decision followed, and reading one costs a tokenization.
        if ((!sentence.Contains("follow", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("after", StringComparison.OrdinalIgnoreCase))
            || (!sentence.Contains("similar", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("same", StringComparison.OrdinalIgnoreCase)
                && !sentence.Contains("suit", StringComparison.OrdinalIgnoreCase) && !sentence.Contains("likewise", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var tokens = Tokenizer.Tokenize(sentence);
        var facts = new SentenceFacts(sentence, tokens, lexicon.Find(tokens));
        if (!facts.Has(Cue.SameDecision))
        {
            return null;
        }

        foreach (var supplier in facts.Of(Cue.Supplier))
        {
            var opener = supplier.Start - 1;
            if (opener >= 0 && tokens[opener].Text == "the")
            {
                opener--;
            }

            if (opener >= 0 && tokens[opener].Text is "following" or "after" && supplier.End < tokens.Count
                && tokens[supplier.End].Text is "decision" or "move" or "lead" or "example" or "step" && supplier.Value is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The suppliers a later sentence gives the rule just stated: "He further stated that a similar decision had been
    /// made by Britain and France.", "Canada followed suit." Empty when the sentence states a rule of its own, looks
    /// ahead ("may follow suit"), urges, or denies. <paramref name="limited"/> tells whether it names a limit of its
    /// own ("The United States followed suit, but only to defend the under-fire Kharkiv region").
    /// </summary>
    public static List<string> SameDecision(string sentence, Lexicon lexicon, out bool limited)
    {
        limited = false;
        var tokens = Tokenizer.Tokenize(sentence);
        if (tokens.Count > 30)
        {
            return [];
        }

        var facts = new SentenceFacts(sentence, tokens, lexicon.Find(tokens));
        if (!facts.Has(Cue.SameDecision) || facts.Has(Cue.Allow) || facts.Has(Cue.Prohibit) || facts.Has(Cue.Review)
            || facts.Has(Cue.Advocacy) || facts.Has(Cue.Hedge) || facts.Has(Cue.Speculative) || facts.Has(Cue.Negator)
            || facts.ContainsToken(0, tokens.Count, "will", "would", "could", "should", "may", "might", "expected", "likely", "not", "no", "never"))
        {
            return [];
        }

        // "Merz said a similar decision had been made by Britain and France": who speaks is not who decided.
        var from = 0;
        foreach (var attribution in facts.Of(Cue.Attribution))
        {
            from = Math.Max(from, attribution.End);
        }

        var suppliers = facts.Matches
            .Where(m => m.Cue == Cue.Supplier && m.Start >= from && m.Value is not null)
            .Select(m => m.Value!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        limited = suppliers.Count > 0 && facts.Has(Cue.Limit);
        return suppliers;
    }
}
