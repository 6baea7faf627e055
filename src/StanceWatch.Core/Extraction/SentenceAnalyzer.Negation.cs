using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>Whether a stance phrase is negated: "not allow", "ruled out allowing", "is not going to give X permission".</summary>
internal static partial class SentenceAnalyzer
{
    private const int NegationWindow = 3;

    // "not allow", and "ruled out allowing" / "opposes allowing": a prohibition right before a permission negates it.
    private static bool IsNegated(SentenceFacts facts, StanceCue cue, int clauseStart) =>
        facts.Of(Cue.Negator).Exists(m => m.Start >= clauseStart && m.End <= cue.Start
            && ((cue.Start - m.End <= NegationWindow && !StartsNewPredicate(facts, m.End, cue.Start)) || OnlyBridgeWords(facts, m.End, cue.Start))
            && !IsPartOfPhrase(facts, m, cue.Start)
            && !InClosedAside(facts, m.Start, cue.Start)
            // "a decision on whether or not to allow": the alternative, not a negation.
            && !(m.Start >= 2 && facts.Tokens[m.Start - 1].Text == "or" && facts.Tokens[m.Start - 2].Text == "whether"))
        || (cue.Allows && facts.Of(Cue.Prohibit).Exists(m => m.Start >= clauseStart && m.End <= cue.Start && cue.Start - m.End <= 1 && !InClosedAside(facts, m.Start, cue.Start)))
        // "none of these countries gave Ukraine permission".
        || NoneOfSubjects(facts, clauseStart, cue.Start)
        // "continues to rule out delivering Taurus and allowing strikes deep inside Russia": the ban reaches a
        // permission joined to the gerund right after it.
        || (cue.Allows && CoordinatedWithBannedGerund(facts, clauseStart, cue.Start))
        // "the Ministry of Defence denied claims that the government had granted Ukraine permission".
        || (cue.Allows && DeniesTheReportedClause(facts, cue.Start))
        // "the Constitution forbids the government from allowing Kyiv to ...".
        || (cue.Allows && cue.Start > 0 && facts.Tokens[cue.Start - 1].Text == "from"
            && facts.Of(Cue.Prohibit).Exists(m => m.Start >= clauseStart && m.End < cue.Start));

    // The permission sits in a "that" clause whose content is denied: "denied that Washington had given", "dismissed
    // media reports that it had lifted the ban". Not when the denial is itself withheld: "neither confirmed nor denied".
    private static bool DeniesTheReportedClause(SentenceFacts facts, int cueStart)
    {
        const int ClauseReach = 12;
        for (var that = cueStart - 1; that > 0 && cueStart - that <= ClauseReach; that--)
        {
            var word = facts.Tokens[that].Text;
            if (word is "," or ";" or "but" or "which")
            {
                return false;
            }

            if (word != "that")
            {
                continue;
            }

            var verb = that - 1;
            var reported = facts.Tokens[verb].Text is "reports" or "report" or "claims" or "claim" or "suggestions" or "speculation"
                or "rumours" or "rumors" or "allegations";
            if (reported)
            {
                verb -= verb > 0 && facts.Tokens[verb - 1].Text is "media" or "press" or "news" ? 2 : 1;
                verb -= verb >= 0 && facts.Tokens[verb].Text is "the" ? 1 : 0;
            }

            // "is not convinced that it should give Ukraine the authority to launch": the case for it is not accepted.
            var doubted = verb > 0 && (facts.Tokens[verb].Text == "unconvinced"
                || (facts.Tokens[verb].Text == "convinced" && facts.Tokens[verb - 1].Text is "not" or "n't" or "never"));
            return doubted || (verb >= 0
                && (facts.Tokens[verb].Text is "denied" or "denies" or "deny" or "denying"
                    || (reported && facts.Tokens[verb].Text is "dismissed" or "dismisses" or "rejected" or "rejects" or "refuted" or "refutes"))
                && !(verb > 0 && facts.Tokens[verb - 1].Text is "nor" or "or" or "not" or "n't" or "never"));
        }

        return false;
    }

    // "Joe Biden, who has so far refused to do so, authorized ...": the refusal sits in an aside that a comma has
    // closed before the permission, so it does not reach it.
    private static bool InClosedAside(SentenceFacts facts, int negatorStart, int cueStart)
    {
        var closed = false;
        for (var i = negatorStart; i < cueStart; i++)
        {
            closed |= facts.Tokens[i].Text == ",";
        }

        for (var k = negatorStart - 1; closed && k >= 1; k--)
        {
            if (facts.Tokens[k].Text == ",")
            {
                return false;
            }

            if (facts.Tokens[k].Text is "who" or "which" && facts.Tokens[k - 1].Text == ",")
            {
                return true;
            }
        }

        return false;
    }

    // "is not escalatory and is consistent with U.S. policy": a negation ends where "and" or "but" opens a predicate
    // of its own.
    private static bool StartsNewPredicate(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (facts.Tokens[i].Text is "and" or "but" && facts.Tokens[i + 1].Text is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "remains")
            {
                return true;
            }
        }

        return false;
    }

    // "is not going to give the Armed Forces of Ukraine permission": a negation reaches its stance phrase across a
    // verb of giving and its recipient, however many words those take.
    private static bool OnlyBridgeWords(SentenceFacts facts, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (facts.Tokens[i].Text is not ("going" or "to" or "give" or "gave" or "given" or "giving" or "grant" or "granted" or "granting"
                or "be" or "been" or "being" or "yet" or "the" or "a" or "an" or "any" or "its" or "kyiv" or "kiev" or "ukraine" or "ukrainians"
                or "ukrainian" or "armed" or "forces" or "of" or "military" or "formal" or "official" or "such" or "explicit"
                // "will not 'go it alone' and let Ukraine use ...".
                or "go" or "it" or "alone" or "and"
                // "didn't make any commitments to reverse a U.S. ban".
                or "make" or "made" or "commitment" or "commitments" or "commit" or "promise" or "promises"
                // "does not intend to grant Ukraine permission": an intention denied is a refusal.
                or "intend" or "intends" or "intended" or "plan" or "plans" or "planning"))
            {
                return false;
            }
        }

        return true;
    }

    // "will not lift restrictions and allow Ukraine to strike ...", "has no plans to lift the ban and allow ...": a
    // permission joined by "and" to a permission just denied shares its negation, however far the negator stands.
    private static bool CoordinatedWithNegatedPermission(SentenceFacts facts, StanceCue? previous, int cueStart, int clauseStart)
    {
        if (previous is not { } before || cueStart < 1 || facts.Tokens[cueStart - 1].Text != "and"
            || cueStart - 1 - before.End > 4 || facts.ContainsToken(before.End, cueStart, ","))
        {
            return false;
        }

        return before.Allows ? IsNegated(facts, before, clauseStart) : facts.AnyIn(Cue.Negator, before.Start, before.End);
    }

    private static bool CoordinatedWithBannedGerund(SentenceFacts facts, int clauseStart, int cueStart)
    {
        if (cueStart < 3 || facts.Tokens[cueStart - 1].Text != "and")
        {
            return false;
        }

        foreach (var ban in facts.Of(Cue.Prohibit))
        {
            if (ban.Start >= clauseStart && ban.End < cueStart - 1 && cueStart - 1 - ban.End <= 4
                && facts.Tokens[ban.End].Text.EndsWith("ing", StringComparison.Ordinal)
                && !facts.ContainsToken(ban.End, cueStart, ","))
            {
                return true;
            }
        }

        return false;
    }

    // "no" inside "no restrictions" or "not" inside "has not changed" are parts of other phrases, not negations.
    // A phrase that overlaps the stance phrase lost to it ("not lift" to "lift the ban"), so its negator still negates.
    // Also "There will be no range restrictions, allowing Ukraine to ...": the "no" denies the restrictions, and the
    // permission that follows them is the same thing said again.
    private static bool IsPartOfPhrase(SentenceFacts facts, PhraseMatch negator, int cueStart) =>
        facts.Matches.Exists(m => m.Cue is Cue.Denial or Cue.Allow or Cue.Prohibit && m.Start <= negator.Start && m.End >= negator.End && m.Length > negator.Length
            && m.End <= cueStart)
        || facts.AnyIn(Cue.RestrictionNoun, negator.End, Math.Min(cueStart, negator.End + NegationWindow + 1));

    private static bool NoneOfSubjects(SentenceFacts facts, int clauseStart, int cueStart) =>
        facts.ContainsSequence(clauseStart, cueStart, "none", "of");

    private static bool IsRuleOut(SentenceFacts facts, StanceCue cue) =>
        cue.End - cue.Start >= 2 && facts.Tokens[cue.Start].Text is "rule" or "rules" or "ruled" or "ruling" && facts.Tokens[cue.Start + 1].Text == "out";

    // "has not changed its policy about allowing ...": the unchanged policy is the permission's; not so in "its
    // policy has not changed, and Ukraine has always had the autonomy to use them as it sees fit".
    private static bool UnchangedGoverns(SentenceFacts facts, int clauseStart, int cueStart)
    {
        var unchanged = facts.FirstIn(Cue.Unchanged, clauseStart, cueStart);
        if (unchanged.Length == 0)
        {
            return false;
        }

        for (var i = unchanged.End; i < cueStart; i++)
        {
            if (facts.Tokens[i].Text is "," or "and" or "but" or ";" or ":")
            {
                return false;
            }
        }

        return true;
    }
}
