using System.Text;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Storage;

/// <summary>
/// Key rules shared by every store, stricter than S3 so that a key always maps to exactly one file under the
/// bucket folder: no empty key, no leading <c>/</c>, no empty, <c>.</c> or <c>..</c> segment, no backslash,
/// no NUL or other control character, at most 1024 UTF-8 bytes.
/// </summary>
public static class ObjectKey
{
    /// <summary>S3's key length limit in UTF-8 bytes.</summary>
    public const int MaxBytes = 1024;

    /// <summary>Returns the key unchanged, or throws <c>MlOps.InvalidObjectKey</c> naming the key and the rule.</summary>
    public static string Validate(string? key)
    {
        var problem = Check(key);
        return problem is null ? key! : throw new InvalidObjectKeyException($"Object key {Quote(key)} is invalid: {problem}.");
    }

    /// <summary>Validates a listing prefix: like a key, but empty and a trailing <c>/</c> are allowed.</summary>
    public static string ValidatePrefix(string? prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            return prefix;
        }

        var problem = Check(prefix.EndsWith('/') ? prefix[..^1] : prefix);
        return problem is null ? prefix : throw new InvalidObjectKeyException($"Prefix {Quote(prefix)} is invalid: {problem}.");
    }

    /// <summary>The reason a key is invalid, or null when it is valid.</summary>
    public static string? Check(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return "it is empty";
        }

        if (Encoding.UTF8.GetByteCount(key) > MaxBytes)
        {
            return $"it is longer than {MaxBytes} UTF-8 bytes";
        }

        foreach (var c in key)
        {
            if (char.IsControl(c))
            {
                return $"it contains the control character U+{(int)c:X4}";
            }

            if (c == '\\')
            {
                return "it contains a backslash";
            }
        }

        if (key[0] == '/')
        {
            return "it is an absolute path";
        }

        foreach (var segment in key.Split('/'))
        {
            switch (segment)
            {
                case "..":
                    return "it has a '..' segment";
                case ".":
                    return "it has a '.' segment";
                case "":
                    return "it has an empty segment ('//' or a trailing '/')";
                default:
                    break;
            }
        }

        return null;
    }

    private static string Quote(string? key)
    {
        if (key is null)
        {
            return "(null)";
        }

        var builder = new StringBuilder("'");
        foreach (var c in key.Length > 200 ? key[..200] + "..." : key)
        {
            builder.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.Append('\'').ToString();
    }
}
