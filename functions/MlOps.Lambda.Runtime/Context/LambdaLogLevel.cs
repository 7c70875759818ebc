namespace MlOps.Lambda.Runtime.Context;

/// <summary>Log levels with Amazon.Lambda.Core's names and order.</summary>
public enum LambdaLogLevel
{
    /// <summary>Most verbose.</summary>
    Trace = 0,

    /// <summary>Debugging detail.</summary>
    Debug = 1,

    /// <summary>Default level.</summary>
    Information = 2,

    /// <summary>Something unexpected.</summary>
    Warning = 3,

    /// <summary>A failure.</summary>
    Error = 4,

    /// <summary>A failure that stops the function (<c>FATAL</c>).</summary>
    Critical = 5,
}
