using System.Security.Cryptography;
using System.Text;
using MlOps.Jsonata.Values;
using static MlOps.Jsonata.Functions.Library;

namespace MlOps.Jsonata.Functions;

/// <summary>AWS Step Functions' additions: <c>$partition</c>, <c>$range</c>, <c>$hash</c>, <c>$uuid</c>, <c>$parse</c>.</summary>
internal static class AwsFunctions
{
    public static IEnumerable<NativeFunction> Definitions()
    {
        yield return Define("partition", "<an:a>", 2, (_, a, _, _) =>
        {
            var arr = a[0] as JArray ?? [];
            var size = a[1] is double d ? (int)d : 0;
            if (size <= 0)
            {
                throw new JsonataException("D3101", "The second argument of $partition must be a positive integer");
            }

            var result = new JArray();
            for (var i = 0; i < arr.Count; i += size)
            {
                result.Add(new JArray(arr.Skip(i).Take(size)));
            }

            return result;
        });
        yield return Define("range", "<nnn?:a>", 3, (_, a, _, _) =>
        {
            if (a[0] is not double start || a[1] is not double end)
            {
                return null;
            }

            var step = Arg(a, 2) as double? ?? 1;
            if (step == 0)
            {
                throw new JsonataException("D3102", "The step of $range must not be zero");
            }

            var result = new JArray();
            for (var v = start; step > 0 ? v <= end : v >= end; v += step)
            {
                if (result.Count >= 10_000_000)
                {
                    throw new JsonataException("D2014", "The size of the sequence allocated by $range must not exceed 1e7");
                }

                result.Add(v);
            }

            // AWS returns a sequence: a single value comes back unwrapped ($range(1, 9, 9) is 1).
            return result.Count == 1 ? result[0] : result;
        });
        yield return Define("hash", "<s-s?:s>", 2, (_, a, _, _) =>
        {
            if (a[0] is not string s)
            {
                return null;
            }

            var bytes = Encoding.UTF8.GetBytes(s);
#pragma warning disable CA5350, CA5351 // AWS's $hash offers MD5 and SHA-1 for compatibility, not for security.
            var hash = (Arg(a, 1) as string ?? "SHA-256") switch
            {
                "MD5" => MD5.HashData(bytes),
                "SHA-1" => SHA1.HashData(bytes),
                "SHA-256" => SHA256.HashData(bytes),
                "SHA-384" => SHA384.HashData(bytes),
                "SHA-512" => SHA512.HashData(bytes),
                var other => throw new JsonataException("D3103", $"Unsupported hash algorithm: {other}"),
            };
#pragma warning restore CA5350, CA5351
            return Convert.ToHexStringLower(hash);
        });
        yield return Define("uuid", "<:s>", 0, (_, _, _, _) => Guid.NewGuid().ToString());
        yield return Define("parse", "<s-:x>", 1, (_, a, _, _) =>
        {
            if (a[0] is not string s)
            {
                return null;
            }

            try
            {
                return Json.Parse(s);
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new JsonataException("D3104", $"The argument of $parse is not valid JSON: {ex.Message}");
            }
        });
    }
}
