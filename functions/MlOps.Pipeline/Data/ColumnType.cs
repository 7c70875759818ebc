namespace MlOps.Pipeline.Data;

/// <summary>The type a column of the data contract declares (JSON names in lower case).</summary>
internal enum ColumnType
{
    /// <summary>Identifier: checked for presence, never a feature.</summary>
    Id,

    /// <summary>Whole number.</summary>
    Int,

    /// <summary>Decimal number (invariant culture, '.' separator).</summary>
    Float,

    /// <summary>One of a set of strings.</summary>
    Category,

    /// <summary>ISO 8601 date (yyyy-MM-dd).</summary>
    Date,
}
