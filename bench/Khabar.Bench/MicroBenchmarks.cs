using BenchmarkDotNet.Attributes;
using Khabar.Text;
using Khabar.Text.Normalize;
using Khabar.Text.Sentences;
using Khabar.Text.Stem;
using Khabar.Text.Tokenize;
using Khabar.Text.Transliterate;

namespace Khabar.Bench;

/// <summary>BenchmarkDotNet micro-benchmarks of each text primitive over one original news paragraph.</summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    // An original paragraph in the register of wire copy, with the residue the primitives must handle.
    private const string Paragraph =
        "أعلنت وزارة النقل في مدينة العقبة، اليوم الثلاثاء ١٤ أكتوبر/تشرين الأول 2025، افتتاح الرصيف الجديد " +
        "للميناء بطول 1,250 متراً وبكلفة بلغت نحو 3.5 مليون دينار، وقال الوزير للصحفيين إن «المرحلة الثانية " +
        "ستبدأ الشهر المقبل». وأضاف أن طائرة من طراز C-130 وصلت أمس إلى مطار الملك حسين الدولي، فيما نقلت " +
        "وكالة (أ.ف.ب) عن مسؤول أن نسبة الإشغال ارتفعت إلى 85% خلال الأسبوع الماضي. للمزيد: https://example.org/news/123 " +
        "وتابع: \"نعمل على ربط الميناء بالسكك الحديدية قبل نهاية العام\"، مشيراً إلى أن الشركة الكورية ستتولى التنفيذ.";

    private readonly string _normalized = DisplayNormalizer.Normalize(Paragraph).Text;
    private readonly List<Token> _tokens = [];
    private readonly List<TextExtent> _sentences = [];
    private readonly char[] _key = new char[1024];
    private string[] _words = [];

    [GlobalSetup]
    public void Setup()
    {
        Tokenizer.Tokenize(_normalized, _tokens);
        _words = _tokens.Where(t => t.IsWord).Select(t => MatchKey.Of(t.Of(_normalized))).ToArray();
    }

    [Benchmark]
    public int NormalizeDisplay() => DisplayNormalizer.Normalize(Paragraph).Text.Length;

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var token in Tokenizer.Tokenize(_normalized))
        {
            count += token.Length;
        }

        return count;
    }

    [Benchmark]
    public int MatchKeys()
    {
        var total = 0;
        foreach (var token in _tokens)
        {
            if (token.IsWord)
            {
                total += MatchKey.Write(token.Of(_normalized), _key);
            }
        }

        return total;
    }

    [Benchmark]
    public int Stems()
    {
        var total = 0;
        foreach (var word in _words)
        {
            total += LightStemmer.Stem(word).Length;
        }

        return total;
    }

    [Benchmark]
    public int SplitSentences()
    {
        _sentences.Clear();
        SentenceSplitter.Split(_normalized, _sentences);
        return _sentences.Count;
    }

    [Benchmark]
    public int NameKeys()
    {
        var total = 0;
        foreach (var word in _words)
        {
            total += NameKey.Write(word, _key);
        }

        return total;
    }
}
