namespace Khabar.Tests;

/// <summary>
/// Finds the team's <c>shared/</c> folder (seed articles, corpora) beside the repository, or names it in
/// <c>KHABAR_SHARED</c>. A fresh clone has none, and tests that need it are skipped, not passed.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Locate();

    public static string? Seeds => Existing(Root is null ? null : Path.Combine(Root, "seeds"));

    /// <summary>The repository's own demo corpus (samples/), which every clone has.</summary>
    public static string Samples { get; } = Path.Combine(RepositoryRoot(), "samples");

    public static string? Find(params string[] parts) =>
        Root is null ? null : Existing(Path.Combine([Root, .. parts]));

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("KHABAR_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return Existing(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Khabar.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Khabar.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static string? Existing(string? path) =>
        path is not null && (Directory.Exists(path) || File.Exists(path)) ? Path.GetFullPath(path) : null;
}

/// <summary>A fact that runs only when the seed articles in <c>shared/seeds</c> are present.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SharedData.Seeds is null)
        {
            Skip = "shared/seeds is not beside the repository (set KHABAR_SHARED to point at it)";
        }
    }
}

/// <summary>A theory over the shared seed articles: skipped, saying why, when they are not beside the repository.</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute()
    {
        if (SharedData.Seeds is null)
        {
            Skip = "shared/seeds is not beside the repository (set KHABAR_SHARED to point at it)";
        }
    }
}
