using Khabar.Core.Consolidate.Stance;

namespace Khabar.Core.Tests.Consolidate;

/// <summary>Statements read for stance (negations and what cancels them) and the gate on claim conflicts.</summary>
public class StanceTests
{
    private static Statement S(string text) => Statement.Of(text, StanceCues.Default);

    [Theory]
    [InlineData("الوزارة لم تعلن موعد بدء الدراسة", 1)]
    [InlineData("الوزارة لاتزال تدرس موعد بدء الدراسة", 0)]
    [InlineData("الوزارة لا تزال تدرس موعد بدء الدراسة", 0)]
    [InlineData("ولا سيما في المدارس الحكومية", 0)]
    [InlineData("ولم يتبق إلا يومان على بدء الدراسة", 0)]
    [InlineData("طالبت الوزارة الأسر بعدم التأخر عن موعد الدراسة", 1)]
    [InlineData("أعلنت الوزارة أنها تأمل ألا يتأخر الطلاب", 1)]
    [InlineData("أعلنت الوزارة أنها تأمل الا يتأخر الطلاب", 1)]
    [InlineData("لا يحضر إلا الطلاب المسجلون", 0)]
    [InlineData("خرج الوفد لكي لا يتأخر عن موعده", 0)]
    [InlineData("غادر الوفد دون أن يدلي بتصريح", 1)]
    // «لإنهاء», «لإيني», «لانهم» (لأنهم without its hamza) are not «لا» glued to a verb; «لايمكن» is.
    [InlineData("اجتمع الطرفان لإنهاء الخلاف حول الحدود", 0)]
    [InlineData("رفعت الحكومة السعر الذي تدفعه لإيني مقابل الغاز", 0)]
    [InlineData("أوقفت الشرطة خمسة أشخاص لانهم يشكلون خطرا", 0)]
    [InlineData("قال المسؤول إنه لايمكن تأجيل الدراسة", 1)]
    // A restriction a few words on, by إلا or سوى, is no negation.
    [InlineData("لكن البرلمان لم يعمد إلى تبنيه إلا الشهر الماضي", 0)]
    [InlineData("لا يحصد أعداء الشعب سوى العار", 0)]
    // «غير» is read apart (GhayrAt), not counted among the particles' negations.
    [InlineData("قال إن الهيئة غير قادرة على المنافسة", 0)]
    [InlineData("لم يحضر الاجتماع غير الوزير", 1)]
    public void Negations_are_counted_and_idioms_that_only_look_like_them_are_not(string text, int negations) =>
        Assert.Equal(negations, S(text).Negations);

    [Theory]
    // «غير» before an indefinite word, or as an adjective after a definite noun (also with a preposition on it), negates
    // the word after it; «الغير» as news often writes it; «إلزامية» has no article though its key begins «ال».
    [InlineData("قال إن الهيئة غير قادرة على المنافسة", 1)]
    [InlineData("دعت إلى جمعية عمومية غير عادية للاتحاد", 1)]
    [InlineData("عقدت الجمعية العمومية غير العادية للاتحاد", 1)]
    [InlineData("دعا للجمعية غير العادية للاتحاد", 1)]
    [InlineData("ستنشر أسماء المدارس الغير آمنة لاحقا", 1)]
    [InlineData("وقعت الدول اتفاقية غير إلزامية", 1)]
    // "However" (with any pronoun), "other than" before a definite noun, after a function word, and the verb غيّر.
    [InlineData("غير أن الوزير أكد استمرار العمل", 0)]
    [InlineData("غير أننا نواصل العمل", 0)]
    [InlineData("لم يحضر الاجتماع غير الوزير", 0)]
    [InlineData("تكفل بها غير الحكومة", 0)]
    [InlineData("وجهت الدعوة إلى غير المسلمين", 0)]
    [InlineData("الرئيس غير رأيه في الاتفاق", 0)]
    public void Ghayr_negates_the_word_after_it_only_where_it_is_no_other_than_or_however(string text, int negated) =>
        Assert.Equal(negated, S(text).GhayrAt.Count);

    [Fact]
    public void A_denial_and_opposite_senses_are_read_with_a_preposition_or_tanween_on_the_word()
    {
        Assert.True(S("الوزارة تنفي تأجيل الدراسة").Denies);
        var founding = S("الوزير يوجه بإنشاء مكاتب للمشاريع");
        var abolishing = S("الوزير يوجه بإلغاء مكاتب المشاريع");
        Assert.Contains(founding.Senses, s => abolishing.Senses.Contains(-s));
        Assert.NotEmpty(S("لقي القرار ترحيباً واسعاً").Senses);
    }

    [Theory]
    [InlineData("البرلمان يرجئ التصويت على القانون إلى الأسبوع المقبل", 1)]
    [InlineData("أعلنت الوزارة تأجيل بدء الدراسة إلى ما بعد الحج", 1)]
    [InlineData("تحدثت أنباء عن توجه الوزارة لتأجيل بدء الدراسة", 1)]
    [InlineData("وأرجئت الجولة الثانية من المفاوضات", 1)]
    // Folded, «يرجى» (please) and «أرجاء» (throughout) would read as «يرجئ» and «أرجأ».
    [InlineData("يرجى زيارة موقع المديرية العامة للجوازات", 0)]
    [InlineData("هطلت الأمطار على أرجاء المنطقة", 0)]
    // A postponement denied is what is denied, not a second denial.
    [InlineData("الوزارة تنفي تأجيل الدراسة", 0)]
    public void A_postponement_is_read_as_written(string text, int postponed) =>
        Assert.Equal(postponed, S(text).PostponedAt.Count);

    [Theory]
    [InlineData("وزير الشؤون البلدية يوجه بإنشاء مكاتب لإدارة المشاريع بالأمانات", "وزير الشؤون البلدية يوجه بإلغاء مكاتب إدارة المشاريع في الأمانات", true)]
    [InlineData("الدفاع المدني يسيطر على حريق مستودع قطع الغيار في جدة", "الدفاع المدني لم يسيطر على حريق مستودع قطع الغيار في جدة", true)]
    [InlineData("الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن", "الاتحاد السعودي ينفي إصدار أي كتيب خاص بمباراة السوبر في لندن", true)]
    // The negated verb in a shortened form (لم يزر / يزور) or against its noun (لا يخفي / إخفاء).
    [InlineData("مدير الدفاع المدني يزور الجندي المصاب ويتابع علاجه", "مدير الدفاع المدني لم يزر الجندي المصاب رغم مطالبات أسرته", true)]
    [InlineData("دراسة: المشي ساعتين يوميا يساعد على إخفاء دهون البطن", "دراسة: المشي ساعتين يوميا لا يخفي دهون البطن", true)]
    // One side denies in words of its own what the other asserts at the same place, after a subject both name.
    [InlineData("الرئيس يتناول العشاء مع أسرته في القرية بعد وصوله", "الرئيس لن يلتقي أسرته في القرية خلال زيارته", true)]
    [InlineData("وزير الصحة يطمئن على المصابين في مستشفى المدينة", "وزير الصحة لم يزر المصابين خلال جولته في مستشفى المدينة", true)]
    // Not at the start (nothing both name before it), and not «عدم» in what someone is urged to do.
    [InlineData("لم يتضح سبب الانفجار في البلدة الحدودية الصغيرة", "وقع انفجار في البلدة الحدودية الصغيرة وتضاربت الروايات عن سببه", false)]
    [InlineData("وطالب الدفاع المدني المواطنين بالحذر وعدم التحرك في مجاري الأودية", "وحذر الدفاع المدني المواطنين من النزول إلى مجاري الأودية", false)]
    // A negation of the last word, which the other side says: nothing can follow it.
    [InlineData("سفيرنا في أستراليا: السعوديون في مناطق تظاهرات سيدني بخير", "سفيرنا في أستراليا: السعوديون في مناطق تظاهرات سيدني ليسوا بخير", true)]
    [InlineData("ماجد العبيد: الإذاعة والتلفزيون قادرة على المنافسة في أهم المحطات", "ماجد العبيد: الإذاعة والتلفزيون غير قادرة على المنافسة في أهم المحطات", true)]
    // A name both give with «غير» (an NGO) negates nothing, and hides no negation one side adds.
    [InlineData("منظمة غير حكومية: القوات انسحبت من المدينة بعد المعارك", "منظمة غير حكومية: القوات لم تنسحب من المدينة بعد المعارك", true)]
    [InlineData("منظمة غير حكومية تفتتح مكتبها في المدينة بعد المعارك", "منظمة غير حكومية تفتتح مكتبا في المدينة بعد المعارك", false)]
    // One phrase spelt two ways, the second with ه for ة: no negation on one side only.
    [InlineData("الجدير بالذكر أن المدارس غير الآمنة سيتم إدراج أسمائها عبر موقع الإدارة", "الجدير بالذكر أن المدارس الغير آمنه سيتم إدراج أسمائها عبر موقع الإدارة", false)]
    // One extraordinary assembly, with the article and without it: no negation on one side only.
    [InlineData("الاجتماع غير العادي للجمعية العمومية لانتخاب رئيس جديد للاتحاد يعقد في فبراير", "جمعية عمومية غير عادية لانتخاب رئيس جديد للاتحاد تعقد في فبراير", false)]
    // Both sides have both senses, traded at their places: the rise and the fall swapped.
    [InlineData("أسعار النحاس ترتفع مع تراجع المخزونات في لندن", "أسعار النحاس تتراجع مع ارتفاع المخزونات في لندن", true)]
    [InlineData("المؤشر يواصل الارتفاع رغم انخفاض السيولة في السوق", "المؤشر يواصل الانخفاض رغم ارتفاع السيولة في السوق", true)]
    // Up and down joined by «و», in either order: the same.
    [InlineData("أسعار الذهب تتأرجح صعودا وهبوطا خلال الأسبوع", "أسعار الذهب تتأرجح هبوطا وصعودا خلال الأسبوع", false)]
    // Both senses on both sides, each at the same place in both: nothing reversed.
    [InlineData("أسعار النحاس ترتفع مع تراجع المخزونات في لندن", "ارتفاع أسعار النحاس مع تراجع المخزونات في لندن", false)]
    // Two negative statements say the same thing.
    [InlineData("نفى وزير التعليم ما يتم تداوله عن تأجيل الدراسة", "أكد وزير التعليم عدم صحة ما يتم تداوله عن تأجيل الدراسة", false)]
    // A negation in a clause only one side has, and «لا يزال» (still), reverse nothing.
    [InlineData("وظل البحث جاريا عن المشتبه به قرب ساحة الكونكورد", "ولا يزال البحث جاريا عن المشتبه به قرب ساحة الكونكورد", false)]
    // Each gives a number the other lacks: two indexes, not one told two ways.
    [InlineData("ارتفع المؤشر 0.4 في المئة إلى 4120 نقطة", "انخفض المؤشر 0.9 في المئة إلى 6499 نقطة", false)]
    // Opposite words about different things.
    [InlineData("اختتم الوزير زيارته بجولة في الميناء الجديد", "حضر الوزير حفل افتتاح الميناء الجديد مع المسؤولين", false)]
    // A clause one side adds after what both say, negated, reverses nothing, even when its verb shares letters with a
    // word of the other (تسجيل / تسجل، تقرير / تقرر، المتحدث / تحدث، مصدر / يصدر).
    [InlineData("تسجيل 3 إصابات جديدة بكورونا في غزة", "3 إصابات جديدة بكورونا في غزة ولم تسجل وفيات", false)]
    [InlineData("تقرير: الحكومة تدرس رفع أسعار الوقود الشهر المقبل", "الحكومة تدرس رفع أسعار الوقود الشهر المقبل ولم تقرر بعد", false)]
    [InlineData("الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر", "استهداف سفينة تجارية في البحر الأحمر ولم تعلن أي جهة مسؤوليتها", false)]
    [InlineData("المتحدث العسكري: إسقاط طائرة مسيرة حوثية فوق جازان", "إسقاط طائرة مسيرة حوثية فوق جازان ولم تحدث أي أضرار", false)]
    [InlineData("مصدر أمني: مقتل جنديين في هجوم على نقطة تفتيش شمال سيناء", "مقتل جنديين في هجوم على نقطة تفتيش شمال سيناء ولم يصدر تعليق من الجيش", false)]
    // The negated noun meets the other side's noun of place or event (مقتل / قتلى), three root letters left.
    [InlineData("مقتل خمسة عمال في حادث سير شمال المملكة", "لا قتلى بين العمال في حادث السير شمال المملكة", true)]
    // A negated verb at the end that shares two letters with a word of the other (تتوقف / الوقوف) answers nothing.
    [InlineData("الحكومة تتهم الجماعة بالوقوف وراء هجمات الحدود", "الحكومة: الهجمات على الحدود من الجماعة لن تتوقف", false)]
    // «غير مهزوم» and «لم يُهزم» are two negative statements: they say the same thing.
    [InlineData("الفريق غير مهزوم في مباريات الدوري هذا الموسم", "الفريق لم يُهزم في مباريات الدوري هذا الموسم", false)]
    // A denial is compared with the other statement on what it denies, not on who denies it ...
    [InlineData("عشرات القتلى والجرحى في هجوم للحركة على قرية شمال البلاد", "المتحدث الرسمي باسم قيادة الحركة في العاصمة اليوم ينفي الهجوم على قرية شمال البلاد", true)]
    // ... when what it denies is what the other says.
    [InlineData("نقابة المهن التمثيلية تنفي وفاة الفنان حسن يوسف", "نقل الفنان حسن يوسف إلى المستشفى", false)]
    [InlineData("المتحدث باسم حزب الله اللبناني في بيروت ينفي مسؤولية الحزب عن إطلاق صواريخ من جنوب لبنان", "حماس تعلن مسؤوليتها عن إطلاق صواريخ من جنوب لبنان", false)]
    // A denial of another thing in the same setting, after a frame of several words (a review's pairs, 2026-12-07).
    [InlineData("الديوان الملكي ينفي صحة ما تردد من أنباء عن وفاة الأمير خالد", "الديوان الملكي يعلن وفاة الأمير سلطان بن عبدالعزيز", false)]
    [InlineData("وزارة الخارجية تنفي صحة ما تردد عن طرد السفير الإيراني", "وزارة الخارجية تستدعي السفير الإيراني وتسلمه مذكرة احتجاج", false)]
    [InlineData("وزارة الطاقة تنفي حدوث تسرب نفطي في ميناء رأس تنورة", "وزارة الطاقة تعلن السيطرة على حريق صغير في ميناء رأس تنورة", false)]
    public void Polarity_differs_only_where_two_alike_short_statements_reverse_the_same_thing(string a, string b, bool differs) =>
        Assert.Equal(differs, StanceFeatures.PolarityDiffers(S(a), S(b), ClaimGate.Default));

    [Theory]
    // Who did what to whom, reversed around the same verb (one side's subject feminine: يطالب / تطالب).
    [InlineData("نادي الوحدة يطالب اتحاد الكرة بتعويض مالي عن المباراة الملغاة", "اتحاد الكرة يطالب نادي الوحدة بتعويض مالي عن المباراة الملغاة", true)]
    [InlineData("شركة الكهرباء تقاضي البلدية بسبب أعطال الشبكة في الحي الجنوبي", "البلدية يقاضيها المقاول بسبب أعطال الشبكة", false)]
    [InlineData("المعلم يكرم الطالب المتفوق في حفل ختام العام الدراسي", "الطالب المتفوق يكرم المعلم في حفل ختام العام الدراسي", true)]
    // A relation that holds both ways: the same meeting.
    [InlineData("وزير الخارجية يلتقي نظيره العماني في مسقط", "نظيره العماني يلتقي وزير الخارجية في مسقط", false)]
    // The object put first, its pronoun on the verb: the same roles.
    [InlineData("المعلم يكرم الطالب المتفوق في حفل ختام العام الدراسي", "الطالب المتفوق يكرمه المعلم في حفل ختام العام الدراسي", false)]
    // A sentence turned around its topic, with a noun between: no verb both share.
    [InlineData("20 مليار ريال ترفع سقف المطالبات المالية", "المطالبات المالية يرتفع سقفها بـ20 مليار ريال", false)]
    // Words in the same order, or a phrase put first without a verb between the two: nothing swapped.
    [InlineData("المعلم يكرم الطالب المتفوق في حفل ختام العام الدراسي", "في حفل ختام العام الدراسي المعلم يكرم الطالب المتفوق", false)]
    // Nothing but two names trading places, around a noun: the verb test does not apply, nothing else changed.
    [InlineData("فرنسا تلغي عقد السفينتين وتتعهد بتعويض روسيا", "روسيا تلغي عقد السفينتين وتتعهد بتعويض فرنسا", true)]
    // A name of four words traded with one of three.
    [InlineData("أمانة المنطقة الشرقية تنظم ورشة عن مبادرات هيئة الهلال الأحمر السعودي", "هيئة الهلال الأحمر السعودي تنظم ورشة عن مبادرات أمانة المنطقة الشرقية", true)]
    // A word with its pronoun on both sides (مقاومته) is no verb that put its object first ...
    [InlineData("إصابة حارس أمن في جدة إثر مقاومته لص السيارات", "إصابة لص السيارات في جدة إثر مقاومته حارس أمن", true)]
    // ... but a verb with its object's pronoun on one side only is, whatever letter it begins or ends with.
    [InlineData("إدارة ليفربول استبعدت محمد صلاح", "محمد صلاح استبعدته إدارة ليفربول", false)]
    [InlineData("الشرطة منعت الصحفي من التصوير", "الصحفي منعته الشرطة من التصوير", false)]
    [InlineData("الحكومة أقالت وزير الصحة", "وزير الصحة أقالته الحكومة", false)]
    [InlineData("اللاعب منحه النادي إجازة لمدة أسبوع", "النادي منح اللاعب إجازة لمدة أسبوع", false)]
    // Competing holds both ways.
    [InlineData("نادي ريال مدريد الإسباني نافس برشلونة على ضم اللاعب", "برشلونة نافس نادي ريال مدريد الإسباني على ضم اللاعب", false)]
    [InlineData("إصابة حارس الهلال بضربة من مهاجم النصر", "إصابة حارس النصر بضربة من مهاجم الهلال", true)]
    [InlineData("رئيس نادي الهلال خالد البلطان يهاجم الحكم", "رئيس نادي خالد البلطان الهلال يهاجم الحكم", false)] // nothing between them
    [InlineData("الهلال يلتقي النصر في نهائي الكأس", "النصر يلتقي الهلال في نهائي الكأس", false)] // a relation both ways
    // Reciprocal verbs hold both ways too (a review's pairs, 2026-12-07).
    [InlineData("طهران تفاوض موسكو سرا في مسقط حول البرنامج النووي", "موسكو تفاوض طهران سرا في مسقط حول البرنامج النووي", false)]
    [InlineData("بكين تحاور موسكو في جنيف حول الرسوم الجمركية", "موسكو تحاور بكين في جنيف حول الرسوم الجمركية", false)]
    [InlineData("أنقرة تصالح القاهرة بعد سنوات من القطيعة", "القاهرة تصالح أنقرة بعد سنوات من القطيعة", false)]
    [InlineData("المكسيك تجاور غواتيمالا على امتداد النهر", "غواتيمالا تجاور المكسيك على امتداد النهر", false)]
    [InlineData("أوبك تشاطر روسيا توقعاتها بشأن نمو الطلب على النفط", "روسيا تشاطر أوبك توقعاتها بشأن نمو الطلب على النفط", false)]
    // A list reordered, each name after «و» (a review's pairs): no roles.
    [InlineData("الرئيس يستقبل سفراء فرنسا وألمانيا وبريطانيا في قصر الرئاسة", "الرئيس يستقبل سفراء بريطانيا وألمانيا وفرنسا في قصر الرئاسة", false)]
    [InlineData("وزراء خارجية مصر والأردن وفلسطين يجتمعون في القاهرة", "وزراء خارجية فلسطين والأردن ومصر يجتمعون في القاهرة", false)]
    [InlineData("اتفاق بين مصر والسودان وإثيوبيا على تقاسم المياه", "اتفاق بين إثيوبيا والسودان ومصر على تقاسم المياه", false)] // «بين» just before
    [InlineData("السعودية والإمارات ومصر تقطع العلاقات الدبلوماسية", "مصر والإمارات والسعودية تقطع العلاقات الدبلوماسية", false)] // a list in another order
    [InlineData("نقل المصابين من مكة بالطائرة إلى الرياض", "نقل المصابين إلى الرياض بالطائرة من مكة", false)] // each place took its preposition
    [InlineData("إصابة حارس الهلال في مباراة الفريق أمام النصر", "إصابة حارس النصر في مباراة الفريق أمام الهلال", false)] // a match is both teams'
    [InlineData("معسكر إيراني دبر عمليات تخريبية داخل العراق", "معسكر عراقي دبر عمليات تخريبية داخل إيران", true)] // a country by its adjective and its name
    [InlineData("وفد مصري يزور المغرب لبحث التعاون", "وفد مغربي يزور مصر لبحث التعاون", true)]
    [InlineData("معسكر إيراني دبر عمليات تخريبية بالعراق", "معسكر عراقي دبر عمليات تخريبية بإيران", true)] // a country with «ب» on it
    [InlineData("وفد عماني يصل إلى الأردن لبحث التعاون", "وفد أردني يصل إلى عمان لبحث التعاون", true)] // «عمان» is Oman as a country
    [InlineData("وفد مصري يزور المغرب لبحث التعاون", "وفد مصري يزور المغرب لبحث التعاون مع الجانب المغربي", false)]
    public void Roles_are_swapped_when_two_phrases_trade_places_around_a_verb_both_share(string a, string b, bool swapped) =>
        Assert.Equal(swapped, StanceFeatures.RolesSwapped(S(a), S(b)));

    [Fact]
    public void An_attached_pronoun_is_read_from_the_word_as_written_and_a_final_taa_marbuta_is_none()
    {
        var fronted = S("الطالب المتفوق يكرمه المعلم");
        var plain = S("الحكومة تكرم المعلم");

        Assert.Contains(fronted.Stems.Count - 2, fronted.ObjectPronounAt);
        Assert.Empty(plain.ObjectPronounAt);
    }

    [Fact]
    public void A_swap_of_roles_is_a_claim_difference_unless_an_opposite_sense_turns_it_back()
    {
        var won = S("فاز فريق الوحدة على فريق الرائد في المباراة الختامية للدوري");
        Assert.True(StanceFeatures.PolarityDiffers(S("الوحدة يهزم الرائد في المباراة الختامية للدوري"), S("الرائد يهزم الوحدة في المباراة الختامية للدوري"), ClaimGate.Default));
        Assert.True(StanceFeatures.OnlyRolesSwapped(S("الوحدة يهزم الرائد في المباراة الختامية للدوري"), S("الرائد يهزم الوحدة في المباراة الختامية للدوري"), ClaimGate.Default));
        Assert.False(StanceFeatures.OnlyRolesSwapped(won, S("فاز فريق الوحدة على فريق الرائد في المباراة الختامية للدوري بهدفين"), ClaimGate.Default));
    }

    [Fact]
    public void Two_negative_statements_that_trade_two_countries_are_swapped_roles_and_otherwise_say_the_same()
    {
        var iranian = S("السلطات الإيرانية تنصح مواطنيها بعدم التوجه برا إلى تركيا");

        Assert.True(StanceFeatures.OnlyRolesSwapped(iranian, S("السلطات التركية تنصح مواطنيها بعدم التوجه برا إلى إيران"), ClaimGate.Default));
        Assert.False(StanceFeatures.PolarityDiffers(iranian, S("السلطات الإيرانية تدعو مواطنيها إلى عدم السفر برا إلى تركيا"), ClaimGate.Default));
    }

    [Fact]
    public void Long_sentences_are_left_to_the_value_conflicts()
    {
        const string Clause = "في إطار الجهود المبذولة لتطوير الخدمات المقدمة للمواطنين والمقيمين في مختلف مناطق المملكة وفق الخطة المعتمدة";
        var a = S($"الوزارة تعلن افتتاح المستشفى الجديد {Clause}");
        var b = S($"الوزارة لم تعلن افتتاح المستشفى الجديد {Clause}");

        Assert.True(StanceFeatures.PolarityDiffers(a, b, ClaimGate.Default with { MaxWords = 100 }));
        Assert.False(StanceFeatures.PolarityDiffers(a, b, ClaimGate.Default));
    }

    [Fact]
    public void The_shipped_model_reads_back_as_written_and_finds_a_denial_a_contradiction()
    {
        var model = StanceModel.Default;
        var again = StanceModel.Parse(model.Write());
        Assert.Equal(model.Weights.SelectMany(w => w), again.Weights.SelectMany(w => w));

        var said = S("الاتحاد السعودي يصدر كتيبا خاصا بمباراة السوبر في لندن");
        Assert.True(model.Contradiction(said, S("الاتحاد السعودي ينفي إصدار أي كتيب خاص بمباراة السوبر في لندن")) > 0.5);
        Assert.True(model.Contradiction(said, S("الاتحاد السعودي يطبع كتيبا خاصا عن مباراة السوبر في لندن")) < 0.5);
    }

    [Theory]
    [InlineData("agree\t1\n", "a line for each of agree, contradict and other")]
    [InlineData("agree\t1\ncontradict\t1\nother\t1\n", "weights")]
    [InlineData("agree\t1\nrefute\t1\nother\t1\n", "'refute' is not a stance")]
    [InlineData("agree\t1\ncontradict\tx\nother\t1\n", "'x' on the contradict line is not a number")]
    public void A_broken_model_file_is_refused_with_the_reason(string text, string reason) =>
        Assert.Contains(reason, Assert.Throws<InvalidDataException>(() => StanceModel.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_words_of_a_pair_are_the_same_whichever_statement_comes_first()
    {
        var a = S("وزير الخارجية يرحب بقرار مجلس الأمن بشأن الهدنة");
        var b = S("وزير الخارجية ينتقد قرار مجلس الأمن بشأن الهدنة في غزة");
        var ab = StanceWords.Of(a, b);
        var ba = StanceWords.Of(b, a);

        Assert.Equal(ab.Buckets, ba.Buckets);
        Assert.Equal(ab.Values, ba.Values);
        Assert.All(ab.Buckets, bucket => Assert.InRange(bucket, 0, StanceWords.Buckets - 1));
    }

    [Fact]
    public void A_long_line_weighs_its_words_no_more_than_a_short_one()
    {
        // Each group of features weighs 1 in all (1/√n each over n): many words must not outvote the cues.
        static double Weight(WordFeatures words) => words.Values.Sum(v => (double)v * v);
        var shortPair = StanceWords.Of(S("الوزير يرحب بالقرار"), S("الوزير ينتقد القرار"));
        var longPair = StanceWords.Of(
            S("الوزير يرحب بالقرار الذي أصدره المجلس أمس بعد جلسة طويلة حضرها ممثلو الشركات والهيئات"),
            S("الوزير ينتقد القرار الذي أعلنته اللجنة اليوم إثر اجتماع قصير غاب عنه أعضاء النقابات والجمعيات"));

        Assert.True(longPair.Buckets.Length > 10 * shortPair.Buckets.Length);
        Assert.InRange(Weight(longPair), 0.8 * Weight(shortPair), 1.5 * Weight(shortPair));
    }

    [Fact]
    public void The_shipped_model_reads_the_words_of_a_pair_and_its_word_weights_read_back_as_written()
    {
        var model = StanceModel.Default;
        Assert.True(model.ReadsWords);
        var (a, b) = (S("امرأة تضع المكياج على وجهها"), S("امرأة تزيل المكياج عن وجهها"));
        var cues = StanceFeatures.Of(a, b);
        Assert.NotEqual(model.Probabilities(cues), model.Probabilities(cues, StanceWords.Of(a, b)));

        using var stream = new MemoryStream();
        model.WriteWords(stream);
        stream.Position = 0;
        Assert.Equal(model.WordWeights.ToArray(), StanceModel.ReadWords(stream));
    }

    [Fact]
    public void A_cut_or_foreign_word_model_is_refused_with_the_reason()
    {
        using var whole = new MemoryStream();
        StanceModel.Default.WriteWords(whole);
        var bytes = whole.ToArray();
        using var unzipped = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress))
        {
            gzip.CopyTo(unzipped);
        }

        Assert.Contains("ends before its weights do", Assert.Throws<InvalidDataException>(() => StanceModel.ReadWords(Gzip(unzipped.ToArray()[..1000]))).Message, StringComparison.Ordinal);
        Assert.Contains("not a stance word model", Assert.Throws<InvalidDataException>(() => StanceModel.ReadWords(Gzip("KHABAR-NER"u8.ToArray()))).Message, StringComparison.Ordinal);
        Assert.Contains("more bytes follow", Assert.Throws<InvalidDataException>(() => StanceModel.ReadWords(Gzip([.. unzipped.ToArray(), 0, 0]))).Message, StringComparison.Ordinal);
        Assert.Contains("not gzip data", Assert.Throws<InvalidDataException>(() => StanceModel.ReadWords(new MemoryStream(unzipped.ToArray()))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new StanceModel([.. StanceModel.Default.Weights.Select(w => w.ToArray())]).WriteWords(new MemoryStream()));

        static MemoryStream Gzip(byte[] content)
        {
            var output = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(content);
            }

            output.Position = 0;
            return output;
        }
    }
}
