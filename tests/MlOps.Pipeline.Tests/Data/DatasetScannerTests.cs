using System.Security.Cryptography;
using System.Text;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Tests.Modeling;

namespace MlOps.Pipeline.Tests.Data;

public sealed class DatasetScannerTests
{
    [Fact]
    public void Scan_hashes_the_exact_bytes_and_profiles_every_column()
    {
        var text = SampleGenerator.Generate(500, 4);
        var bytes = Encoding.UTF8.GetBytes(text);
        var result = DatasetScanner.Scan(new MemoryStream(bytes), ModelTrainerTests.Contract(), "converted");

        Assert.True(result.IsValid);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.Sha256);
        Assert.Equal(500, result.Rows);
        var age = result.Profile!.Column("age")!;
        Assert.Equal(500, age.Count);
        Assert.Equal(101, age.Numeric!.Percentiles.Count);
        Assert.Equal(500, age.Numeric.BinCounts.Sum());
        Assert.Equal(500, result.Profile.Column("channel")!.Categories!.Values.Sum());
        Assert.NotNull(result.Profile.Column("signup_date")!.MinDate);
    }

    [Fact]
    public void Violations_are_counted_exactly_but_reported_up_to_the_cap()
    {
        var lines = SampleGenerator.Generate(300, 4).TrimEnd('\n').Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            lines[i] = lines[i].Replace(",email,", ",fax,", StringComparison.Ordinal);
        }

        var contract = ModelTrainerTests.Contract() with { MaxReportedViolations = 10 };
        var result = DatasetScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), contract, "converted");

        Assert.False(result.IsValid);
        Assert.Equal(10, result.Violations.Count);
        Assert.True(result.ViolationCount > 50);
        Assert.All(result.Violations, v => Assert.Equal("channel", v.Column));
    }

    [Theory]
    [InlineData(0.5, 0.9, "class balance")]
    [InlineData(0.0, 0.05, "class balance")]
    public void Class_balance_outside_the_contract_is_a_dataset_violation(double min, double max, string reason)
    {
        var contract = ModelTrainerTests.Contract() with { MinPositiveRatio = min, MaxPositiveRatio = max };
        var result = DatasetScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(SampleGenerator.Generate(400, 4))), contract, "converted");
        Assert.Contains(result.Violations, v => v.Row == 0 && v.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_nulls_in_a_column_is_a_column_violation()
    {
        var lines = SampleGenerator.Generate(200, 4).TrimEnd('\n').Split('\n');
        for (var i = 1; i < 60; i++)
        {
            var fields = lines[i].Split(',');
            fields[8] = "";
            lines[i] = string.Join(',', fields);
        }

        var contract = ModelTrainerTests.Contract();
        contract = contract with { Columns = [.. contract.Columns.Select(c => c.Name == "balance" ? c with { MaxNullRatio = 0.1 } : c)] };
        var result = DatasetScanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines))), contract, "converted");
        Assert.Contains(result.Violations, v => v.Row == 0 && v.Column == "balance" && v.Reason.StartsWith("null ratio", StringComparison.Ordinal));
    }
}
