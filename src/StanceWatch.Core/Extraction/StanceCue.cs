using StanceWatch.Core.Model;

namespace StanceWatch.Core.Extraction;

/// <summary>A phrase that states a rule: allowing (including lifting a restriction) or prohibiting.</summary>
/// <param name="Unchanged">The phrase only says a policy has not changed ("our policy has not changed"), not what it is.</param>
internal readonly record struct StanceCue(int Start, int End, bool Allows, bool Unchanged = false)
{
    // ", which the president eventually lifted": "which" after a comma, and nothing after the verb that it could lift.
    private static bool LiftedInRelativeClause(SentenceFacts facts, int nounEnd, int removalStart)
    {
        for (var i = nounEnd; i + 1 < removalStart; i++)
        {
            if (facts.Tokens[i].Text == "," && facts.Tokens[i + 1].Text == "which")
            {
                return removalStart - (i + 1) <= 5;
            }
        }

        return false;
    }

    // "lifted restrictions that prevented Ukraine from using ...", "eased rules which had barred Kyiv from ...": the
    // rule a relative clause gives the lifted restriction is the one lifted, not a rule of its own.
    private static void ClaimLiftedRule(SentenceFacts facts, HashSet<int> consumed, int nounEnd)
    {
        if (nounEnd >= facts.Tokens.Count || facts.Tokens[nounEnd].Text is not ("that" or "which"))
        {
            return;
        }

        var at = nounEnd + 1;
        while (at < facts.Tokens.Count && at <= nounEnd + 3 && facts.Tokens[at].Text is "had" or "has" or "have" or "long" or "once" or "previously" or "so" or "far")
        {
            at++;
        }

        foreach (var rule in facts.StartingAt(at))
        {
            if (rule.Cue == Cue.Prohibit)
            {
                for (var i = rule.Start; i < rule.End; i++)
                {
                    consumed.Add(i);
                }
            }
        }
    }

    // Where "but was denied" (or refused, rejected, turned down) starts and ends after a permission asked for at the
    // verb of asking; null when the ask is not refused, or asks for no permission.
    private static (int But, int End)? DeniedAsk(SentenceFacts facts, int ask)
    {
        const int AskReach = 30;
        var last = Math.Min(facts.Tokens.Count - 2, ask + AskReach);
        for (var j = ask + 1; j < last; j++)
        {
            if (facts.Tokens[j].Text is "." or ";")
            {
                return null;
            }

            if (facts.Tokens[j].Text != "but" || facts.Tokens[j + 1].Text is not ("was" or "were"))
            {
                continue;
            }

            var at = facts.Tokens[j + 2].Text is "again" or "also" or "repeatedly" ? j + 3 : j + 2;
            foreach (var refused in facts.StartingAt(at))
            {
                var refusal = refused.Cue == Cue.Refusal || (refused.Cue == Cue.Prohibit && facts.Tokens[at].Text == "refused");
                if (refusal && facts.Of(Cue.Allow).Exists(m => m.Start > ask && m.End <= j))
                {
                    return (j, refused.End);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Picks the stance-bearing phrases of a sentence: longest first, no overlaps, "lift ... ban" as one allow.</summary>
    public static List<StanceCue> Find(SentenceFacts facts)
    {
        var candidates = new List<StanceCue>();
        var consumed = new HashSet<int>();
        foreach (var removal in facts.Of(Cue.Removal))
        {
            // "lift restrictions", "removal of the ban", and the passive "restrictions to be lifted".
            // A passive reaches further back: "the restrictions on ATACMS strikes inside Russia have been removed".
            var reach = removal.Start > 0 && facts.Tokens[removal.Start - 1].Text is "been" or "be" or "was" or "were" ? 10 : 3;
            // "strike bans on U.S.-supplied long-range missiles, which the president eventually lifted": a relative
            // clause lifts what it hangs on.
            var noun = facts.Of(Cue.RestrictionNoun).FirstOrDefault(m => m.Start >= removal.End && m.Start - removal.End <= 5)
                is { Length: > 0 } after ? after
                : facts.Of(Cue.RestrictionNoun).LastOrDefault(m => m.End <= removal.Start
                    && (removal.Start - m.End <= reach || (removal.Start - m.End <= 12 && LiftedInRelativeClause(facts, m.End, removal.Start))));
            if (noun.Length > 0)
            {
                // The relative clause is a clause of its own, so the phrase is its verb alone.
                var start = noun.End <= removal.Start && LiftedInRelativeClause(facts, noun.End, removal.Start) ? removal.Start : Math.Min(removal.Start, noun.Start);
                var end = Math.Max(removal.End, noun.End);
                Claim(candidates, consumed, new StanceCue(start, end, true));
                ClaimLiftedRule(facts, consumed, end);
            }
        }

        // "rejected Ukraine's request to use ATACMS", "turned down calls to allow": refusing what was asked bars it,
        // and a permission asked for right after the request is part of the refusal.
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            var refusalEnd = RefusalEnd(facts, i);
            if (refusalEnd < 0 || consumed.Contains(i))
            {
                continue;
            }

            // A negated "grant" starts at its negator, so that the negation is part of the refusal, not of it.
            var refusalStart = facts.IsAt(i, Cue.GrantVerb) ? NegatorBefore(facts, i).Start : i;

            for (var j = refusalEnd; j < facts.Tokens.Count && j <= refusalEnd + 3; j++)
            {
                if (facts.IsAt(j, Cue.RequestNoun))
                {
                    var end = AskedPermissionEnd(facts, candidates, j + 1) ?? j + 1;
                    Claim(candidates, consumed, new StanceCue(refusalStart, end, false));

                    break;
                }
            }
        }

        // "Britain granted Kyiv's request to use Storm Shadow missiles in Russia": a request for use met allows it.
        foreach (var grant in facts.Of(Cue.GrantVerb))
        {
            if (consumed.Contains(grant.Start) || NegatorBefore(facts, grant.Start).Length > 0)
            {
                continue;
            }

            for (var j = grant.End; j < facts.Tokens.Count && j <= grant.End + 3; j++)
            {
                if (facts.IsAt(j, Cue.RequestNoun))
                {
                    if ((AskedPermissionEnd(facts, candidates, j + 1) ?? (AsksForUse(facts, j + 1) ? j + 1 : null)) is { } end)
                    {
                        Claim(candidates, consumed, new StanceCue(grant.Start, end, true));
                    }

                    break;
                }
            }
        }

        // "At least one request to use ATACMS has been rejected": the same refusal in the passive; "Kyiv's request to
        // use the missiles in Russia was granted" allows, and "was not granted" refuses.
        foreach (var request in facts.Of(Cue.RequestNoun))
        {
            if (consumed.Contains(request.Start))
            {
                continue;
            }

            for (var j = request.End; j + 1 < facts.Tokens.Count && j <= request.End + 10; j++)
            {
                if (facts.Tokens[j].Text is not ("been" or "was" or "were"))
                {
                    continue;
                }

                if (facts.StartingAt(j + 1).FirstOrDefault(m => m.Cue == Cue.Refusal) is { Length: > 0 } refused)
                {
                    Claim(candidates, consumed, new StanceCue(request.Start, refused.End, false));
                    break;
                }

                var denied = facts.Tokens[j + 1].Text == "not";
                var at = denied ? j + 2 : j + 1;
                if (AsksForUse(facts, request.End) && facts.StartingAt(at).FirstOrDefault(m => m.Cue == Cue.GrantVerb) is { Length: > 0 } granted)
                {
                    Claim(candidates, consumed, new StanceCue(request.Start, granted.End, !denied));
                    break;
                }
            }
        }

        // "asked for permission to use British-provided missiles ... inside Russian territory but was denied": the
        // permission asked for and refused is barred.
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            if (facts.Tokens[i].Text is "asked" or "sought" or "requested" && !consumed.Contains(i) && DeniedAsk(facts, i) is { } denied)
            {
                // The refusal is a clause of its own after the "but"; the phrase is the ask, barred.
                Claim(candidates, consumed, new StanceCue(i, denied.But, false));
                for (var j = denied.But; j < denied.End; j++)
                {
                    consumed.Add(j);
                }
            }
        }

        // "The Trump Administration reversed Biden's decision to allow strikes deep inside Russia": undoing a
        // permission bars what it allowed.
        foreach (var removal in facts.Of(Cue.Removal))
        {
            if (consumed.Contains(removal.Start) || UndonePermission(facts, removal) is not { } undoneEnd)
            {
                continue;
            }

            Claim(candidates, consumed, new StanceCue(removal.Start, undoneEnd, false));
        }

        // "ruled out allowing": one refusal, so that "did not rule out allowing" is one consideration.
        foreach (var ruleOut in facts.Of(Cue.Prohibit))
        {
            if (ruleOut.Length == 2 && facts.Tokens[ruleOut.Start + 1].Text == "out" && !consumed.Contains(ruleOut.Start))
            {
                foreach (var allow in facts.StartingAt(ruleOut.End))
                {
                    if (allow.Cue == Cue.Allow)
                    {
                        Claim(candidates, consumed, new StanceCue(ruleOut.Start, allow.End, false));

                        break;
                    }
                }
            }
        }

        // "the restriction on firing ATACMS into Russia remains in place": a restriction said to persist is a prohibition.
        foreach (var persist in facts.Of(Cue.Persist))
        {
            var noun = facts.Of(Cue.RestrictionNoun).LastOrDefault(m => m.End <= persist.Start && persist.Start - m.End <= 8 && !consumed.Contains(m.Start));
            if (noun.Length > 0)
            {
                Claim(candidates, consumed, new StanceCue(noun.Start, persist.End, false));
            }
        }

        // "does not impose any restrictions", "has never set limits": a negated restriction is a permission.
        foreach (var noun in facts.Of(Cue.RestrictionNoun))
        {
            if (consumed.Contains(noun.Start))
            {
                continue;
            }

            // Not "does not intend to review restrictions": what is denied there is the review.
            var negator = facts.Of(Cue.Negator).FirstOrDefault(m => m.End <= noun.Start && noun.Start - m.End <= 3);
            if (negator.Length > 0 && !facts.Matches.Exists(m => m.Cue is Cue.Allow or Cue.Prohibit && m.Start <= negator.Start && m.End >= noun.End)
                && !facts.AnyIn(Cue.Review, negator.End, noun.Start))
            {
                Claim(candidates, consumed, new StanceCue(negator.Start, noun.End, true));
            }
        }

        // "the authorization does not extend to long-range ATACMS missiles": a permission said not to reach some
        // weapons bars them.
        foreach (var allow in facts.Of(Cue.Allow))
        {
            if (ReachIsDenied(facts, allow) is { } end && !consumed.Contains(allow.Start))
            {
                Claim(candidates, consumed, new StanceCue(allow.Start, end, false));
            }
        }

        // "with the United States and Germany reportedly imposing such restrictions", "Italy has imposed
        // restrictions": imposing a restriction is a ban (a denied one, "does not impose any", is claimed above).
        foreach (var noun in facts.Of(Cue.RestrictionNoun))
        {
            for (var i = noun.Start - 1; i >= 0 && i >= noun.Start - 3 && !consumed.Contains(noun.Start); i--)
            {
                if (facts.Tokens[i].Text is "impose" or "imposes" or "imposed" or "imposing" && !consumed.Contains(i))
                {
                    Claim(candidates, consumed, new StanceCue(i, noun.End, false));
                    break;
                }

                if (facts.Tokens[i].Text is not ("such" or "these" or "its" or "their" or "the" or "new" or "strict"))
                {
                    break;
                }
            }
        }

        // "may only be used on Ukrainian territory": "only" shortly before a within-Ukraine phrase confines use to Ukraine.
        foreach (var within in facts.Of(Cue.WithinUkraine))
        {
            // "... for use on Ukrainian territory only".
            if (within.End < facts.Tokens.Count && facts.Tokens[within.End].Text == "only")
            {
                candidates.Add(new StanceCue(within.Start, within.End + 1, false));
                continue;
            }

            // "Their use ... is currently limited to within Ukraine", "restricted to Ukrainian territory".
            if (ConfinedTo(facts, within.Start) is { } confinedAt)
            {
                candidates.Add(new StanceCue(confinedAt, within.End, false));
                continue;
            }

            var confined = false;
            for (var i = within.Start - 1; i >= 0 && i >= within.Start - 6; i--)
            {
                if (facts.Tokens[i].Text == "only")
                {
                    candidates.Add(new StanceCue(i, within.End, false));
                    confined = true;
                    break;
                }
            }

            // "will be used by the Ukrainian Armed Forces on Ukrainian territory", "is intended for use ... on the
            // territory of Ukraine": use that is meant or allowed in Ukraine, with Russia unmentioned, stops there.
            if (!confined && !facts.Has(Cue.Russia) && IntendedUseBefore(facts, within.Start) is { } useStart)
            {
                candidates.Add(new StanceCue(useStart, within.End, false));
            }
        }

        // "the administration is limiting the use of U.S. weapons in Russia to within 100 kilometers of the Ukrainian
        // border": use kept to within a distance is allowed that far (the limit word makes it Limited); kept to within
        // Ukraine it is barred, which the confinement above reads.
        // "the White House has limited Kyiv's use of ATACMS missiles to defending Ukrainian troops in Russia's Kursk
        // region": use kept to a purpose or a place outside Ukraine is allowed that far.
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            var word = facts.Tokens[i].Text;
            if (consumed.Contains(i) || word is not ("limiting" or "limits" or "restricting" or "restricts" or "confining" or "confines" or "limited" or "confined"))
            {
                continue;
            }

            var use = -1;
            for (var j = i + 1; j + 1 < facts.Tokens.Count && j <= i + 12; j++)
            {
                if (facts.Tokens[j].Text is "use" or "usage")
                {
                    use = j;
                }

                if (facts.Tokens[j].Text == "to" && facts.Tokens[j + 1].Text == "within" && word is not ("limited" or "confined"))
                {
                    if (!facts.Of(Cue.WithinUkraine).Exists(m => m.Start >= j + 1 && m.Start <= j + 3))
                    {
                        candidates.Add(new StanceCue(i, i + 1, true));
                    }

                    break;
                }

                if (facts.Tokens[j].Text == "to" && use > i && ScopeAfterTo.Opens(facts, j + 1))
                {
                    candidates.Add(new StanceCue(i, i + 1, true));
                    break;
                }
            }
        }

        // "there are extreme limitations on how Ukraine can use U.S. weapons to fire into Russia", "limiting how Ukraine
        // uses the weapons it receives": the use is allowed, within limits.
        foreach (var noun in facts.Of(Cue.RestrictionNoun))
        {
            if (!consumed.Contains(noun.Start) && noun.End + 1 < facts.Tokens.Count && facts.Tokens[noun.End].Text == "on" && facts.Tokens[noun.End + 1].Text == "how"
                && !facts.AnyIn(Cue.Negator, Math.Max(0, noun.Start - 3), noun.Start))
            {
                Claim(candidates, consumed, new StanceCue(noun.Start, noun.End + 2, true));
            }
        }

        // "expressed support for Ukrainian strikes on military targets in Russia": a government backing the strikes
        // themselves (not a change to others' rules, which is advocacy) allows them.
        foreach (var support in facts.Of(Cue.SupportVerb))
        {
            for (var j = support.End; j < facts.Tokens.Count && j <= support.End + 3; j++)
            {
                if (facts.IsAt(j, Cue.Strike))
                {
                    candidates.Add(new StanceCue(support.Start, j + 1, true));
                    break;
                }

                if (facts.Tokens[j].Text is not ("for" or "ukrainian" or "ukraine" or "kyiv" or "the"))
                {
                    break;
                }
            }
        }

        // "has an absolute right under international law to strike": a right to act, however qualified, allows it.
        for (var i = 0; i < facts.Tokens.Count; i++)
        {
            if (facts.Tokens[i].Text != "right" || consumed.Contains(i))
            {
                continue;
            }

            for (var j = i + 1; j < facts.Tokens.Count - 1 && j <= i + 6; j++)
            {
                if (facts.Tokens[j].Text == "to" && facts.IsAt(j + 1, Cue.Strike))
                {
                    candidates.Add(new StanceCue(i, j + 2, true));
                    break;
                }
            }
        }

        // "Ukraine has promised the United States that it will not use new long-range weapons against targets inside
        // Russia", "received assurances that they would not be used to target inside Russia": the use Ukraine
        // undertook to forgo is the condition the supplier set.
        foreach (var assurance in facts.Of(Cue.Assurance))
        {
            if (ForgoneUse(facts, assurance.End) is { } forgone && !Enumerable.Range(forgone.Start, forgone.End - forgone.Start).Any(consumed.Contains))
            {
                Claim(candidates, consumed, new StanceCue(forgone.Start, forgone.End, false));
            }
        }

        foreach (var match in facts.Matches)
        {
            if (match.Cue is Cue.Allow or Cue.Prohibit && !Enumerable.Range(match.Start, match.Length).Any(consumed.Contains)
                && !NamesAProcedure(facts, match) && !PermitsHandingOver(facts, match) && !ActsOnRussia(facts, match) && !IsHortative(facts, match) && !IsCapability(facts, match)
                && !IsUnwantedOutcome(facts, match) && !IsLicenceToSpeak(facts, match) && !IsAwaitedUse(facts, match) && !IsRussiasRefusal(facts, match))
            {
                candidates.Add(new StanceCue(match.Start, match.End, match.Cue == Cue.Allow));
            }
        }

        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var chosen = new List<StanceCue>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count == 0 || candidate.Start >= chosen[^1].End)
            {
                chosen.Add(candidate);
            }
        }

        return chosen;
    }

    // The end of the permission a request asks for, "pleas (from Kyiv) to let it strike", "calls to lift restrictions",
    // when it follows the request noun; a lifting already taken as a permission of its own is folded into the refusal.
    private static int? AskedPermissionEnd(SentenceFacts facts, List<StanceCue> candidates, int afterNoun)
    {
        for (var i = afterNoun; i + 1 < facts.Tokens.Count && i <= afterNoun + 3; i++)
        {
            if (facts.IsAt(i, Cue.ClauseBreak))
            {
                return null;
            }

            if (facts.Tokens[i].Text is not ("to" or "for"))
            {
                continue;
            }

            var lifting = candidates.FindIndex(c => c.Start == i + 1 && c.Allows);
            if (lifting >= 0)
            {
                var end = candidates[lifting].End;
                candidates.RemoveAt(lifting);
                return end;
            }

            int? allowEnd = null;
            foreach (var match in facts.StartingAt(i + 1))
            {
                if (match.Cue == Cue.Allow)
                {
                    allowEnd = Math.Max(allowEnd ?? 0, match.End);
                }
            }

            return allowEnd;
        }

        return null;
    }

    // The end of "rejected", "turned down", "rebuffed", a negated "grant" ("reluctant to grant Ukraine's demand", "has
    // not met Kyiv's request") at a token, or -1.
    private static int RefusalEnd(SentenceFacts facts, int i)
    {
        foreach (var match in facts.StartingAt(i))
        {
            if (match.Cue == Cue.Refusal)
            {
                return match.End;
            }

            if (match.Cue == Cue.GrantVerb)
            {
                return NegatorBefore(facts, i).Length > 0 ? match.End : -1;
            }
        }

        return -1;
    }

    // The end of the permission a removal word undoes: "reversed Biden's decision (late last year) to allow", "revoked
    // the permission".
    private static int? UndonePermission(SentenceFacts facts, PhraseMatch removal)
    {
        for (var i = removal.End; i < facts.Tokens.Count && i <= removal.End + 8; i++)
        {
            // "reversed his position and gave his approval": what follows "and" is a new act, not what was undone.
            if (facts.IsAt(i, Cue.RestrictionNoun) || facts.Tokens[i].Text is "and" or "but" or ",")
            {
                return null;
            }

            if (facts.Tokens[i].Text is "decision" or "permission" or "authorisation" or "authorization" or "approval" or "order")
            {
                for (var j = i; j < facts.Tokens.Count && j <= i + 5; j++)
                {
                    if (facts.StartingAt(j).FirstOrDefault(m => m.Cue == Cue.Allow) is { Length: > 0 } allow
                        && (j == i || facts.ContainsToken(i + 1, j, "to")))
                    {
                        return allow.End;
                    }
                }

                return null;
            }
        }

        return null;
    }

    private static PhraseMatch NegatorBefore(SentenceFacts facts, int i) =>
        facts.Of(Cue.Negator).LastOrDefault(m => m.End <= i && i - m.End <= 1);

    // The end of "... does not extend to", "... to strike Russia doesn't cover" shortly after a permission.
    private static int? ReachIsDenied(SentenceFacts facts, PhraseMatch allow)
    {
        for (var i = allow.End + 1; i < facts.Tokens.Count && i <= allow.End + 7; i++)
        {
            var text = facts.Tokens[i].Text;
            if (text is ";" or "but" or "while" || facts.IsAt(i, Cue.Allow) || facts.IsAt(i, Cue.Prohibit))
            {
                return null;
            }

            if (text is "extend" or "extends" or "cover" or "covers" or "apply" or "applies" or "include" or "includes"
                && facts.Tokens[i - 1].Text is "not" or "n't" or "never")
            {
                return i + 1 < facts.Tokens.Count && facts.Tokens[i + 1].Text == "to" ? i + 2 : i + 1;
            }
        }

        return null;
    }

    // "he did not want to escalate the conflict between Russia and Ukraine": what is not wanted is an outcome, not
    // the use of the weapons.
    // "“we don't want escalation” but Ukraine could attack ...": nor is escalation itself.
    private static bool IsUnwantedOutcome(SentenceFacts facts, PhraseMatch match)
    {
        if (match.Cue != Cue.Prohibit || facts.Tokens[match.End - 1].Text != "want" || match.End + 1 >= facts.Tokens.Count)
        {
            return false;
        }

        var next = facts.Tokens[match.End].Text;
        var noun = next is "a" or "an" or "any" ? facts.Tokens[match.End + 1].Text : next;
        return noun is "escalation" or "war" or "conflict" or "confrontation"
            || (next == "to" && facts.Tokens[match.End + 1].Text is "escalate" or "provoke" or "risk" or "widen" or "expand" or "trigger" or "start" or "get" or "be" or "become" or "drag" or "enter");
    }

    // A phrase built from several matches: a candidate whose tokens no plain match may take again.
    private static void Claim(List<StanceCue> candidates, HashSet<int> consumed, StanceCue cue)
    {
        candidates.Add(cue);
        for (var i = cue.Start; i < cue.End; i++)
        {
            consumed.Add(i);
        }
    }

    // "maximum pressure against Russia, who has refused to come to the table": what Russia refuses is no supplier's rule.
    private static bool IsRussiasRefusal(SentenceFacts facts, PhraseMatch match)
    {
        if (match.Cue != Cue.Prohibit || !facts.Tokens[match.Start].Text.StartsWith("refus", StringComparison.Ordinal))
        {
            return false;
        }

        var i = match.Start;
        while (i > 0 && facts.Tokens[i - 1].Text is "has" or "had" or "have" or "who" or "which" or ",")
        {
            i--;
        }

        return facts.Matches.Exists(m => m.Cue == Cue.Russia && m.End == i);
    }

    // "using long-range weaponry to prevent and interdict Russia's ability ...": what the weapons are for, not a rule.
    private static bool ActsOnRussia(SentenceFacts facts, PhraseMatch match)
    {
        if (match.Cue != Cue.Prohibit || match.Start == 0 || facts.Tokens[match.Start - 1].Text != "to")
        {
            return false;
        }

        // "to avoid launching deep attacks into Russian territory" bars the attacks, not Russia.
        for (var i = match.End; i < facts.Tokens.Count && i <= match.End + 3; i++)
        {
            if (facts.IsAt(i, Cue.Strike))
            {
                return false;
            }

            if (facts.IsAt(i, Cue.Russia))
            {
                return true;
            }
        }

        return false;
    }

    // The start of "will be used", "can use", "intended for use" up to eight words before a place in Ukraine.
    // Where "limited to", "restricted to" or "confined to" begins, right before a within-Ukraine phrase
    // (allowing "within", "inside", "on" or "the" between).
    private static int? ConfinedTo(SentenceFacts facts, int withinStart)
    {
        var i = withinStart - 1;
        while (i >= 0 && facts.Tokens[i].Text is "within" or "inside" or "on" or "the" or "strictly" or "solely")
        {
            i--;
        }

        return i >= 1 && facts.Tokens[i].Text == "to" && facts.Tokens[i - 1].Text is "limited" or "restricted" or "confined"
            ? i - 1
            : null;
    }

    private static int? IntendedUseBefore(SentenceFacts facts, int withinStart)
    {
        for (var i = withinStart - 1; i >= 0 && i >= withinStart - 8; i--)
        {
            if (facts.Tokens[i].Text is not ("use" or "used" or "utilization" or "utilisation"))
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                if (facts.Tokens[j].Text is "can" or "will" or "must" or "may" or "should" or "intended" or "for" or "is" or "are")
                {
                    return j;
                }
            }

            // "the fighter jets are for Ukraine's defence forces to use on Ukraine's territory": given for someone to use.
            if (i >= 2 && facts.Tokens[i - 1].Text == "to")
            {
                for (var j = i - 2; j >= 0 && j >= i - 7; j--)
                {
                    if (facts.Tokens[j].Text == "for" && j > 0 && facts.Tokens[j - 1].Text is "are" or "is" or "were" or "was" or "only" or "solely")
                    {
                        return j;
                    }
                }
            }

            return null;
        }

        return null;
    }

    private const int AssuranceReach = 25;

    // The negated use after an assurance ("would not be used", "will not fire", "to refrain from using"), when Russia
    // is where the use would have been.
    private static (int Start, int End)? ForgoneUse(SentenceFacts facts, int from)
    {
        var last = Math.Min(facts.Tokens.Count, from + AssuranceReach);
        for (var i = from; i < last; i++)
        {
            var refrain = facts.Tokens[i].Text is "refrain" or "refrained" or "refraining" && i + 1 < facts.Tokens.Count && facts.Tokens[i + 1].Text == "from";
            if (!refrain && !facts.IsAt(i, Cue.Negator))
            {
                continue;
            }

            for (var j = refrain ? i + 2 : i + 1; j < facts.Tokens.Count && j <= i + 4; j++)
            {
                if (IsUseVerb(facts.Tokens[j].Text))
                {
                    return facts.AnyIn(Cue.Russia, j + 1, facts.Tokens.Count) ? (i, j + 1) : null;
                }

                if (facts.Tokens[j].Text is not ("be" or "to" or "only" or "ever" or "been"))
                {
                    break;
                }
            }
        }

        return null;
    }

    // "request to use", "request to strike": what is asked is a use of the weapons.
    private static bool AsksForUse(SentenceFacts facts, int afterNoun) =>
        afterNoun + 1 < facts.Tokens.Count && facts.Tokens[afterNoun].Text == "to"
        && (IsUseVerb(facts.Tokens[afterNoun + 1].Text) || facts.IsAt(afterNoun + 1, Cue.Strike));

    private static bool IsUseVerb(string word) =>
        word is "use" or "used" or "using" or "fire" or "fired" or "firing" or "strike" or "striking" or "target" or "targeting"
            or "launch" or "launched" or "hit" or "attack" or "deploy" or "deployed" or "employ" or "employed";

    // "Pentagon approval is required before they can be deployed", "until they may be used": a use that waits on
    // something is a condition on the permission, not the permission.
    private static bool IsAwaitedUse(SentenceFacts facts, PhraseMatch match) =>
        match.Cue == Cue.Allow && facts.Tokens[match.Start].Text is "can" or "could" or "may"
        && facts.ContainsToken(Math.Max(0, match.Start - 3), match.Start, "before", "until", "unless");

    // "drones that can hit targets further inside Russia", "Storm Shadow missiles, which can hit targets up to 155
    // miles away", "a longer-range version that could strike as far as 190 miles": what a weapon can reach, not what
    // its user may do.
    private static bool IsCapability(SentenceFacts facts, PhraseMatch match)
    {
        // "French weapons could already be used against ...": a passive permission is no capability.
        if (match.Cue != Cue.Allow || facts.Tokens[match.Start].Text is not ("can" or "could" or "able") || facts.ContainsToken(match.Start, match.End, "be"))
        {
            return false;
        }

        var before = match.Start - 1;
        if (before >= 0 && facts.Tokens[before].Text is "that" or "which")
        {
            before--;
        }

        if (before >= 0 && facts.Tokens[before].Text == ",")
        {
            before--;
        }

        return before >= 0
            && (facts.Tokens[before].Text is "drones" or "missiles" or "rockets" or "systems" or "weapons" or "jets" or "aircraft" or "version" or "versions" or "variant" or "variants"
                || facts.Matches.Exists(m => m.Cue is Cue.GeneralWeapon or Cue.NamedWeapon && m.End == before + 1));
    }

    // "Now, let's get to the meat of it", "let us be clear": an exhortation, not a permission.
    private static bool IsHortative(SentenceFacts facts, PhraseMatch match)
    {
        var token = facts.Tokens[match.Start];
        if (match.Length != 1 || token.Text != "let")
        {
            return false;
        }

        // "'Let Ukraine strike Russian air bases' – Estonian defense minister": a sentence that opens on "let" bids
        // others to let.
        return facts.IsPossessive(match.Start) || facts.FirstWord() == match.Start
            || (match.End < facts.Tokens.Count && facts.Tokens[match.End].Text is "us" or "me" && !facts.Tokens[match.End].IsUpper);
    }

    // "The U.S. official, who wasn't authorized to speak publicly about the decision, said ...": a source's licence to
    // speak is the newsroom's formula for anonymity, not a rule on weapons.
    private static bool IsLicenceToSpeak(SentenceFacts facts, PhraseMatch match)
    {
        if (match.Cue != Cue.Allow)
        {
            return false;
        }

        var i = match.End;
        // "I'll let them speak to their use of American munitions", "let the Pentagon comment on that".
        if (facts.Tokens[match.Start].Text is "let" or "lets" or "letting")
        {
            for (var j = i + 1; j < facts.Tokens.Count && j <= i + 3; j++)
            {
                if (IsLicensedSpeech(facts.Tokens[j].Text))
                {
                    return true;
                }
            }
        }

        if (i < facts.Tokens.Count && facts.Tokens[i].Text == "to")
        {
            i++;
        }

        return i < facts.Tokens.Count && i > 0 && facts.Tokens[i - 1].Text == "to" && IsLicensedSpeech(facts.Tokens[i].Text);
    }

    /// <summary>What an anonymous source is (not) "authorized to" do: "speak publicly", "discuss the matter".</summary>
    internal static bool IsLicensedSpeech(string word) =>
        word is "speak" or "comment" or "discuss" or "talk" or "disclose" or "brief" or "describe" or "reveal" or "share" or "publicly" or "identify" or "detail";

    // "an approval procedure has prevented Ukraine from ...": the permission word names a procedure, not a permission.
    private static bool NamesAProcedure(SentenceFacts facts, PhraseMatch match) =>
        facts.IsAt(match.End, Cue.ProcedureNoun);

    // "agreed to authorise the donation of Storm Shadow": a permission to hand the weapons over, not to use them.
    private static bool PermitsHandingOver(SentenceFacts facts, PhraseMatch match) =>
        match.Cue == Cue.Allow && facts.IsAt(match.End, Cue.SupplyNoun);

    public Stance Stance => Allows ? Stance.Allowed : Stance.Prohibited;
}
