using System.Collections.Concurrent;
using MlOps.Pipeline.Modeling;

namespace MlOps.Pipeline.Serving;

/// <summary>Pool of <see cref="FastScorer"/>s over one model so concurrent requests never share a prediction engine.</summary>
internal sealed class ScorerPool(ModelArtifact artifact) : IDisposable
{
    private readonly ConcurrentBag<FastScorer> _idle = [];

    public ModelArtifact Artifact => artifact;

    /// <summary>Takes a scorer (creating one when none is idle); give it back with <see cref="Return"/>.</summary>
    public FastScorer Rent() => _idle.TryTake(out var scorer) ? scorer : new FastScorer(artifact);

    /// <summary>Returns a scorer to the pool.</summary>
    public void Return(FastScorer scorer) => _idle.Add(scorer);

    public void Dispose()
    {
        while (_idle.TryTake(out var scorer))
        {
            scorer.Dispose();
        }
    }
}
