using System.Text;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Storage;

namespace MlOps.StepFunctions.Tests.Evaluation;

public sealed class DistributedMapTests
{
    private static StepFunctionsEngine Engine(InMemoryObjectStore store) => new(new EngineOptions
    {
        Handlers = IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
        ObjectStore = store,
        Clock = TimeProvider.System,
    });

    private static string Machine(string reader, string extra = "") =>
        "{\"StartAt\":\"M\",\"States\":{\"M\":{\"Type\":\"Map\",\"ItemReader\":" + reader + "," + extra
        + """
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"I",
            "States":{"I":{"Type":"Pass","End":true}}},"End":true}}}
          """;

    [Fact]
    public async Task ItemReader_Csv_FirstRowHeader_GivesStringObjects()
    {
        var store = new InMemoryObjectStore();
        await store.PutObjectAsync("b", "k.csv", Encoding.UTF8.GetBytes("a,b\n1,\"x,y\"\n2,z\n"), default);
        var result = await Engine(store).Load(Machine("""
            {"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW"},
             "Parameters":{"Bucket":"b","Key":"k.csv"}}
            """)).RunAsync(new JsonObject());
        Assert.Equal("""[{"a":"1","b":"x,y"},{"a":"2","b":"z"}]""", TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task ItemReader_Jsonl_WithBatcher_GroupsItems()
    {
        var store = new InMemoryObjectStore();
        await store.PutObjectAsync("b", "k.jsonl", Encoding.UTF8.GetBytes("{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n"), default);
        var result = await Engine(store).Load(Machine("""
            {"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSONL"},"Parameters":{"Bucket":"b","Key":"k.jsonl"}}
            """, "\"ItemBatcher\":{\"MaxItemsPerBatch\":2,\"BatchInput\":{\"tag\":\"t\"}},")).RunAsync(new JsonObject());
        Assert.Equal("""[{"BatchInput":{"tag":"t"},"Items":[{"n":1},{"n":2}]},{"BatchInput":{"tag":"t"},"Items":[{"n":3}]}]""",
            TestEngine.Json(result.Output));
    }

    [Fact]
    public async Task ResultWriter_WritesManifestAndResults()
    {
        var store = new InMemoryObjectStore();
        await store.PutObjectAsync("b", "k.json", Encoding.UTF8.GetBytes("[1,2]"), default);
        var result = await Engine(store).Load(Machine("""
            {"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"b","Key":"k.json"}}
            """, "\"ResultWriter\":{\"Resource\":\"arn:aws:states:::s3:putObject\",\"Parameters\":{\"Bucket\":\"out\",\"Prefix\":\"res\"},"
            + "\"WriterConfig\":{\"Transformation\":\"COMPACT\",\"OutputType\":\"JSON\"}},")).RunAsync(new JsonObject());
        var key = result.Output!["ResultWriterDetails"]!["Key"]!.GetValue<string>();
        Assert.EndsWith("manifest.json", key, StringComparison.Ordinal);
        var listing = await store.ListObjectsV2Async("out", "res/", default);
        Assert.Equal(2, listing.Count);
        var results = listing.Single(o => o.Key.EndsWith("SUCCEEDED_0.json", StringComparison.Ordinal));
        Assert.Equal("[1,2]", Encoding.UTF8.GetString(await store.GetObjectAsync("out", results.Key, default)));
    }

    [Fact]
    public async Task ItemReader_MissingObject_FailsWithItemReaderFailed()
    {
        var result = await Engine(new InMemoryObjectStore()).Load(Machine("""
            {"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"b","Key":"none"}}
            """)).RunAsync(new JsonObject());
        Assert.Equal("States.ItemReaderFailed", result.Error);
    }

    [Fact]
    public async Task DistributedChildren_CannotReadParentVariables()
    {
        var store = new InMemoryObjectStore();
        await store.PutObjectAsync("b", "k.json", Encoding.UTF8.GetBytes("[1]"), default);
        var definition = """
            {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"v":1},"Next":"M"},
             "M":{"Type":"Map","ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"b","Key":"k.json"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"I","States":{"I":{"Type":"Pass","Parameters":{"v.$":"$v"},"End":true}}},"End":true}}}
            """;
        var result = await Engine(store).Load(definition).RunAsync(new JsonObject());
        Assert.Equal("States.Runtime", result.Error);
    }
}
