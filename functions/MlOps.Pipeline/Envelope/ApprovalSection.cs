namespace MlOps.Pipeline.Envelope;

/// <summary>
/// A person's decision on a version waiting for manual approval: the output of the approval step's task token
/// (<c>SendTaskSuccess</c>), placed at <c>$.approval</c>. Deploy records it in the registry before deploying.
/// </summary>
public sealed record ApprovalSection
{
    /// <summary><c>Approved</c> or <c>Rejected</c>.</summary>
    public string Decision { get; set; } = "";

    /// <summary>Who decided, if known.</summary>
    public string? ApprovedBy { get; set; }

    /// <summary>Why, if given.</summary>
    public string? Comment { get; set; }
}
