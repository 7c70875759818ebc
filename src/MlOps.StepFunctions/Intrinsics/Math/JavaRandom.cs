namespace MlOps.StepFunctions.Intrinsics.Math;

/// <summary>
/// The linear congruential generator of <c>java.util.Random</c>, bit for bit, so a seeded
/// <c>States.MathRandom</c> gives the numbers AWS's Java runtime gives for the same seed.
/// </summary>
internal sealed class JavaRandom(long seed)
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Addend = 0xBL;
    private const long Mask = (1L << 48) - 1;

    private long _seed = (seed ^ Multiplier) & Mask;

    /// <summary>Java's <c>nextInt(bound)</c>: uniform in <c>[0, bound)</c>; <paramref name="bound"/> must be positive.</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var r = Next(31);
        var m = bound - 1;
        if ((bound & m) == 0)
        {
            return (int)((bound * (long)r) >> 31);
        }

        for (var u = r; u - (r = u % bound) + m < 0; u = Next(31))
        {
        }

        return r;
    }

    private int Next(int bits)
    {
        _seed = unchecked((_seed * Multiplier) + Addend) & Mask;
        return (int)((ulong)_seed >> (48 - bits));
    }
}
