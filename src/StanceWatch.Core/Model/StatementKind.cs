namespace StanceWatch.Core.Model;

/// <summary>What sort of utterance a statement is; the ledger weighs kinds differently.</summary>
public enum StatementKind
{
    /// <summary>The government decided or announced the rule itself.</summary>
    Decision,

    /// <summary>Officials or sources say what the rule is.</summary>
    Report,

    /// <summary>"There has been no change in our policy."</summary>
    Denial,

    /// <summary>The government is considering or working on a change.</summary>
    Consideration,

    /// <summary>Someone urges others to change their rules; not a supplier's own policy.</summary>
    Advocacy,
}
