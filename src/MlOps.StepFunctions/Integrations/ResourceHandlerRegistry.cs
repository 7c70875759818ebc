namespace MlOps.StepFunctions.Integrations;

/// <summary>Maps resource ARN prefixes to handlers and the patterns each supports (longest prefix wins).</summary>
public sealed class ResourceHandlerRegistry
{
    private readonly List<(string Prefix, IResourceHandler Handler, IntegrationPattern Patterns)> _entries = [];

    /// <summary>Registers <paramref name="handler"/> for resources starting with <paramref name="arnPrefix"/>.</summary>
    public ResourceHandlerRegistry Register(string arnPrefix, IResourceHandler handler, IntegrationPattern patterns = IntegrationPattern.RequestResponse)
    {
        ArgumentException.ThrowIfNullOrEmpty(arnPrefix);
        ArgumentNullException.ThrowIfNull(handler);
        _entries.Add((arnPrefix, handler, patterns));
        _entries.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        return this;
    }

    /// <summary>Splits a resource into its base ARN and pattern (<c>.sync</c>, <c>.sync:2</c>, <c>.waitForTaskToken</c>).</summary>
    public static (string Resource, IntegrationPattern Pattern) SplitPattern(string resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.StartsWith("arn:aws:states:::", StringComparison.Ordinal))
        {
            if (resource.EndsWith(".sync:2", StringComparison.Ordinal))
            {
                return (resource[..^".sync:2".Length], IntegrationPattern.Sync2);
            }

            if (resource.EndsWith(".sync", StringComparison.Ordinal))
            {
                return (resource[..^".sync".Length], IntegrationPattern.Sync);
            }

            if (resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal))
            {
                return (resource[..^".waitForTaskToken".Length], IntegrationPattern.WaitForTaskToken);
            }
        }

        return (resource, IntegrationPattern.RequestResponse);
    }

    /// <summary>Finds the handler for <paramref name="resource"/>; null with a reason when none fits.</summary>
    public IResourceHandler? Resolve(string resource, out IntegrationPattern pattern, out string baseResource, out string? problem)
    {
        (baseResource, pattern) = SplitPattern(resource);
        foreach (var (prefix, handler, patterns) in _entries)
        {
            if (baseResource.StartsWith(prefix, StringComparison.Ordinal))
            {
                if ((patterns & pattern) == 0)
                {
                    problem = "the resource '" + baseResource + "' does not support the integration pattern " + pattern;
                    return null;
                }

                problem = null;
                return handler;
            }
        }

        problem = "no handler is registered for the resource '" + resource + "'";
        return null;
    }
}
