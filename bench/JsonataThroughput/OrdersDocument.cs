using System.Globalization;
using System.Text;

namespace MlOps.Jsonata.Benchmarks;

/// <summary>Builds a deterministic orders document of about the requested size.</summary>
internal static class OrdersDocument
{
    private static readonly string[] Statuses = ["shipped", "pending", "cancelled", "delivered"];
    private static readonly string[] Domains = ["example.org", "example.com", "mail.test"];

    public static string Build(int targetBytes)
    {
        var rng = new Random(42);
        var sb = new StringBuilder(targetBytes + 4096);
        sb.Append("{\"generated\":\"2024-01-01T00:00:00Z\",\"orders\":[");
        var i = 0;
        while (sb.Length < targetBytes)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var items = new StringBuilder();
            var total = 0.0;
            var n = 1 + rng.Next(5);
            for (var k = 0; k < n; k++)
            {
                var price = Math.Round(1 + (rng.NextDouble() * 200), 2);
                var qty = 1 + rng.Next(4);
                total += price * qty;
                items.Append(k > 0 ? "," : "").Append(CultureInfo.InvariantCulture, $"{{\"sku\":\"SKU-{rng.Next(200):D3}\",\"price\":{price.ToString(CultureInfo.InvariantCulture)},\"quantity\":{qty}}}");
            }

            sb.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"ord-{i:D6}\",\"status\":\"{Statuses[rng.Next(Statuses.Length)]}\",\"total\":{Math.Round(total, 2).ToString(CultureInfo.InvariantCulture)},");
            sb.Append(CultureInfo.InvariantCulture, $"\"customer\":{{\"name\":\"Customer {rng.Next(5000)}\",\"email\":\"user{rng.Next(5000)}@{Domains[rng.Next(Domains.Length)]}\"}},");
            sb.Append("\"items\":[").Append(items).Append("]}");
            i++;
        }

        sb.Append("]}");
        return sb.ToString();
    }
}
