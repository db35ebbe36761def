namespace Khabar.Text.Numbers;

/// <summary>How exact a written quantity is.</summary>
public enum Approximation : byte
{
    /// <summary>As written: 4000 ميل.</summary>
    Exact,

    /// <summary>نحو، حوالي، قرابة، زهاء، ما يقارب.</summary>
    About,

    /// <summary>أكثر من، يزيد عن، ما يزيد على، أزيد من.</summary>
    MoreThan,

    /// <summary>ما لا يقل عن، على الأقل.</summary>
    AtLeast,

    /// <summary>أقل من، ما يقل عن.</summary>
    LessThan,

    /// <summary>Up to: حتى، ما يصل إلى.</summary>
    UpTo,

    /// <summary>An order of magnitude, not a number: عشرات، مئات، آلاف.</summary>
    Vague,
}

/// <summary>What a unit measures, and so what its values are normalized to.</summary>
public enum Dimension : byte
{
    /// <summary>A bare count (15 قتيلاً): no unit.</summary>
    Count,

    /// <summary>Normalized to metres.</summary>
    Length,

    /// <summary>Normalized to kilograms.</summary>
    Mass,

    /// <summary>Normalized to square metres.</summary>
    Area,

    /// <summary>Normalized to kilometres per hour.</summary>
    Speed,

    /// <summary>Percent.</summary>
    Percent,

    /// <summary>Money: normalized within its own currency (ISO code in <see cref="Quantity.Unit"/>).</summary>
    Money,

    /// <summary>Time spans, normalized to days.</summary>
    Duration,
}

/// <summary>
/// A number written in a text with its unit (<c>4000 ميل</c>, <c>نحو 5 ملايين دولار</c>, <c>عشرات القتلى</c>): the
/// value as written, the unit's canonical code, the value in the normalized unit of its dimension (metres,
/// kilograms, days; money stays in its currency), and how approximate it is. Offsets are UTF-16 into the text.
/// </summary>
public sealed record Quantity(int Start, int Length, string Text, double Value, string Unit, Dimension Dimension, double Normalized, Approximation Approximation)
{
    /// <summary>A short reading in a common unit: 6,437 km for 4000 ميل; null for counts and percents.</summary>
    public string? Converted => Dimension switch
    {
        Dimension.Length => Normalized >= 1000 ? Format(Normalized / 1000, "km") : Normalized >= 1 ? Format(Normalized, "m") : Format(Normalized * 1000, "mm"),
        Dimension.Mass => Normalized >= 1000 ? Format(Normalized / 1000, "t") : Normalized >= 1 ? Format(Normalized, "kg") : Format(Normalized * 1000, "g"),
        Dimension.Area => Normalized >= 1_000_000 ? Format(Normalized / 1_000_000, "km²") : Format(Normalized, "m²"),
        Dimension.Speed => Format(Normalized, "km/h"),
        Dimension.Duration => Format(Normalized, "days"),
        Dimension.Money => Format(Normalized, Unit),
        _ => null,
    };

    private static string Format(double value, string unit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(Math.Abs(value) >= 100 ? Math.Round(value) : Math.Round(value, 2)):#,0.##} {unit}");
}
