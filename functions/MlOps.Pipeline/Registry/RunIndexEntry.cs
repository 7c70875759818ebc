namespace MlOps.Pipeline.Registry;

/// <summary>
/// <c>models/&lt;name&gt;/runs/&lt;runId&gt;-&lt;sha prefix&gt;.json</c>: which version a run's artifact became, so that a
/// retried Register returns the same version instead of creating another.
/// </summary>
internal sealed record RunIndexEntry
{
    /// <summary>The version registered for the run and artifact.</summary>
    public int Version { get; set; }
}
