namespace MlOps.Jsonata;

/// <summary>A JSONata parse or evaluation error, carrying JSONata's error code (e.g. <c>T2001</c>, <c>S0201</c>).</summary>
public sealed class JsonataException : Exception
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The JSONata error code.</param>
    /// <param name="message">The human readable message.</param>
    /// <param name="position">The character position in the expression, or -1 when unknown.</param>
    /// <param name="token">The token the error points at, if any.</param>
    public JsonataException(string code, string message, int position = -1, string? token = null)
        : base(message)
    {
        Code = code;
        Position = position;
        Token = token;
    }

    /// <summary>Creates an error without a code (required by the exception pattern; prefer the coded constructor).</summary>
    public JsonataException()
        : this("U0000", "JSONata error")
    {
    }

    /// <summary>Creates an error without a code.</summary>
    /// <param name="message">The message.</param>
    public JsonataException(string message)
        : this("U0000", message)
    {
    }

    /// <summary>Creates an error wrapping another.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JsonataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "U0000";
        Position = -1;
    }

    /// <summary>The JSONata error code (<c>S0xxx</c> syntax, <c>T</c> type, <c>D</c> dynamic, <c>U1001</c> limits).</summary>
    public string Code { get; }

    /// <summary>The character position in the expression text, or -1 when unknown.</summary>
    public int Position { get; internal set; }

    /// <summary>The token the error points at, if any.</summary>
    public string? Token { get; internal set; }
}
