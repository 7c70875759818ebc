using System.Text;
using System.Text.Json.Nodes;
using MlOps.StepFunctions.Integrations;
using MlOps.StepFunctions.Storage;

namespace MlOps.StepFunctions.Tests.Jsonata;

public sealed class JsonataDistributedMapTests
{
    [Fact]
    public async Task Reader_batcher_and_writer_arguments_are_jsonata_expressions()
    {
        var store = new InMemoryObjectStore();
        await store.PutObjectAsync("in", "items.json", Encoding.UTF8.GetBytes("[1,2,3]"), default);
        var engine = new StepFunctionsEngine(new EngineOptions
        {
            Handlers = IdentityLambdaHandler.RegisterOn(new ResourceHandlerRegistry()),
            ObjectStore = store,
        });
        var result = await engine.Load("""
            {"QueryLanguage":"JSONata","StartAt":"M","States":{"M":{"Type":"Map","End":true,
              "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{"InputType":"JSON"},
                            "Arguments":{"Bucket":"{% $states.input.bucket %}","Key":"{% 'items' & '.json' %}"}},
              "ItemBatcher":{"MaxItemsPerBatch":"{% 2 %}","BatchInput":{"tag":"{% $states.input.tag %}"}},
              "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject","Arguments":{"Bucket":"{% $states.input.out %}","Prefix":"r"}},
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"I",
                "States":{"I":{"Type":"Pass","Output":"{% $count($states.input.Items) %}","End":true}}}}}}
            """).RunAsync(JsonNode.Parse("""{"bucket":"in","out":"results","tag":"t"}"""));
        Assert.Null(result.Error);
        Assert.Equal("results", result.Output!["ResultWriterDetails"]!["Bucket"]!.GetValue<string>());
        var written = await store.ListObjectsV2Async("results", "r/", default);
        Assert.Equal(2, written.Count);
    }
}
