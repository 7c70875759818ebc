using System.Globalization;
using System.Net;
using System.Text;

namespace MlOps.Cli.Reporting;

/// <summary>Small inline SVG charts (no script, no external assets), so the report is one static file.</summary>
internal static class Svg
{
    private const int W = 320;
    private const int H = 240;
    private const int Pad = 36;

    public static string Line(string title, string xLabel, string yLabel, IReadOnlyList<(double X, double Y)> points, double xMax, double yMax, bool diagonal)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{WebUtility.HtmlEncode(title)}</figcaption><svg width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\">");
        Axes(sb, xLabel, yLabel, xMax, yMax);
        if (diagonal)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{H - Pad}\" x2=\"{W - 8}\" y2=\"8\" stroke=\"#bbb\" stroke-dasharray=\"4\"/>");
        }

        var path = string.Join(' ', points.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{Px(p.X, xMax):0.#},{Py(p.Y, yMax):0.#}")));
        sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/></svg></figure>");
        return sb.ToString();
    }

    public static string Bars(string title, IReadOnlyList<(string Label, double Value)> bars, string unit)
    {
        var max = bars.Count == 0 ? 1 : Math.Max(1e-9, bars.Max(b => b.Value));
        var rowH = 18;
        var height = (bars.Count * rowH) + 10;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{WebUtility.HtmlEncode(title)}</figcaption><svg width=\"480\" height=\"{height}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var width = 260 * bars[i].Value / max;
            var y = 5 + (i * rowH);
            sb.Append(CultureInfo.InvariantCulture,
                $"<text x=\"0\" y=\"{y + 12}\" font-size=\"11\">{WebUtility.HtmlEncode(bars[i].Label)}</text><rect x=\"130\" y=\"{y + 2}\" width=\"{width:0.#}\" height=\"12\" fill=\"#1f77b4\"/><text x=\"{135 + width:0.#}\" y=\"{y + 12}\" font-size=\"11\">{bars[i].Value:0.#} {unit}</text>");
        }

        sb.Append("</svg></figure>");
        return sb.ToString();
    }

    private static void Axes(StringBuilder sb, string xLabel, string yLabel, double xMax, double yMax)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{H - Pad}\" x2=\"{W - 8}\" y2=\"{H - Pad}\" stroke=\"#333\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"8\" x2=\"{Pad}\" y2=\"{H - Pad}\" stroke=\"#333\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{W / 2}\" y=\"{H - 6}\" font-size=\"11\" text-anchor=\"middle\">{WebUtility.HtmlEncode(xLabel)} (0–{xMax:0.##})</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{H / 2}\" font-size=\"11\" transform=\"rotate(-90 10 {H / 2})\" text-anchor=\"middle\">{WebUtility.HtmlEncode(yLabel)} (0–{yMax:0.##})</text>");
    }

    private static double Px(double x, double max) => Pad + ((W - 8 - Pad) * x / max);

    private static double Py(double y, double max) => H - Pad - ((H - Pad - 8) * y / max);
}
