namespace MlOps.Jsonata.Functions;

/// <summary>Formats instants with XPath <c>format-dateTime</c> pictures.</summary>
internal static class DateTimeFormatter
{
    public static string Format(long millis, string? picture, string? timezone) =>
        throw new JsonataException("D3133", $"Date/time picture strings are not supported yet: {picture} {timezone}");
}
