namespace StanceWatch.Core.Extraction;

/// <summary>What a phrase means to the extractor.</summary>
internal enum Cue
{
    Supplier,
    Person,
    GeneralWeapon,
    NamedWeapon,
    LongRangeWord,
    Allow,
    Removal,
    RestrictionNoun,
    Prohibit,
    Limit,
    Exception,
    Review,
    ReviewAfter,
    Advocacy,
    AdvocacyYielded,
    Hedge,
    Speculative,
    Negator,
    Denial,
    Unchanged,
    PolicyNoun,
    Persist,
    SupplyVerb,
    CompanionVerb,
    EchoVerb,
    SupportVerb,
    Attribution,
    DecisionVerb,
    Past,
    Strike,
    Russia,
    WithinUkraine,
    ClauseBreak,
    NonSupplierOwner,
    NotSupplier,
    PronounOwner,
    OwnerLink,
    LeaderOffice,
    Legislature,
    SameDecision,
    Refusal,
    GrantVerb,
    RequestNoun,
    ProcedureNoun,
    SupplyNoun,
    OthersNoun,
    Assurance,
}

/// <summary>A phrase found in a sentence: tokens [Start, Start + Length).</summary>
internal readonly record struct PhraseMatch(Cue Cue, int Start, int Length, string? Value)
{
    public int End => Start + Length;
}

/// <summary>
/// Token-sequence dictionary: finds every known phrase starting at every token in time proportional to the
/// sentence length times the longest phrase, whatever the number of phrases.
/// </summary>
internal sealed class PhraseTrie
{
    private readonly Node _root = new();

    public int MaxLength { get; private set; }

    public void Add(IReadOnlyList<Token> phrase, Cue cue, string? value, bool requiresUpper)
    {
        if (phrase.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var token in phrase)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token.Text, out var next))
            {
                next = new Node();
                node.Children[token.Text] = next;
            }

            node = next;
        }

        (node.Entries ??= []).Add(new Entry(cue, value, requiresUpper));
        MaxLength = Math.Max(MaxLength, phrase.Count);
    }

    public List<PhraseMatch> FindAll(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch>();
        for (var start = 0; start < tokens.Count; start++)
        {
            var node = _root;
            for (var i = start; i < tokens.Count && node.Children is not null; i++)
            {
                if (!node.Children.TryGetValue(tokens[i].Text, out var next))
                {
                    break;
                }

                node = next;
                if (node.Entries is null)
                {
                    continue;
                }

                foreach (var entry in node.Entries)
                {
                    if (!entry.RequiresUpper || (i == start && tokens[start].IsUpper))
                    {
                        matches.Add(new PhraseMatch(entry.Cue, start, i - start + 1, entry.Value));
                    }
                }
            }
        }

        return matches;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<Entry>? Entries { get; set; }
    }

    private sealed record Entry(Cue Cue, string? Value, bool RequiresUpper);
}
