using System.Text.Json;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Validate;

public sealed class ValidateFunctionTests
{
    [Fact]
    public async Task Clean_sample_is_validated_profiled_and_versioned_by_sha256()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/customers.csv", RepoPaths.Sample("data/customers.csv"));
        var result = await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers.csv"));

        var expectedSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepoPaths.Sample("data/customers.csv"))));
        Assert.Equal(expectedSha, result.Dataset!.Sha256);
        Assert.Equal(4000, result.Dataset.Rows);
        Assert.Equal($"s3://data/profiles/{expectedSha}.json", result.Dataset.ProfileUri);
        using var profile = JsonDocument.Parse(await h.Store.ReadAllBytesAsync($"profiles/{expectedSha}.json"));
        var age = profile.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "age");
        Assert.Equal(4000, age.GetProperty("count").GetInt64());
        Assert.Equal(101, age.GetProperty("numeric").GetProperty("percentiles").GetArrayLength());
        Assert.True(result.TimingsMs!.ContainsKey("Validate"));
    }

    [Fact]
    public async Task Corrupt_sample_is_quarantined_with_reasons_per_row_and_column_and_the_original_kept()
    {
        using var h = new MlHarness();
        await h.PutFileAsync("raw/customers-corrupt.csv", RepoPaths.Sample("data/customers-corrupt.csv"));
        var original = await h.Store.ReadAllBytesAsync("raw/customers-corrupt.csv");

        var error = await Assert.ThrowsAsync<DataContractViolationException>(() => h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/customers-corrupt.csv", runId: "run-q")));

        Assert.Equal(ErrorNames.DataContractViolation, error.ErrorName);
        Assert.Contains("row 5 column 'job' unknown category", error.Message, StringComparison.Ordinal);
        Assert.Equal(original, await h.Store.ReadAllBytesAsync("raw/customers-corrupt.csv"));
        Assert.Equal(original, await h.Store.ReadAllBytesAsync("quarantine/run-q/customers-corrupt.csv"));
        using var report = JsonDocument.Parse(await h.Store.ReadAllBytesAsync("quarantine/run-q/report.json"));
        var reasons = report.RootElement.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("row").GetInt64()}:{(r.TryGetProperty("column", out var c) ? c.GetString() : "")}:{r.GetProperty("reason").GetString()}").ToList();
        Assert.Contains("5:job:unknown category", reasons);
        Assert.Contains("17:age:out of range [18, 100]", reasons);
        Assert.Contains("42:converted:null value where the contract allows none", reasons);
        Assert.Contains("77:channel:unknown category", reasons);
        Assert.True(4 == report.RootElement.GetProperty("violationCount").GetInt64(), string.Join(" | ", reasons));
    }

    public static TheoryData<string, string, string, string> Hostile() => new()
    {
        { "empty file", "", ErrorNames.SchemaMismatch, "empty" },
        { "wrong separator", SampleText().Replace(',', ';'), ErrorNames.SchemaMismatch, "wrong separator" },
        { "no header", string.Join('\n', SampleText().Split('\n').Skip(1)), ErrorNames.SchemaMismatch, "no header row" },
        { "ragged row", SampleText().Replace("\nC01000003,", "\nC01000003,extra,", StringComparison.Ordinal), ErrorNames.DataContractViolation, "row 3" },
        { "bad quote", SampleText().Replace("\nC01000004,", "\nC01\"000004,", StringComparison.Ordinal), ErrorNames.DataContractViolation, "row 4" },
        { "unterminated quote", SampleText().Replace("\nC01000006,", "\n\"C01000006,", StringComparison.Ordinal), ErrorNames.DataContractViolation, "unterminated" },
        { "UTF-16 byte order mark", "\uFFFE" + SampleText(), ErrorNames.SchemaMismatch, "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Malformed_csv_gets_a_typed_error_naming_where_and_is_quarantined(string name, string text, string errorName, string fragment)
    {
        using var h = new MlHarness();
        var bytes = name.StartsWith("UTF-16", StringComparison.Ordinal) ? System.Text.Encoding.Unicode.GetBytes(text) : System.Text.Encoding.UTF8.GetBytes(text);
        await h.Store.PutBytesAsync("raw/bad.csv", bytes);

        var error = await Assert.ThrowsAnyAsync<MlOpsException>(() => h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/bad.csv", runId: "run-m")));

        Assert.Equal(errorName, error.ErrorName);
        Assert.Contains(fragment, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(bytes, await h.Store.ReadAllBytesAsync("raw/bad.csv"));
        Assert.NotNull(await h.Store.HeadAsync("quarantine/run-m/report.json"));
    }

    [Fact]
    public async Task Utf8_byte_order_mark_is_accepted_and_not_part_of_the_first_column()
    {
        using var h = new MlHarness();
        await h.Store.PutBytesAsync("raw/bom.csv", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(SampleText())).ToArray());
        var result = await h.InvokeAsync("Validate", MlHarness.NewEnvelope("raw/bom.csv"));
        Assert.Equal(600, result.Dataset!.Rows);
    }

    private static string SampleText() => string.Join('\n', File.ReadAllText(RepoPaths.Sample("data/customers.csv")).Split('\n').Take(601)) + "\n";
}
