using System.Reflection;
using System.Text.Json;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>A named weapon system as the data file describes it.</summary>
/// <param name="Implied">
/// The supplier a sentence means when it names the system but no supplier: its only origin, or the one whose name
/// for a shared system it is ("Storm Shadow" is the British name of the missile France calls SCALP).
/// </param>
public sealed record WeaponSystem(string Name, WeaponClass WeaponClass, string? Maker, IReadOnlyList<string> Origin, string? Implied);

/// <summary>A supplier country as the data file describes it.</summary>
public sealed record SupplierInfo(string Code, string Name);

/// <summary>Everything the extractor knows about words, loaded once from the embedded data files.</summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load);

    private Lexicon(PhraseTrie trie, Dictionary<string, WeaponSystem> systems, Dictionary<string, SupplierInfo> suppliers, Dictionary<string, string> surnames)
    {
        Trie = trie;
        Systems = systems;
        Suppliers = suppliers;
        Surnames = surnames;
    }

    public static Lexicon Default => Shared.Value;

    public PhraseTrie Trie { get; }

    public IReadOnlyDictionary<string, WeaponSystem> Systems { get; }

    public IReadOnlyDictionary<string, SupplierInfo> Suppliers { get; }

    /// <summary>
    /// The last names of the people the data file names in full ("Sabrina Singh" → "singh" → US), for telling who
    /// "she" is in a quote; not phrases of their own, as a bare surname elsewhere may be anyone's. A surname two
    /// suppliers' people share is left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> Surnames { get; }

    /// <summary>Every known phrase of a sentence, in order of their start token.</summary>
    public List<PhraseMatch> Find(List<Token> tokens)
    {
        var matches = Trie.FindAll(tokens);
        // "the Ministry of Defence of Canada": an office that one supplier's name stands for ("Ministry of Defence"
        // is Britain's) belongs to the supplier named after "of".
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            if (m.Cue == Cue.Supplier && m.End + 1 < tokens.Count && tokens[m.End].Text == "of" && IsOtherSupplierAt(matches, m.End + 1, m.Value))
            {
                matches.RemoveAt(i);
            }
            // "non-U.S. long-range weapons", "non-American arms": everyone's but that supplier's.
            else if (m.Cue == Cue.Supplier && m.Start > 0 && tokens[m.Start - 1].Text == "non")
            {
                matches.RemoveAt(i);
            }
        }

        // "the U.S. Helsinki Commission", "The Washington Post": names that begin with a supplier's capital but are not it.
        // "SOFIA: NATO chief Jens Stoltenberg said ...": a capital in a dateline says where the story was filed.
        // Both are rare, so the common sentence pays one scan for them.
        var notSupplier = matches.Exists(n => n.Cue == Cue.NotSupplier);
        if (notSupplier || (tokens.Count > 1 && tokens[0].IsUpper))
        {
            matches.RemoveAll(m => m.Cue == Cue.Supplier
                && ((notSupplier && matches.Exists(n => n.Cue == Cue.NotSupplier && n.Start <= m.Start && n.End >= m.End)) || IsDateline(tokens, m)));
        }

        return matches;
    }

    private static bool IsDateline(List<Token> tokens, PhraseMatch match) =>
        match.Start == 0 && match.End == 1 && match.End < tokens.Count
        && tokens[0].IsUpper && tokens[0].Text.Length > 3
        && tokens[1].Text is ":" or "(" or "—" or "–";

    private static Lexicon Load()
    {
        var trie = new PhraseTrie();
        var suppliers = new Dictionary<string, SupplierInfo>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedSurnames = new HashSet<string>(StringComparer.Ordinal);
        using (var document = Read("suppliers.json"))
        {
            foreach (var supplier in document.RootElement.GetProperty("suppliers").EnumerateArray())
            {
                var code = supplier.GetProperty("code").GetString()!;
                suppliers[code] = new SupplierInfo(code, supplier.GetProperty("name").GetString()!);
                AddPhrase(trie, supplier.GetProperty("name").GetString()!, Cue.Supplier, code, caseSensitiveShortCaps: true);
                foreach (var alias in Strings(supplier, "aliases"))
                {
                    AddPhrase(trie, alias, Cue.Supplier, code, caseSensitiveShortCaps: true);
                }

                foreach (var person in Strings(supplier, "people"))
                {
                    AddPhrase(trie, person, Cue.Person, code, caseSensitiveShortCaps: false);
                    AddSurname(surnames, sharedSurnames, person, code);
                }
            }

            // A group's name matches once per member, over the same words, so every reader of suppliers sees them all.
            foreach (var group in document.RootElement.GetProperty("groups").EnumerateArray())
            {
                foreach (var member in Strings(group, "members"))
                {
                    foreach (var alias in Strings(group, "aliases"))
                    {
                        AddPhrase(trie, alias, Cue.Supplier, member, caseSensitiveShortCaps: true);
                    }
                }
            }
        }

        var systems = new Dictionary<string, WeaponSystem>(StringComparer.Ordinal);
        using (var document = Read("weapons.json"))
        {
            var root = document.RootElement;
            AddAll(trie, Strings(root, "general"), Cue.GeneralWeapon);
            AddAll(trie, Strings(root, "longRangeWords"), Cue.LongRangeWord);
            foreach (var system in root.GetProperty("systems").EnumerateArray())
            {
                var name = system.GetProperty("name").GetString()!;
                if (!WeaponClassNames.TryParse(system.GetProperty("class").GetString(), out var weaponClass))
                {
                    throw new InvalidOperationException($"weapons.json: '{name}' has an unknown class");
                }

                var origin = Strings(system, "origin").ToList();
                systems[name] = new WeaponSystem(
                    name,
                    weaponClass,
                    system.TryGetProperty("maker", out var maker) ? maker.GetString() : null,
                    origin,
                    system.TryGetProperty("impliedSupplier", out var implied) ? implied.GetString() : origin.Count == 1 ? origin[0] : null);
                foreach (var alias in Strings(system, "aliases").Append(name))
                {
                    AddPhrase(trie, alias, Cue.NamedWeapon, name, caseSensitiveShortCaps: false);
                }
            }
        }

        using (var document = Read("cues.json"))
        {
            var root = document.RootElement;
            foreach (var (property, cue) in CueFiles)
            {
                AddAll(trie, Strings(root, property), cue);
            }

            // "refused to be drawn on", "declines to elaborate": declining to speak is silence, not a refusal of use.
            var speechVerbs = Strings(root, "speechVerbs").ToList();
            AddAll(trie, Strings(root, "declineVerbs").SelectMany(decline => speechVerbs.Select(speech => $"{decline} to {speech}")), Cue.Hedge);
        }

        foreach (var shared in sharedSurnames)
        {
            surnames.Remove(shared);
        }

        return new Lexicon(trie, systems, suppliers, surnames);
    }

    private static void AddSurname(Dictionary<string, string> surnames, HashSet<string> shared, string person, string code)
    {
        var words = Tokenizer.Tokenize(person);
        if (words.Count < 2 || words[^1].IsPunctuation)
        {
            return;
        }

        var surname = words[^1].Text;
        if (surnames.TryGetValue(surname, out var other) && other != code)
        {
            shared.Add(surname);
        }

        surnames.TryAdd(surname, code);
    }

    private static bool IsOtherSupplierAt(List<PhraseMatch> matches, int start, string? value)
    {
        foreach (var other in matches)
        {
            if (other.Cue == Cue.Supplier && other.Start == start && other.Value != value)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string Property, Cue Cue)[] CueFiles =
    [
        ("allow", Cue.Allow), ("removal", Cue.Removal), ("restrictionNouns", Cue.RestrictionNoun), ("prohibit", Cue.Prohibit),
        ("limit", Cue.Limit), ("exceptions", Cue.Exception), ("review", Cue.Review), ("reviewAfter", Cue.ReviewAfter), ("advocacy", Cue.Advocacy), ("advocacyYielded", Cue.AdvocacyYielded),
        ("hedge", Cue.Hedge), ("speculative", Cue.Speculative), ("negators", Cue.Negator), ("denial", Cue.Denial),
        ("unchanged", Cue.Unchanged), ("policyNouns", Cue.PolicyNoun), ("persists", Cue.Persist), ("supplyVerbs", Cue.SupplyVerb), ("companionVerbs", Cue.CompanionVerb), ("echoVerbs", Cue.EchoVerb), ("supportVerbs", Cue.SupportVerb),
        ("attribution", Cue.Attribution), ("decisionVerbs", Cue.DecisionVerb), ("past", Cue.Past), ("strike", Cue.Strike),
        ("russia", Cue.Russia), ("withinUkraine", Cue.WithinUkraine), ("clauseBreaks", Cue.ClauseBreak),
        ("nonSupplierOwners", Cue.NonSupplierOwner), ("notSuppliers", Cue.NotSupplier), ("pronounOwners", Cue.PronounOwner), ("ownerLinks", Cue.OwnerLink),
        ("leaderOffices", Cue.LeaderOffice), ("legislature", Cue.Legislature), ("sameDecision", Cue.SameDecision),
        ("refusals", Cue.Refusal), ("grantVerbs", Cue.GrantVerb), ("requestNouns", Cue.RequestNoun), ("procedureNouns", Cue.ProcedureNoun), ("supplyNouns", Cue.SupplyNoun), ("othersNouns", Cue.OthersNoun), ("assurances", Cue.Assurance),
    ];

    private static void AddAll(PhraseTrie trie, IEnumerable<string> phrases, Cue cue)
    {
        foreach (var phrase in phrases)
        {
            AddPhrase(trie, phrase, cue, null, caseSensitiveShortCaps: false);
        }
    }

    // "US" and "UK" must be written in capitals, or "us" the pronoun would be a country.
    private static void AddPhrase(PhraseTrie trie, string phrase, Cue cue, string? value, bool caseSensitiveShortCaps)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var letters = phrase.Count(char.IsLetter);
        var requiresUpper = caseSensitiveShortCaps && tokens.Count == 1 && letters <= 3 && phrase.Where(char.IsLetter).All(char.IsUpper);
        trie.Add(tokens, cue, value, requiresUpper);
    }

    private static IEnumerable<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString()).OfType<string>()
            : [];

    private static JsonDocument Read(string file)
    {
        var resource = $"StanceWatch.Data.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data file {resource} is missing");
        return JsonDocument.Parse(stream);
    }
}
