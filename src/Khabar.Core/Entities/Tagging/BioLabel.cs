namespace Khabar.Core.Entities.Tagging;

/// <summary>
/// The nine BIO labels as small integers: 0 is <c>O</c>, and for each <see cref="EntityType"/> t,
/// <c>2t - 1</c> is <c>B-t</c> and <c>2t</c> is <c>I-t</c>.
/// </summary>
public static class BioLabel
{
    public const int Outside = 0;

    public const int Count = 9;

    public static int Begin(EntityType type) => (2 * (int)type) - 1;

    public static int Inside(EntityType type) => 2 * (int)type;

    public static bool IsBegin(int label) => label % 2 == 1;

    public static bool IsInside(int label) => label != Outside && label % 2 == 0;

    /// <summary>The entity type of a B or I label; undefined for <see cref="Outside"/>.</summary>
    public static EntityType TypeOf(int label) => (EntityType)((label + 1) / 2);

    /// <summary>An I label may only continue a B or I label of its own type.</summary>
    public static bool CanFollow(int previous, int label) =>
        !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));

    public static string Name(int label) => label == Outside
        ? "O"
        : (IsBegin(label) ? "B-" : "I-") + TypeOf(label).Code();

    /// <summary>Reads <c>O</c>, <c>B-TYPE</c> or <c>I-TYPE</c>; anything else is not a label.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out int label)
    {
        label = Outside;
        if (name is "O")
        {
            return true;
        }

        if (name.Length < 3 || name[1] != '-' || !EntityTypes.TryParse(name[2..], out var type))
        {
            return false;
        }

        switch (name[0])
        {
            case 'B':
                label = Begin(type);
                return true;
            case 'I':
                label = Inside(type);
                return true;
            default:
                return false;
        }
    }
}
