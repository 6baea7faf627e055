namespace StanceWatch.Core.Articles;

/// <summary>Plain text: every non-empty line is a block (news dumps put one paragraph per line), kept verbatim but trimmed.</summary>
internal static class PlainTextReader
{
    public static List<TextBlock> Read(string text)
    {
        var blocks = new List<TextBlock>();
        foreach (var line in text.Split('\n'))
        {
            // Evidence must quote the source exactly, so only the ends are trimmed.
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                blocks.Add(new TextBlock(trimmed));
            }
        }

        return blocks;
    }

    /// <summary>Trims and folds runs of spaces and tabs (non-breaking too) into one space.</summary>
    public static string Normalize(string line)
    {
        var builder = new System.Text.StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (c is ' ' or '\t' or '\r' or '\u00A0' or '\u2009' or '\u202F')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
