namespace StanceWatch.Core.Extraction;

/// <summary>What a sentence's rules may know beyond the sentence itself.</summary>
/// <param name="StatedAt">When the section the sentence belongs to was written.</param>
/// <param name="EarlierSpeaker">
/// The supplier whose person or office the nearest earlier sentences of the section name, if any: who "we" in a
/// quote most likely speaks for. Asked only when needed, since it reads those sentences again.
/// </param>
internal sealed record SentenceContext(DateTimeOffset? StatedAt, Lexicon Lexicon, Func<string?> EarlierSpeaker);
