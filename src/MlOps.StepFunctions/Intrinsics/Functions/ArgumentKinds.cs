namespace MlOps.StepFunctions.Intrinsics.Functions;

/// <summary>The JSON types an argument may have; a parameter accepts a combination.</summary>
[Flags]
internal enum ArgumentKinds
{
    /// <summary>No type (never accepted).</summary>
    None = 0,

    /// <summary>JSON null.</summary>
    Null = 1,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean = 2,

    /// <summary>A JSON number.</summary>
    Number = 4,

    /// <summary>A JSON string.</summary>
    String = 8,

    /// <summary>A JSON array.</summary>
    Array = 16,

    /// <summary>A JSON object.</summary>
    Object = 32,

    /// <summary>Any JSON value.</summary>
    Any = Null | Boolean | Number | String | Array | Object,
}
