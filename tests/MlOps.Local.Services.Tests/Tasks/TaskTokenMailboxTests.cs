using MlOps.Local.Services.Errors;
using MlOps.Local.Services.Tasks;

namespace MlOps.Local.Services.Tests.Tasks;

public sealed class TaskTokenMailboxTests
{
    [Fact]
    public void SendSuccess_FromAnotherInstance_IsTakenOnce()
    {
        using var home = new TempHome();
        var waiting = new TaskTokenMailbox(home.Path, TimeProvider.System);
        waiting.Register("tok", "arn:x", "WaitForApproval");

        new TaskTokenMailbox(home.Path, TimeProvider.System).SendSuccess("tok", """{"approved":true}""");

        var answer = waiting.TryTake("tok");
        Assert.Equal("SUCCEEDED", answer!["status"]!.ToString());
        Assert.True(answer["output"]!["approved"]!.GetValue<bool>());
        Assert.Null(waiting.TryTake("tok"));
        Assert.Empty(waiting.ListPending());
    }

    [Fact]
    public void SendFailure_UnknownToken_IsTaskDoesNotExist()
    {
        using var home = new TempHome();

        var ex = Assert.Throws<ServiceErrorException>(() => new TaskTokenMailbox(home.Path, TimeProvider.System).SendFailure("nope", "E", "c"));

        Assert.Equal("TaskDoesNotExist", ex.Error);
    }

    [Fact]
    public void SendSuccess_OutputNotJson_IsInvalidOutput()
    {
        using var home = new TempHome();
        var box = new TaskTokenMailbox(home.Path, TimeProvider.System);
        box.Register("tok", "arn:x", "S");

        Assert.Equal("InvalidOutput", Assert.Throws<ServiceErrorException>(() => box.SendSuccess("tok", "{nope")).Error);
    }
}
