namespace MlOps.Lambda.Runtime.Hosting;

/// <summary>
/// Compile-time table of handler name (<c>Assembly::Type::Method</c>, the <c>_HANDLER</c> value) to delegate.
/// One bootstrap dispatches on it; the local cloud invokes the same table in-process.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Dictionary<string, LambdaHandler> _handlers = new(StringComparer.Ordinal);

    /// <summary>Adds a handler; a duplicate name is a programming error.</summary>
    public HandlerRegistry Add(string handlerName, LambdaHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handlerName);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(handlerName, handler))
        {
            throw new ArgumentException($"Handler '{handlerName}' is registered twice.", nameof(handlerName));
        }

        return this;
    }

    /// <summary>Finds a handler by its exact <c>_HANDLER</c> name.</summary>
    public bool TryGet(string handlerName, out LambdaHandler handler) =>
        _handlers.TryGetValue(handlerName, out handler!);

    /// <summary>Every registered handler name, for error messages and validation.</summary>
    public IReadOnlyCollection<string> Names => _handlers.Keys;
}
