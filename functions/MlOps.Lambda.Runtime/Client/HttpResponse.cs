namespace MlOps.Lambda.Runtime.Client;

/// <summary>A parsed HTTP/1.1 response: status, headers (case-insensitive names, UTF-8 values) and body.</summary>
/// <param name="StatusCode">The status code.</param>
/// <param name="Headers">Header values by name; the last value wins for repeated names.</param>
/// <param name="Body">The body bytes.</param>
internal sealed record HttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
