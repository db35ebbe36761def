using Khabar.Text.Normalize;

namespace Khabar.Text.Tests.Normalize;

public class DisplayNormalizerRuleTests
{
    [Theory]
    [InlineData("\uFEFB", "\u0644\u0627")]                 // ﻻ lam-alef isolated → لا
    [InlineData("\uFEF7", "\u0644\u0623")]                 // ﻷ lam-alef with hamza above → لأ
    [InlineData("\uFE8D\uFE91\uFEE8", "\u0627\u0628\u0646")] // contextual forms of ا ب ن
    [InlineData("\uFDF2", "\u0627\u0644\u0644\u0647")]     // ﷲ → الله
    [InlineData("\uFE70", "\u064B")]                       // isolated fathatan: the mark, no space
    [InlineData("\uFE71", "\u064B")]                       // tatweel with fathatan: the mark, no tatweel
    [InlineData("\uFC5E", "\u064C\u0651")]                 // isolated shadda with dammatan
    [InlineData("\uFB8E", "\u06A9")]                       // keheh isolated stays keheh (display keeps Persian letters)
    public void Folds_presentation_forms_to_letters(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\uFDFA")]
    [InlineData("\uFDFB")]
    [InlineData("\uFDFD")]
    public void Keeps_phrase_ligatures_as_symbols(string input) =>
        Assert.Equal(input, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u0643\u0640\u0640\u062A\u0627\u0628", "\u0643\u062A\u0627\u0628")]
    [InlineData("\u0640", "")]
    public void Removes_tatweel(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u0645\u200B\u0646", "\u0645\u0646")]   // ZWSP
    [InlineData("\u0645\u200C\u0646", "\u0645\u0646")]   // ZWNJ: removed, noise in Arabic
    [InlineData("\u0645\u200D\u0646", "\u0645\u0646")]   // ZWJ
    [InlineData("\u200F\u0645\u0646\u200E", "\u0645\u0646")] // RLM, LRM
    [InlineData("\u202B\u0645\u0646\u202C", "\u0645\u0646")] // RLE … PDF
    [InlineData("\u202E\u0645\u0646", "\u0645\u0646")]   // RLO
    [InlineData("\u2067\u0645\u0646\u2069", "\u0645\u0646")] // RLI … PDI
    [InlineData("\u2060\u0645\u2064\u0646", "\u0645\u0646")] // word joiner, invisible plus
    [InlineData("\uFEFF\u0645\u0646", "\u0645\u0646")]   // BOM
    [InlineData("\u061C\u0645\u0646", "\u0645\u0646")]   // ALM
    public void Removes_zero_width_and_bidi_controls(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789")]
    [InlineData("\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9", "0123456789")]
    [InlineData("\u0639\u0627\u0645 \u0662\u0660\u0662\u0663", "\u0639\u0627\u0645 2023")]
    public void Folds_arabic_indic_digits_to_ascii(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u0627\u0653", "\u0622")]       // ا + madda → آ
    [InlineData("\u0627\u0654", "\u0623")]       // ا + hamza above → أ
    [InlineData("\u0627\u0655", "\u0625")]       // ا + hamza below → إ
    [InlineData("\u0648\u0654", "\u0624")]       // و + hamza → ؤ
    [InlineData("\u064A\u0654", "\u0626")]       // ي + hamza → ئ
    [InlineData("\u06D5\u0654", "\u06C0")]       // ە + hamza → ۀ
    [InlineData("\u06C1\u0654", "\u06C2")]       // ہ + hamza → ۂ
    [InlineData("\u06D2\u0654", "\u06D3")]       // ے + hamza → ۓ
    [InlineData("\u0647\u0654", "\u0647\u0654")] // ه + hamza has no composite: NFC keeps it
    [InlineData("\u0627\u064E\u0654", "\u0623\u064E")] // hamza composes past a fatha
    [InlineData("\u0627\u0640\u0654", "\u0623")] // composes once the tatweel between is gone
    [InlineData("\uFE8D\u0654", "\u0623")]       // composes with a folded presentation form
    public void Composes_arabic_to_nfc(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("\u0628\u0651\u064E", "\u0628\u064E\u0651")] // shadda + fatha reordered by combining class
    [InlineData("\u0628\u064E\u0651", "\u0628\u064E\u0651")]
    public void Orders_harakat_canonically(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("e\u0301te\u0301", "\u00E9t\u00E9")]           // French, decomposed → composed
    [InlineData("Franc\u0327ois", "Fran\u00E7ois")]
    [InlineData("a\u0323\u0302", "\u1EAD")]                   // marks reordered, then composed
    [InlineData("\u00E2\u0323", "\u1EAD")]                    // a composite reopened for a mark
    [InlineData("e\u0301\u0301", "\u00E9\u0301")]             // the second acute is blocked
    [InlineData("\u212B", "\u00C5")]                          // angstrom sign → Å
    [InlineData("\u2126\u0301", "\u038F")]                    // ohm sign → Ω, then Ώ
    [InlineData("\u1100\u1161\u11A8", "\uAC01")]              // Hangul jamo → 각
    public void Composes_other_scripts_to_nfc(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);

    [Theory]
    [InlineData("")]
    [InlineData(" \t\n ")]
    [InlineData("The minister said on Sunday.")]
    [InlineData("Le ministre a d\u00E9clar\u00E9 dimanche.")]
    [InlineData("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631")]
    public void Leaves_clean_text_alone(string input)
    {
        var result = DisplayNormalizer.Normalize(input);
        Assert.Same(input, result.Text);
        Assert.True(result.IsUnchanged);
        Assert.Equal(input.Length, result.SourceOffset(input.Length));
    }

    [Fact]
    public void Span_input_without_changes_has_no_map()
    {
        var result = DisplayNormalizer.Normalize("\u0627\u0644\u0633\u0644\u0627\u0645 1".AsSpan());
        Assert.True(result.IsUnchanged);
    }


    [Theory]
    [InlineData("\u0627\u0644\u0640\u0640\u0639\u0640\u0627\u0644\u0645", "\u0627\u0644\u0639\u0627\u0644\u0645")]
    [InlineData("\u0628\u0631\u0644\u0645\u0627\u0646 \uFEFB \u200F2023", "\u0628\u0631\u0644\u0645\u0627\u0646 \u0644\u0627 2023")]
    public void Normalizes_mixed_text(string input, string expected) =>
        Assert.Equal(expected, DisplayNormalizer.Normalize(input).Text);
}
