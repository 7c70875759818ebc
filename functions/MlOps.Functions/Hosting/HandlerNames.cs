namespace MlOps.Functions.Hosting;

/// <summary>Handler strings (<c>Assembly::Type::Method</c>) as template.yaml and CONTRACT.md spell them.</summary>
internal static class HandlerNames
{
    /// <summary>The handler string of function <paramref name="name"/> (e.g. <c>Prepare</c>).</summary>
    public static string Of(string name) => $"MlOps.Functions::MlOps.Functions.{name}.{name}Function::HandleAsync";
}
