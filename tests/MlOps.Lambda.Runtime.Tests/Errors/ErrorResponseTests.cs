using System.Text;
using System.Text.Json;
using MlOps.Lambda.Runtime.Errors;
using MlOps.Lambda.Runtime.Tests.Fakes;

namespace MlOps.Lambda.Runtime.Tests.Errors;

public sealed class ErrorResponseTests
{
    [Fact]
    public void ToJsonBytes_WritesLambdaErrorKeysInOrder()
    {
        var error = new ErrorResponse("InvalidOperationException", "bad <state>", ["at A.B()", "at C.D()"]);

        var json = Encoding.UTF8.GetString(error.ToJsonBytes());

        Assert.Equal("{\"errorType\":\"InvalidOperationException\",\"errorMessage\":\"bad <state>\",\"stackTrace\":[\"at A.B()\",\"at C.D()\"]}", json);
    }

    [Fact]
    public void ToJsonBytes_OmitsEmptyStackTraceAndNullMessage()
    {
        var json = Encoding.UTF8.GetString(new ErrorResponse("X", null, []).ToJsonBytes());

        Assert.Equal("{\"errorType\":\"X\"}", json);
    }

    [Fact]
    public void ToJsonBytes_WhenOver256KiB_ReplacesTheBodyWithAShortMessage()
    {
        var error = new ErrorResponse("Huge", new string('x', 300 * 1024), []);

        var bytes = error.ToJsonBytes();

        Assert.True(bytes.Length < ErrorResponse.MaxBodyBytes);
        var parsed = ErrorResponse.TryParse(bytes)!;
        Assert.Equal("Huge", parsed.ErrorType);
        Assert.Contains("maximum payload size", parsed.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ReadsBackWhatWasWritten_IncludingCause()
    {
        var error = new ErrorResponse("Outer", "o", ["s1"], new ErrorResponse("Inner", "i", []));

        var parsed = ErrorResponse.TryParse(error.ToJsonBytes());

        Assert.Equal("Outer", parsed!.ErrorType);
        Assert.Equal(["s1"], parsed.StackTrace);
        Assert.Equal("Inner", parsed.Cause!.ErrorType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"message\":\"no errorType\"}")]
    public void TryParse_WhenBodyIsNotAnErrorObject_ReturnsNull(string body) =>
        Assert.Null(ErrorResponse.TryParse(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void ToErrorResponse_UsesNamedErrorAndKeepsInnerExceptionAsCause()
    {
        Exception thrown;
        try
        {
            try
            {
                throw new FormatException("inner");
            }
            catch (FormatException inner)
            {
                throw new InvalidDataException("outer", inner);
            }
        }
        catch (InvalidDataException exception)
        {
            thrown = exception;
        }

        var error = ExceptionConverter.ToErrorResponse(thrown);

        Assert.Equal("InvalidDataException", error.ErrorType);
        Assert.All(error.StackTrace, line => Assert.Equal(line.Trim(), line));
        Assert.StartsWith("at ", error.StackTrace[0], StringComparison.Ordinal);
        Assert.Equal("FormatException", error.Cause!.ErrorType);
        Assert.Equal("MlOps.ModelQualityBelowThreshold", ExceptionConverter.ErrorTypeOf(new ModelQualityException("m")));
    }

    [Fact]
    public void ToJsonBytes_IsValidJsonForNonAsciiMessages()
    {
        var bytes = new ErrorResponse("E", "données \"quotées\" ✓", []).ToJsonBytes();

        using var document = JsonDocument.Parse(bytes);
        Assert.Equal("données \"quotées\" ✓", document.RootElement.GetProperty("errorMessage").GetString());
    }
}
