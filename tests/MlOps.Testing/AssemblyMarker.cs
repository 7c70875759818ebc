namespace MlOps.Testing;

/// <summary>Marks the shared test-helper assembly.</summary>
public static class AssemblyMarker
{
}
