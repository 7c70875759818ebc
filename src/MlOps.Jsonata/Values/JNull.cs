namespace MlOps.Jsonata.Values;

/// <summary>The JSON <c>null</c> value (C# <c>null</c> stands for JSONata's <em>undefined</em>).</summary>
internal sealed class JNull
{
    public static readonly JNull Value = new();

    private JNull()
    {
    }

    public override string ToString() => "null";
}
