using System.Text;
using System.Text.Json.Nodes;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Prepare;

public sealed class PrepareFunctionTests : IDisposable
{
    private readonly CoreHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private async Task<ObjectInfo> UploadAsync(string key, string content = "customer_id,age\nc1,42\n") =>
        await _harness.Store.PutBytesAsync(key, Encoding.UTF8.GetBytes(content));

    [Fact]
    public async Task S3_notification_key_is_url_decoded_and_the_run_is_filled_from_the_object_and_default_config()
    {
        var uploaded = await UploadAsync("raw/customers 2026-11.csv");
        var evt = SampleEvents.Load("s3-put.json");
        evt["Records"]![0]!["s3"]!["object"]!["eTag"] = uploaded.ETag;
        var before = DateTimeOffset.UtcNow;

        var envelope = await _harness.InvokeAsync("Prepare", evt.ToJsonString());

        var run = envelope.Run!;
        Assert.Equal("s3", run.Trigger.Source);
        Assert.Equal("raw/customers 2026-11.csv", run.Trigger.Key);
        Assert.Equal(CoreHarness.Bucket, run.Trigger.Bucket);
        Assert.Equal(uploaded.ETag, run.Trigger.Etag);
        Assert.Equal(412345, run.Trigger.SizeBytes);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero), run.Trigger.EventTime);
        Assert.Matches("^run-[0-9a-f]{20}$", run.RunId);
        Assert.Equal(42, run.Seed);
        Assert.Equal("training", run.Pipeline);
        Assert.Equal("test-1.2.3", run.CodeVersion);
        Assert.InRange(run.StartedAt, before, DateTimeOffset.UtcNow);
        Assert.Equal("converted", envelope.Config!.Target);
        Assert.True(envelope.TimingsMs!.ContainsKey("Prepare"));
    }

    [Fact]
    public async Task The_same_upload_gets_the_same_run_id_from_S3_EventBridge_and_plain_inputs()
    {
        var uploaded = await UploadAsync("raw/customers 2026-11.csv");
        var s3 = SampleEvents.Load("s3-put.json");
        s3["Records"]![0]!["s3"]!["object"]!["eTag"] = uploaded.ETag;
        var bridge = SampleEvents.Load("eventbridge-s3-object-created.json");
        bridge["detail"]!["object"]!["etag"] = uploaded.ETag;
        var plain = new JsonObject { ["bucket"] = CoreHarness.Bucket, ["key"] = "raw/customers 2026-11.csv" };

        var fromS3 = await _harness.InvokeAsync("Prepare", s3.ToJsonString());
        var fromBridge = await _harness.InvokeAsync("Prepare", bridge.ToJsonString());
        var fromPlain = await _harness.InvokeAsync("Prepare", plain.ToJsonString());

        Assert.Equal("eventbridge", fromBridge.Run!.Trigger.Source);
        Assert.Equal("execution", fromPlain.Run!.Trigger.Source);
        Assert.Equal(fromS3.Run!.RunId, fromBridge.Run.RunId);
        Assert.Equal(fromS3.Run.RunId, fromPlain.Run.RunId);

        await UploadAsync("raw/customers 2026-11.csv", "customer_id,age\nc2,43\n");
        var reuploaded = await _harness.InvokeAsync("Prepare", plain.ToJsonString());
        Assert.NotEqual(fromPlain.Run.RunId, reuploaded.Run!.RunId);
    }

    [Fact]
    public async Task The_shipped_step_functions_input_works_and_seed_and_parent_can_be_overridden()
    {
        await UploadAsync("raw/customers.csv");
        var input = SampleEvents.Load("stepfunctions-input.json");
        var plain = await _harness.InvokeAsync("Prepare", input.ToJsonString());
        Assert.Equal("raw/customers.csv", plain.Run!.Trigger.Key);

        input["seed"] = 7;
        input["parentRunId"] = "run-parent";
        var overridden = await _harness.InvokeAsync("Prepare", input.ToJsonString());
        Assert.Equal(7, overridden.Run!.Seed);
        Assert.Equal("run-parent", overridden.Run.ParentRunId);
    }

    [Fact]
    public async Task A_config_in_the_bucket_overrides_the_default()
    {
        await UploadAsync("raw/bank.csv");
        await _harness.Store.PutBytesAsync("config/pipeline.json", Encoding.UTF8.GetBytes(
            "{\"target\":\"y\",\"separator\":\";\",\"seed\":5,\"modelName\":\"bank-marketing\",\"features\":{\"excluded\":[\"duration\"]},\"dataContract\":{\"columns\":[{\"name\":\"y\",\"type\":\"category\"}]}}"));
        var envelope = await _harness.InvokeAsync("Prepare", "{\"bucket\":\"mlops-data\",\"key\":\"raw/bank.csv\"}");
        Assert.Equal("y", envelope.Config!.Target);
        Assert.Equal("bank-marketing", envelope.Config.ModelName);
        Assert.Equal(5, envelope.Run!.Seed);
    }

    public static TheoryData<string, string> InvalidEvents => new()
    {
        { "{}", "$.Records" },
        { "{\"Records\":[]}", "non-empty array" },
        { "{\"Records\":[{\"s3\":{}},{\"s3\":{}}]}", "has 2 records" },
        { "{\"Records\":[{\"eventName\":\"ObjectRemoved:Delete\",\"s3\":{}}]}", "not an ObjectCreated event" },
        { "{\"Records\":[{\"eventName\":\"ObjectCreated:Put\"}]}", "$.Records[0].s3 is missing" },
        { "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{}}}]}", "$.Records[0].s3.object.key is missing" },
        { "{\"detail-type\":\"Object Deleted\",\"source\":\"aws.s3\",\"detail\":{}}", "expected \"Object Created\"" },
        { "{\"detail-type\":\"Object Created\",\"source\":\"aws.ec2\",\"detail\":{}}", "expected 'aws.s3'" },
        { "{\"detail-type\":\"Object Created\",\"source\":\"aws.s3\",\"detail\":{\"object\":{\"key\":\"k\"}}}", "$.detail.bucket is missing" },
        { "{\"bucket\":\"mlops-data\"}", "$.key is missing" },
        { "{\"bucket\":\"mlops-data\",\"key\":\"\"}", "$.key is missing or not a non-empty string" },
        { "{\"bucket\":\"mlops-data\",\"key\":\"raw/x.csv\",\"seed\":\"seven\"}", "$.seed must be an integer" },
        { "[1]", "must be a JSON object" },
        { "{\"bucket\":", "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(InvalidEvents))]
    public async Task Malformed_events_are_InvalidEvent_naming_what_is_missing(string json, string expected)
    {
        var error = await Assert.ThrowsAsync<InvalidEventException>(() => _harness.InvokeAsync("Prepare", json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorNames.InvalidEvent, error.ErrorName);
    }

    [Theory]
    [InlineData("raw%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("raw/a%00b.csv")]
    [InlineData("%2Fetc%2Fpasswd")]
    [InlineData("raw%5Cwin.csv")]
    public async Task Hostile_keys_in_S3_notifications_are_InvalidObjectKey_after_decoding(string encodedKey)
    {
        var evt = SampleEvents.Load("s3-put.json");
        evt["Records"]![0]!["s3"]!["object"]!["key"] = encodedKey;
        await Assert.ThrowsAsync<InvalidObjectKeyException>(() => _harness.InvokeAsync("Prepare", evt.ToJsonString()));
    }

    [Fact]
    public async Task An_event_for_a_missing_object_is_ObjectNotFound_naming_it()
    {
        var error = await Assert.ThrowsAsync<ObjectNotFoundException>(
            () => _harness.InvokeAsync("Prepare", "{\"bucket\":\"mlops-data\",\"key\":\"raw/gone.csv\"}"));
        Assert.Contains("s3://mlops-data/raw/gone.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_config_in_the_bucket_is_InvalidConfig_naming_the_field()
    {
        await UploadAsync("raw/customers.csv");
        await _harness.Store.PutBytesAsync("config/pipeline.json", Encoding.UTF8.GetBytes("{\"target\":\"y\",\"modelName\":\"m\",\"features\":{},\"dataContract\":{\"columns\":[]},\"seed\":\"x\"}"));
        var error = await Assert.ThrowsAsync<InvalidConfigException>(
            () => _harness.InvokeAsync("Prepare", "{\"bucket\":\"mlops-data\",\"key\":\"raw/customers.csv\"}"));
        Assert.Contains("$.seed", error.Message, StringComparison.Ordinal);
    }
}
