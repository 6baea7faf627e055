namespace StanceWatch.Core.Extraction;

/// <summary>What a sentence's rules may know beyond the sentence itself.</summary>
/// <param name="StatedAt">When the section the sentence belongs to was written.</param>
/// <param name="NearbySpeaker">
/// The supplier whose person or office the sentences around this one name as speaking: who "we" in a quote most
/// likely speaks for. Asked only when needed, since it reads those sentences again.
/// </param>
/// <param name="EarlierWeapon">The system or long-range weapons the previous sentence named, for "them" in this one.</param>
/// <param name="EarlierSuppliers">The suppliers the previous sentence named, for "these countries" in this one.</param>
/// <param name="FollowingAgents">The suppliers a verbless list right after the sentence names ("Neither from the Brits, nor from us.").</param>
/// <param name="EarlierMissile">The long-range missile system named last in the sentences before, for "the missiles" in this one.</param>
/// <param name="Topic">Where the sentence's topic (weapons used on Russia) comes from: itself, or its article or the sentence before.</param>
internal sealed record SentenceContext(
    DateTimeOffset? StatedAt,
    Lexicon Lexicon,
    Func<string?> NearbySpeaker,
    Func<Weapons.Description?> EarlierWeapon,
    Func<IReadOnlyList<string>> EarlierSuppliers,
    Func<IReadOnlyList<string>> FollowingAgents,
    SentenceTopic Topic = SentenceTopic.Own,
    Func<Weapons.Description?>? EarlierMissile = null)
{
    /// <summary>Russia need not be named: the article, or the sentence before, already set the topic.</summary>
    public bool RussiaImplied => Topic != SentenceTopic.Own;
}

/// <summary>What makes a sentence about weapons used against Russian territory.</summary>
internal enum SentenceTopic
{
    /// <summary>It says so itself: weapons or strikes, and Russia.</summary>
    Own,

    /// <summary>The article is about it, and the sentence speaks of the restrictions or of long-range weapons.</summary>
    Article,

    /// <summary>It continues a statement just made ("Sweden has also granted permission").</summary>
    PreviousSentence,
}
