namespace MlOps.Jsonata.Values;

/// <summary>A JSON object keeping insertion order.</summary>
internal sealed class JObject : OrderedDictionary<string, object?>
{
    public JObject()
        : base(StringComparer.Ordinal)
    {
    }

    public JObject(int capacity)
        : base(capacity, StringComparer.Ordinal)
    {
    }
}
