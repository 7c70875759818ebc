using System.Globalization;

namespace MlOps.Local.Lambda.Invocation;

/// <summary>Makes X-Ray trace headers of the shape Lambda sends (<c>Root=1-{epoch hex}-{24 hex};Sampled=0</c>).</summary>
public static class TraceIds
{
    /// <summary>A new, unsampled trace header.</summary>
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var epoch = time.GetUtcNow().ToUnixTimeSeconds().ToString("x8", CultureInfo.InvariantCulture);
        return $"Root=1-{epoch}-{Guid.NewGuid():N}"[..40] + ";Sampled=0";
    }
}
