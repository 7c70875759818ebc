using System.Globalization;
using System.Text;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>Base64 and URL encoding functions.</summary>
internal static class EncodingFunctions
{
    private const string ComponentSafe = "-_.!~*'()";
    private const string UriSafe = "-_.!~*'();/?:@&=+$,#";

    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("base64encode", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Convert.ToBase64String(Latin1OrUtf8(s)) : null);
        yield return Define("base64decode", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Base64Decode(s) : null);
        yield return Define("encodeUrlComponent", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Encode(s, ComponentSafe, "encodeUrlComponent") : null);
        yield return Define("encodeUrl", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Encode(s, UriSafe, "encodeUrl") : null);
        yield return Define("decodeUrlComponent", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Decode(s, "", "decodeUrlComponent") : null);
        yield return Define("decodeUrl", "<s-:s>", 1, (_, a, _, _) => a[0] is string s ? Decode(s, ";/?:@&=+$,#", "decodeUrl") : null);
    }

    /// <summary>Decodes leniently, like Node's Buffer: characters outside the base64 alphabet are ignored.</summary>
    private static string Base64Decode(string s)
    {
        var clean = new string([.. s.Where(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/')]);
        if (clean.Length % 4 == 1)
        {
            clean = clean[..^1];
        }

        clean = clean.PadRight(clean.Length + ((4 - (clean.Length % 4)) % 4), '=');
        return Encoding.UTF8.GetString(Convert.FromBase64String(clean));
    }

    private static byte[] Latin1OrUtf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Encode(string s, string safe, string fn)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || safe.Contains(c, StringComparison.Ordinal))
            {
                sb.Append(c);
                continue;
            }

            string chunk;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    throw Malformed(fn, s);
                }

                chunk = s.Substring(i, 2);
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                throw Malformed(fn, s);
            }
            else
            {
                chunk = c.ToString();
            }

            foreach (var b in Encoding.UTF8.GetBytes(chunk))
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string Decode(string s, string reserved, string fn)
    {
        var sb = new StringBuilder();
        var bytes = new List<byte>();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '%')
            {
                sb.Append(s[i++]);
                continue;
            }

            var start = i;
            bytes.Clear();
            while (i < s.Length && s[i] == '%')
            {
                if (i + 3 > s.Length)
                {
                    throw Malformed(fn, s);
                }

                if (!byte.TryParse(s.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
                {
                    throw Malformed(fn, s);
                }

                bytes.Add(b);
                i += 3;
                if (b < 0x80)
                {
                    break;
                }
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString([.. bytes]);
            }
            catch (DecoderFallbackException)
            {
                throw Malformed(fn, s);
            }

            if (text.Length == 1 && reserved.Contains(text[0], StringComparison.Ordinal))
            {
                sb.Append(s, start, i - start);
            }
            else
            {
                sb.Append(text);
            }
        }

        return sb.ToString();
    }

    private static JsonataException Malformed(string fn, string value) =>
        new("D3140", $"Malformed URL passed to ${fn}(): \"{value}\"");
}
