using System.Text;
using MlOps.Pipeline.Data;
using MlOps.Pipeline.Tests.Support;

namespace MlOps.Pipeline.Tests.Data;

public sealed class SampleGeneratorTests
{
    // Set MLOPS_REGENERATE_SAMPLES=1 to rewrite samples/data from the generator (then commit the files).
    public static TheoryData<string, string> Files() => new()
    {
        { "customers.csv", SampleGenerator.Generate(4000, 1) },
        { "customers-v2.csv", SampleGenerator.Generate(10000, 2, regionalCampaign: true) },
        { "customers-corrupt.csv", SampleGenerator.GenerateCorrupt(600, 3) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Shipped_sample_file_is_what_the_seeded_generator_makes(string name, string expected)
    {
        var path = Path.Combine(RepoPaths.Samples, "data", name);
        if (Environment.GetEnvironmentVariable("MLOPS_REGENERATE_SAMPLES") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Generator_gives_a_realistic_positive_share()
    {
        var lines = SampleGenerator.Generate(4000, 1).TrimEnd('\n').Split('\n').Skip(1).ToList();
        var share = lines.Count(l => l.EndsWith(",yes", StringComparison.Ordinal)) / (double)lines.Count;
        Assert.InRange(share, 0.10, 0.17);
    }
}
