namespace MlOps.Pipeline.Registry;

/// <summary>
/// One alias of a model (<c>models/&lt;name&gt;/aliases/&lt;alias&gt;.json</c>): the version it points at, the stack of
/// versions a rollback returns to, and an append-only history. Updated only with If-Match on its ETag.
/// </summary>
public sealed record AliasDocument
{
    /// <summary>Model name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Alias name (<c>production</c>, <c>challenger</c>).</summary>
    public string Alias { get; set; } = "";

    /// <summary>The version the alias points at.</summary>
    public int Version { get; set; }

    /// <summary>When the alias last moved.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Versions this alias pointed at before, most recent last: a rollback pops the last one.</summary>
    public IReadOnlyList<int> Previous { get; set; } = [];

    /// <summary>Every move of the alias, oldest first.</summary>
    public IReadOnlyList<AliasMove> History { get; set; } = [];
}
