using MlOps.Pipeline.Errors;
using MlOps.Pipeline.Storage;

namespace MlOps.Pipeline.Tests.Storage;

public sealed class ObjectKeyTests
{
    [Theory]
    [InlineData("raw/customers.csv")]
    [InlineData("raw/2026/11/customers v2.csv")]
    [InlineData("models/customer-propensity/versions/12/model.zip")]
    [InlineData("a..b/c..")]
    [InlineData("ünïcödé/ключ.csv")]
    public void Validate_accepts_ordinary_keys(string key) => Assert.Equal(key, ObjectKey.Validate(key));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("../x", "'..' segment")]
    [InlineData("raw/../../x", "'..' segment")]
    [InlineData("raw/..", "'..' segment")]
    [InlineData("raw/./x", "'.' segment")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("raw\\x.csv", "backslash")]
    [InlineData("raw//x.csv", "empty segment")]
    [InlineData("raw/", "empty segment")]
    [InlineData("raw/a\0b", "U+0000")]
    [InlineData("raw/a\nb", "U+000A")]
    [InlineData("raw/a\u007fb", "U+007F")]
    public void Validate_rejects_unsafe_keys_naming_key_and_rule(string key, string rule)
    {
        var error = Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Validate(key));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorNames.InvalidObjectKey, error.ErrorName);
    }

    [Fact]
    public void Validate_rejects_keys_longer_than_1024_utf8_bytes_but_accepts_exactly_1024()
    {
        Assert.Equal(1024, ObjectKey.Validate(new string('a', 1024)).Length);
        Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Validate(new string('a', 1025)));
        Assert.Throws<InvalidObjectKeyException>(() => ObjectKey.Validate(new string('é', 513)));
    }

    [Theory]
    [InlineData("s3://bucket/raw/x.csv", "bucket", "raw/x.csv")]
    [InlineData("raw/x.csv", "default", "raw/x.csv")]
    public void ObjectUri_parses_s3_uris_and_bare_keys(string text, string bucket, string key)
    {
        var uri = ObjectUri.Parse(text, "default");
        Assert.Equal(bucket, uri.Bucket);
        Assert.Equal(key, uri.Key);
    }

    [Fact]
    public void ObjectUri_rejects_unsafe_keys_inside_s3_uris() =>
        Assert.Throws<InvalidObjectKeyException>(() => ObjectUri.Parse("s3://bucket/../x", "default"));
}
