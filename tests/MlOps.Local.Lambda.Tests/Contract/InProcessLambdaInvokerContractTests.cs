using MlOps.Local.Lambda.InProcess;
using MlOps.Local.Lambda.Invocation;

namespace MlOps.Local.Lambda.Tests.Contract;

public sealed class InProcessLambdaInvokerContractTests : LambdaInvokerContract
{
    protected override Task<ILambdaInvoker> CreateAsync(IReadOnlyList<LocalFunction> functions) =>
        Task.FromResult<ILambdaInvoker>(new InProcessLambdaInvoker(TestFunctions.Registry, functions));

    protected override ValueTask DisposeInvokerAsync() => ValueTask.CompletedTask;
}
