using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Pipeline.Config;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Tests.Envelope;

public sealed class EnvelopeSerializerTests
{
    internal static PipelineEnvelope Sample() => new()
    {
        Run = new RunSection
        {
            RunId = "run-0123456789abcdef",
            Trigger = new TriggerInfo { Source = "s3", Bucket = "data", Key = "raw/customers.csv", Etag = "abc", SizeBytes = 10 },
            Seed = 42,
            StartedAt = new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero),
            CodeVersion = "1.0.0",
        },
        Config = PipelineConfigLoader.Default,
        Model = new ModelSection
        {
            Name = "customer-propensity",
            Version = 3,
            Alias = "challenger",
            ArtifactUri = "models/customer-propensity/versions/3/model.zip",
            ArtifactSha256 = new string('a', 64),
            ApprovalStatus = "Approved",
        },
        TimingsMs = new Dictionary<string, double> { ["Prepare"] = 12.5 },
    };

    private static byte[] Bytes(PipelineEnvelope envelope) => EnvelopeSerializer.Serialize(envelope);

    private static byte[] Mutate(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Bytes(Sample()))!.AsObject();
        change(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    [Fact]
    public void Serialize_then_Parse_round_trips_and_uses_camelCase_without_nulls()
    {
        var bytes = Bytes(Sample());
        var json = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\"runId\":\"run-0123456789abcdef\"", json, StringComparison.Ordinal);
        Assert.Contains("\"timingsMs\":{\"Prepare\":12.5}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        var back = EnvelopeSerializer.Parse(bytes);
        Assert.Equal(Sample().Run, back.Run);
        Assert.Equal(Sample().Model, back.Model);
        Assert.Equal(bytes, EnvelopeSerializer.Serialize(back));
    }

    [Fact]
    public void Unknown_sections_and_fields_are_carried_through_unchanged()
    {
        var input = Mutate(node =>
        {
            node["approval"] = new JsonObject { ["taskToken"] = "tok" };
            node["training"] = new JsonObject { ["trainer"] = "LightGbm", ["trainingMs"] = 1234 };
        });
        var output = JsonNode.Parse(EnvelopeSerializer.Serialize(EnvelopeSerializer.Parse(input)))!;
        Assert.Equal("tok", (string?)output["approval"]!["taskToken"]);
        Assert.Equal(1234, (int)output["training"]!["trainingMs"]!);
    }

    public static TheoryData<string, string> BadFields => new()
    {
        { "{\"run\":{\"runId\":5}}", "$.run.runId: expected string, got number" },
        { "{\"run\":{\"schemaVersion\":\"1.0\",\"runId\":\"r\",\"pipeline\":\"training\",\"seed\":1,\"startedAt\":\"2026-11-22T20:00:00Z\"}}", "$.run.trigger: is required" },
        { "{\"model\":{\"name\":\"m\",\"version\":0,\"artifactUri\":\"k\",\"artifactSha256\":\"" + new string('a', 64) + "\",\"approvalStatus\":\"Approved\"}}", "$.model.version: must be >= 1" },
        { "{\"model\":{\"name\":\"m\",\"version\":1,\"artifactUri\":\"k\",\"artifactSha256\":\"xyz\",\"approvalStatus\":\"Approved\"}}", "$.model.artifactSha256: does not match" },
        { "{\"gate\":{\"passed\":true,\"decision\":\"maybe\"}}", "$.gate.decision: \"maybe\" is not one of" },
        { "{\"deployment\":{\"alias\":\"production\",\"version\":2,\"deployedAt\":\"yesterday\"}}", "$.deployment.deployedAt: is not an ISO 8601 date-time" },
        { "{\"timingsMs\":{\"Prepare\":\"fast\"}}", "$.timingsMs.Prepare: expected number, got string" },
        { "{\"config\":{\"target\":\"y\",\"modelName\":\"m\",\"features\":{},\"dataContract\":{\"columns\":[{\"name\":\"age\",\"type\":\"float\"}]}}}", "$.config.dataContract.columns[0].type" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public void Parse_rejects_a_bad_field_with_EnvelopeInvalid_naming_its_path(string json, string expected)
    {
        var error = Assert.Throws<EnvelopeInvalidException>(() => EnvelopeSerializer.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorNames.EnvelopeInvalid, error.ErrorName);
    }

    [Fact]
    public void A_schema_valid_integer_too_large_for_the_record_is_EnvelopeInvalid_naming_the_field()
    {
        var json = Encoding.UTF8.GetString(Mutate(node => node["run"]!["seed"] = 1e20));
        var error = Assert.Throws<EnvelopeInvalidException>(() => EnvelopeSerializer.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("$.run.seed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"run\":")]
    public void Parse_rejects_non_objects_and_broken_json_with_EnvelopeInvalid(string json) =>
        Assert.Throws<EnvelopeInvalidException>(() => EnvelopeSerializer.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void A_Catch_result_at_error_keeps_the_Step_Functions_casing()
    {
        var json = "{\"error\":{\"Error\":\"MlOps.DataContractViolation\",\"Cause\":\"{\\\"errorMessage\\\":\\\"bad\\\"}\"}}";
        var envelope = EnvelopeSerializer.Parse(Encoding.UTF8.GetBytes(json));
        Assert.Equal("MlOps.DataContractViolation", envelope.Error!.Error);
        Assert.Contains("\"Error\":\"MlOps.DataContractViolation\"", Encoding.UTF8.GetString(EnvelopeSerializer.Serialize(envelope)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_schema_is_valid_JSON_with_the_contract_sections()
    {
        using var schema = JsonDocument.Parse(EnvelopeSchema.Text);
        var sections = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var section in new[] { "run", "config", "dataset", "cache", "training", "evaluation", "gate", "model", "deployment", "smokeTest", "drift", "timingsMs" })
        {
            Assert.Contains(section, sections);
        }
    }

    [Fact]
    public void WithTiming_adds_a_function_without_losing_others()
    {
        var envelope = Sample().WithTiming("Register", 3.14159);
        Assert.Equal(12.5, envelope.TimingsMs!["Prepare"]);
        Assert.Equal(3.142, envelope.TimingsMs["Register"]);
    }
}
