namespace MlOps.Pipeline.Data;

/// <summary>The type a column of the data contract declares (JSON names in lower case).</summary>
internal enum ColumnType
{
    /// <summary>Identifier: checked for presence, never a feature.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("id")]
    Id,

    /// <summary>Whole number.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("int")]
    Int,

    /// <summary>Decimal number (invariant culture, '.' separator).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("float")]
    Float,

    /// <summary>One of a set of strings.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("category")]
    Category,

    /// <summary>ISO 8601 date (yyyy-MM-dd).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("date")]
    Date,
}
