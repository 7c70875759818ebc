using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

public sealed class ConformanceSuiteTests
{
    /// <summary>The figure reached on the official suite with the default exclude list (the reference passes 1624/1624).</summary>
    private const int ReachedPassCount = 1624;

    [RequiresSharedFact]
    public void Official_jsonata_2_0_6_suite_pass_count_does_not_regress()
    {
        var (passed, failed) = OfficialSuite.RunAll(SharedPaths.JsonataSuite!);
        Assert.True(passed >= ReachedPassCount, $"passed {passed}, expected at least {ReachedPassCount}; failing: {string.Join(", ", failed.Take(30))}");
    }
}
