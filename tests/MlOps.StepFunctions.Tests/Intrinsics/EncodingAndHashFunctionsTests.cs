namespace MlOps.StepFunctions.Tests.Intrinsics;

public sealed class EncodingAndHashFunctionsTests
{
    [Theory]
    [InlineData("States.Base64Encode('Data to encode')", "{}", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("States.Base64Encode($.s)", """{"s":""}""", "\"\"")]
    [InlineData("States.Base64Encode($.s)", """{"s":"héllo €"}""", "\"aMOpbGxvIOKCrA==\"")]
    [InlineData("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "{}", "\"Data to encode\"")]
    [InlineData("States.Base64Decode(States.Base64Encode($.s))", """{"s":"héllo €"}""", "\"héllo €\"")]
    [InlineData("States.Hash('input data', 'SHA-256')", "{}", "\"b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3\"")]
    [InlineData("States.Hash('abc', 'MD5')", "{}", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [InlineData("States.Hash('abc', 'SHA-1')", "{}", "\"a9993e364706816aba3e25717850c26c9cd0d89d\"")]
    [InlineData("States.Hash('abc', 'SHA-384')", "{}", "\"cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7\"")]
    [InlineData("States.Hash('abc', 'SHA-512')", "{}", "\"ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f\"")]
    public void EncodingOrHash_Succeeds(string expression, string input, string expected) =>
        IntrinsicAssert.Yields(expression, input, expected);

    [Fact]
    public void Base64Encode_AcceptsExactlyTheLimit() =>
        IntrinsicAssert.Yields("States.ArrayLength(States.Array(States.Base64Encode($.s)))", $$"""{"s":"{{new string('a', 10_000)}}"}""", "1");

    [Theory]
    [InlineData("States.Base64Encode($.s)", """{"s":1}""", "Invalid arguments in States.Base64Encode")]
    [InlineData("States.Base64Decode('not base64!')", "{}", "Invalid arguments in States.Base64Decode")]
    [InlineData("States.Base64Decode('/w==')", "{}", "Invalid arguments in States.Base64Decode")]
    [InlineData("States.Hash('abc', 'SHA256')", "{}", "Invalid arguments in States.Hash")]
    [InlineData("States.Hash('abc', 'md5')", "{}", "Invalid arguments in States.Hash")]
    [InlineData("States.Hash($.d, 'MD5')", """{"d":{"k":1}}""", "Invalid arguments in States.Hash")]
    public void EncodingOrHash_BadArgument_FailsWithAwsCause(string expression, string input, string cause) =>
        IntrinsicAssert.FailsWith(expression, input, cause);

    [Theory]
    [InlineData("States.Base64Encode($.s)", "Invalid arguments in States.Base64Encode")]
    [InlineData("States.Base64Decode($.s)", "Invalid arguments in States.Base64Decode")]
    [InlineData("States.Hash($.s, 'MD5')", "Invalid arguments in States.Hash")]
    public void EncodingOrHash_InputOverTenThousandCharacters_Fails(string expression, string cause) =>
        IntrinsicAssert.FailsWith(expression, $$"""{"s":"{{new string('A', 10_004)}}"}""", cause);
}
