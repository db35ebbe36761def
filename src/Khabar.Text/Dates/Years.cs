namespace Khabar.Text.Dates;

/// <summary>The years a bare whole number in news text may be: Hijri 1300–1500 and Gregorian 1900–2100.</summary>
public static class Years
{
    public static bool Plausible(double value) => value == Math.Floor(value) && value is (>= 1300 and <= 1500) or (>= 1900 and <= 2100);
}
