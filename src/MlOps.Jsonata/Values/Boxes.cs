namespace MlOps.Jsonata.Values;

/// <summary>Shared boxed booleans, to avoid allocating on every comparison.</summary>
internal static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Of(bool b) => b ? True : False;
}
