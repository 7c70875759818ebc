using System.Text;
using System.Text.Json;
using MlOps.Pipeline.Modeling;
using MlOps.Pipeline.Tests.Modeling;

namespace MlOps.Pipeline.Tests.Serving;

public sealed class FeatureEncodingTests
{
    [Theory]
    [InlineData("{\"age\":41,\"job\":\"student\",\"channel\":\"phone\",\"email_opens_30d\":3.5,\"extra\":{\"x\":[1,2]}}")]
    [InlineData("{\"channel\":\"ph\\u006fne\",\"balance\":-12.5,\"job\":\"astronaut\"}")]
    [InlineData("{}")]
    [InlineData("{\"age\":null,\"job\":7,\"region\":\"north\"}")]
    public void Utf8_reader_path_encodes_exactly_like_the_document_path(string json)
    {
        var table = ModelTrainerTests.SampleTable(300, 9);
        var encoding = FeatureEncoding.Fit(table, [.. table.Numerics.Keys, .. table.Categoricals.Keys]);
        var viaDocument = new float[encoding.Length];
        var viaReader = new float[encoding.Length];
        using var document = JsonDocument.Parse(json);

        encoding.Encode(document.RootElement, viaDocument);
        encoding.EncodeUtf8(Encoding.UTF8.GetBytes(json), viaReader);

        Assert.Equal(viaDocument, viaReader);
    }

    [Fact]
    public void A_record_that_is_not_an_object_is_refused()
    {
        var table = ModelTrainerTests.SampleTable(100, 9);
        var encoding = FeatureEncoding.Fit(table, [.. table.Numerics.Keys]);
        Assert.Throws<JsonException>(() => encoding.EncodeUtf8("[1,2]"u8, new float[encoding.Length]));
    }
}
