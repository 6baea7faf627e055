using System.Text;

namespace StanceWatch.Core.Articles;

/// <summary>Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, not guessed.</summary>
public static class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ArticleParseException("The article is empty (0 bytes).");
        }

        if (bytes.IndexOf((byte)0) >= 0 && !(bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new ArticleParseException("The content is binary (it contains NUL bytes), not article text.");
        }

        try
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                return StrictUtf8.GetString(bytes[3..]);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ArticleParseException($"The content is not valid UTF-8 text (invalid byte at offset {ex.Index}); save it as UTF-8.", ex);
        }
    }
}
