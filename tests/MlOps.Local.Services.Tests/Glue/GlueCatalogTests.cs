using System.Text.Json.Nodes;
using MlOps.Local.Services.Errors;
using MlOps.Local.Services.Glue;

namespace MlOps.Local.Services.Tests.Glue;

public sealed class GlueCatalogTests
{
    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    [Fact]
    public void Seed_CreatesTemplateDatabaseAndTable()
    {
        using var home = new TempHome();
        var catalog = new GlueCatalog(home.Path, TimeProvider.System);

        catalog.Seed(TestTemplates.Load(TestTemplates.WithRuleAndNotification));

        var table = catalog.Call("getTable", Json("""{"DatabaseName":"curated","Name":"datasets"}"""));
        Assert.Equal("datasets", table["Table"]!["Name"]!.ToString());
    }

    [Fact]
    public void BatchCreatePartition_Twice_ReportsAlreadyExistsInErrors()
    {
        using var home = new TempHome();
        var catalog = new GlueCatalog(home.Path, TimeProvider.System);
        catalog.Seed(TestTemplates.Load(TestTemplates.WithRuleAndNotification));
        var request = Json("""{"DatabaseName":"curated","TableName":"datasets","PartitionInputList":[{"Values":["v1"],"StorageDescriptor":{"Location":"s3://b/curated/v1/"}}]}""");

        var first = catalog.Call("batchCreatePartition", request);
        var second = catalog.Call("batchCreatePartition", request);

        Assert.Empty(first["Errors"]!.AsArray());
        Assert.Equal("AlreadyExistsException", second["Errors"]![0]!["ErrorDetail"]!["ErrorCode"]!.ToString());
        var partitions = new GlueCatalog(home.Path, TimeProvider.System).Call("getPartitions", Json("""{"DatabaseName":"curated","TableName":"datasets"}"""));
        Assert.Single(partitions["Partitions"]!.AsArray());
    }

    [Fact]
    public void GetTable_Unknown_IsGlueEntityNotFound()
    {
        using var home = new TempHome();

        var ex = Assert.Throws<ServiceErrorException>(() => new GlueCatalog(home.Path, TimeProvider.System).Call("getTable", Json("""{"DatabaseName":"x","Name":"y"}""")));

        Assert.Equal("Glue.EntityNotFoundException", ex.Error);
    }
}
