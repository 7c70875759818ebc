namespace MlOps.Local.Lambda;

/// <summary>Marks the assembly; lets tests and hosts find it without naming a feature type.</summary>
public static class AssemblyMarker
{
}
