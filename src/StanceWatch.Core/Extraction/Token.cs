namespace StanceWatch.Core.Extraction;

/// <summary>A word or punctuation mark of a sentence, normalised for matching, with its place in the original.</summary>
/// <param name="Text">Lower-case, dots inside words removed (U.S. → us), apostrophe-s dropped.</param>
/// <param name="IsUpper">The original was written in capitals (US, UK), which tells the country from the pronoun.</param>
internal readonly record struct Token(string Text, int Start, int End, bool IsUpper, bool IsPunctuation);
