using MlOps.Jsonata.Tests.Support;

namespace MlOps.Jsonata.Tests;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("$string(1/3)", "\"0.333333333333333\"")]
    [InlineData("$string({'a':[1,true,null]})", "\"{\\\"a\\\":[1,true,null]}\"")]
    [InlineData("$string(1e21)", "\"1e+21\"")]
    [InlineData("$substring('hello world', -5, 3)", "\"wor\"")]
    [InlineData("$substringBefore('a-b-c', '-')", "\"a\"")]
    [InlineData("$substringAfter('a-b-c', '-')", "\"b-c\"")]
    [InlineData("$uppercase('abc') & $lowercase('DEF')", "\"ABCdef\"")]
    [InlineData("$length('\uD834\uDD1Ex')", "2")]
    [InlineData("$trim('  a \n b  ')", "\"a b\"")]
    [InlineData("$pad('x', -3, '#')", "\"##x\"")]
    [InlineData("$join(['a','b'], ',')", "\"a,b\"")]
    [InlineData("$contains('abc', /B/i)", "true")]
    [InlineData("$split('a1b2c', /[0-9]/)", "[\"a\",\"b\",\"c\"]")]
    [InlineData("$match('a1b22', /[0-9]+/).match", "[\"1\",\"22\"]")]
    [InlineData("$replace('John Smith', /(\\w+)\\s(\\w+)/, '$2, $1')", "\"Smith, John\"")]
    [InlineData("$base64decode($base64encode('héllo'))", "\"héllo\"")]
    [InlineData("$encodeUrlComponent('a b&c')", "\"a%20b%26c\"")]
    [InlineData("$decodeUrl('a%20b')", "\"a b\"")]
    public void String_functions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$sum([1,2,3])", "6")]
    [InlineData("$max([1,5,3]) - $min([4,2])", "3")]
    [InlineData("$average([1,2,3,4])", "2.5")]
    [InlineData("$count([1,[2,3]])", "2")]
    [InlineData("$number('0x1F') + $number('1e2')", "131")]
    [InlineData("[$round(2.5), $round(3.5), $round(1.255, 2)]", "[2,4,1.26]")]
    [InlineData("[$floor(-1.5), $ceil(1.2), $abs(-3)]", "[-2,2,3]")]
    [InlineData("$power(2, 10) + $sqrt(16)", "1028")]
    [InlineData("$formatNumber(12345.6, '#,###.00')", "\"12,345.60\"")]
    [InlineData("$formatBase(255, 16)", "\"ff\"")]
    [InlineData("$formatInteger(1984, 'I')", "\"MCMLXXXIV\"")]
    [InlineData("$formatInteger(21, 'w;o')", "\"twenty-first\"")]
    [InlineData("$parseInteger('twelve', 'w')", "12")]
    public void Numeric_functions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$append([1,2], 3)", "[1,2,3]")]
    [InlineData("$reverse([1,2,3])", "[3,2,1]")]
    [InlineData("$distinct([1,2,1,'a','a'])", "[1,2,\"a\"]")]
    [InlineData("$sort([3,1,2])", "[1,2,3]")]
    [InlineData("$sort(['bb','a','ccc'], function($l,$r){$length($l) > $length($r)})", "[\"a\",\"bb\",\"ccc\"]")]
    [InlineData("$zip([1,2],[3,4,5])", "[[1,3],[2,4]]")]
    [InlineData("$count($shuffle([1,2,3]))", "3")]
    [InlineData("[$exists(x), $exists(1)]", "[false,true]")]
    [InlineData("[$boolean([0]), $boolean('a'), $not({})]", "[false,true,true]")]
    [InlineData("[$type(1), $type('a'), $type(null), $type([]), $type({}), $type($sum)]", "[\"number\",\"string\",\"null\",\"array\",\"object\",\"function\"]")]
    public void Array_and_boolean_functions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$keys({'a':1,'b':2})", "[\"a\",\"b\"]")]
    [InlineData("$lookup({'a':1}, 'a')", "1")]
    [InlineData("$spread({'a':1,'b':2})", "[{\"a\":1},{\"b\":2}]")]
    [InlineData("$merge([{'a':1},{'b':2},{'a':3}])", "{\"a\":3,\"b\":2}")]
    [InlineData("$each({'a':1,'b':2}, function($v,$k){$k & $v})", "[\"a1\",\"b2\"]")]
    [InlineData("$sift({'a':1,'b':2}, function($v){$v > 1})", "{\"b\":2}")]
    [InlineData("$map([1,2,3], function($v,$i){$v * $i})", "[0,2,6]")]
    [InlineData("$filter([1,2,3,4], function($v){$v % 2 = 0})", "[2,4]")]
    [InlineData("$single([1,2,3], function($v){$v = 2})", "2")]
    [InlineData("$reduce([1,2,3,4], function($a,$b){$a + $b}, 10)", "20")]
    [InlineData("$eval('1 + $x', {'x': 1})", "undefined")]
    [InlineData("$eval('[1,2].($ * 2)')", "[2,4]")]
    public void Object_and_higher_order_functions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$fromMillis(1521801216617)", "\"2018-03-23T10:33:36.617Z\"")]
    [InlineData("$fromMillis(1521801216617, '[FNn], [D1o] [MNn] [Y] [h]:[m01] [P]')", "\"Friday, 23rd March 2018 10:33 am\"")]
    [InlineData("$fromMillis(1531310400000, '[H01]:[m01][Z]', '-0500')", "\"07:00-05:00\"")]
    [InlineData("$toMillis('2018-03-27T14:03:00.123Z')", "1522159380123")]
    [InlineData("$toMillis('27th April 2008', '[D1o] [MNn] [Y0001]')", "1209254400000")]
    [InlineData("$millis() = $toMillis($now())", "true")]
    public void Date_time_functions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));

    [Theory]
    [InlineData("$partition([1,2,3,4,5], 2)", "[[1,2],[3,4],[5]]")]
    [InlineData("$range(0, 10, 3)", "[0,3,6,9]")]
    [InlineData("$hash('abc')", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")]
    [InlineData("$hash('abc', 'MD5')", "\"900150983cd24fb0d6963f7d28e17f72\"")]
    [InlineData("$parse('{\"a\":[1,2]}').a[1]", "2")]
    [InlineData("$length($uuid())", "36")]
    [InlineData("$random() < 1", "true")]
    public void Aws_additions(string expr, string expected) => Assert.Equal(expected, Eval.Run(expr));
}
