namespace MlOps.StepFunctions.Errors;

/// <summary>The predefined <c>States.*</c> error names and the matching rules AWS applies to them.</summary>
public static class StatesErrorNames
{
    /// <summary>Wildcard matching every error except <see cref="Runtime"/> and <see cref="DataLimitExceeded"/>.</summary>
    public const string All = "States.ALL";
    /// <summary>Payload exceeded 256 KiB.</summary>
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    /// <summary>No heartbeat within HeartbeatSeconds.</summary>
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    /// <summary>Task ran longer than TimeoutSeconds.</summary>
    public const string Timeout = "States.Timeout";
    /// <summary>Wildcard for any task failure except <see cref="Timeout"/>.</summary>
    public const string TaskFailed = "States.TaskFailed";
    /// <summary>Insufficient privileges.</summary>
    public const string Permissions = "States.Permissions";
    /// <summary>ResultPath cannot be applied to the input.</summary>
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    /// <summary>A Parameters path could not be resolved.</summary>
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    /// <summary>A Parallel branch failed.</summary>
    public const string BranchFailed = "States.BranchFailed";
    /// <summary>No Choice rule matched and no Default.</summary>
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    /// <summary>An intrinsic function failed.</summary>
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    /// <summary>Map failures exceeded the tolerated threshold.</summary>
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    /// <summary>ItemReader failed.</summary>
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    /// <summary>ResultWriter failed.</summary>
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    /// <summary>Runtime error; never retried or caught by <see cref="All"/>.</summary>
    public const string Runtime = "States.Runtime";
    /// <summary>JSONata evaluation failed.</summary>
    public const string QueryEvaluationError = "States.QueryEvaluationError";

    private static readonly HashSet<string> s_known =
    [
        All, DataLimitExceeded, HeartbeatTimeout, Timeout, TaskFailed, Permissions, ResultPathMatchFailure,
        ParameterPathFailure, BranchFailed, NoChoiceMatched, IntrinsicFailure, ExceedToleratedFailureThreshold,
        ItemReaderFailed, ResultWriterFailed, Runtime, QueryEvaluationError,
    ];

    /// <summary>True for a predefined name (including <c>States.Http.StatusCode.NNN</c>).</summary>
    public static bool IsPredefined(string name) =>
        s_known.Contains(name) || name.StartsWith("States.Http.StatusCode.", StringComparison.Ordinal);

    /// <summary>
    /// AWS's matching rule for one <c>ErrorEquals</c> entry: exact name; <c>States.ALL</c> matches everything
    /// except <c>States.Runtime</c> and <c>States.DataLimitExceeded</c>; <c>States.TaskFailed</c> matches any
    /// error except <c>States.Timeout</c> ("any known error name except States.Timeout", AWS error-handling guide).
    /// </summary>
    public static bool Matches(string pattern, string error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(error);
        if (error is Runtime)
        {
            return false;
        }

        if (pattern == error)
        {
            return true;
        }

        return pattern switch
        {
            All => error is not DataLimitExceeded,
            TaskFailed => error is not Timeout and not DataLimitExceeded,
            _ => false,
        };
    }
}
