using System.Text.Json;
using System.Text.Json.Nodes;
using MlOps.Functions.Tests.Evaluate;
using MlOps.Functions.Tests.Support;
using MlOps.Pipeline.Envelope;
using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Functions.Tests.Predict;

public sealed class PredictFunctionTests
{
    internal static async Task<PipelineEnvelope> DeployedAsync(MlHarness h)
    {
        var gated = await h.InvokeAsync("Gate", await h.InvokeAsync("Evaluate", await EvaluateAndGateTests.TrainedAsync(h)));
        return await h.InvokeAsync("Deploy", await h.InvokeAsync("Register", gated));
    }

    private static async Task<(int Status, JsonElement Body)> CallAsync(MlHarness h, byte[] evt)
    {
        using var response = JsonDocument.Parse(await h.InvokeRawAsync("Predict", evt));
        var status = response.RootElement.GetProperty("statusCode").GetInt32();
        Assert.Equal("application/json", response.RootElement.GetProperty("headers").GetProperty("content-type").GetString());
        using var body = JsonDocument.Parse(response.RootElement.GetProperty("body").GetString()!);
        return (status, body.RootElement.Clone());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Valid_instances_get_probability_label_and_model_version_and_are_logged(bool base64)
    {
        using var h = new MlHarness();
        var deployed = await DeployedAsync(h);
        var rows = SampleRows.Read("customers.csv", 0, 3);

        var (status, body) = await CallAsync(h, SampleRows.FunctionUrlEvent(SampleRows.Instances(rows), base64: base64));

        Assert.Equal(200, status);
        var predictions = body.GetProperty("predictions").EnumerateArray().ToList();
        Assert.Equal(3, predictions.Count);
        Assert.All(predictions, p =>
        {
            Assert.InRange(p.GetProperty("probability").GetDouble(), 0, 1);
            Assert.Contains(p.GetProperty("label").GetString(), new[] { "yes", "no" });
            Assert.Equal(deployed.Deployment!.Version, p.GetProperty("modelVersion").GetInt32());
        });
        var logs = await h.Store.ListAllAsync("inference-logs/customer-propensity/").ToListAsync();
        var log = Assert.Single(logs);
        Assert.Equal(3, System.Text.Encoding.UTF8.GetString(await h.Store.ReadAllBytesAsync(log.Key)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Instances_that_break_the_contract_get_400_with_reasons_per_instance_and_field()
    {
        using var h = new MlHarness();
        await DeployedAsync(h);
        var rows = SampleRows.Read("customers.csv", 0, 3);
        rows[0]["channel"] = "carrier-pigeon";
        rows[1]["age"] = "forty";
        rows[2]["email_opens_30d"] = -5;

        var (status, body) = await CallAsync(h, SampleRows.FunctionUrlEvent(SampleRows.Instances(rows)));

        Assert.Equal(400, status);
        var reasons = body.GetProperty("reasons").EnumerateArray()
            .Select(r => $"{r.GetProperty("instance").GetInt32()}:{r.GetProperty("field").GetString()}:{r.GetProperty("reason").GetString()}").ToList();
        Assert.Contains("0:channel:unknown category 'carrier-pigeon'", reasons);
        Assert.Contains("1:age:must be a number", reasons);
        Assert.Contains("2:email_opens_30d:out of range [0, 1000]", reasons);
        Assert.Empty(await h.Store.ListAllAsync("inference-logs/").ToListAsync());
    }

    [Theory]
    [InlineData("GET", "{\"instances\":[{}]}", 405)]
    [InlineData("POST", "not json", 400)]
    [InlineData("POST", "{\"rows\":[]}", 400)]
    [InlineData("POST", "{\"instances\":[]}", 400)]
    public async Task Bad_requests_get_an_http_error_not_a_crash(string method, string body, int expected)
    {
        using var h = new MlHarness();
        await DeployedAsync(h);
        var (status, response) = await CallAsync(h, SampleRows.FunctionUrlEvent(body, method));
        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(response.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Without_a_production_model_predict_answers_503()
    {
        using var h = new MlHarness();
        var (status, _) = await CallAsync(h, SampleRows.FunctionUrlEvent(SampleRows.Instances(SampleRows.Read("customers.csv", 0, 1))));
        Assert.Equal(503, status);
    }

    [Fact]
    public async Task A_tampered_production_artifact_is_refused_before_first_use()
    {
        using var h = new MlHarness();
        var deployed = await DeployedAsync(h);
        var key = ObjectUri.Parse(deployed.Model!.ArtifactUri, MlHarness.Bucket).Key;
        var bytes = await h.Store.ReadAllBytesAsync(key);
        bytes[100] ^= 0x01;
        await h.Store.PutBytesAsync(key, bytes);

        var error = await Assert.ThrowsAsync<ArtifactIntegrityFailureException>(() =>
            h.InvokeRawAsync("Predict", SampleRows.FunctionUrlEvent(SampleRows.Instances(SampleRows.Read("customers.csv", 0, 1)))));
        Assert.Equal(ErrorNames.ArtifactIntegrityFailure, error.ErrorName);
    }

    [Fact]
    public async Task Batch_predict_scores_each_item_and_fails_bad_rows_alone()
    {
        using var h = new MlHarness();
        var deployed = await DeployedAsync(h);
        var rows = SampleRows.Read("customers.csv", 100, 5);
        rows[3]["job"] = "astronaut";
        var batch = new JsonObject { ["BatchInput"] = new JsonObject { ["idField"] = "customer_id" }, ["Items"] = new JsonArray([.. rows]) };

        using var output = JsonDocument.Parse(await h.InvokeRawAsync("BatchPredict", System.Text.Encoding.UTF8.GetBytes(batch.ToJsonString())));

        var root = output.RootElement;
        Assert.Equal(deployed.Deployment!.Version, root.GetProperty("modelVersion").GetInt32());
        Assert.Equal(5, root.GetProperty("count").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        var predictions = root.GetProperty("predictions").EnumerateArray().ToList();
        Assert.Equal(rows[0]["customer_id"]!.GetValue<string>(), predictions[0].GetProperty("id").GetString());
        Assert.InRange(predictions[0].GetProperty("probability").GetDouble(), 0, 1);
        Assert.Equal("job", predictions[3].GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Batch_rows_from_a_csv_reader_with_numbers_as_strings_score_like_typed_rows()
    {
        using var h = new MlHarness();
        await DeployedAsync(h);
        var typed = SampleRows.Read("customers.csv", 200, 4);
        // A Distributed Map's CSV ItemReader hands every value over as a string.
        var asText = typed.Select(r => new JsonObject([.. r.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value?.ToString())))])).ToList();
        asText[2]["age"] = "forty";
        JsonElement Score(IEnumerable<JsonObject> rows) => JsonDocument.Parse(h.InvokeRawAsync("BatchPredict", System.Text.Encoding.UTF8.GetBytes(
            new JsonObject { ["Items"] = new JsonArray([.. rows.Select(r => (JsonNode)r.DeepClone())]) }.ToJsonString())).GetAwaiter().GetResult()).RootElement;

        var fromText = Score(asText);
        var fromTyped = Score(typed);

        Assert.Equal(1, fromText.GetProperty("failed").GetInt32());
        Assert.Equal("must be a number", fromText.GetProperty("predictions")[2].GetProperty("errors")[0].GetProperty("reason").GetString());
        foreach (var i in new[] { 0, 1, 3 })
        {
            Assert.Equal(fromTyped.GetProperty("predictions")[i].GetProperty("probability").GetDouble(),
                fromText.GetProperty("predictions")[i].GetProperty("probability").GetDouble());
        }
    }

    [Fact]
    public async Task A_batch_row_lists_its_first_three_reasons_and_counts_the_rest()
    {
        using var h = new MlHarness();
        await DeployedAsync(h);
        var row = SampleRows.Read("customers.csv", 300, 1)[0];
        foreach (var field in new[] { "age", "tenure_months", "balance", "campaign_contacts", "email_opens_30d" })
        {
            row[field] = "n/a";
        }

        using var output = JsonDocument.Parse(await h.InvokeRawAsync("BatchPredict", System.Text.Encoding.UTF8.GetBytes(
            new JsonObject { ["Items"] = new JsonArray(row) }.ToJsonString())));

        var entry = output.RootElement.GetProperty("predictions")[0];
        Assert.Equal(3, entry.GetProperty("errors").GetArrayLength());
        Assert.Equal(2, entry.GetProperty("moreErrors").GetInt32());
    }

    [Fact]
    public async Task Batch_without_items_is_an_invalid_event()
    {
        using var h = new MlHarness();
        await Assert.ThrowsAsync<InvalidEventException>(() => h.InvokeRawAsync("BatchPredict", "{\"BatchInput\":{}}"u8.ToArray()));
    }

    [Fact]
    public async Task Shipped_sample_events_are_answered()
    {
        using var h = new MlHarness();
        await DeployedAsync(h);

        var (status, body) = await CallAsync(h, await File.ReadAllBytesAsync(RepoPaths.Sample("events/predict.json")));
        using var batch = JsonDocument.Parse(await h.InvokeRawAsync("BatchPredict", await File.ReadAllBytesAsync(RepoPaths.Sample("events/batch-predict.json"))));

        Assert.Equal(200, status);
        Assert.Equal(2, body.GetProperty("predictions").GetArrayLength());
        Assert.Equal(5, batch.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(0, batch.RootElement.GetProperty("failed").GetInt32());
    }
}
