namespace MlOps.Local.Template.Errors;

/// <summary>
/// A template that cannot be loaded or resolved: the message names the problem and where it is
/// (file, line, or the resource and property path).
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the error with a message that already names the location.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error wrapping the cause (e.g. a YAML syntax error).</summary>
    public TemplateException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the error without detail (serialization contract).</summary>
    public TemplateException()
        : base("The template is invalid.")
    {
    }
}
