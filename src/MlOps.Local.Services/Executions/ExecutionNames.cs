using System.Security.Cryptography;
using System.Text;

namespace MlOps.Local.Services.Executions;

/// <summary>
/// Execution names for rule-started runs: derived from bucket, key and ETag, so the same object (same content)
/// always gets the same name and Step Functions' name dedupe makes a duplicate event start nothing.
/// </summary>
public static class ExecutionNames
{
    private const int MaxLength = 80;

    /// <summary>The deterministic name for an object-created event.</summary>
    public static string FromObject(string bucket, string key, string etag)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{bucket}\n{key}\n{etag.Trim('"')}")))[..16];
        var file = Sanitize(Path.GetFileNameWithoutExtension(key));
        var stem = file.Length == 0 ? "s3" : $"s3-{file}";
        var room = MaxLength - digest.Length - 1;
        return $"{(stem.Length > room ? stem[..room] : stem)}-{digest}";
    }

    /// <summary>Whether <paramref name="name"/> is a valid execution name (1-80 characters, none of AWS's reserved ones).</summary>
    public static bool IsValid(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && name.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && !Reserved(c));

    private static string Sanitize(string text) =>
        new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c == '.' ? c : '-')]);

    private static bool Reserved(char c) => "<>{}[]?*\"#%\\^|~`$&,;:/".Contains(c, StringComparison.Ordinal);
}
