namespace StanceWatch.Core.Extraction;

/// <summary>What a sentence's rules may know beyond the sentence itself.</summary>
/// <param name="StatedAt">When the section the sentence belongs to was written.</param>
/// <param name="EarlierSpeaker">
/// The supplier whose person or office the nearest earlier sentences of the section name, if any: who "we" in a
/// quote most likely speaks for. Asked only when needed, since it reads those sentences again.
/// </param>
/// <param name="EarlierWeapon">The system or long-range weapons the previous sentence named, for "them" in this one.</param>
/// <param name="RussiaImplied">
/// The article is about strikes on Russia, so a sentence that only says a supplier sets "no restrictions" on its
/// weapons need not name Russia again.
/// </param>
internal sealed record SentenceContext(
    DateTimeOffset? StatedAt,
    Lexicon Lexicon,
    Func<string?> EarlierSpeaker,
    Func<Weapons.Description?> EarlierWeapon,
    bool RussiaImplied = false);
