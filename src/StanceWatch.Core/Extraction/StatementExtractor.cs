using StanceWatch.Core.Articles;
using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Finds every restriction-change statement in an article.</summary>
/// <remarks>
/// Sentences are read one by one (<see cref="SentenceAnalyzer"/>); then the article is read as a whole:
/// a headline's plain "allows" becomes the body's "Limited" when the body states the limit, and a general
/// consideration folds into the long-range one it is about. Advocacy is never reported as a supplier's policy.
/// </remarks>
public sealed class StatementExtractor(ExtractionOptions? options = null)
{
    private readonly ExtractionOptions _options = options ?? new ExtractionOptions();
    private readonly Lexicon _lexicon = Lexicon.Default;

    public IReadOnlyList<Statement> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = new List<SentenceStatement>();
        var unread = new List<(List<string> Sentences, int Index, DateTimeOffset? StatedAt, bool AfterContinuable)>();
        var aboutStrikesOnRussia = false;
        var read = 0;
        var sections = new List<List<string>>();
        foreach (var section in article.Sections)
        {
            var statedAt = section.Time ?? article.Published;
            var sentences = section.Paragraphs.SelectMany(p => p.Sentences).ToList();
            sections.Add(sentences);
            var previousContinuable = false;
            for (var i = 0; i < sentences.Count; i++, read++)
            {
                var statements = SentenceAnalyzer.Analyze(sentences[i], Context(sentences, i, statedAt, SentenceTopic.Own), out var onTopic);
                aboutStrikesOnRussia |= onTopic;
                found.AddRange(read < LeadSentences ? statements.Select(s => s with { InLead = true }) : statements);
                if (statements.Count == 0)
                {
                    unread.Add((sentences, i, statedAt, previousContinuable));
                }

                // "Several NATO countries have recently decided to allow Ukraine to strike at Russian territory with
                // Western weapons. The United States also allowed ...": a sentence on the topic that names no supplier is
                // still a statement the next one can add to.
                previousContinuable = statements.Count > 0 || onTopic;
            }
        }

        // Once the article has shown it is about strikes on Russia, "Sweden has not issued any restrictions on how
        // Ukraine can use Swedish equipment" or "whether to allow Kyiv to use long-range weapons" needs no "Russia"
        // of its own.
        if (aboutStrikesOnRussia)
        {
            // A sentence read only in this pass is a statement the next one can continue, too.
            (List<string> Sentences, int Index)? statedHere = null;
            foreach (var (sentences, index, statedAt, continuableBefore) in unread)
            {
                var afterStatement = continuableBefore || (statedHere is { } last && ReferenceEquals(last.Sentences, sentences) && last.Index == index - 1);
                // "Sweden, as well as Finland, have also granted permission." right after a statement continues it.
                var topic = (afterStatement && SentenceAnalyzer.ContinuesPrevious(sentences[index]))
                        || SentenceAnalyzer.GivesBarePermission(sentences[index])
                        || SentenceAnalyzer.RefersToTopic(sentences[index])
                    ? SentenceTopic.PreviousSentence
                    : sentences[index].AsSpan().IndexOfAny(SentenceAnalyzer.ImpliedTopicStems) >= 0
                        || SentenceAnalyzer.StatesUnchangedPolicy(sentences[index], _lexicon)
                    ? SentenceTopic.Article
                    : SentenceTopic.Own;
                if (topic != SentenceTopic.Own)
                {
                    var statements = SentenceAnalyzer.Analyze(sentences[index], Context(sentences, index, statedAt, topic));
                    found.AddRange(statements);
                    statedHere = statements.Count > 0 ? (sentences, index) : statedHere;
                }
            }
        }

        found.AddRange(Continuations(sections, found));
        var headline = article.Title ?? sections.FirstOrDefault()?.FirstOrDefault();
        var longRangeStory = headline is not null && SentenceAnalyzer.NamesLongRange(headline, _lexicon);
        return Consolidate(found, longRangeStory)
            .Where(s => s.Confidence >= _options.MinimumConfidence)
            .ToList();
    }

    // "... neither by the British, nor by the French, nor by us." "Not by the Americans either.": a short verbless
    // follow-on adds its suppliers to the statement of the sentence before; so does "a similar decision had been made
    // by Britain and France".
    private List<SentenceStatement> Continuations(List<List<string>> sections, List<SentenceStatement> found)
    {
        var added = new List<SentenceStatement>();
        var byEvidence = found.ToLookup(s => s.Statement.Evidence, StringComparer.Ordinal);
        foreach (var sentences in sections)
        {
            for (var i = 1; i < sentences.Count; i++)
            {
                if (byEvidence.Contains(sentences[i]))
                {
                    continue;
                }

                var before = byEvidence[sentences[i - 1]].ToList();
                if (before.Count == 0 && SentenceAnalyzer.FollowedSupplier(sentences[i], _lexicon) is { } followed)
                {
                    // "He noted that following the U.S. decision, France and the United Kingdom also made similar
                    // decisions.": the decision followed is the one the story last gave that supplier.
                    before = LastStatedBy(followed, sentences, i, byEvidence);
                }

                if (before.Count == 0)
                {
                    continue;
                }

                var more = SentenceAnalyzer.ListContinuation(sentences[i], _lexicon);
                var limited = false;
                if (more.Count == 0)
                {
                    // "The United States followed suit, but only to defend the under-fire Kharkiv region."
                    more = SentenceAnalyzer.SameDecision(sentences[i], _lexicon, out limited);
                }

                added.AddRange(more
                    .Where(supplier => !before.Exists(s => s.Statement.Supplier == supplier))
                    .SelectMany(supplier => before.Select(s => s with
                    {
                        Statement = s.Statement with
                        {
                            Supplier = supplier,
                            Evidence = sentences[i],
                            Speaker = null,
                            Stance = limited && s.Statement.Stance == Stance.Allowed ? Stance.Limited : s.Statement.Stance,
                        },
                    }))
                    .DistinctBy(s => (s.Statement.Supplier, s.Statement.WeaponClass, s.Statement.Stance)));
            }
        }

        return added;
    }

    // The latest statement naming its weapons; one that names only "missiles" is folded away later and would leave the
    // followers with a class their leader no longer has.
    private static List<SentenceStatement> LastStatedBy(string supplier, List<string> sentences, int current, ILookup<string, SentenceStatement> byEvidence)
    {
        for (var j = current - 1; j >= 0; j--)
        {
            var stated = byEvidence[sentences[j]].Where(s => s.Statement.Supplier == supplier && !s.VagueWeapons).ToList();
            if (stated.Count > 0)
            {
                return stated;
            }
        }

        return [];
    }

    // The headline and the first two sentences of the body.
    private const int LeadSentences = 3;

    private SentenceContext Context(List<string> sentences, int index, DateTimeOffset? statedAt, SentenceTopic topic) => new(
        statedAt,
        _lexicon,
        () => NearbySentences.Speaker(sentences, index, _lexicon),
        () => NearbySentences.Weapon(sentences, index, _lexicon),
        () => NearbySentences.Suppliers(sentences, index, _lexicon),
        () => NearbySentences.FollowingAgents(sentences, index, _lexicon),
        topic,
        () => NearbySentences.Missile(sentences, index, _lexicon));

    private static List<Statement> Consolidate(List<SentenceStatement> found, bool longRangeStory)
    {
        var namesGeneralWeapons = found.Exists(s => s.Statement.WeaponClass == WeaponClass.General && !s.VagueWeapons);
        var limited = found
            .Where(s => s.Statement.Stance == Stance.Limited)
            .Select(s => (s.Statement.Supplier, s.Statement.WeaponClass))
            .ToHashSet();
        var reviewedLongRange = found
            .Where(s => s.Statement.Stance == Stance.UnderReview && s.Statement.WeaponClass == WeaponClass.LongRange)
            .Select(s => s.Statement.Supplier)
            .ToHashSet(StringComparer.Ordinal);

        var longRange = found
            .Where(s => s.Statement.WeaponClass == WeaponClass.LongRange)
            .Select(s => (s.Statement.Supplier, s.Statement.Stance))
            .ToHashSet();
        var longRangeSuppliers = longRange.Select(s => s.Supplier).ToHashSet(StringComparer.Ordinal);

        // "There has been no change to our policy" beside "the president has given guidance for U.S. weapons to be
        // used right over the border": the article says what the unchanged policy is, so the restatement adds nothing.
        var statedSuppliers = found
            .Where(s => !s.RestatesPolicy && !s.IsBackground)
            .Select(s => s.Statement.Supplier)
            .ToHashSet(StringComparer.Ordinal);

        var statements = new List<Statement>();
        var seen = new HashSet<(string, string, Stance, string)>();
        foreach (var (statement, background, vague, inLead, restates) in found)
        {
            if (restates && statedSuppliers.Contains(statement.Supplier))
            {
                continue;
            }

            // Under a headline about long-range weapons, the policy said to be unchanged is the one on them.
            var current = restates && longRangeStory ? statement with { Weapons = WeaponClassNames.LongRange, WeaponClass = WeaponClass.LongRange } : statement;

            // "Biden allows Ukraine to use US missiles" above a body about ATACMS: the same long-range statement.
            if (vague && statement.WeaponClass == WeaponClass.General && longRange.Contains((statement.Supplier, statement.Stance)))
            {
                continue;
            }

            if (inLead && !background && current.Stance == Stance.Allowed && limited.Contains((current.Supplier, current.WeaponClass)))
            {
                current = current with { Stance = Stance.Limited };
            }

            if (current.Stance == Stance.UnderReview && current.WeaponClass == WeaponClass.General && reviewedLongRange.Contains(current.Supplier))
            {
                continue;
            }

            // "It is not ruled out that Biden may allow American missiles elsewhere in Russia" in a story about ATACMS:
            // a consideration that names no weapons, or only "missiles", is about the long-range ones the story is about.
            if (vague && current.Stance == Stance.UnderReview && current.WeaponClass == WeaponClass.General && longRangeSuppliers.Contains(current.Supplier))
            {
                current = current with { Weapons = WeaponClassNames.LongRange, WeaponClass = WeaponClass.LongRange };
            }

            // "UK responds whether its position on Storm Shadow strikes deep into Russia changed" over "Biden has not
            // lifted restrictions on Ukraine for strikes on Russian territory": under a headline about long-range weapons,
            // a rule that names no weapons is about them, unless the story names general weapons for some rule.
            if (longRangeStory && vague && !namesGeneralWeapons && current.WeaponClass == WeaponClass.General)
            {
                current = current with { Weapons = WeaponClassNames.LongRange, WeaponClass = WeaponClass.LongRange };
            }

            if (seen.Add((current.Supplier, current.Weapons, current.Stance, current.Evidence)))
            {
                statements.Add(current);
            }
        }

        return statements;
    }
}

/// <param name="MinimumConfidence">Statements below this confidence are not reported.</param>
public sealed record ExtractionOptions(double MinimumConfidence = 0.0);
