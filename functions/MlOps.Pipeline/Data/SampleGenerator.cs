using System.Globalization;
using System.Text;

namespace MlOps.Pipeline.Data;

/// <summary>
/// Seeded generator of the shipped sample data (<c>samples/data/*.csv</c>): realistic customer/campaign rows with a known
/// signal (email opens, web visits, past purchases, recent contact, channel and job raise the odds; many contacts lower
/// them), about 12-15 % converted. Same seed and size give the same bytes.
/// </summary>
internal static class SampleGenerator
{
    /// <summary>The header of the sample files.</summary>
    public const string Header = "customer_id,age,job,marital,education,region,channel,tenure_months,balance,campaign_contacts,days_since_last_contact,previous_purchases,email_opens_30d,web_visits_30d,signup_date,converted";

    public static IReadOnlyList<string> Jobs { get; } = ["admin", "blue-collar", "entrepreneur", "management", "retired", "self-employed", "services", "student", "technician", "unemployed"];

    public static IReadOnlyList<string> Maritals { get; } = ["divorced", "married", "single"];

    public static IReadOnlyList<string> Educations { get; } = ["primary", "secondary", "tertiary", "unknown"];

    public static IReadOnlyList<string> Regions { get; } = ["central", "east", "north", "south", "west"];

    public static IReadOnlyList<string> Channels { get; } = ["email", "phone", "store", "web"];

    private static readonly DateOnly Today = new(2025, 6, 30);

    /// <summary>
    /// The clean dataset as CSV text (LF line endings, header first). With <paramref name="regionalCampaign"/> (the
    /// shipped <c>customers-v2.csv</c>) the same customers convert as in a later quarter: a regional campaign lifts the
    /// north and east and the south lags, and outcomes follow the features more closely (less noise). The features are
    /// drawn exactly as without it (no drift in the inputs), so a model trained on v1 misses only the new effect.
    /// </summary>
    public static string Generate(int rows, int seed, bool regionalCampaign = false)
    {
        var random = new Random(seed);
        var text = new StringBuilder(rows * 110);
        text.Append(Header).Append('\n');
        for (var i = 1; i <= rows; i++)
        {
            text.Append(Row(random, FormattableString.Invariant($"C{seed:00}{i:000000}"), regionalCampaign)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A small dataset with a few broken rows: unknown category, out-of-range age, missing target.</summary>
    public static string GenerateCorrupt(int rows, int seed)
    {
        var lines = Generate(rows, seed).TrimEnd('\n').Split('\n');
        string Break(string line, int column, string value)
        {
            var fields = line.Split(',');
            fields[column] = value;
            return string.Join(',', fields);
        }

        lines[5] = Break(lines[5], 2, "astronaut");
        lines[17] = Break(lines[17], 1, "150");
        lines[42] = Break(lines[42], 15, "");
        lines[77] = Break(lines[77], 6, "carrier-pigeon");
        return string.Join('\n', lines) + "\n";
    }

    private static string Row(Random r, string id, bool regionalCampaign)
    {
        var job = Pick(r, Jobs, [14, 18, 4, 16, 6, 4, 10, 4, 17, 3]);
        var age = job switch
        {
            "student" => 18 + r.Next(10),
            "retired" => 58 + r.Next(30),
            _ => 22 + (int)Math.Abs(Normal(r) * 11) + r.Next(15),
        };
        age = Math.Min(age, 95);
        var marital = age < 27 ? Pick(r, Maritals, [3, 30, 67]) : Pick(r, Maritals, [12, 60, 28]);
        var education = Pick(r, Educations, [15, 50, 30, 5]);
        var region = Pick(r, Regions, [25, 18, 20, 17, 20]);
        var channel = Pick(r, Channels, [40, 20, 12, 28]);
        var tenure = Math.Min(Math.Max(0, (age - 18) * 12), r.Next(0, 180) + r.Next(0, 60));
        var balance = Math.Round((Math.Exp(7 + (1.2 * Normal(r))) * (education == "tertiary" ? 1.6 : 1)) - 400, 2);
        var contacts = 1 + (int)Math.Min(14, -Math.Log(1 - r.NextDouble()) * 2);
        var days = r.NextDouble() < 0.55 ? -1 : r.Next(0, 365);
        var purchases = (int)Math.Min(20, -Math.Log(1 - r.NextDouble()) * 1.8);
        var opens = (int)Math.Min(30, -Math.Log(1 - r.NextDouble()) * (channel == "email" ? 5 : 2.5));
        var visits = (int)Math.Min(50, -Math.Log(1 - r.NextDouble()) * (channel == "web" ? 8 : 3));
        var signup = Today.AddDays(-(tenure * 30) - r.Next(0, 30));

        var logit = -4.1 + (0.16 * opens) + (0.07 * visits) + (0.38 * Math.Min(purchases, 8)) - (0.2 * (contacts - 1))
            + (days is >= 0 and <= 30 ? 1.3 : days > 30 ? 0.4 : 0)
            + channel switch { "phone" => 0.8, "store" => 0.5, "web" => 0.2, _ => 0 }
            + job switch { "student" => 1.0, "retired" => 0.9, "management" => 0.3, "blue-collar" => -0.4, _ => 0 }
            + (balance > 3000 ? 0.4 : balance < 0 ? -0.5 : 0)
            + (tenure > 60 ? 0.3 : 0)
            + (regionalCampaign ? region switch { "north" => 1.4, "east" => 0.9, "south" => -0.8, _ => 0 } : 0)
            + ((regionalCampaign ? 0.1 : 0.3) * Normal(r));
        var converted = r.NextDouble() < 1 / (1 + Math.Exp(-logit));
        return string.Join(',', id, I(age), job, marital, education, region, channel, I(tenure),
            balance.ToString("0.00", CultureInfo.InvariantCulture), I(contacts), I(days), I(purchases), I(opens), I(visits),
            signup.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), converted ? "yes" : "no");
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Pick(Random r, IReadOnlyList<string> values, int[] weights)
    {
        var x = r.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private static double Normal(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
