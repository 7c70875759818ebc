namespace MlOps.Lambda.Runtime.Errors;

/// <summary>The <c>errorType</c> values the platform itself reports (not thrown by user code).</summary>
public static class RuntimeErrorTypes
{
    /// <summary>The <c>_HANDLER</c> names no registered handler (reported as an init error).</summary>
    public const string NoSuchHandler = "Runtime.NoSuchHandler";

    /// <summary>The response is larger than Lambda's synchronous limit.</summary>
    public const string ResponseSizeTooLarge = "Function.ResponseSizeTooLarge";

    /// <summary>The invocation ran past its deadline.</summary>
    public const string Timeout = "Sandbox.Timedout";

    /// <summary>The runtime process exited while an invocation was in flight.</summary>
    public const string ExitError = "Runtime.ExitError";

    /// <summary>A SnapStart before-snapshot hook failed.</summary>
    public const string BeforeSnapshotError = "Runtime.BeforeSnapshotError";

    /// <summary>A SnapStart after-restore hook failed.</summary>
    public const string AfterRestoreError = "Runtime.AfterRestoreError";
}
