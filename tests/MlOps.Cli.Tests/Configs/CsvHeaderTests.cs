using System.Text;
using MlOps.Cli.Cloud.Configs;

namespace MlOps.Cli.Tests.Configs;

public sealed class CsvHeaderTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',', "a|b|c")]
    [InlineData("\"age\";\"job\";\"y\"\n56;\"housemaid\";\"no\"\n", ';', "age|job|y")]
    [InlineData("a\tb\tc\r\n1\t2\t3\r\n", '\t', "a|b|c")]
    [InlineData("a|b|c", '|', "a|b|c")]
    [InlineData("\"x;y\",z\n", ',', "x;y|z")]
    [InlineData("\"a,b\";\"c,d\";e\n", ';', "a,b|c,d|e")]
    [InlineData("\"say \"\"hi\"\"\",b\n", ',', "say \"hi\"|b")]
    [InlineData("\"two\nlines\",b\n1,2\n", ',', "two\nlines|b")]
    [InlineData("single\n1\n", ',', "single")]
    [InlineData("a;b,c;d\n", ';', "a|b,c|d")]
    public void Sniff_finds_the_separator_that_splits_the_header_most_and_unquotes_the_names(string csv, char separator, string columns)
    {
        var header = CsvHeader.Sniff(Encoding.UTF8.GetBytes(csv));

        Assert.NotNull(header);
        Assert.Equal(separator, header.Separator);
        Assert.Equal(columns.Split('|'), header.Columns);
    }

    [Fact]
    public void Sniff_skips_a_utf8_byte_order_mark_and_a_carriage_return()
    {
        var header = CsvHeader.Sniff([0xEF, 0xBB, 0xBF, .. "id;name\r\n1;x\r\n"u8]);

        Assert.NotNull(header);
        Assert.Equal(';', header.Separator);
        Assert.Equal(["id", "name"], header.Columns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n1,2\n")]
    [InlineData("\r\n")]
    public void Sniff_of_a_file_without_a_header_line_is_null(string csv) =>
        Assert.Null(CsvHeader.Sniff(Encoding.UTF8.GetBytes(csv)));

    [Theory]
    [InlineData(',', "','")]
    [InlineData('\t', "tab")]
    public void Describe_names_the_separator(char separator, string expected) =>
        Assert.Equal(expected, CsvHeader.Describe(separator));

    [Fact]
    public void Sniff_of_an_unterminated_quote_reads_at_most_the_first_mebibyte()
    {
        var data = Encoding.UTF8.GetBytes("\"a;b;" + new string('x', 3 << 20) + "\n1;2\n");

        var header = CsvHeader.Sniff(data);

        Assert.NotNull(header);
        Assert.Single(header.Columns);
        Assert.True(header.Columns[0].Length < (1 << 20), $"{header.Columns[0].Length} characters");
    }
}
