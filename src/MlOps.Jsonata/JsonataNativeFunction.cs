namespace MlOps.Jsonata;

/// <summary>A host function callable from expressions; arguments and result may be undefined.</summary>
/// <param name="arguments">The arguments, after signature validation.</param>
/// <returns>The result.</returns>
public delegate JsonataResult JsonataNativeFunction(IReadOnlyList<JsonataResult> arguments);
