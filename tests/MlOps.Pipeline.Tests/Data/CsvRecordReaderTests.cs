using System.Text;
using MlOps.Pipeline.Data;

namespace MlOps.Pipeline.Tests.Data;

public sealed class CsvRecordReaderTests
{
    private static List<List<string>> ReadAll(string text, char separator = ',')
    {
        using var reader = new CsvRecordReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new CsvDialect(separator));
        var rows = new List<List<string>> { reader.ReadHeader().ToList() };
        var fields = new List<string>();
        while (reader.TryReadRow(fields))
        {
            rows.Add([.. fields]);
        }

        return rows;
    }

    [Theory]
    [InlineData("a,b\n1,2\n", "1|2")]
    [InlineData("a,b\r\n1,2\r\n", "1|2")]
    [InlineData("a,b\n\"x,y\",2\n", "x,y|2")]
    [InlineData("a,b\n\"say \"\"hi\"\"\",2", "say \"hi\"|2")]
    [InlineData("a,b\n\"line\nbreak\",2\n", "line\nbreak|2")]
    [InlineData("a,b\n,\n", "|")]
    public void Rfc4180_fields_are_read_exactly(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', ReadAll(text)[1]));
    }

    [Fact]
    public void Semicolon_files_with_quoted_header_read_like_the_uci_bank_file()
    {
        var rows = ReadAll("\"age\";\"job\";\"y\"\r\n56;\"housemaid\";\"no\"\r\n", ';');
        Assert.Equal(["age", "job", "y"], rows[0]);
        Assert.Equal(["56", "housemaid", "no"], rows[1]);
    }

    [Theory]
    [InlineData("a,b\n1,2,3\n", 1, "ragged row: 3 fields")]
    [InlineData("a,b\n1,2\n1\n", 2, "ragged row: 1 fields")]
    [InlineData("a,b\n1,x\"y\n", 1, "quote character inside an unquoted field")]
    [InlineData("a,b\n\"1\"x,2\n", 1, "after a closing quote")]
    [InlineData("a,b\n1,\"open\n", 1, "unterminated quoted field")]
    public void Malformed_rows_name_the_row_and_reason(string text, long row, string reason)
    {
        var error = Assert.Throws<CsvFormatException>(() => ReadAll(text));
        Assert.Equal(row, error.Row);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Ragged_row_names_the_first_missing_column()
    {
        var error = Assert.Throws<CsvFormatException>(() => ReadAll("a,b,c\n1,2,3\n4\n"));
        Assert.Equal("b", error.Column);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void Empty_file_has_no_header()
    {
        var error = Assert.Throws<CsvFormatException>(() => ReadAll(""));
        Assert.Equal(0, error.Row);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_streams_without_loading_the_file()
    {
        // 200k rows through a stream that only ever hands out 7 bytes at a time.
        var text = "a,b\n" + string.Concat(Enumerable.Repeat("1,\"x\"\n", 200_000));
        using var reader = new CsvRecordReader(new TrickleStream(Encoding.UTF8.GetBytes(text)), CsvDialect.Default);
        reader.ReadHeader();
        var fields = new List<string>();
        var count = 0;
        while (reader.TryReadRow(fields))
        {
            count++;
        }

        Assert.Equal(200_000, count);
    }

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7)]);
    }
}
