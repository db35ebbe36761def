namespace Khabar.Core.Entities;

/// <summary>
/// Latin-script names known for entities (<c>Resources/latin-names.txt</c>), found by name key, so that an
/// entity written only in Arabic (شويغو) still gets its Latin name (Shoigu).
/// </summary>
public sealed class LatinNames
{
    private static readonly Lazy<LatinNames> DefaultNames = new(() => new LatinNames(
        Gazetteer.Parse(Gazetteer.ReadResource("latin-names.txt"), GazetteerKind.None, latin: true)));

    private readonly List<(GazetteerKind Kind, NameForm Form)> _names;

    public LatinNames(IEnumerable<(string Name, GazetteerKind Kind)> names)
    {
        _names = names.Select(n => (n.Kind, NameForm.Of(n.Name, EquipmentFamilies.Default))).ToList();
    }

    public static LatinNames Default => DefaultNames.Value;

    /// <summary>Name keys this short match too many names to pick a Latin spelling by sound alone (صلالة / Seoul).</summary>
    private const int MinKeyLetters = 4;

    /// <summary>The Latin name of the same type whose words' keys all equal <paramref name="form"/>'s, when the keys are long enough to tell.</summary>
    internal string? Find(EntityType type, NameForm form)
    {
        var kind = Gazetteer.KindOf(type);
        if (form.KeyLetters < MinKeyLetters)
        {
            return null;
        }

        return _names
            .Where(n => n.Kind == kind && n.Form.Words.Length == form.Words.Length
                && Enumerable.Range(0, form.Words.Length).All(i => form.WordEquals(i, n.Form, i)))
            .Select(n => n.Form.Surface)
            .FirstOrDefault();
    }
}
