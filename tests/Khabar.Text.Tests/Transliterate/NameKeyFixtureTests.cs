using Khabar.Text.Transliterate;

namespace Khabar.Text.Tests.Transliterate;

public class NameKeyFixtureTests
{
    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(FixturePath()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            data.Add(fields[0], fields[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Fixture_names_share_a_key(string arabic, string latin)
    {
        Assert.Equal(NameKey.Of(arabic), NameKey.Of(latin));
    }

    // The fixture sits beside this file in the repository; walk up from the test binaries to find it.
    private static string FixturePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "tests", "Khabar.Text.Tests", "Transliterate", "Data", "names.tsv");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("tests/Khabar.Text.Tests/Transliterate/Data/names.tsv not found above " + AppContext.BaseDirectory);
    }
}
