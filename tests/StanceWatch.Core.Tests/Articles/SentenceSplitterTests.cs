using StanceWatch.Core.Articles;

namespace StanceWatch.Core.Tests.Articles;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("U.S. President Joe Biden said so. Officials agreed.", "U.S. President Joe Biden said so.|Officials agreed.")]
    [InlineData("Mr. Blinken met Lt. Gen. Smith in Kyiv. They talked.", "Mr. Blinken met Lt. Gen. Smith in Kyiv.|They talked.")]
    [InlineData("It cost $2.5bn (£1.9bn) in total. More came later.", "It cost $2.5bn (£1.9bn) in total.|More came later.")]
    [InlineData("“Our policy has not changed,” the official said. It had not.", "“Our policy has not changed,” the official said.|It had not.")]
    [InlineData("He said: “We will act.” Then he left.", "He said: “We will act.”|Then he left.")]
    [InlineData("Strikes on [Army Tactical Missile System] sites — inside Russia — stay barred. Yes.", "Strikes on [Army Tactical Missile System] sites — inside Russia — stay barred.|Yes.")]
    [InlineData("J. D. Vance spoke on Sept. 11 at 9 a.m. in Washington. Nobody asked.", "J. D. Vance spoke on Sept. 11 at 9 a.m. in Washington.|Nobody asked.")]
    [InlineData("Is it allowed? Nobody knows! Wait...", "Is it allowed?|Nobody knows!|Wait...")]
    [InlineData("Biden partially lifts ban on Ukraine using US weapons", "Biden partially lifts ban on Ukraine using US weapons")]
    public void Splits_where_sentences_end_and_nowhere_else(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), SentenceSplitter.Split(paragraph));

    [Fact]
    public void Sentences_are_verbatim_substrings()
    {
        const string paragraph = "May 31 (UPI) — U.S. officials said it.  The U.K. agreed, too.";
        Assert.All(SentenceSplitter.Split(paragraph), s => Assert.Contains(s, paragraph, StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_with_no_sentence_end_is_cut_at_clause_marks_into_bounded_verbatim_pieces()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The US allows US weapons in Russia, officials said; ", 400));
        var sentences = SentenceSplitter.Split(paragraph);
        Assert.True(sentences.Count > 10);
        Assert.All(sentences, s =>
        {
            Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength);
            Assert.Contains(s, paragraph, StringComparison.Ordinal);
            Assert.Matches("[;,]$", s);
        });
        Assert.Equal(paragraph.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(sentences).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
