using System.Net;
using System.Text;
using MlOps.Lambda.Runtime.Bootstrap;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Tests.Fakes;

namespace MlOps.Lambda.Runtime.Tests.Bootstrap;

public sealed class LambdaBootstrapTests
{
    [Fact]
    public async Task RunAsync_WhenHandlerSucceeds_PostsItsResponseUnderTheRequestId()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{\"a\":1}", "req-ok");

        await harness.RunAsync((payload, context, _) => Task.FromResult(Encoding.UTF8.GetBytes($"[{Encoding.UTF8.GetString(payload.Span)},\"{context.AwsRequestId}\"]")));

        Assert.Equal("[{\"a\":1},\"req-ok\"]", Encoding.UTF8.GetString(harness.Api.Responses["req-ok"]));
        Assert.Empty(harness.Api.Errors);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrowsNamedError_ReportsErrorNameAsErrorType()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-typed");

        await harness.RunAsync((_, _, _) => throw new ModelQualityException("auc 0.41 < 0.8"));

        var error = harness.Api.Errors["req-typed"];
        Assert.Equal("MlOps.ModelQualityBelowThreshold", error.ErrorType);
        Assert.Equal("auc 0.41 < 0.8", error.ErrorMessage);
        Assert.NotEmpty(error.StackTrace);
        Assert.Empty(harness.Api.Responses);
    }

    public static TheoryData<Exception, string> UntypedErrors => new()
    {
        { new InvalidOperationException("bad state"), "InvalidOperationException" },
        { new ArgumentNullException("x"), "ArgumentNullException" },
        { new KeyNotFoundException("k"), "KeyNotFoundException" },
        { new AggregateException("many"), "AggregateException" },
    };

    [Theory]
    [MemberData(nameof(UntypedErrors))]
    public async Task RunAsync_WhenHandlerThrowsUntypedError_ReportsShortTypeName(Exception exception, string expected)
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-untyped");

        await harness.RunAsync(async (_, _, _) =>
        {
            await Task.Yield();
            throw exception;
        });

        Assert.Equal(expected, harness.Api.Errors["req-untyped"].ErrorType);
        Assert.Equal(exception.Message, harness.Api.Errors["req-untyped"].ErrorMessage);
    }

    [Fact]
    public async Task RunAsync_WhenDeadlinePasses_CancelsTheHandlerAndReportsTimeout()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-slow", harness.DeadlineIn(TimeSpan.FromSeconds(3)));
        var started = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var observedCancellation = false;

        var loop = harness.RunAsync(async (_, context, token) =>
        {
            started.SetResult(context.RemainingTime);
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                observedCancellation = true;
                throw;
            }

            return [];
        });
        Assert.Equal(TimeSpan.FromSeconds(3), await started.Task);
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        var exitCode = await loop;

        Assert.True(observedCancellation);
        var error = harness.Api.Errors["req-slow"];
        Assert.Equal(RuntimeErrorTypes.Timeout, error.ErrorType);
        Assert.Equal("RequestId: req-slow Error: Task timed out after 3.00 seconds", error.ErrorMessage);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task RunAsync_WhenResponseExceedsSixMegabytes_ReportsResponseSizeTooLarge()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-big");

        await harness.RunAsync((_, _, _) => Task.FromResult(new byte[InvocationRunner.MaxResponseBytes + 1]));

        Assert.Equal(RuntimeErrorTypes.ResponseSizeTooLarge, harness.Api.Errors["req-big"].ErrorType);
        Assert.Empty(harness.Api.Responses);
    }

    [Fact]
    public async Task RunAsync_WhenResponseIsExactlyAtTheLimit_SendsIt()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-edge");

        await harness.RunAsync((_, _, _) => Task.FromResult(new byte[InvocationRunner.MaxResponseBytes]));

        Assert.Equal(InvocationRunner.MaxResponseBytes, harness.Api.Responses["req-edge"].Length);
    }

    [Fact]
    public async Task RunAsync_WhenNextReturns500_EndsTheLoopWithNonZeroExit()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "r1").Enqueue("{}", "r2");

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(1, exitCode);
        Assert.Equal(["next", "response", "next", "response", "next"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenResponsePostReturns500_ExitsWithoutAskingForMore()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "r1").Enqueue("{}", "r2");
        harness.Api.ResponseStatus = HttpStatusCode.InternalServerError;

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(1, exitCode);
        Assert.Equal(["next", "response"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenResponsePostIsRejectedWith4xx_KeepsServing()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "r1").Enqueue("{}", "r2");
        harness.Api.ResponseStatus = HttpStatusCode.RequestEntityTooLarge;

        await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(["next", "response", "next", "response", "next"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIsUnknown_PostsInitErrorAndExitsNonZero()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("_HANDLER", "MlOps.Functions::Nope::Handle");
        harness.Api.Enqueue("{}");

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(1, exitCode);
        Assert.Equal(["init/error"], harness.Api.Calls);
        var error = Assert.Single(harness.Api.InitErrors);
        Assert.Equal(RuntimeErrorTypes.NoSuchHandler, error.ErrorType);
        Assert.Contains("MlOps.Functions::Nope::Handle", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(LoopHarness.HandlerName, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenMlOpsHandlerIsSet_ItOverridesTheAssemblyNameHandler()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("_HANDLER", "MlOps.Functions");
        harness.Environment.Set("MLOPS_HANDLER", LoopHarness.HandlerName);
        harness.Api.Enqueue("1", "r1");

        await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal("1", Encoding.UTF8.GetString(harness.Api.Responses["r1"]));
    }

    [Fact]
    public async Task RunAsync_PerInvocation_SetsTraceIdEnvironmentAndContext()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "r1", traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
        string? seenEnv = null;
        string? seenContext = null;

        await harness.RunAsync((p, context, _) =>
        {
            seenEnv = harness.Environment.Get("_X_AMZN_TRACE_ID");
            seenContext = context.TraceId;
            return Task.FromResult(p.ToArray());
        });

        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1", seenEnv);
        Assert.Equal(seenEnv, seenContext);
    }

    [Fact]
    public async Task RunAsync_RunOnce_ServesOneEventAndExitsZero()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("AWS_LAMBDA_DOTNET_DEBUG_RUN_ONCE", "true");
        harness.Api.Enqueue("{}", "r1").Enqueue("{}", "r2");

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(0, exitCode);
        Assert.Equal(["next", "response"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_UnderSnapStart_CallsRestoreNextBeforeTheFirstEvent()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        harness.Api.Enqueue("{}", "r1");
        var order = new List<string>();
        var options = harness.Options();
        options.BeforeSnapshot.Add(() => { order.Add("before-1"); return ValueTask.CompletedTask; });
        options.BeforeSnapshot.Add(() => { order.Add("before-2"); return ValueTask.CompletedTask; });
        options.AfterRestore.Add(() => { order.Add("after-1"); return ValueTask.CompletedTask; });

        await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()), options);

        Assert.Equal(["restore/next", "next", "response", "next"], harness.Api.Calls);
        Assert.Equal(["before-2", "before-1", "after-1"], order);
    }

    [Fact]
    public async Task RunAsync_WhenAfterRestoreHookFails_ReportsRestoreErrorAndExits()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        harness.Api.Enqueue("{}", "r1");
        var options = harness.Options();
        options.AfterRestore.Add(() => throw new InvalidOperationException("cache reload failed"));

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()), options);

        Assert.Equal(1, exitCode);
        Assert.Equal(["restore/next", "restore/error"], harness.Api.Calls);
        Assert.Equal(RuntimeErrorTypes.AfterRestoreError, Assert.Single(harness.Api.RestoreErrors).ErrorType);
    }

    [Fact]
    public async Task RunAsync_OnDemand_NeverCallsRestoreNext()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");

        await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(["next"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIsAnAssemblyName_InitErrorPointsToMlOpsHandler()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("_HANDLER", "MlOps.Functions");

        await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Contains("MLOPS_HANDLER", Assert.Single(harness.Api.InitErrors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutAnyHandlerVariable_ReportsWhichVariablesAreMissing()
    {
        var harness = new LoopHarness();
        harness.Environment.Set("_HANDLER", null);

        var exitCode = await harness.RunAsync((p, _, _) => Task.FromResult(p.ToArray()));

        Assert.Equal(1, exitCode);
        Assert.Contains("_HANDLER", Assert.Single(harness.Api.InitErrors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIgnoresTheDeadline_ReportsTimeoutAndEndsTheEnvironment()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}", "req-stuck", harness.DeadlineIn(TimeSpan.FromSeconds(1))).Enqueue("{}", "req-never");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<byte[]>();

        var loop = harness.RunAsync((_, _, _) =>
        {
            started.SetResult();
            return never.Task;
        });
        await started.Task;
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var exitCode = await loop;

        Assert.Equal(1, exitCode);
        Assert.Equal(RuntimeErrorTypes.Timeout, harness.Api.Errors["req-stuck"].ErrorType);
        Assert.Equal(["next", "error"], harness.Api.Calls);
    }

    [Fact]
    public async Task RunAsync_WhenRegistryFactoryThrows_PostsTheExceptionAsInitError()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue("{}");

        var exitCode = await LambdaBootstrap.RunAsync(
            () => throw new ModelQualityException("MODEL_BUCKET is not set"), harness.Options());

        Assert.Equal(1, exitCode);
        Assert.Equal(["init/error"], harness.Api.Calls);
        var error = Assert.Single(harness.Api.InitErrors);
        Assert.Equal("MlOps.ModelQualityBelowThreshold", error.ErrorType);
        Assert.Equal("MODEL_BUCKET is not set", error.ErrorMessage);
    }

    [Fact]
    public async Task RunAsync_PassesClientContextIdentityAndTenantToTheContext()
    {
        var harness = new LoopHarness();
        harness.Api.Enqueue(new MlOps.Lambda.Runtime.Client.InvocationRequest
        {
            RequestId = "r1",
            ClientContext = "{\"custom\":{\"k\":\"v\"}}",
            CognitoIdentity = "{\"cognitoIdentityId\":\"id\"}",
            TenantId = "tenant-7",
            Payload = "{}"u8.ToArray(),
        });
        MlOps.Lambda.Runtime.Context.LambdaContext? seen = null;

        await harness.RunAsync((p, context, _) =>
        {
            seen = (MlOps.Lambda.Runtime.Context.LambdaContext)context;
            return Task.FromResult(p.ToArray());
        });

        Assert.Equal("{\"custom\":{\"k\":\"v\"}}", seen!.ClientContextJson);
        Assert.Equal("{\"cognitoIdentityId\":\"id\"}", seen.CognitoIdentityJson);
        Assert.Equal("tenant-7", seen.TenantId);
    }
}
