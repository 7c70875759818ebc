namespace MlOps.Jsonata.Functions;

/// <summary>One analysed sub-picture of <c>$formatNumber</c> (XPath <c>format-number</c>).</summary>
internal sealed class NumberPicture
{
    public string Prefix { get; set; } = "";

    public string Suffix { get; set; } = "";

    public string Picture { get; set; } = "";

    public List<int> IntegerGroupingPositions { get; set; } = [];

    public int RegularGrouping { get; set; }

    public int MinimumIntegerPartSize { get; set; }

    public int ScalingFactor { get; set; }

    public List<int> FractionalGroupingPositions { get; set; } = [];

    public int MinimumFractionalPartSize { get; set; }

    public int MaximumFractionalPartSize { get; set; }

    public int MinimumExponentSize { get; set; }

    public bool ExponentPresent { get; set; }

    public NumberPicture Copy() => (NumberPicture)MemberwiseClone();
}
