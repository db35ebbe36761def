using Khabar.Core.Clean;

namespace Khabar.Core.Tests.Clean;

public class ArticleCleanerTests
{
    [Theory]
    [InlineData("/>الفقرة الأولى\n/>\n/>الفقرة الثانية", "الفقرة الأولى\nالفقرة الثانية")]
    [InlineData("نص الخبر/>", "نص الخبر")]
    [InlineData("سطر أول<br>سطر ثان", "سطر أول سطر ثان")]
    [InlineData("سطر أول<br />سطر ثان<BR/>", "سطر أول سطر ثان")]
    [InlineData("<p>نص الخبر</p>", "نص الخبر")]
    [InlineData("<p class=\"lead\" data-x='a>b'>نص</p >", "نص")]
    [InlineData("كلمة <strong>مهمة</strong> هنا", "كلمة مهمة هنا")]
    [InlineData("<!-- إعلان -->نص", "نص")]
    [InlineData("نص<img src=\"a.jpg\" alt=\"x\"/>تتمة", "نص تتمة")]
    public void Removes_stray_markup_fragments(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.MarkupFragment);

    [Theory]
    [InlineData("داود أوغلو يتوعد داعش بعد &#8220;تفجير سروج&#8221;", "داود أوغلو يتوعد داعش بعد “تفجير سروج”")]
    [InlineData("بالفيديو.. هدف على طريقة &quot;رابونا&quot; في الدوري", "بالفيديو.. هدف على طريقة \"رابونا\" في الدوري")]
    [InlineData("  أرامكو &amp; سابك\n  تعلنان   النتائج&nbsp;", "أرامكو & سابك تعلنان النتائج")]
    [InlineData("الربح & الخسارة &foo بلا مرجع", "الربح & الخسارة &foo بلا مرجع")]
    [InlineData("عنوان عادي", "عنوان عادي")]
    [InlineData("عام / مهرجان التمور يواصل فعالياته في بريدة", "مهرجان التمور يواصل فعالياته في بريدة")]
    [InlineData("إقتصادي  /  ارتفاع مؤشر السوق في ختام تعاملات الأسبوع", "ارتفاع مؤشر السوق في ختام تعاملات الأسبوع")]
    // Not a section: a place before the slash, a slash inside the title, a section name alone.
    [InlineData("الرياض / واس", "الرياض / واس")]
    [InlineData("الدولار / الريال: استقرار في سعر الصرف", "الدولار / الريال: استقرار في سعر الصرف")]
    [InlineData("عام /", "عام /")]
    public void A_title_is_read_as_its_page_shows_it(string title, string expected) =>
        Assert.Equal(expected, ArticleCleaner.CleanTitle(title));

    [Fact]
    public void A_text_in_the_title_field_is_cut_at_a_space_and_marked()
    {
        var words = string.Join(' ', Enumerable.Repeat("أعلنت الوزارة اليوم عن خطة جديدة", 200));
        var title = ArticleCleaner.CleanTitle(words)!;

        Assert.True(title.Length <= ArticleCleaner.MaxTitleLength + 1, $"{title.Length} chars");
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.StartsWith(title[..^1], words, StringComparison.Ordinal);
        Assert.True(words[title.Length - 1] == ' ', "cut at a space");

        // No space at all: cut at the limit.
        var unbroken = new string('ب', 5000);
        Assert.Equal(new string('ب', ArticleCleaner.MaxTitleLength) + "…", ArticleCleaner.CleanTitle(unbroken));
        var longest = new string('ب', ArticleCleaner.MaxTitleLength);
        Assert.Equal(longest, ArticleCleaner.CleanTitle(longest));

        // An emoji across the limit is not cut in half.
        var emoji = new string('ب', ArticleCleaner.MaxTitleLength - 1) + "😀" + new string('ب', 50);
        var cut = ArticleCleaner.CleanTitle(emoji)!;
        Assert.False(char.IsHighSurrogate(cut[^2]), "a lone high surrogate before …");
        Assert.Equal(ArticleCleaner.MaxTitleLength, cut.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("&nbsp;&#32;")]
    public void A_title_of_nothing_is_none(string? title) =>
        Assert.Null(ArticleCleaner.CleanTitle(title));

    [Theory]
    [InlineData("القاهرة &amp; الرياض", "القاهرة & الرياض")]
    [InlineData("قال &quot;نعم&quot;", "قال \"نعم\"")]
    [InlineData("&#1575;&#x644;&#X645;", "الم")]
    [InlineData("&laquo;اقتباس&raquo;", "«اقتباس»")]
    [InlineData("كلمة&nbsp;أخرى", "كلمة أخرى")]
    [InlineData("نص&nbsp;", "نص")]
    [InlineData("وجه &#x1F600; ضاحك", "وجه \U0001F600 ضاحك")]
    [InlineData("a &lt;br&gt; b", "a <br> b")]
    public void Decodes_character_references(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.Entity);

    [Theory]
    [InlineData(
        "فقرة عربية أولى.\nThe minister met the delegation today pic.twitter.com/AbCdEf123\n— Example News (@ExampleNews) March 3, 2024\nفقرة عربية ثانية.",
        "فقرة عربية أولى.\nفقرة عربية ثانية.")]
    [InlineData(
        "فقرة.\nTalks resumed this morning in the capital\n— Some Agency (@some_agency) 5 مارس 2024\nتتمة.",
        "فقرة.\nتتمة.")]
    [InlineData("فقرة.\n– وكالة الأنباء (@agency) ٥ آذار ٢٠٢٤\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nوصل الوفد إلى المطار pic.twitter.com/xYz987\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nhttps://twitter.com/someone/status/1234567890\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nhttps://x.com/someone/status/1234567890?s=20\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nانضموا إلى قناتنا https://t.co/AbC123\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nView this post on Instagram\nA post shared by Someone (@someone)\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nhttps://t.me/somechannel/123\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nhttps://youtu.be/abc123XYZ\nتتمة.", "فقرة.\nتتمة.")]
    [InlineData("فقرة.\nوصل الوفد إلى العاصمة اليوم https://t.co/AbC123\n— وكالة (@agency) May 5, 2024\nتتمة.", "فقرة.\nتتمة.")]
    public void Removes_embedded_post_remains(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.EmbeddedPost);

    [Theory]
    [InlineData("نص الخبر.\nاقرأ أيضاً: عنوان خبر آخر", "نص الخبر.")]
    [InlineData("نص الخبر.\nإقرأ ايضا: عنوان خبر آخر\nتتمة.", "نص الخبر.\nتتمة.")]
    [InlineData("نص الخبر.\nاقرأ أيضـــاً: عنوان", "نص الخبر.")]
    [InlineData("نص الخبر.\nاقْرَأْ أَيْضًا | عنوان", "نص الخبر.")]
    [InlineData("نص الخبر.\nشاهد ايضا: فيديو الزيارة", "نص الخبر.")]
    [InlineData("نص الخبر.\nاقرأ المزيد", "نص الخبر.")]
    [InlineData("نص الخبر.\nللمزيد: زوروا موقعنا", "نص الخبر.")]
    [InlineData("نص الخبر.\nتابعونا على قناتنا", "نص الخبر.")]
    [InlineData("نص الخبر.\nاضغط هنا لمشاهدة الفيديو", "نص الخبر.")]
    [InlineData("نص الخبر.\nRead more: another story", "نص الخبر.")]
    [InlineData("/>اقرأ أيضاً: عنوان\nنص الخبر.", "نص الخبر.")]
    [InlineData("نص الخبر.\nاقرأ أيضاً:\nعنوان الخبر المرتبط\nتتمة النص.", "نص الخبر.\nتتمة النص.")]
    [InlineData("نص الخبر.\nرابط الخبر بصحيفة الوئام: عنوان الخبر كما نشر", "نص الخبر.")]
    [InlineData("نص الخبر.\nسمات الجوازات وافدون وثيقة سفر", "نص الخبر.")]
    [InlineData("نص الخبر.\nالوسوم: الرياض، الطقس", "نص الخبر.")]
    public void Removes_promo_lines(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.Promo);

    [Theory]
    [InlineData("وقال الوزير إن الخطة ستنفذ.")]
    [InlineData("هل تنفذ الخطة؟")]
    [InlineData("وقال الوزير:")]
    [InlineData("وقال الوزير إن الخطة ستنفذ…")]   // … ends prose as ... does
    public void A_line_after_a_lone_read_also_that_ends_as_prose_is_no_linked_headline(string line) =>
        AssertCleans($"نص الخبر.\nاقرأ أيضاً:\n{line}\nتتمة النص.", $"نص الخبر.\n{line}\nتتمة النص.", CleanRule.Promo);

    [Fact]
    public void An_article_that_is_only_a_link_back_line_keeps_it()
    {
        const string Gallery = " رابط الخبر بصحيفة الوئام: بالصور .. رمضان في فلسطين ";

        Assert.Equal("رابط الخبر بصحيفة الوئام: بالصور .. رمضان في فلسطين", ArticleCleaner.Clean(Gallery).Text.Trim());
    }

    [Theory]
    [InlineData("وتواترت أنباء عن تأجيل الدراسة إلى ما بعد الحج. سمات الدراسة تأجيل وزير التعليم ", "وتواترت أنباء عن تأجيل الدراسة إلى ما بعد الحج.")]
    [InlineData("نص الخبر.\nوختم الوزير جولته في جدة. الوسوم: جدة، الوزير", "نص الخبر.\nوختم الوزير جولته في جدة.")]
    public void A_tag_list_glued_after_the_last_sentence_goes_and_the_sentence_stays(string raw, string expected)
    {
        var clean = ArticleCleaner.Clean(raw);

        Assert.Equal(expected, clean.Text);
        var removal = Assert.Single(clean.Removals, r => r.Rule == CleanRule.Promo);
        Assert.StartsWith(raw.Contains("سمات", StringComparison.Ordinal) ? "سمات" : "الوسوم", raw[removal.Start..], StringComparison.Ordinal);
    }

    [Theory]
    // A trigger word after the last full stop that opens a longer sentence of its own, or a tail in the body, is kept.
    [InlineData("نص الخبر. سمات الشخصية القيادية التي عرضها الباحث في دراسته تشمل الصبر والحكمة والقدرة على اتخاذ القرار في الأوقات الصعبة بحسب ما ذكرته الدراسة المنشورة أمس وأكدتها دراسات سابقة كثيرة")]
    [InlineData("نص الخبر. سمات الدراسة تأجيل\nتتمة الخبر في الفقرة التالية.")]
    [InlineData("بلغت الأرباح 3.5 مليار ريال")]
    public void Text_after_a_last_sentence_that_is_no_promo_tail_is_kept(string raw) =>
        Assert.Equal(raw, ArticleCleaner.Clean(raw).Text);

    [Fact]
    public void A_long_paragraph_that_opens_with_a_tag_word_is_kept()
    {
        const string Paragraph = "سمات الشخصية القيادية التي عرضها الباحث في دراسته تشمل الصبر والحكمة والقدرة على اتخاذ القرار في الأوقات الصعبة، بحسب ما ذكرته الدراسة المنشورة أمس.";

        Assert.Equal(Paragraph, ArticleCleaner.Clean(Paragraph).Text);
    }

    [Theory]
    [InlineData("نص الخبر.\nشارك الخبر", "نص الخبر.")]
    [InlineData("نص الخبر.\nشارك\nتتمة.", "نص الخبر.\nتتمة.")]
    [InlineData("نص الخبر.\nتابعنا على تويتر", "نص الخبر.")]
    [InlineData("نص الخبر.\nShare | Tweet | WhatsApp", "نص الخبر.")]
    [InlineData("نص الخبر.\nفيسبوك • تويتر • واتساب", "نص الخبر.")]
    [InlineData("نص الخبر.\nاشترك في قناتنا على يوتيوب", "نص الخبر.")]
    public void Removes_share_lines(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.ShareLine);

    [Theory]
    [InlineData("صورة: الرئيس خلال الاجتماع\nنص الخبر.", "نص الخبر.")]
    [InlineData("الصورة: أرشيفية\nنص الخبر.", "نص الخبر.")]
    [InlineData("(صورة أرشيفية)\nنص الخبر.", "نص الخبر.")]
    [InlineData("الرئيسان خلال لقاء سابق (صورة أرشيفية)\nنص الخبر.", "نص الخبر.")]
    [InlineData("نص الخبر.\nPhoto: Reuters", "نص الخبر.")]
    [InlineData("نص الخبر.\nGetty Images", "نص الخبر.")]
    [InlineData("تصوير: أحمد علي\nنص الخبر.", "نص الخبر.")]
    public void Removes_short_photo_captions(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.PhotoCaption);

    [Theory]
    [InlineData("  نص   مع\tمسافات  ", "نص مع مسافات")]
    [InlineData("فقرة\n\n\n  \nفقرة", "فقرة\nفقرة")]
    [InlineData("فقرة\r\nفقرة\r\n", "فقرة\nفقرة")]
    [InlineData("فقرة\u2029فقرة", "فقرة\nفقرة")]
    [InlineData("\n\nفقرة \n", "فقرة")]
    [InlineData("كلمة\u00A0\u00A0أخرى", "كلمة أخرى")]
    public void Collapses_whitespace_and_drops_blank_lines(string raw, string expected) =>
        AssertCleans(raw, expected, CleanRule.Whitespace);

    [Theory]
    [InlineData("وكتب الرئيس في تغريدة على تويتر أن المحادثات كانت مثمرة.")]
    [InlineData("وقال في منشور على فيسبوك: «لن نتراجع».")]
    [InlineData("تابع الرئيس حديثه قائلاً إن الاتفاق سيوقع قريباً.")]
    [InlineData("شارك الرئيس في القمة")]
    [InlineData("a < b و c > d")]
    [InlineData("x <y and z> w")]
    [InlineData("«هذا اقتباس» - من البيان")]
    [InlineData("موسكو - رويترز")]
    [InlineData("(سيئول) – ذكرت وكالة الأنباء أن الزعيم غادر.")]
    [InlineData("بقلم: محمد أحمد")]
    [InlineData("- مخاوف غربية")]
    [InlineData("السبت 16 سبتمبر/أيلول 2023")]
    [InlineData("AT&T و &unknown; و & وحدها")]
    [InlineData("وقال: «إن صورة الوضع معقدة»")]
    [InlineData("فقرة.\nThe statement said talks would continue.\nفقرة أخرى.")]
    [InlineData("وكتب السفير على حسابه:\n«نرحب بالضيف الكريم»\n— السفير (@ambassador) 5 مارس 2024")]
    [InlineData("للمزيد من التفاصيل حول الاتفاق الذي وقع أمس بين البلدين في العاصمة، أكدت المصادر أن المحادثات ستستمر خلال الأسابيع المقبلة.")]
    [InlineData("وتابعوا")]
    [InlineData("وأعلن النادي أن بيع التذاكر سيبدأ غداً على الرابط https://t.co/AbC123 بمقر النادي.")]
    [InlineData("ويمكن مشاهدة الفيلم الوثائقي كاملاً عبر الرابط التالي: (https://www.youtube.com/watch?v=abc).")]
    public void Keeps_prose(string raw)
    {
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        var expected = raw.Contains("(@", StringComparison.Ordinal) ? raw[..raw.LastIndexOf('\n')] : raw;
        Assert.Equal(expected, clean.Text);
    }

    [Fact]
    public void Keeps_a_clean_article_identical_in_one_run()
    {
        const string raw = """
            (القاهرة) – أعلنت الحكومة اليوم الأحد عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية.
            وقال وزير الزراعة في مؤتمر صحفي إن الخطة تشمل قروضاً ميسرة بقيمة 2.5 مليار جنيه، وتمتد حتى عام 2026.
            - تفاصيل الخطة
            وأضاف الوزير: «سنبدأ التنفيذ في الأول من يناير/كانون الثاني»، مشيراً إلى أن نحو 40% من المستفيدين من صغار المزارعين.
            ويأتي ذلك بعد أسابيع من الاحتجاجات على ارتفاع أسعار الأسمدة.
            """;
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        Assert.Equal(raw, clean.Text);
        Assert.Empty(clean.Removals);
        Assert.Equal(1, clean.RunCount);
    }

    [Fact]
    public void Records_the_removed_text_for_display()
    {
        const string raw = "نص الخبر.\nاقرأ أيضاً: عنوان";
        var clean = ArticleCleaner.Clean(raw);
        var promo = Assert.Single(clean.Removals, r => r.Rule == CleanRule.Promo);
        Assert.Equal("اقرأ أيضاً: عنوان", promo.Of(raw).ToString());
        Assert.False(promo.IsTrivial);
        Assert.True(Assert.Single(clean.Removals, r => r.Rule == CleanRule.Whitespace).IsTrivial);
    }

    private static void AssertCleans(string raw, string expected, CleanRule rule)
    {
        var clean = ArticleCleaner.Clean(raw);
        CleanInvariants.Check(raw, clean);
        Assert.Equal(expected, clean.Text);
        Assert.Contains(clean.Removals, r => r.Rule == rule);
    }
}
