namespace Khabar.Core.Consolidate;

/// <summary>What a time anchor names, for telling which two can be put in each other's place.</summary>
internal enum TimeFamily : byte
{
    /// <summary>A calendar day: a date, a weekday.</summary>
    Day,

    /// <summary>A month of either calendar.</summary>
    Month,

    /// <summary>A feast of the year (عيد الفطر، عيد الأضحى).</summary>
    Feast,

    /// <summary>A year of either calendar.</summary>
    Year,

    /// <summary>A quarter of the year, as results are reported («الربع الثاني»).</summary>
    Quarter,

    /// <summary>A half of the year («النصف الأول»).</summary>
    Half,

    /// <summary>A time counted from the writing: «غداً»، «الأسبوع المقبل»، «العام المقبل»، «بعد أسبوعين»، «قبل عام».</summary>
    Relative,

    /// <summary>A length of time: «خلال أسبوعين»، «منذ عام»، «3 أيام».</summary>
    Span,
}
