namespace Khabar.Text.Tests.Normalize;

/// <summary>Seeded random text weighted toward the Arabic block and its presentation forms, plus any BMP char.</summary>
internal static class RandomArabicText
{
    public static string Next(Random random, int maxLength)
    {
        var chars = new char[random.Next(0, maxLength)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(3) switch
            {
                0 => (char)random.Next(0x0600, 0x0700),
                1 => (char)random.Next(0xFB50, 0xFF00),
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }
}
