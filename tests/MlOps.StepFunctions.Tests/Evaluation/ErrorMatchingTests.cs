using MlOps.StepFunctions.Errors;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class ErrorMatchingTests
{
    [Theory]
    [InlineData("States.ALL", "Custom", true)]
    [InlineData("States.ALL", "States.Timeout", true)]
    [InlineData("States.ALL", "States.Runtime", false)]
    [InlineData("States.ALL", "States.DataLimitExceeded", false)]
    [InlineData("States.Runtime", "States.Runtime", false)]
    [InlineData("States.TaskFailed", "Lambda.Unknown", true)]
    [InlineData("States.TaskFailed", "States.Timeout", false)]
    [InlineData("States.TaskFailed", "States.HeartbeatTimeout", true)]
    [InlineData("States.Timeout", "States.Timeout", true)]
    [InlineData("Custom", "custom", false)]
    [InlineData("States.DataLimitExceeded", "States.DataLimitExceeded", true)]
    public void Matches_FollowsAwsRules(string pattern, string error, bool expected) =>
        Assert.Equal(expected, StatesErrorNames.Matches(pattern, error));
}
