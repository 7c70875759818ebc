using MlOps.Testing;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

/// <summary>The store contract against a real S3-compatible server (s3rver). Conditional writes: see S3ConditionalWriteTests.</summary>
public sealed class S3ObjectStoreTests(S3rverFixture server) : ObjectStoreContract, IClassFixture<S3rverFixture>
{
    private IObjectStore? _store;

    protected override IObjectStore Store => _store ??= server.CreateStore();

    [S3rverFact] public Task Put_then_read_returns_the_exact_bytes() => Put_then_read_returns_the_exact_bytes_case();
    [S3rverFact] public Task Head_reports_etag_and_size_or_null_when_missing() => Head_reports_etag_and_size_or_null_when_missing_case();
    [S3rverFact] public Task Reading_a_missing_object_is_ObjectNotFound_naming_the_key() => Reading_a_missing_object_is_ObjectNotFound_naming_the_key_case();
    [S3rverFact] public Task Overwrite_replaces_the_content_and_etag() => Overwrite_replaces_the_content_and_etag_case();
    [S3rverFact] public Task List_pages_through_a_prefix_in_key_order() => List_pages_through_a_prefix_in_key_order_case();
    [S3rverFact] public Task Copy_duplicates_the_bytes() => Copy_duplicates_the_bytes_case();
    [S3rverFact] public Task Delete_removes_and_tolerates_missing() => Delete_removes_and_tolerates_missing_case();
    [S3rverFact] public Task Unsafe_keys_are_rejected_before_any_io() => Unsafe_keys_are_rejected_before_any_io_case();
    [S3rverFact] public Task Sha256_streams_the_object() => Sha256_streams_the_object_case();
}
