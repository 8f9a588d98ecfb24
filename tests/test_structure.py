"""Page-structure rules (arclean.structure, arclean.policy and the main-run choice).

Each test checks the verdict and the rule that gave it, on short pages written
for the case.  Whole pages per failure class live in tests/data/pages/.
"""
from __future__ import annotations

from datetime import datetime
from typing import List, Tuple

import pytest

import arclean
from arclean import policy, rules, structure
from arclean.lines import read_lines

from samples import FA1, FA2, P1, P2, P3

STORY = [P1, P2, P3]
POLICY = [
    "يرجى الالتزام بآداب الحوار وعدم استخدام ألفاظ مسيئة في التعليقات المنشورة على الموقع.",
    "تحتفظ إدارة الموقع بحق حذف أي تعليق يخالف هذه القواعد دون الرجوع إلى صاحبه أو إبلاغه.",
    "لا تعبر التعليقات المنشورة عن رأي الموقع وإنما تعبر عن آراء أصحابها فقط ويتحملون مسؤوليتها.",
    "يمكنك إنشاء حساب جديد باستخدام بريدك الإلكتروني وكلمة مرور لا تقل عن ثمانية أحرف وأرقام.",
    "إذا نسيت كلمة المرور يمكنك طلب رابط لإعادة تعيينها عبر البريد الإلكتروني المسجل لدينا.",
    "نحن نحترم خصوصيتك ولا نشارك بياناتك الشخصية مع أي طرف ثالث دون موافقتك المسبقة والصريحة.",
    "باستخدامك لهذا الموقع فإنك توافق على شروط الاستخدام وسياسة الخصوصية المنشورة أسفل الصفحة.",
]


def rows(text: str) -> List[Tuple[str, str, str, str]]:
    doc = arclean.parse(text)
    return [(t, s.label, s.kind, s.rule) for s, t in doc.iter_text()]


def rule_of(text: str, line: str) -> Tuple[str, str, str]:
    for t, label, kind, rule in rows(text):
        if t == line:
            return label, kind, rule
    raise AssertionError(f"no segment is {line!r}")


def assert_policy_page(text: str, policy_line: str) -> None:
    """The page holds no article, and ``policy_line`` on it is policy text (``policy.terms``)."""
    assert arclean.clean(text) == ""
    assert rule_of(text, policy_line)[2] == "policy.terms"


# --- policy text ------------------------------------------------------------------------------


def test_policy_block_longer_than_the_story_is_not_the_body() -> None:
    text = "\n".join(["الرئيسية", "الصحة تفتتح ثلاثة مستشفيات جديدة", "نشر في: 12 مارس 2024", *STORY, *POLICY])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(STORY)
    assert doc.metadata.title == "الصحة تفتتح ثلاثة مستشفيات جديدة"
    assert rule_of(text, POLICY[0])[2] == "policy.terms"
    assert rule_of(text, POLICY[4])[:2] == ("boilerplate", "nav")  # a password line: account chrome


def test_a_shops_shipping_and_payment_terms_are_not_the_description() -> None:
    description = [
        "مكنسة كهربائية لاسلكية خفيفة الوزن ببطارية تعمل حتى ستين دقيقة، مع فرشاة دوارة لتنظيف السجاد والأرضيات الخشبية.",
        "تأتي المكنسة مع ثلاث قطع إضافية لتنظيف الزوايا والأثاث، ويمكن شحن البطارية بالكامل خلال أربع ساعات فقط.",
    ]
    terms = [
        "طريقة الشحن: يتم توصيل طلبك خلال خمسة أيام عمل من تاريخ تأكيد الطلب إلى العنوان المسجل في حسابك.",
        "الدفع عند الاستلام متاح لجميع المدن، ويمكنك أيضا استخدام طرق الدفع الإلكترونية عند إتمام طلبك.",
    ]
    doc = arclean.parse("\n".join(["مكنسة كهربائية لاسلكية", *description, *terms]))
    assert doc.body == "\n".join(description)
    assert {rule_of("\n".join(["مكنسة كهربائية لاسلكية", *description, *terms]), t)[2] for t in terms} == {"policy.terms"}


def test_a_story_on_freight_shipping_keeps_its_paragraphs() -> None:
    # shipping fees and routes are news words too: weak terms, no second-person "طلبك"
    story = [
        "أدت هجمات الحوثيين على السفن في البحر الأحمر إلى ارتفاع رسوم الشحن البحري إلى مستويات قياسية، كما دفعت الشركات إلى تغيير طرق الشحن.",
        "وقال خبراء إن وقت الشحن بين آسيا وأوروبا زاد بنحو عشرة أيام، ما رفع كلفة التسليم على المستوردين ودفع بعضهم إلى تأجيل الطلبات.",
        "وتوقع محللون أن تستمر الأزمة أشهرا، وأن تنعكس على أسعار السلع في الأسواق العربية والأوروبية على حد سواء.",
    ]
    text = "\n".join(["أزمة البحر الأحمر ترفع تكاليف التجارة العالمية", "نشر في 12 فبراير 2024", *story])
    assert arclean.clean(text) == "\n".join(story)


def test_policy_terms_need_weight_a_story_on_privacy_law_is_body() -> None:
    # "الخصوصية" and "البيانات الشخصية" are weak terms: two of them are not policy text
    line = "أقر البرلمان قانونا جديدا لحماية البيانات الشخصية يعزز الخصوصية ويفرض غرامات على الشركات المخالفة."
    (ln,), _block = read_lines(line)
    assert policy.policy_lines([ln.key]) == []
    assert policy.policy_lines([read_lines(p)[0][0].key for p in POLICY]) != []
    assert arclean.clean("\n".join([line, P2])) == "\n".join([line, P2])


def test_a_sites_disclaimer_under_an_answer_is_policy_text_a_doctors_advice_is_not() -> None:
    answer = [
        "وعليكم السلام، ما تصفه من حرقة بعد الأكل يدل غالبا على ارتجاع المريء، وهو شائع في الشهور الأخيرة من الحمل.",
        "ننصحك بتقسيم الوجبات إلى خمس صغيرة، ورفع الوسادة قليلا عند النوم، وتجنب الأكل قبل النوم بساعتين على الأقل.",
    ]
    disclaimer = "تنويه: الإجابات المنشورة في الموقع استرشادية عامة، ولا تغني عن مراجعة طبيب يفحص حالتك مباشرة."
    text = "\n".join(["استشارات طبية", "حرقة المعدة في الشهر الثامن", "السؤال", "أعاني من حرقة شديدة بعد كل وجبة، فما الحل؟", "الإجابة", *answer, disclaimer])
    assert disclaimer not in arclean.clean(text)
    assert rule_of(text, disclaimer)[2] == "policy.terms"
    # the same words in a story's own advice, with no site speaking, stay its sentence
    advice = "وتؤكد الطبيبة أن هذه النصائح العامة لا تغني عن زيارة الطبيب عند استمرار الأعراض أكثر من أسبوع."
    assert arclean.clean("\n".join([*answer, advice])) == "\n".join([*answer, advice])


def test_policy_terms_file_gives_every_term_a_reason() -> None:
    assert policy.TERMS and all(t.why and t.weight in (1, 2) for t in policy.TERMS.values())
    assert {t.kind for t in policy.TERMS.values()} <= set(arclean.BOILERPLATE_KINDS)


# --- the main run's anchor --------------------------------------------------------------------


def test_run_after_the_close_of_an_anchored_story_loses_to_the_story() -> None:
    other = [P3 + " " + P1, P2 + " " + P1, P1 + " " + P2]  # a longer block of prose after the comments header
    text = "\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2, "التعليقات", *other])
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}"


# --- teaser lists -----------------------------------------------------------------------------

TEASERS = [
    ("انطلاق مهرجان الزيتون في القرى الجبلية", "انطلقت فعاليات المهرجان السنوي للزيتون بمشاركة مئات المزارعين من مختلف القرى الجبلية."),
    ("البنك المركزي يثبت أسعار الفائدة", "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام."),
    # a decimal point does not make a headline a sentence
    ("نمو مبيعات السيارات 5.8% الشهر الماضي", "سجلت مبيعات السيارات نموا ملحوظا خلال الشهر الماضي مقارنة بالشهر نفسه من العام السابق."),
    ("منتخب الشباب يتأهل إلى النهائي", "تأهل منتخب الشباب إلى المباراة النهائية بعد فوزه بهدفين نظيفين في نصف النهائي مساء أمس."),
    ("افتتاح معرض الكتاب بمشاركة ثلاثين دولة", "افتتح وزير الثقافة معرض الكتاب الدولي الذي تشارك فيه دور نشر من ثلاثين دولة عربية وأجنبية."),
    ("ارتفاع درجات الحرارة نهاية الأسبوع", "توقعت الأرصاد الجوية ارتفاعا ملحوظا في درجات الحرارة خلال عطلة نهاية الأسبوع المقبل."),
]


def test_listing_of_headline_summary_pairs_has_no_article() -> None:
    text = "\n".join(["الرئيسية", "أخبار محلية", *[x for pair in TEASERS for x in pair], "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, TEASERS[2][1])[1:] == ("related", "structure.teaser_pairs")


STAMPED = [
    ("ارتفاع جديد في أسعار الذهب بمنتصف التعاملات.. وعيار 21 يسجل 3150 جنيها", "منذ 25 دقيقة"),
    ("شعبة الذهب: تراجع الإقبال على الشبكة بسبب ارتفاع الأسعار", "منذ ساعة"),
    ("هل الوقت مناسب لشراء الذهب الآن؟ خبراء يجيبون", "منذ ساعتين"),
    ("السبائك أم المشغولات.. أيهما أفضل للادخار؟", "منذ 3 ساعات"),
    ("البنك المركزي يواصل شراء الذهب للشهر الثامن على التوالي", "الأحد، 19 مايو 2024 08:40 م"),
]


def test_a_list_of_stamped_headlines_has_no_article_and_no_date() -> None:
    # a tag page: headlines (two dots, questions) each with its time stamp, some with a section word
    items = [x for h, stamp in STAMPED for x in (h, stamp)]
    items.insert(4, "اقتصاد")
    text = "\n".join(["الرئيسية", "الوسوم", "أخبار عن: الذهب", *items, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text, reference=datetime(2024, 5, 20, 12, 0))
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, STAMPED[2][0])[1:] == ("related", "structure.stamped_headlines")
    assert rule_of(text, STAMPED[1][1])[1:] == ("related", "structure.stamped_headlines")


def test_a_live_blog_of_stamped_sentences_is_an_article() -> None:
    # entries under time stamps are sentences of the story, not headlines
    entries = [P1, P2, P3, "وأكد المتحدث باسم الوزارة أن الفرق الميدانية ستواصل عملها حتى ساعات الليل، وأن الطرق ستفتح تباعا."]
    lines = [x for k, e in enumerate(entries) for x in (f"1{k}:30", e)]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "\n".join(lines)  # (the entries' times are the live blog's own)


def test_headlines_with_two_dots_are_no_summaries_of_each_other() -> None:
    # a column of headlines written "<a>.. <b>" (each a sentence-sized line) over the story's
    # header: no headline is taken as a summary, so the story's title is not a teaser
    heads = [
        "كاريكاتير اليوم.. العثور على مومياء أثرية ملقاة بالشارع في أسوان",
        "الزمالك يتعادل أمام فيوتشر في الدوري الممتاز.. فيديو",
        "وزير المالية يعلن خطة جديدة لخفض الدين العام.. وتفاصيل الموازنة",
        "انطلاق معرض الكتاب بمشاركة ثلاثين دولة.. صور",
    ]
    title = "وزارة النقل تشغل سيارات كهربائية للعمل تاكسي بالعاصمة الإدارية.. وتؤكد: حجزها يبدأ الأربعاء بتطبيق هاتف.. صور"
    text = "\n".join(["الرئيسية", *heads, "تحقيقات", title, "الإثنين، 13 مايو 2024 06:00 ص", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.body == f"{P1}\n{P2}"


def test_sub_headings_that_keep_the_subject_are_an_article() -> None:
    sections = [
        ("فوائد الزنجبيل للهضم", "يساعد الزنجبيل على تسريع إفراغ المعدة ويخفف الانتفاخ والغثيان بعد الوجبات الثقيلة."),
        ("فوائد الزنجبيل للمناعة", "يحتوي الزنجبيل على مركبات مضادة للأكسدة تدعم جهاز المناعة في مواجهة نزلات البرد."),
        ("فوائد الزنجبيل للمفاصل", "تشير دراسات إلى أن الزنجبيل قد يخفف آلام المفاصل لدى المصابين بالتهاب المفاصل."),
        ("أضرار الزنجبيل", "قد يسبب الإفراط في تناول الزنجبيل حرقة في المعدة لدى بعض الأشخاص وتفاعلا مع أدوية السيولة."),
    ]
    lines = [x for pair in sections for x in pair]
    assert arclean.clean("\n".join(lines)) == "\n".join(lines)


def test_one_paragraph_after_a_read_also_block_is_a_teaser_unless_it_goes_on_with_the_story() -> None:
    teaser = "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام."
    head = ["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2, "اقرأ أيضا"]
    assert arclean.clean("\n".join([*head, teaser, "شارك"])) == f"{P1}\n{P2}"
    # P3 opens with "وأضاف": the story goes on after the read-also block
    assert arclean.clean("\n".join([*head, P3, "شارك"])) == f"{P1}\n{P2}\n{P3}"


def test_a_paragraph_after_an_inline_read_also_link_goes_on_with_the_story() -> None:
    # "اقرأ أيضا: <headline>" alone between two paragraphs is a link set inside the story: the
    # paragraph below it is the story's, even with no connective (an Urdu paragraph has none
    # of the Arabic ones)
    later = "قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي هذا العام."
    head = ["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2]
    doc = arclean.parse("\n".join([*head, "اقرأ أيضا: البنك المركزي يرفع الفائدة", later, "شارك"]))
    assert doc.body == f"{P1}\n{P2}\n{later}"
    assert [s.rule for s in doc.segments if s.kind == "related"] == ["lexicon.prefix:اقرا ايضا"]
    # a bare header, or a header with a headline under it, is a read-also list: the one
    # paragraph past it is that list's teaser
    assert arclean.clean("\n".join([*head, "اقرأ أيضا", later, "شارك"])) == f"{P1}\n{P2}"
    listed = [*head, "اقرأ أيضا: البنك المركزي يرفع الفائدة", "أسعار النفط تتراجع", later, "شارك"]
    assert arclean.clean("\n".join(listed)) == f"{P1}\n{P2}"


def test_a_caption_without_credit_over_an_inline_read_also_link_stays_the_storys() -> None:
    # the story's photo caption (no credit, no sentence) right over "اقرأ أيضا: <headline>",
    # in the story's words, with the story going on under the link
    first = "يشكو مزارعو البصل في السهل الغربي من تراجع الأسعار إلى أدنى مستوى منذ سنوات، بعد امتلاء المخازن بمحصول الموسم."
    second = "ويقول أحد المزارعين إن البصل المخزن بدأ يتلف في البيوت لغياب مبردات كافية، وإن التجار يرفضون الشراء بالأسعار القديمة."
    caption = "مزارع يتفقد محصول البصل المخزن في بيته بالسهل الغربي"
    later = "وطالب المزارعون وزارة الزراعة بشراء فائض المحصول أو بإنشاء مخازن مبردة للبصل في القرى الكبيرة قبل حلول الصيف."
    text = "\n".join(["تراجع أسعار البصل يثقل كاهل المزارعين", "نشر في: 6 ديسمبر 2025", first, second, caption,
                      "اقرأ أيضا: انطلاق توزيع بذور القمح المدعمة على الفلاحين", later, "شارك"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([first, second, caption, later])
    assert rule_of(text, caption)[2] == "run.caption_over_link"


@pytest.mark.parametrize("word", ["وأضاف", "كما", "وقالت"])
def test_connectives_are_read_on_the_folded_first_word(word: str) -> None:
    lines, _ = read_lines(word + " أن الوزارة تعمل على الخطة")
    assert structure.continues_story(lines[0])


def test_a_minister_is_not_a_connective() -> None:
    lines, _ = read_lines("وزير الصحة يفتتح المستشفى الجديد")  # starts with و, but "وزير" is a noun
    assert not structure.continues_story(lines[0])


# --- no article, one paragraph ------------------------------------------------------------------


def test_a_page_whose_only_text_is_a_clock_line_has_no_article() -> None:
    text = "\n".join(["الرئيسية", "التقويم", "إضافة حدث", "الأحد", "الاثنين", "الثلاثاء", "اليوم 5 أحداث"])
    assert arclean.clean(text) == ""


@pytest.mark.parametrize(
    "para",
    [
        "وزیر اعظم نے آج اجلاس کی صدارت کی۔ مہنگائی کی شرح میں کمی آئی ہے۔",  # Urdu, "۔" full stops
        "ذهب الولد إلى المدرسة صباحاً.",
    ],
)
def test_a_one_sentence_document_keeps_its_sentence(para: str) -> None:
    doc = arclean.parse(para)
    assert doc.body == para
    assert doc.segments[0].rule == "body.run"


def test_short_sentences_make_an_article_but_a_few_menu_words_do_not() -> None:
    sentences = ["فاز الفريق الأول بثلاثة أهداف.", "سجل المهاجم هدفين رائعين."]
    assert arclean.clean("\n".join(["الرئيسية", "رياضة", "أخبار", "فيديو", *sentences, "من نحن"])) == "\n".join(sentences)


# --- run tails, references, bylines ---------------------------------------------------------------


def test_a_run_does_not_end_on_a_sub_heading_before_boilerplate() -> None:
    text = "\n".join([P1, P2, "خطط المرحلة المقبلة للوزارة", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, "خطط المرحلة المقبلة للوزارة")[2] == "outside.after_body"


@pytest.mark.parametrize(
    "ref",
    [
        '3. ↑ Paul Ganguly (2015), "Role of homocysteine", www.example.org , Retrieved 10-2-2020. Edited.',
        "^ أ ب محمد علي (2018)، كتاب الفوائد، دار النشر، صفحة 12.",
        "↑ عبد الله حسن، تاريخ المدينة، الطبعة الثانية، ص 45.",
    ],
)
def test_references_list_entries_are_other_boilerplate(ref: str) -> None:
    text = "\n".join([P1, P2, "المراجع", ref])
    assert rule_of(text, ref) == ("boilerplate", "other", "shape.reference")


@pytest.mark.parametrize(
    "byline, rule",
    [
        ("بيروت - جنى خوري", "zone.dateline_above_header"),
        ("مصطفى كامل - مراسل النيل في أسوان", "zone.byline_above_header"),
        ("الرياض - واس", "zone.dateline_above_header"),
    ],
)
def test_a_byline_under_the_headline_is_not_the_title(byline: str, rule: str) -> None:
    title = "وزارة الزراعة تحذر من حشرة جديدة تهدد بساتين الحمضيات في الجنوب"
    text = "\n".join(["الرئيسية", "أخبار", title, byline, "3 مايو 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert rule_of(text, byline)[2] == rule


@pytest.mark.parametrize(
    "byline, author",
    [
        # a label and a name; a name with an honorific and a role after a comma
        ("حوار: منى عبد العزيز", "حوار: منى عبد العزيز"),
        ("تمت المراجعة الطبية بواسطة: د. سامر النجار، استشاري الغدد الصماء", None),
        ("سامر النجار، صحفي", None),  # a name and a role after a comma
    ],
)
def test_a_labelled_byline_under_the_headline_is_not_the_title(byline: str, author: object) -> None:
    # (the reviewer line is longer than the headline: a labelled name may be)
    title = "نقص فيتامين د: أعراض لا ينبغي تجاهلها"
    text = "\n".join(["الرئيسية", "صحة", title, byline, "12 يونيو 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert rule_of(text, byline)[1:] == ("author", "zone.byline_above_header")


def test_a_programmes_presenter_credit_is_no_title() -> None:
    # a radio programme's page: its name, then "تقديم:" (presented by) and "إعداد:" credits
    about = [
        "«أصوات الواحة» برنامج أسبوعي يحمل المستمع إلى قرى الواحات ليحكي أهلها عن حرفهم وأغانيهم القديمة.",
        "يعتمد البرنامج على التسجيل الميداني، فتُسجَّل أغلب فقراته في البيوت والأسواق والحقول مع أصحابها.",
    ]
    text = "\n".join(["الرئيسية / البرامج / برامج ثقافية", "أصوات الواحة", "تقديم: سلوى بن حسين", "إعداد: كمال الزاير", *about])
    doc = arclean.parse(text)
    assert doc.metadata.title == "أصوات الواحة"
    assert rule_of(text, "سلوى بن حسين")[:2] == ("metadata", "author")
    assert doc.body == "\n".join(about)


@pytest.mark.parametrize("label", ["وصف العقار", "الوصف الوظيفي:", "السؤال"])
def test_a_section_heading_over_the_text_is_not_the_title(label: str) -> None:
    # a listing's, a job ad's or a Q&A page's part named by what it holds
    text = "\n".join(["الرئيسية", "إعلانات", "شقة للبيع 3 غرف نوم في حي النرجس", "السعر: 850,000 ريال", "المساحة: 165 م²", label, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title != label
    # (the listing's own name over its price is its title: see the product-name test)
    assert doc.metadata.title == "شقة للبيع 3 غرف نوم في حي النرجس"
    assert doc.body.endswith(f"{P1}\n{P2}")


def test_a_row_of_an_infobox_over_an_event_date_is_not_the_title() -> None:
    # "label: value" rows; the date under the candidate is a building's, not the page's
    text = "\n".join(["الرئيسية", "قلعة صلاح الدين", "الموقع: القاهرة، مصر", "بداية البناء: 15 مارس 1176م", "المؤسس: صلاح الدين", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title is None
    assert doc.metadata.published is None


def test_a_speaker_headline_over_its_date_and_byline_is_the_title() -> None:
    # the colon of "<speaker>: <statement>" and of a byline or a clock do not make a facts table
    title = "وزارة العمل: تفاصيل تسفير خمسة آلاف عامل للعمل بالزراعة قريبا"
    for under in (["الإثنين، 20 مايو 2024 07:00 ص"], ["كتبه: يوسف الحداد", "12 سبتمبر 2023"], ["تاريخ النشر: 20 مايو 2024"]):
        text = "\n".join(["الرئيسية", "أخبار عاجلة", title, *under, P1, P2])
        assert arclean.parse(text).metadata.title == title, under


def test_a_most_read_block_over_the_story_gives_back_its_headline_and_date() -> None:
    title = "ولاية نهر النيل تعلن خطة لاستيعاب الطلاب النازحين في الامتحانات"
    text = "\n".join([
        "الرئيسية", "الأكثر قراءة",
        "وزير الصحة يتفقد مستشفى المدينة التعليمي ويعد بتوفير الأدوية", "25 مارس 2024",
        "ارتفاع أسعار الذرة في الأسواق مع تأخر وصول الشحنات", "24 مارس 2024",
        title, "الأربعاء 27 مارس 2024 - 17 رمضان 1445هـ", "كتب: عثمان الطيب", P1, P2,
    ])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-03-27"
    assert rule_of(text, "ارتفاع أسعار الذرة في الأسواق مع تأخر وصول الشحنات")[1] == "related"
    assert doc.body == f"{P1}\n{P2}"


def test_a_latest_news_block_over_the_story_gives_back_its_header_over_the_tool_row() -> None:
    # the block's items run over the story's headline, date and dateline, then its tool row
    title = "بائعات السمك في المدينة يرفضن الانتقال إلى السوق الجديد في الضاحية"
    text = "\n".join([
        "الرئيسية", "آخر الأخبار:",
        "وصول شحنة جديدة من غاز البوتان إلى الميناء المستقل", "انقطاع الكهرباء عن أحياء في المقاطعة لساعات بسبب أشغال صيانة",
        title, "الأربعاء 18 جمادى الأولى 1446هـ الموافق 20 نوفمبر 2024م - 16:05", "نواذيبو – الشيخ ولد أحمدو",
        "حجم الخط + -", "طباعة", "مشاركة", P1, P2,
    ])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2024-11-20 16:05:00")
    assert rule_of(text, "وصول شحنة جديدة من غاز البوتان إلى الميناء المستقل")[1] == "related"
    assert doc.body == f"{P1}\n{P2}"


def test_a_latest_news_block_under_the_sites_date_bar_gives_back_the_storys_section_and_header() -> None:
    # the site's bar of today's date over the menu is no story header: the block's run into the
    # story's section, headline, byline and date still gives them back
    title = "متطوعون يجمعون ثلاثة أطنان من النفايات في غابات المدينة بعد عطلة نهاية الأسبوع"
    text = "\n".join([
        "جرش اليوم", "الخميس 15 أيار 2025", "الرئيسية", "محليات", "اقتصاد", "آخر الأخبار:",
        "الأرصاد: أجواء ربيعية معتدلة وارتفاع طفيف على درجات الحرارة", "سقوط شاب عن ارتفاع في ساكب ونقله إلى المستشفى",
        "محليات", title, "كتب: ليث الرواشدة", "الأربعاء، 14 أيار 2025 - 11:05 ص", "عدد المشاهدات: 1,204", P1, P2,
    ])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2025-05-14 11:05:00")
    assert (doc.metadata.author, doc.metadata.category) == ("ليث الرواشدة", "محليات")
    assert rule_of(text, "سقوط شاب عن ارتفاع في ساكب ونقله إلى المستشفى")[1] == "related"
    assert doc.body == f"{P1}\n{P2}"
    # (an image's slug between the date and the story is no dateline)
    assert not rules.lone_dateline("battir-salasel") and rules.lone_dateline("بتير - صوت الريف")


def test_a_most_read_block_under_the_story_header_keeps_its_last_item() -> None:
    # the story's own header sits above the block: the block's last headline and date stay in it
    title = "ولاية نهر النيل تعلن خطة لاستيعاب الطلاب النازحين في الامتحانات"
    last = "ارتفاع أسعار الذرة في الأسواق مع تأخر وصول الشحنات"
    text = "\n".join([
        "الرئيسية", title, "الأربعاء 27 مارس 2024", "الأكثر قراءة",
        "وزير الصحة يتفقد مستشفى المدينة التعليمي ويعد بتوفير الأدوية", "25 مارس 2024",
        last, "24 مارس 2024", "كتب: عثمان الطيب", P1, P2,
    ])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-03-27"
    assert rule_of(text, last)[1] == "related"


# --- reader comments, contained copies ----------------------------------------------------------


@pytest.mark.parametrize(
    "stamps",
    [
        ["منذ 3 ساعات", "منذ 5 ساعات"],  # relative times
        ["20/02/2024 03:12 م", "20/02/2024 03:40 م"],  # date lines
        ["03:12 م", "03:40 م"],  # clock times
    ],
)
def test_comments_without_a_header_are_comments(stamps: List[str]) -> None:
    comments = [
        "Karim", stamps[0], "Enfin une bonne nouvelle pour la médina, espérons que les travaux seront bien suivis.",
        "ولد الحومة", stamps[1], "شحال من برنامج سمعنا بيه وما تبدل والو",
    ]
    text = "\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2, *comments])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, comments[5])[1:] == ("comments", "structure.comment_items")


def test_one_name_and_date_under_the_story_is_not_a_comment_section() -> None:
    # a single (name, date, text) item: not enough to call it comments
    text = "\n".join([P1, P2, "أحمد علي", "12 مارس 2024", P3])
    assert rule_of(text, "أحمد علي")[2] != "structure.comment_items"


def test_a_line_by_line_copy_of_a_glued_post_is_dup() -> None:
    lines = [
        "السلام عليكم، عندي سؤال بخصوص جوازات السفر للأطفال",
        "ابني عمره شهرين ونريد السفر بعد العيد إن شاء الله",
        "وشو الأوراق المطلوبة بالضبط وقديش بياخد وقت تقريبا؟",
    ]
    glued = " ".join(lines)
    text = "\n".join(["جواز سفر للمولود الجديد؟", "14 أبريل 2024", glued, *lines, "رد مع اقتباس"])
    doc = arclean.parse(text)
    assert doc.body == glued
    assert rule_of(text, lines[1])[1:] == ("dup", "repeat.contained")


def test_a_glued_copy_printed_after_the_post_line_by_line_is_dup() -> None:
    lines = [
        "للبيع صقر حر قرنسة أولى، الوزن 1250 جرام، هادئ ولا يصيح في الليل أبدا.",
        "مدرب على التلواح ومجرب على الكروان في الموسم الماضي وصاد عدة مرات.",
        "مفحوص في مستشفى الصقور هذا الشهر والتقرير موجود، ومعه جوازه الأصلي.",
    ]
    glued = "للبيع صقر حر جاهز للمقناص – " + " ".join(lines)
    text = "\n".join(["للبيع صقر حر جاهز للمقناص", "الريان | 14/11/2024", *lines, "المشاهدات: 1,284", glued, "إعلانات مشابهة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(lines)
    assert rule_of(text, glued)[1:] == ("dup", "repeat.contained")
    # two sentences of a story quoted together in its last paragraph make up too little of it
    story = [P1, P2, "وختم قائلا: " + P1[:40] + " وهذا ما نعمل عليه منذ سنوات طويلة مع الشركاء كلهم في المنطقة وخارجها أيضا."]
    assert arclean.clean("\n".join(story)) == "\n".join(story)


def test_a_short_quote_repeated_inside_a_longer_paragraph_that_is_not_under_it_stays() -> None:
    # containment is only checked for lines right under the longer line
    quote = "وقال المتحدث إن المستشفيات جاهزة للعمل"
    text = "\n".join([P1 + " " + quote + ".", P2, quote + " بكامل طاقتها منذ اليوم الأول للافتتاح."])
    assert arclean.clean(text) == text


@pytest.mark.parametrize(
    "caption",
    [
        "فرق فنون شعبية تقدم عروضها أمام المعبد في ليلة التعامد (الأناضول)",
        "وزير الصحة خلال افتتاح المستشفى الجديد في المحافظة الجنوبية 12 مارس 2024",
    ],
)
def test_a_caption_under_the_last_paragraph_is_body(caption: str) -> None:
    text = "\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2, caption, "شارك"])
    assert arclean.clean(text) == "\n".join([P1, P2, caption])
    assert rule_of(text, caption)[2] == "structure.trailing_caption"


def test_a_newspapers_issue_stamp_under_the_last_paragraph_dates_the_story() -> None:
    # "العدد <n> - <weekday> <date>": the print issue's date, not a photo caption's
    stamp = "العدد 13208 - الثلاثاء 16 سبتمبر 2025"
    text = "\n".join(["الرئيسية", "محليات", "تراجع أسعار الخردة يضغط على تجار المدينة", "كتب - علي حسن", P1, P2, P3, stamp, "شارك"])
    doc = arclean.parse(text)
    assert doc.metadata.published == datetime(2025, 9, 16).date()
    assert doc.body == "\n".join([P1, P2, P3])


@pytest.mark.parametrize("order", [0, 1])
def test_a_gregorian_date_and_its_hijri_twin_on_two_lines_are_one_day_not_a_date_and_its_update(order: int) -> None:
    # "2024/10/07" and "3 ربيع الآخر 1446 هـ" (the Umm al-Qura reckoning puts it on the 6th): the
    # Gregorian day is the publication, and there is no update
    twins = ["2024/10/07", "3 ربيع الآخر 1446 هـ"][:: 1 if order == 0 else -1]
    text = "\n".join(["الرئيسية", "الأخبار", "توزيع ستة آلاف طن من الشعير العلفي على مربي الماشية", *twins, P1, P2, P3])
    doc = arclean.parse(text)
    assert (str(doc.metadata.published), doc.metadata.updated) == ("2024-10-07", None)


def test_a_headline_printed_again_word_by_word_is_dup_and_the_headline_is_the_title() -> None:
    title = "البورصة المصرية تربح مليار جنيه"
    text = "\n".join(["الرئيسية", title, *title.split()[:4], "2 أبريل 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert rule_of(text, "تربح")[1:] == ("dup", "repeat.headline_words")
    assert doc.body == f"{P1}\n{P2}"


def test_a_ticker_block_gives_back_the_story_header_above_its_date() -> None:
    title = "افتتاح أول محطة لتحلية المياه بالطاقة الشمسية"
    ticker = ["10:42 انطلاق بطولة التنس الدولية بمشاركة 32 لاعبا", "10:15 وزارة الصحة تطلق حملة التطعيم"]
    text = "\n".join(["الرئيسية", "آخر الأخبار", *ticker, title, "المنامة - منى الخاجة", "2 ديسمبر 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert str(doc.metadata.published) == "2024-12-02"
    assert rule_of(text, ticker[1])[1] == "related"


@pytest.mark.parametrize(
    "head",
    [
        # the writer's name and the city each on a line between the headline and the date,
        # then the reading time and the share buttons on one line
        ["سلمى الجبوري", "كركوك", "السبت ٩ تشرين الثاني ٢٠٢٤ - ١:٤٠ ص", "٤ دقائق قراءة", "فيسبوك تيليغرام نسخ الرابط"],
        # the same fields glued on one line by a dumper, the reading time last
        ["سلمى الجبوري كركوك السبت ٩ تشرين الثاني ٢٠٢٤ - ١:٤٠ ص ٤ دقائق قراءة", "فيسبوك تيليغرام نسخ الرابط"],
    ],
)
def test_a_latest_news_block_gives_back_the_story_header_under_the_writer_and_the_tools(head: List[str]) -> None:
    title = "بدء أعمال ترميم السوق القديم وسط المدينة بعد توقف دام عامين"
    ticker = ["وزارة النفط تعلن متوسط الصادرات اليومية لشهر تشرين الأول", "الأمانة تعلن الاستنفار لتصريف مياه الأمطار"]
    text = "\n".join(["آخر الأخبار", *ticker, "/", "محليات", title, *head, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert str(doc.metadata.published) == "2024-11-09 01:40:00"
    assert rule_of(text, ticker[1])[1] == "related"
    assert rule_of(text, "فيسبوك تيليغرام نسخ الرابط")[1] == "share"
    assert doc.body == f"{P1}\n{P2}"


def test_keyword_soup_has_no_article_but_a_focused_article_repeating_its_subject_does() -> None:
    soup = [
        "مكيف سبليت انفرتر, سعر مكيف شارب, مكيف جري 2 طن, ارخص مكيف في السعودية, مكيف سبليت حار بارد, مكيفات مستعملة",
        "سعر مكيف سبليت 24 الف وحدة ... مكيف سبليت جري ... مكيف ال جي انفرتر ... افضل مكيف سبليت ... عروض مكيفات اليوم .",
        "مكيفات شباك, مكيفات صحراوية, مكيفات مركزية, مكيفات سبليت, قطع غيار مكيفات, صيانة مكيفات, تركيب مكيفات",
    ]
    assert arclean.clean("\n".join(["الرئيسية", "المنتجات", *soup, "تواصل معنا"])) == ""
    focused = [
        "يساعد الزنجبيل على تسريع إفراغ المعدة ويخفف الانتفاخ والغثيان بعد الوجبات الثقيلة.",
        "يحتوي الزنجبيل على مركبات مضادة للأكسدة تدعم جهاز المناعة في مواجهة نزلات البرد.",
        "تشير دراسات إلى أن الزنجبيل قد يخفف آلام المفاصل لدى المصابين بالتهاب المفاصل.",
        "قد يسبب الإفراط في تناول الزنجبيل حرقة في المعدة لدى بعض الأشخاص وتفاعلا مع الأدوية.",
    ]
    assert arclean.clean("\n".join(focused)) == "\n".join(focused)


def test_prose_above_the_story_header_is_not_the_story() -> None:
    ticker = "صور هكذا صلى الناس وافطروا في الطرقات وزير الزراعة نعمل على تطوير السياسات الزراعية الملك يتواصل مع كوادر المستشفيات قبيل الإفطار تسجيل ست وفيات جديدة الإفتاء فحص كورونا لا يبطل الصيام والمزيد من الأخبار العاجلة اليوم"
    title = "خمسون ألف وفاة بسبب الفيروس في الولايات المتحدة"
    text = "\n".join(["آخر الأخبار", ticker, "عربي ودولي", title, "تم نشره الجمعة 24 أبريل 2020 09:22 مساءً", P1, P2, "شارك هذا الخبر"])
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}"
    assert doc.metadata.title == title


def test_a_share_bar_between_the_header_and_the_story_keeps_the_story_anchored() -> None:
    teaser_date_story = ["اقرأ أيضاً", "المدير الفني يعلن هدف الموسم", "25 ديسمبر 2020", P3]
    text = "\n".join(["عنوان الخبر الرئيسي اليوم", "25 ديسمبر 2020", "شارك", "تويتر", P1, P2, *teaser_date_story, "تاجز: يسرا"])
    doc = arclean.parse(text)
    assert doc.metadata.title == "عنوان الخبر الرئيسي اليوم"
    assert doc.body.startswith(f"{P1}\n{P2}")


def test_other_headlines_with_glued_dates_after_the_story_are_related() -> None:
    heads = [
        "رئيس الوزراء يتابع موقف المشروعات في المحافظات الأحد، 10 مارس 2024 11:00 ص",
        "ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء السبت، 09 مارس 2024 08:15 م",
        "وزير التموين يعلن ضوابط صرف الخبز المدعم خلال شهر رمضان",
        "انقطاع المياه عن 5 مناطق غدا لمدة 12 ساعة الجمعة، 08 مارس 2024",
    ]
    text = "\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 10 مارس 2024", P1, P2, *heads, "مشاركة"])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, heads[0])[1:] == ("related", "structure.dated_headlines")
    assert rule_of(text, heads[2])[1:] == ("related", "structure.dated_headlines")  # one undated among them


def test_the_storys_own_date_line_under_a_ticker_of_dated_headlines_is_its_header() -> None:
    # "عاجل :" two headlines with their dates glued, then the story's headline and its own date
    # line (opening with its weekday): the ticker ends at the story's headline
    head = "انطلاق دورة تكوينية لصالح أربعين من القابلات التقليديات بالولاية"
    text = "\n".join(["الرئيسية", "أخبار الولاية", "وطنية", "خبر عاجل :",
                      "الوالي يشرف على توزيع الأعلاف المدعومة في المقاطعة - 07/10/2024",
                      "تساقطات مطرية معتبرة على المدينة وضواحيها - 06/10/2024",
                      head, "الأربعاء 5 ربيع الآخر 1446هـ الموافق 9 أكتوبر 2024 - 12:41", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)[:10]) == (head, "2024-10-09")
    assert rule_of(text, "تساقطات مطرية معتبرة على المدينة وضواحيها - 06/10/2024")[0] == "boilerplate"


def test_a_story_sentence_ending_on_a_year_is_not_a_dated_headline() -> None:
    lines = [P1, "وقالت الوزارة إن المشروع سيكتمل بحلول عام 2026", P2]
    assert arclean.clean("\n".join(lines)) == "\n".join(lines)


def test_other_recipes_each_with_its_byline_are_related() -> None:
    others = [
        "كبسة اللحم على الطريقة السعودية", "طبق أرز غني بالبهارات يحضر مع قطع اللحم الطرية والصنوبر المحمص.", "بواسطة: الشيف منيرة",
        "كنافة بالقشطة سهلة في الفرن", "كنافة ذهبية مقرمشة بحشوة قشطة كريمية تحضر في نصف ساعة وتناسب السهرات.", "بواسطة: الشيف ريم",
        "شوربة العدس الأصفر بالكمون", "شوربة دافئة ومغذية تحضر بمكونات بسيطة موجودة في كل بيت وتقدم مع الخبز.", "بواسطة: الشيف هالة",
    ]
    text = "\n".join(["طريقة عمل المقلوبة بالدجاج", "بواسطة: الشيف ريم", P1, P2, *others, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == f"{P1}\n{P2}"


def test_a_tag_cloud_under_the_story_is_tags_and_a_menu_is_not() -> None:
    tags = ["وزارة الصحة", "المستشفيات الجديدة", "المحافظات الجنوبية"]  # words of the story
    doc = arclean.parse("\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 3 مارس 2024", P1, P2, *tags, "مشاركة"]))
    assert doc.metadata.tags == tuple(tags)
    assert {s.rule for s in doc.segments if s.kind == "tags"} == {"structure.tag_cloud"}
    menu = ["رياضة", "اقتصاد", "فن وثقافة"]  # short lines that the story does not speak of
    doc = arclean.parse("\n".join(["عنوان الخبر الرئيسي اليوم", "نشر في: 3 مارس 2024", P1, P2, *menu, "مشاركة"]))
    assert doc.metadata.tags == ()


@pytest.mark.parametrize(
    "byline, author",
    [("متابعة/ نورالهدي عطية", "نورالهدي عطية"), ("أ. عبد الرحمن ديدوح", "أ. عبد الرحمن ديدوح")],
)
def test_a_byline_over_an_extracted_story_is_its_author(byline: str, author: str) -> None:
    doc = arclean.parse("\n".join([byline, P1, P2]))
    assert doc.metadata.author == author
    assert doc.metadata.title is None
    assert doc.body == f"{P1}\n{P2}"


def test_an_outlet_and_place_over_a_story_is_not_its_title() -> None:
    doc = arclean.parse("\n".join(["راديو الآن دبي - الإمارات العربية المتحدة", P1, P2]))
    assert doc.metadata.title is None


def test_a_syndication_credit_is_the_source_but_customer_service_is_not() -> None:
    doc = arclean.parse("\n".join([P1, P2, "* خدمة «نيويورك تايمز»", "شارك"]))
    assert doc.metadata.source == "خدمة «نيويورك تايمز»"
    assert doc.body == f"{P1}\n{P2}"
    assert arclean.rules.syndication_credit("خدمة العملاء متاحة على مدار الساعة") is None


def test_an_arabic_page_whose_only_prose_is_english_chrome_has_no_article() -> None:
    text = "\n".join([
        "الرئيسية", "أخبار", "اتصل بنا", "من نحن", "الأرشيف",
        "About us  Buy local ------------- Buy USA Buy Canada Buy U.K.  Advertising  Privacy  Contact us",
        "جميع الحقوق محفوظة",
    ])
    assert arclean.clean(text) == ""
    # an English document is still an English document, even under an Arabic footer
    english = "The ministry opened three new hospitals in the south today. They will serve the villages."
    assert arclean.clean(english) == english
    page = "\n".join(["Home", "News", "Health", "Sport", english, english.replace("three", "four"), "جميع الحقوق محفوظة"])
    assert arclean.clean(page) != ""


def test_a_list_the_story_introduces_with_a_colon_is_the_story() -> None:
    items = ["سلة غير لاصقة قابلة للغسل", "إيقاف تلقائي عند انتهاء الوقت", "قدرة 1700 واط"]
    text = "\n".join([P1, P2, "المميزات:", *items, "أسئلة وأجوبة العملاء", "هل يوجد ضمان؟"])
    assert arclean.clean(text) == "\n".join([P1, P2, "المميزات:", *items])
    assert rule_of(text, items[0])[2] == "structure.colon_list"
    # without the colon, short lines under the story are not its list
    plain = "\n".join([P1, P2, "المميزات", *items, "جميع الحقوق محفوظة"])
    assert arclean.clean(plain) == f"{P1}\n{P2}"


def test_shop_returns_and_delivery_sentences_are_policy_text() -> None:
    policy_lines = [
        "يتم توصيل الطلبات داخل القاهرة والجيزة خلال يومين، وباقي المحافظات خلال خمسة أيام عمل من تاريخ تأكيد الطلب.",
        "يمكنك استرجاع المنتج خلال أربعة عشر يوما من الاستلام بشرط أن يكون في عبوته الأصلية.",
    ]
    text = "\n".join(["سماعة لاسلكية بعزل الضوضاء", "أضف إلى العربة", P1, P2, "الشحن والاسترجاع", *policy_lines, "آراء العملاء"])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, policy_lines[1])[2] == "policy.terms"


def test_a_menu_leftover_with_latin_words_is_not_the_category() -> None:
    text = "\n".join(["الرئيسية", "سياسة", "الرئيسية featured", "عنوان الخبر الرئيسي اليوم", "نشر في: 3 مارس 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == "عنوان الخبر الرئيسي اليوم"
    assert doc.metadata.category is None
    # an Arabic section name right under the menu is
    text = "\n".join(["سياسة", "الرئيسية", "شؤون محلية", "عنوان الخبر الرئيسي اليوم", "نشر في: 3 مارس 2024", P1, P2])
    assert arclean.parse(text).metadata.category == "شؤون محلية"


CAR_NEWS = [
    ("بدء فعاليات معرض الشرق الأوسط للسيارات المعدلة في دبي منتصف مارس",
     "من المقرر أن تبدأ فعاليات الدورة الثالثة من معرض السيارات المعدلة بمشاركة عشرات العارضين من المنطقة."),
    ("شركة محلية تعلن تسليم دفعة جديدة من السيارات الكهربائية للهيئة",
     "سلمت الشركة دفعة من السيارات الكهربائية الجديدة إلى الهيئة العامة للنقل ضمن عقد يمتد ثلاث سنوات."),
    ("نمو مبيعات السيارات الألمانية في المنطقة خلال الشهر الماضي بنسبة كبيرة",
     "سجلت مبيعات السيارات الألمانية في أسواق المنطقة ارتفاعا ملحوظا مقارنة بالفترة نفسها من العام الماضي."),
    ("البحرين تعتزم إطلاق أول سيارة كهربائية محلية الصنع نهاية العام الجاري",
     "أعلن معهد التدريب عن عزمه تدشين أول سيارة تعمل بالطاقة الكهربائية من تصميم طلابه وتصنيعهم."),
]


def test_a_section_page_of_one_subject_is_a_listing_when_its_headlines_read_as_news() -> None:
    # every headline names cars (one subject), but they are long news headlines, not sub-headings
    ad = ["التقط أروع اللحظات. شارك أحلى القصص.", "وقعت عيناك على مشهد تريد تصويره؟ التقط الصورة بجهازك الجديد واحفظها للأبد."]
    text = "\n".join([x for pair in CAR_NEWS for x in pair] + ad + ["أخبار السيارات", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, ad[1])[2] == "structure.teaser_pairs"  # the list's leftover item


def test_an_faq_of_questions_keeps_its_answers() -> None:
    faq = [
        ("هل يفيد زيت الخس في علاج الأرق عند كبار السن", "تشير دراسات محدودة إلى أن زيت الخس قد يساعد على النوم، لكن الأدلة ما زالت غير كافية."),
        ("هل توفر بذور الخس فوائد صحية مثبتة للجسم", "تستخدم بذور الخس في استخراج الزيت، ولا توجد دراسات كافية تثبت فوائدها الصحية المباشرة."),
        ("ما هي فوائد عصير الخس الطازج للبشرة والشعر", "يضيف البعض الخس إلى العصائر لقيمته الغذائية، وهو غني بالماء والفيتامينات المفيدة للبشرة."),
        ("كيف يمكن حفظ أوراق الخس طازجة لمدة أطول", "تحفظ أوراق الخس في الثلاجة ملفوفة بمنشفة ورقية داخل كيس محكم لتبقى طازجة عدة أيام."),
    ]
    lines = [x for pair in faq for x in pair]
    doc = arclean.parse("\n".join(["أسئلة شائعة حول الخس وفوائده", *lines]))
    # long question headings: an FAQ, not a list of other stories
    assert doc.body.split("\n")[-len(lines):] == lines
    assert not any(s.rule == "structure.teaser_pairs" for s in doc.segments)


def test_the_last_row_of_a_spec_table_is_not_the_title() -> None:
    specs = ["نموذج: PCD", "شهادة: CE, ISO 9001", "مكان المنشأ: الصين", "ميناء: Qingdao Port"]
    text = "\n".join(["الرئيسية", "المنتجات", *specs, P1, P2])
    assert arclean.parse(text).metadata.title is None


def test_a_numbered_table_of_contents_runs_to_its_end_and_the_title_above_it_is_found() -> None:
    toc = ["محتويات", "* ١ فوائد الخس", "+ ١.١ العناصر الغذائية والفيتامينات والأملاح المعدنية في الخس", "+ ١.٢ فوائد الخس للحامل", "* ٢ أضرار الخس"]
    text = "\n".join(["الرئيسية", "تغذية", "ما هي فوائد الخس", "تمت الكتابة بواسطة: هايل الجاز", *toc, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == "ما هي فوائد الخس"
    assert rule_of(text, toc[2])[2] == "block.lexicon.exact:محتويات"
    assert doc.body == f"{P1}\n{P2}"


def test_a_book_table_of_contents_with_page_numbers_is_other_boilerplate() -> None:
    toc = ["مقدمة الطبعة الثانية . 5", "المدخل . 9", "الفصل الأول : الاستدلال بالكتاب . 13",
           "المبحث الأول : معنى النداء في الآية", "التقريبات وجوابها . 16", "الفصل الثاني .... 21", "الخاتمة . 30"]
    text = "\n".join([P1, P2, *toc])
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}"
    assert rule_of(text, toc[1])[1:] == ("other", "structure.page_number_contents")
    assert rule_of(text, toc[3])[2] == "structure.page_number_contents"  # one line without its number
    # a story that cites a page in passing is not a table of contents
    cite = ["وقال الباحث إن النتائج منشورة في التقرير . 12", P3]
    assert arclean.clean("\n".join([P1, *cite])) == "\n".join([P1, *cite])


# --- byline and title odds and ends ----------------------------------------------------------


def test_similar_books_header_is_not_a_byline() -> None:
    # "كتب" opens a byline ("كتب: سامي الخطيب") and also means "books": "كتب مماثلة:" is a header
    text = "\n".join([*STORY, "كتب مماثلة:", "مقدمة في أنظمة التشغيل", "أساسيات الشبكات"])
    doc = arclean.parse(text)
    assert doc.metadata.author is None
    assert rule_of(text, "كتب مماثلة:")[:2] == ("boilerplate", "related")


def test_byline_label_with_punctuation_tokens_gives_the_name() -> None:
    text = "\n".join(["الكاتب : زياد العمري .", *STORY])
    assert arclean.parse(text).metadata.author == "زياد العمري"


def test_journal_citation_line_is_not_the_title() -> None:
    text = "\n".join(["مجلة الدراسات اللغوية Volume 7, Issue 2, Pages 471-484", "الكاتب : زياد العمري", *STORY])
    assert arclean.parse(text).metadata.title is None
    text = "\n".join(["النحو العربي بين القديم والحديث", "الكاتب : زياد العمري", *STORY])
    assert arclean.parse(text).metadata.title == "النحو العربي بين القديم والحديث"


# --- a ticker of quote headlines above the story ---------------------------------------------

QUOTE_TICKERS = [
    [  # one official's claims, then the project's operations room
        "مدير عام المشروع السيد سامي الخطيب: فرقنا أزالت منذ بداية العام 4500 لغم في المحافظات الجنوبية",
        "الخطيب: فرق المشروع طهرت حتى الآن 120 ألف متر مربع من الأراضي الزراعية",
        "الخطيب: الفرق الميدانية تعمل في ست محافظات رغم صعوبة التضاريس والأحوال الجوية",
        "غرفة عمليات المشروع: أكثر من 300 عبوة ناسفة نزعت خلال الأسبوع الماضي وحده",
        "غرفة عمليات المشروع: فرقنا تواصل عملها في المناطق الساحلية بعد تزايد البلاغات",
    ],
    [  # a ministry's statements, Gulf style
        "وزير الصحة: افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية خلال الربع المقبل",
        "وزير الصحة: نسبة الإشغال في المستشفيات الحكومية تراجعت إلى 70 في المئة",
        "المتحدث باسم الوزارة: حملة التطعيم الموسمية تبدأ مطلع الشهر المقبل في جميع المراكز",
        "وزير الصحة: برنامج جديد لتدريب الكوادر الطبية بالتعاون مع جامعات عالمية",
    ],
    [  # club and coach quotes, sports site
        "مدرب المنتخب: اللاعبون جاهزون لمواجهة الغد ونطمح إلى الفوز بالبطولة",
        "رئيس النادي: لا نية لبيع أي لاعب في فترة الانتقالات الشتوية المقبلة",
        "مدرب المنتخب: الإصابات أثرت على خياراتنا في المباريات الثلاث الأخيرة",
        "قائد الفريق: الجماهير كانت اللاعب رقم واحد في مباراة الأمس أمام المنافس",
    ],
]


@pytest.mark.parametrize("ticker", QUOTE_TICKERS)
def test_quote_headline_ticker_above_the_story_is_related(ticker: List[str]) -> None:
    text = "\n".join([*ticker, *STORY])
    assert arclean.clean(text) == "\n".join(STORY)
    assert rule_of(text, ticker[1]) == ("boilerplate", "related", "structure.quote_headlines")


@pytest.mark.parametrize(
    "quotes",
    [
        [  # a story's quotes end as sentences
            "وزير الصحة: سنفتتح ثلاثة مستشفيات جديدة في المنطقة الشرقية خلال الربع المقبل.",
            "وزير الصحة: تراجعت نسبة الإشغال في المستشفيات الحكومية إلى 70 في المئة.",
            "المتحدث باسم الوزارة: تبدأ حملة التطعيم الموسمية مطلع الشهر المقبل في جميع المراكز.",
            "وزير الصحة: أطلقنا برنامجا جديدا لتدريب الكوادر الطبية بالتعاون مع جامعات عالمية.",
        ],
        [  # an interview: questions and answers
            "المحاور: كيف ترى مستقبل القطاع الصحي في ظل التحديات الاقتصادية الحالية؟",
            "الوزير: نعمل على خطة طويلة المدى تعتمد على الشراكة مع القطاع الخاص",
            "المحاور: وماذا عن نقص الكوادر الطبية في المناطق البعيدة عن المدن؟",
            "الوزير: أطلقنا برنامجا للحوافز يشجع الأطباء على العمل في تلك المناطق",
        ],
        [  # four different speakers, no one quoted twice: a list inside the story
            "وزير الصحة: افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية خلال الربع المقبل",
            "وزير التعليم: بدء العام الدراسي الجديد في موعده المحدد دون أي تأجيل",
            "وزير النقل: تشغيل خط القطار الجديد بين المدينتين مطلع العام المقبل",
            "وزير المالية: الميزانية الجديدة تركز على الإنفاق الاجتماعي والبنية التحتية",
        ],
    ],
)
def test_quotes_inside_a_story_stay_body(quotes: List[str]) -> None:
    text = "\n".join([P1, *quotes, P2])
    assert all(rule_of(text, q)[2] != "structure.quote_headlines" for q in quotes)


# --- recipe and how-to sections ---------------------------------------------------------------

STEP = "نحضر مقلاة واسعة وندهنها بقليل من الزبدة ثم نضع كمية من الخليط على نار متوسطة ونتركها حتى يتماسك الوجه ويصبح لونها ذهبيا، ثم نقلبها على الجهة الأخرى."

RECIPES = [
    [  # Maghreb recipe site: no colons, ingredients with quantities, steps as short lines
        "مقادير كريب بالشوكولاتة",
        "1 كوب حليب",
        "2 بيضة",
        "3 ملاعق سكر",
        "1 كوب طحين",
        "طريقة التحضير",
        "نخلط البيض مع الحليب",
        "ثم نضيف السكر والطحين",
        STEP,
        "نقدم الكريب مع العسل",
        "وبالهناء والشفاء",
    ],
    [  # Gulf style: a sub-list for the sauce
        "المكونات",
        "نصف كيلو دجاج",
        "بصلة مفرومة",
        "للصلصة",
        "كوب لبن",
        "ملعقة طحينة",
        "الطريقة",
        STEP,
        "يقدم الطبق ساخنا مع الأرز",
    ],
    [  # a how-to: tools, then steps
        "الأدوات المطلوبة",
        "مفك براغي صغير",
        "قطعة قماش ناعمة",
        "الخطوات",
        "افصل الجهاز عن الكهرباء",
        STEP,
        "أعد تركيب الغطاء وشغل الجهاز",
    ],
]


@pytest.mark.parametrize("recipe", RECIPES)
def test_recipe_sections_next_to_the_body_are_body(recipe: List[str]) -> None:
    text = "\n".join(["الرئيسية", "وصفات", *recipe, "جميع الحقوق محفوظة © 2024"])
    assert arclean.clean(text) == "\n".join(recipe)
    assert rule_of(text, recipe[1])[2] == "structure.list_section"
    assert arclean.clean(arclean.clean(text)) == arclean.clean(text)


def test_other_recipes_titles_are_not_a_section() -> None:
    # "طريقة عمل ..." opens other recipes' titles: headers with no items under them
    others = ["طريقة عمل الكنافة بالقشطة", "طريقة عمل البسبوسة", "طريقة عمل الكيك بالشوكولاتة"]
    text = "\n".join(["الرئيسية", *others, *STORY])
    assert arclean.clean(text) == "\n".join(STORY)
    assert all(rule_of(text, o)[2] != "structure.list_section" for o in others)


def test_sentence_sign_test_matches_its_table() -> None:
    # the or-chain in _sentence_signs spells out _NOT_IN_HEADLINE; they must agree
    from arclean import structure

    for sign in structure._NOT_IN_HEADLINE:
        assert structure._sentence_signs(f"عنوان {sign} آخر")
    assert not structure._sentence_signs("عنوان الخبر هنا: تفاصيل أخرى 5.8%")


@pytest.mark.parametrize("para", [
    "وی افزود که این طرح از ماه آینده در همه استان‌های کشور اجرا خواهد شد و بودجه آن تامین شده است.",
    "انہوں نے کہا کہ یہ منصوبہ اگلے ماہ سے ملک کے تمام صوبوں میں نافذ کیا جائے گا اور اس کا بجٹ منظور ہو چکا ہے۔",
])
def test_a_persian_or_urdu_paragraph_after_a_read_also_block_goes_on_with_the_story(para: str) -> None:
    # reported speech going on ("وی افزود", "انہوں نے کہا") ties the paragraph to the story above
    head = ["عنوان الخبر الرئيسي اليوم", "نشر في: 12 مارس 2024", P1, P2, "اقرأ أيضا"]
    assert arclean.clean("\n".join([*head, para, "شارك"])) == f"{P1}\n{P2}\n{para}"


def test_headlines_dated_in_persian_digits_under_the_story_are_other_stories() -> None:
    # the dated-headline check reads years in Persian digits ("۱۴۰۳") as in Arabic-Indic ones
    story = [
        "رئیس سازمان برنامه و بودجه روز شنبه لایحه بودجه سال آینده را به رئیس مجلس تحویل داد و گفت که این لایحه با هدف کاهش کسری تنظیم شده است.",
        "به گزارش خبرنگار ما، این لایحه شامل افزایش اعتبارات عمرانی و کاهش هزینه‌های جاری دستگاه‌های دولتی است.",
    ]
    listed = ["بارش برف در جاده‌های شمال کشور ادامه دارد ۱۵ آذر ۱۴۰۳", "قیمت طلا در بازار امروز کاهش یافت ۱۵ آذر ۱۴۰۳",
              "افتتاح نمایشگاه کتاب در تهران ۱۴ آذر ۱۴۰۳"]
    doc = arclean.parse("\n".join(["دولت بودجه سال آینده را به مجلس تقدیم کرد", "شنبه ۱۵ آذر ۱۴۰۳", *story, *listed]))
    assert doc.body == "\n".join(story)
    assert [s.rule for s in doc.segments if s.kind == "related"] == ["structure.dated_headlines"] * 3


# --- cases found by probe pages of unseen house styles ----------------------------------------


@pytest.mark.parametrize(
    "line, kind",
    [
        ("4 تعليقات", "share"),  # a comment count: the share row's
        ("1.2K مشاهدة", "other"),  # the article's view count
        ("٥٥ حلقات", "nav"),  # a series' episode count, Arabic-Indic digits
        ("۴ نظر", "share"),  # Persian digits and noun
        ("۴.۲ زره کتنې", "other"),  # Pashto: "4.2 thousand views"
        ("12 ہزار ویوز", "other"),  # Urdu: "12 thousand views"
    ],
)
def test_a_counter_alone_on_a_line_is_not_body(line: str, kind: str) -> None:
    text = "\n".join([P1, P2, line])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, line)[1:] == (kind, "shape.counter")


@pytest.mark.parametrize(
    "line, kind",
    [
        ("الزيارات: 320", "other"),  # the noun as a label, with its article
        ("عدد المشاركات: 7", "share"),  # "number of" before it
        ("الإعجابات: 1.2K", "share"),
        ("تعداد بازدید: ۱۸۵۴۲", "other"),  # Persian, Persian digits
        ("قراءات: 1,250", "other"),
    ],
)
def test_a_labelled_counter_is_not_body(line: str, kind: str) -> None:
    text = "\n".join([P1, P2, line])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, line)[1:] == (kind, "shape.counter")


@pytest.mark.parametrize("line", ["المادة: 12", "الهدف: 2", "عدد السكان: 4500"])
def test_a_label_and_a_number_that_count_nothing_stay_body(line: str) -> None:
    text = "\n".join([P1, line, P2])
    assert arclean.clean(text) == text


def test_a_number_and_a_word_that_counts_nothing_stays_body() -> None:
    text = "\n".join([P1, "3 أهداف", P2])
    assert arclean.clean(text) == text


@pytest.mark.parametrize("dateline", ["إربد 12 أيار (بترا) -", "عمان (بترا) -", "القاهرة - أ ش أ"])
def test_an_agency_dateline_first_is_no_title(dateline: str) -> None:
    text = "\n".join([dateline, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title is None
    assert doc.body == f"{P1}\n{P2}"


def test_a_dateline_line_under_an_extracted_headline_leaves_the_title_found() -> None:
    title = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة في المحافظات"
    text = "\n".join([title, "مسقط - العمانية", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.dateline == "مسقط - العمانية"
    assert doc.body == f"{P1}\n{P2}"


def test_a_two_dot_headline_over_a_lede_opening_with_fi_is_the_title() -> None:
    title = "في حلب القديمة.. حرفيو الصابون يقاومون الغلاء وانقطاع الكهرباء"
    lede = "في ورشة صغيرة قرب سوق المدينة، يقف رجل أمام قدر نحاسي كبير يحرك زيت الزيتون وزيت الغار منذ الفجر."
    doc = arclean.parse("\n".join([title, lede, P2]))
    assert doc.metadata.title == title
    assert doc.body == f"{lede}\n{P2}"


def test_other_stories_headlines_left_under_an_extracted_article_are_related() -> None:
    tail = ["ارتفاع أسعار المحروقات في الأردن لشهر حزيران", "الحكومة تقر نظام العمل المرن في القطاع العام"]
    text = "\n".join([P1, P2, *tail])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, tail[1])[1:] == ("related", "structure.trailing_headlines")


def test_one_line_under_the_last_paragraph_may_be_its_caption_and_stays() -> None:
    text = "\n".join([P1, P2, "جانب من افتتاح المستشفى الجديد في العاصمة"])
    assert arclean.clean(text) == text


def test_a_latest_news_block_over_the_story_gives_back_headline_date_and_dateline() -> None:
    title = "انطلاق حملة وطنية للتلقيح ضد الحصبة في ولايتي الحوضين"
    text = "\n".join([
        "الرئيسية", "آخر الأخبار", "الحكومة تصادق على مشروع قانون المالية المعدل",
        "انطلاق حملة تسجيل الحجاج في الولايات الداخلية", title, "2025-11-09 10:30", "نواكشوط – الأخبار", P1, P2,
    ])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.published == datetime(2025, 11, 9, 10, 30)
    assert doc.metadata.dateline == "نواكشوط – الأخبار"


def test_a_timetable_in_the_story_stays_body_and_gives_no_date() -> None:
    items = ["- بدء تقديم الامتحانات: السبت 21 حزيران 2025", "- انتهاء الامتحانات: الخميس 10 تموز 2025", "- إعلان النتائج: الأحد 3 آب 2025"]
    intro = "وقال الناطق الإعلامي باسم الوزارة إن الامتحانات ستعقد وفق المواعيد التالية:"
    text = "\n".join([P1, intro, *items, P2])
    doc = arclean.parse(text)
    assert doc.body == text
    assert doc.metadata.published is None


def test_a_listicle_under_its_dated_headline_is_the_article_not_teasers() -> None:
    # headline, date, lede, then a short sub-heading over each paragraph (each on its own
    # subject): only the first item has a date, so the pairs are the story's sections
    sections = [
        ("المشي نصف ساعة يوميا", "يساعد المشي المنتظم على خفض ضغط الدم وتحسين مستوى الكوليسترول، ولا يشترط أن يكون سريعا."),
        ("تقليل الملح في الطعام", "يرتبط الإفراط في تناول الملح بارتفاع ضغط الدم، وينصح الأطباء بألا تتجاوز الكمية ملعقة صغيرة."),
        ("النوم سبع ساعات على الأقل", "تشير دراسات عديدة إلى أن قلة النوم المزمنة ترفع خطر الإصابة بأمراض القلب، لذلك يوصى بالانتظام."),
        ("الابتعاد عن التدخين", "يبدأ القلب في التعافي خلال أسابيع من الإقلاع عن التدخين، وينخفض خطر الإصابة بالنوبات تدريجيا."),
    ]
    lede = "يؤكد أطباء القلب أن كثيرا من حالات أمراض القلب يمكن الوقاية منها عبر تغييرات بسيطة في نمط الحياة اليومي."
    body = [lede, *[x for pair in sections for x in pair]]
    text = "\n".join(["الرئيسية", "أمراض", "خمس عادات يومية تحمي قلبك من الأمراض", "18 سبتمبر 2024", *body, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(body)
    assert doc.metadata.title == "خمس عادات يومية تحمي قلبك من الأمراض"


def test_a_page_of_headlines_alone_has_no_article_even_with_a_decimal_point() -> None:
    # "9.2" is a number's point, not a sentence's: a headline holding it is no prose line
    heads = [
        "رئيس الوزراء يستقبل وفدا من رجال الأعمال الأوروبيين", "ارتفاع أسعار الذهب إلى أعلى مستوى في ثلاثة أشهر",
        "الأرصاد تحذر من موجة حارة تبدأ نهاية الأسبوع", "افتتاح معرض الكتاب الدولي بمشاركة 45 دولة",
        "وزارة الصحة تطلق حملة للتطعيم ضد الإنفلونزا الموسمية", "البنك المركزي يثبت أسعار الفائدة للمرة الرابعة",
        "تراجع معدل البطالة إلى 9.2 في المائة خلال الربع الثاني من العام", "انطلاق مهرجان المسرح العربي بعرض «الغريب»",
    ]
    assert arclean.clean("\n".join(heads)) == ""


def test_a_number_s_point_and_comma_are_not_sentence_punctuation() -> None:
    (a, b, c), _block = read_lines("ارتفع المؤشر إلى 9.2 نقطة اليوم\nبلغ العدد 1,240 زائرا\nقال الوزير. ثم غادر القاعة")
    assert (a.punct, b.punct, c.punct) == (0, 0, 1)


def test_a_table_of_figures_in_the_story_is_body_but_a_bar_menu_is_not() -> None:
    rows = ["المنتخب | لعب | فاز | تعادل | خسر | نقاط", "الأردن | 4 | 3 | 1 | 0 | 10", "العراق | 4 | 2 | 1 | 1 | 7", "عُمان | 4 | 1 | 1 | 2 | 4"]
    intro = "وجاء ترتيب المجموعة بعد الجولة الرابعة على النحو التالي:"
    text = "\n".join(["الرئيسية | رياضة | محليات | اتصل بنا", P1, intro, *rows, P2])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, intro, *rows, P2])
    assert rule_of(text, "الرئيسية | رياضة | محليات | اتصل بنا")[2] == "shape.separator_list"


def test_a_poem_quoted_at_the_end_of_a_culture_piece_is_body() -> None:
    lead_in = "ويقول الشاعر في قصيدة «الحصى» التي يفتتح بها الديوان:"
    verses = ["يا بحر هل تذكر الولد الذي كان", "يرمي إليك الحصى ويعود إلى البيت وحيدا", "كبرت وما زالت خطاي على الرمل",
              "تعود إليك كلما ضاقت بي المدن"]
    text = "\n".join([P1, P2, lead_in, *verses, "الوسوم", "شعر", "إصدارات", "شارك المقال", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, P2, lead_in, *verses])


def test_a_bare_byline_label_in_a_menu_gives_no_author() -> None:
    # "كتب" is also "books": over a one-word menu item it names no writer
    text = "\n".join(["ثقافة وفنون", "الرئيسية", "كتب", "مسرح", "سينما", "عنوان المقال عن ديوان جديد للشاعر", "بقلم: ريم الخطيب", "22 يناير 2025", P1, P2])
    assert arclean.parse(text).metadata.author == "ريم الخطيب"


def test_another_story_printed_whole_under_read_also_with_its_date_is_related() -> None:
    other = [
        "هددت نقابات التعليم بخوض إضراب وطني لمدة ثلاثة أيام الأسبوع المقبل، احتجاجا على تأخر صرف التعويضات.",
        "وقالت التنسيقية النقابية في بيان إن الحوار القطاعي وصل إلى الباب المسدود، بعد أن رفضت الوزارة مقترحاتها.",
        "من جهتها، أكدت الوزارة أن باب الحوار ما يزال مفتوحا، وأنها ستعقد لقاء جديدا مع النقابات قريبا.",
    ]
    text = "\n".join([
        "الرئيسية", "الحكومة تعلن رفع الحد الأدنى للأجور بنسبة 10 في المائة", "الخميس 17 أبريل 2025 - 18:40", P1, P2, P3,
        "اقرأ أيضا", "النقابات تهدد بالإضراب في قطاع التعليم", "الأربعاء 16 أبريل 2025 - 12:10", *other, "شارك",
    ])
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}\n{P3}"
    assert doc.metadata.published == datetime(2025, 4, 17, 18, 40)


def test_a_story_of_short_one_sentence_paragraphs_keeps_its_last_ones() -> None:
    # Egyptian crime briefs: one short sentence a line, three words for some
    story = [
        "تمكنت مباحث التموين بالجيزة من ضبط ثلاثة أطنان من الدقيق المدعم قبل بيعها في السوق السوداء.",
        "وتبين أن صاحب المخبز يتسلم حصته ويبيعها بأسعار مضاعفة.", "تم ضبط المتهم.", "وبمواجهته اعترف بالواقعة.",
        "تحرر محضر بالواقعة.", "وأخطرت النيابة العامة لتتولى التحقيق.", "كما تقرر التحفظ على المضبوطات.",
    ]
    text = "\n".join(["الرئيسية", "حوادث", "ضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء", "الأحد، 6 أكتوبر 2024 03:15 م", *story,
                      "الكلمات المفتاحية", "الجيزة", "دقيق مدعم", "اضف تعليق", "شارك"])
    assert arclean.clean(text) == "\n".join(story)


def test_a_dated_timeline_in_the_story_is_body_and_gives_no_date() -> None:
    timeline = ["3 آذار 2023: الحكومة تعلن خطة إصلاح شبكة المياه", "15 حزيران 2023: البرلمان يناقش الخطة في جلسة طارئة",
                "12 تشرين الثاني 2024: مجلس الوزراء يقر المشروع"]
    intro = "وفي ما يلي أبرز محطات المشروع منذ إطلاقه:"
    text = "\n".join([P1, intro, *timeline, P2])
    doc = arclean.parse(text)
    assert doc.body == text
    assert doc.metadata.published is None


SEARCH_RESULTS = {
    # headline ("بالجدول.. ", a question), snippet, date line under it
    "two dots and questions": [
        ("بالجدول.. الحد الأدنى للأجور في الدول العربية", "يختلف الحد الأدنى للأجور بين الدول العربية اختلافا كبيرا، سواء في قيمته أو في آلية تحديده.", "الخميس، 9 مايو 2024 09:00 م"),
        ("كيف تعرف إن كان راتبك أقل من الحد الأدنى للأجور؟", "نستعرض في هذا التقرير الخطوات التي يمكن أن يتبعها العامل للتأكد من حصوله على حقه.", "الأربعاء، 15 مايو 2024 02:10 م"),
        ("في عيد العمال.. مطالب بمراجعة دورية للأجور كل عام", "تزامنا مع الاحتفال بعيد العمال، طالب عدد من النواب بإقرار آلية تلزم الحكومة بالمراجعة.", "الأربعاء، 1 مايو 2024 04:00 م"),
        ("خبراء: زيادة الأجور وحدها لا تكفي لمواجهة الغلاء", "يرى خبراء اقتصاديون أن رفع الأجور يجب أن يترافق مع سياسات لضبط الأسواق وزيادة الإنتاج.", "السبت، 4 مايو 2024 06:50 م"),
    ],
    # "N. <headline>", "<section> · <date>", "... <snippet> ...": a list item's number is no full stop
    "numbered": [
        ("1. ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية", "نفط وطاقة · 14 أغسطس 2024", "... صعدت أسعار النفط في التعاملات الآسيوية اليوم بعد بيانات أظهرت انخفاض المخزونات ..."),
        ("2. برميل النفط الكويتي يرتفع 64 سنتا ليبلغ 83.10 دولار", "نفط وطاقة · 13 أغسطس 2024", "... وفقا للسعر المعلن من مؤسسة البترول، وتأثرت الأسعار العالمية بالتوترات ..."),
        ("3. وزير المالية: الموازنة تقوم على سعر تعادل 84 دولارا", "اقتصاد · 11 أغسطس 2024", "... أكد أن تقلبات أسعار النفط تفرض تسريع خطط تنويع مصادر الدخل العام ..."),
        ("4. أوبك+ تبقي على خطة تخفيض الإنتاج حتى نهاية الربع", "نفط وطاقة · 9 أغسطس 2024", "... في اجتماع افتراضي لمراقبة الأسواق، وسط توقعات باستقرار الأسعار خلال الأشهر ..."),
    ],
}


@pytest.mark.parametrize("style", sorted(SEARCH_RESULTS))
def test_a_search_results_page_has_no_article_title_or_date(style: str) -> None:
    rows = [x for r in SEARCH_RESULTS[style] for x in r]
    text = "\n".join(["الرئيسية / البحث", "نتائج البحث عن: الأجور", *rows, "الصفحة التالية", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None and doc.metadata.title is None


def test_a_byline_ending_with_the_date_gives_author_and_date() -> None:
    title = "الكهرباء تعلن إضافة 1200 ميغاواط إلى المنظومة الوطنية قبل الصيف"
    text = "\n".join(["الرئيسية", "اقتصادية", title, "كتب: حيدر الربيعي - 12 آذار 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.author == "حيدر الربيعي"
    assert doc.metadata.published is not None and doc.metadata.published.isoformat() == "2024-03-12"


def test_a_commenter_s_byline_with_a_date_under_the_story_gives_no_date() -> None:
    text = "\n".join(["الرئيسية", "عنوان الخبر عن افتتاح المستشفيات الجديدة في العاصمة", P1, P2, "التعليقات", "كتب: أبو محمد - 12 آذار 2024", "كلام جميل"])
    assert arclean.parse(text).metadata.published is None


def test_paragraphs_between_inline_read_also_links_and_an_embed_stay_the_story() -> None:
    paras = [P1, P2, P3, "وأكد المتحدث باسم الوزارة أن الفرق الميدانية ستواصل عملها حتى ساعات الليل، وأن الطرق ستفتح تباعا.",
             "ويأتي ذلك ضمن خطة أوسع لتحديث القطاع الصحي خلال العامين المقبلين، بتمويل من الموازنة العامة."]
    text = "\n".join([
        "الرئيسية", "عنوان الخبر عن افتتاح المستشفيات الجديدة في العاصمة", "الأربعاء 18 ديسمبر 2024",
        paras[0], paras[1], "اقرأ أيضا: الوزارة تعلن خطة جديدة للطوارئ", paras[2],
        "View this post on Instagram", "A post shared by Health Ministry (@health)", paras[3],
        "اقرأ أيضا: افتتاح مركز جديد لعلاج الأورام", paras[4], "شارك", "جميع الحقوق محفوظة",
    ])
    assert arclean.clean(text) == "\n".join(paras)


def test_a_columnist_s_bio_after_the_column_is_not_the_column() -> None:
    bio = "ناصر المري كاتب وصحفي متخصص في الشؤون الاقتصادية، ويعمل محررا في عدد من الصحف الخليجية منذ عشرين عاما."
    text = "\n".join(["الرئيسية", "مقالات", "عنوان المقال عن خطط الإصلاح الاقتصادي في المنطقة", "بقلم: ناصر المري", P1, P2, P3, bio, "شارك"])
    assert arclean.clean(text) == f"{P1}\n{P2}\n{P3}"
    assert rule_of(text, bio)[1:] == ("other", "structure.author_bio")


def test_a_closing_paragraph_naming_someone_else_stays() -> None:
    last = "محمد علي وزير الصحة أكد في ختام المؤتمر أن المستشفيات ستفتح أبوابها للمرضى مطلع الشهر المقبل."
    text = "\n".join(["الرئيسية", "عنوان الخبر عن افتتاح المستشفيات الجديدة في العاصمة", "بقلم: ناصر المري", P1, P2, last, "شارك"])
    assert arclean.clean(text) == f"{P1}\n{P2}\n{last}"


def test_a_news_code_a_reading_time_and_a_section_line_keep_the_header_together() -> None:
    # Persian agency and blog headers: the title and date over a news code, a byline, a
    # section line and a reading time, then the story
    lede = "استانداری تهران با توجه به تداوم آلودگی هوا، فعالیت مدارس و ادارات دولتی استان را در روز یکشنبه تعطیل اعلام کرد."
    more = "به گزارش خبرنگار ما، کارگروه اضطرار آلودگی هوای استان این تصمیم را پس از بررسی شاخص کیفیت هوا گرفت."
    title = "مدارس و ادارات تهران فردا به دلیل آلودگی هوا تعطیل شد"
    for under in (["کد خبر: ۸۴۷۳۲۱۵۶", "زمان مطالعه: ۳ دقیقه"], ["نوشته شده توسط نگار رحیمی", "دسته‌بندی: جامعه", "زمان مطالعه: ۶ دقیقه"]):
        text = "\n".join(["صفحه اصلی", "جامعه", "ورزشی", title, "شنبه ۸ دی ۱۴۰۳ - ۱۴:۲۰", *under, lede, more])
        doc = arclean.parse(text)
        assert (doc.metadata.title, doc.body) == (title, f"{lede}\n{more}"), under
        assert doc.metadata.published == datetime(2024, 12, 28, 14, 20), under


def test_search_spam_written_as_fluent_prose_has_no_article() -> None:
    phrase = "شركة تنظيف بالرياض"
    paras = [
        f"تعد {phrase} من أفضل شركات التنظيف في المملكة، فنحن {phrase} التي تقدم خدمات متكاملة، واختيارك {phrase} يضمن لك الراحة.",
        f"لماذا تختار {phrase}؟ لأن {phrase} تمتلك عمالة مدربة، كما أن {phrase} تستخدم أفضل المنظفات الآمنة على الأطفال.",
        f"تبدأ أسعار {phrase} من 150 ريالا فقط، وتحرص {phrase} على تقديم عروض دائمة، فتواصل مع {phrase} الآن لحجز موعدك.",
        f"{phrase} تخدم جميع الأحياء، و{phrase} متاحة على مدار الساعة، لذلك تعد {phrase} خيارك الأول في التنظيف والتعقيم.",
    ]
    text = "\n".join(["الرئيسية", "خدماتنا", "اتصل بنا", phrase, *paras, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""


def test_a_story_that_names_its_subject_often_is_still_an_article() -> None:
    subject = "وزارة الصحة"
    paras = [f"أعلنت {subject} اليوم عن خطة جديدة لتطوير المستشفيات الحكومية في جميع المحافظات خلال العامين المقبلين.",
             f"وقال المتحدث باسم {subject} إن الخطة تشمل تحديث الأجهزة الطبية وتدريب الكوادر على أحدث أساليب العلاج.",
             f"وأضاف أن {subject} خصصت ميزانية إضافية لتوفير الأدوية الأساسية، مشيرا إلى أن التنفيذ يبدأ الشهر المقبل.",
             "ويأتي ذلك بعد شكاوى متكررة من نقص الأسرة في أقسام الطوارئ خلال فصل الشتاء الماضي."]
    text = "\n".join(["الرئيسية", "صحة", "خطة جديدة لتطوير المستشفيات الحكومية", "الأحد 5 مايو 2024", *paras, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join(paras)


@pytest.mark.parametrize(
    "pager",
    [
        "1 2 3 4 5 ... 235 التالي",
        "١ ٢ ٣ ٤ التالي »",
        "«قبلی»   ۱   ۲   ۳   ۴   ۵   ...   ۴۸   «بعدی»",  # Persian, its words in quote marks
        "« پچھلا   1   2   3   ...   214   اگلا »",  # Urdu, opening with a mark
        "السابق | 1 | 2 | 3 | ... | 25 | التالي",  # its items parted by bars
    ],
)
def test_a_pager_is_navigation(pager: str) -> None:
    text = "\n".join([P1, P2, pager])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert rule_of(text, pager)[1:] == ("nav", "shape.pagination")


def test_three_numbers_that_do_not_rise_are_no_pager() -> None:
    from arclean.rules import pagination

    assert pagination("2024 10 15") is None and pagination("3 أهداف") is None


def test_terms_of_use_paragraphs_of_a_sign_up_page_are_policy_text() -> None:
    terms = [
        "يتحمل المستخدم مسؤولية الحفاظ على سرية بيانات الدخول الخاصة بحسابه، ويتعين عليه إبلاغنا فورا عند أي استخدام غير مصرح به.",
        "لا يجوز للمستخدم نسخ محتوى الدورات أو إعادة نشره أو بيعه بأي شكل من الأشكال دون الحصول على إذن كتابي مسبق.",
        "تحتفظ المنصة بحقها في تعديل هذه الشروط في أي وقت، وسيتم إخطار المستخدمين بالتغييرات عبر البريد.",
    ]
    text = "\n".join(["تسجيل الدخول", "البريد الإلكتروني", "كلمة المرور", "الشروط والأحكام", *terms, "جميع الحقوق محفوظة"])
    assert_policy_page(text, terms[2])


def test_a_bordered_table_in_the_story_is_body() -> None:
    rows = ["| البرنامج | الكلية | الحد الأدنى للمعدل | الرسوم السنوية |", "| الطب البشري | كلية الطب | 95% | 185,000 |",
            "| الصيدلة | كلية الصيدلة | 90% | 120,000 |", "| علوم البيانات | كلية الحاسبات | 80% | 90,000 |"]
    intro = "وجاءت أبرز البرامج والرسوم الدراسية على النحو التالي:"
    text = "\n".join(["| الرئيسية | أخبار | تعليم | اتصل بنا |", P1, intro, *rows, P2])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, intro, *rows, P2])
    assert rule_of(text, "| الرئيسية | أخبار | تعليم | اتصل بنا |")[2] == "shape.separator_list"


@pytest.mark.parametrize("line", ["النتائج 1 إلى 6 من 6", "عرض 1 - 10 من 2,341 إعلان", "صفحة 2 من 9"])
def test_an_item_or_page_counter_is_never_the_title(line: str) -> None:
    text = "\n".join(["الرئيسية", "المنتديات", line, "12-04-2023, 09:15 PM", P1, P2])
    assert arclean.parse(text).metadata.title is None


def test_a_greeting_opening_a_post_is_never_its_title() -> None:
    text = "\n".join(["السلام عليكم ورحمة الله وبركاته", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title is None and doc.body == text


SECTION_BLOCKS = [
    "محليات", "افتتاح مركز صحي جديد يخدم أكثر من 40 ألف نسمة", "10:45 ص", "البلدية تطلق حملة لتنظيف الشواطئ بمشاركة المتطوعين",
    "اقتصاد", "البورصة تغلق على ارتفاع طفيف بدعم من أسهم البنوك", "11:20 ص", "أسعار الذهب تواصل الصعود لليوم الثالث",
    "رياضة", "المنتخب الوطني يبدأ معسكره الإعدادي استعدادا للتصفيات", "نادي الشروق يتعاقد مع مدرب برتغالي لموسمين",
    "تكنولوجيا", "إطلاق أول قمر صناعي طلابي من صنع جامعة محلية", "02:40 م", "تطبيق حكومي جديد لتجديد رخص القيادة",
]


def test_a_front_page_of_sections_has_no_article_and_no_date() -> None:
    # the lead story's summary and a few more are the only prose: scraps between sections
    text = "\n".join(["الرئيسية", "محليات", "اقتصاد", "رياضة", "الخميس 14 مارس 2024",
                      "الحكومة تقر خطة شاملة لتطوير شبكة النقل العام في العاصمة",
                      "أقر مجلس الوزراء في جلسته الأسبوعية خطة وطنية لتطوير شبكة النقل العام تتضمن إنشاء خطوط جديدة.",
                      "منذ ساعتين", *SECTION_BLOCKS, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_story_with_sections_headlines_under_it_keeps_its_story() -> None:
    text = "\n".join(["الرئيسية", "عنوان الخبر عن افتتاح المستشفيات الجديدة في العاصمة", "الخميس 14 مارس 2024",
                      P1, P2, P3, *SECTION_BLOCKS, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == f"{P1}\n{P2}\n{P3}"


def test_one_event_of_a_calendar_gives_no_date_or_title() -> None:
    # a probe page: eight events, each a name, a date, a venue and a one-line description;
    # one description was read as a story under its event's date
    from pagefile import load_page
    from tsvdata import DATA

    probe = load_page(DATA.parent.parent / "benchmarks" / "probes" / "r5_odd" / "s05_events_calendar.txt")
    doc = arclean.parse(probe.text)
    assert doc.metadata.published is None
    assert doc.metadata.title is None


def test_a_line_after_an_inline_read_also_link_is_not_taken_into_it() -> None:
    # "اقرأ أيضا: <headline>" carries its own headline: the sub-heading under it is the story's
    sub = "أوضاع صعبة في مراكز الإيواء"
    text = "\n".join([P1, P2, "اقرأ أيضا: منظمات دولية تحذر من خطر المجاعة في 14 ولاية", sub, P3])
    assert arclean.clean(text) == "\n".join([P1, P2, sub, P3])


def test_a_byline_glued_before_a_labelled_date_still_dates_the_story() -> None:
    title = "وصول قافلة مساعدات إنسانية إلى مدينة الأبيض تحمل 40 شاحنة"
    text = "\n".join(["الرئيسية", "الشأن الإنساني", title, "الأبيض: عوضية عبد الرحمن نشر في: 26 سبتمبر 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.published is not None and doc.metadata.published.isoformat() == "2024-09-26"


def test_the_headline_under_the_date_and_view_count_is_the_title() -> None:
    # a date line, a view counter, then the headline right over the lede; a later short
    # paragraph opening with the headline's two first words is no sub-heading of it
    headline = "الفريق الأول يفوز على ضيفه في الدقيقة الأخيرة ويقترب من الصدارة"
    closing = "الفريق الأول رفع رصيده إلى ثمانية وثلاثين نقطة في المركز الثاني."
    text = "\n".join(["الرئيسية", "رياضة", "الخميس 6 فبراير 2025 - 23:10", "المشاهدات: 1520", headline, P1, P2, closing])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    # (the section word over the date is the category, the headline under the header the title)
    assert rule_of(text, headline)[2] == "zone.headline_under_header" and doc.metadata.category == "رياضة"
    assert doc.body == "\n".join([P1, P2, closing])


SHARE_BAR = ["A-", "A+", "مشاركة", "فيسبوك", "إكس", "واتساب", "طباعة"]
NEWSLETTER = [
    "هل تريد أن تبدأ يومك وأنت تعرف كل ما يهمك في المدينة؟ تصلك نشرتنا الصباحية في السادسة صباحا كل يوم مع أهم الأخبار المحلية والعالمية وحالة الطقس والطرق.",
    "وإلى جانب النشرة الصباحية يمكنك الاشتراك في نشرة الاقتصاد الأسبوعية التي تصدر كل يوم أحد وتضم تحليلات الأسواق وأسعار العملات والذهب وتوقعات الخبراء للأسبوع المقبل.",
]


def test_a_short_story_under_its_header_and_share_bar_beats_a_longer_pitch_under_a_teaser_date() -> None:
    # the story sits under its date through a share bar with buttons the lexicon does not
    # know ("A-", "A+", "إكس"); the newsletter pitch sits under another story's date, across
    # the block header between them: that bare date anchors nothing
    headline = "البلدية تطلق المرحلة الثانية من مبادرة تشجير الطريق الشمالي"
    text = "\n".join(
        ["الرئيسية", "محليات", headline, "الثلاثاء 18 نوفمبر 2025 - 09:40 م", *SHARE_BAR, P1, P2,
         "اقرأ أيضا", "بلدية الريان تبدأ صيانة حديقة المعراض قبل الشتاء", "17 نوفمبر 2025",
         "النشرة البريدية", *NEWSLETTER, "أدخل بريدك الإلكتروني", "اشترك"]
    )
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}"
    assert doc.metadata.title == headline
    assert doc.metadata.published == datetime(2025, 11, 18, 21, 40)


def test_one_word_lines_over_a_story_count_when_no_share_bar_holds_them() -> None:
    # a menu of one-word sections under a "كتب" (books) item: without a share bar between
    # them the menu words are counted, and the header anchor is not reached through them
    text = "\n".join(["كتب", "مسرح", "سينما", "ثقافة", "«ملح الذاكرة».. ديوان جديد يعيد البحر إلى القصيدة", "بقلم: ريم الخطيب", "22 يناير 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.title == "«ملح الذاكرة».. ديوان جديد يعيد البحر إلى القصيدة"


NUMBERED_SECTIONS = [
    ("1. ترخيص المشروع لدى الجهة المختصة", "تأكد أن المشروع حاصل على ترخيص ساري، وأن رقم الترخيص مكتوب في العقد وفي الإعلانات الرسمية للمطور."),
    ("2. حساب الضمان البنكي", "يجب أن تودع دفعاتك في حساب ضمان باسم المشروع لدى بنك محلي، لا في حساب المطور الشخصي أو شركته الأم."),
    ("3. سجل المطور السابق", "ابحث عن مشاريع المطور السابقة، وزر واحدا منها إن أمكن، واسأل السكان عن جودة التنفيذ ومواعيد التسليم."),
    ("4. جدول الدفعات وموعد التسليم", "اقرأ بند التأخير جيدا: هل ينص العقد على تعويض واضح إذا تأخر التسليم؟ وكيف تربط الدفعات بنسب الإنجاز؟"),
]


def test_numbered_sections_with_a_paragraph_each_are_the_story_not_teasers() -> None:
    # "1. ...", "2. ...": a listicle counts its sections in order; a teaser list of other
    # stories does not number its headlines over their summaries
    lede = "يتجه كثير من الأسر إلى شراء الشقق على الخارطة بسبب فارق السعر، لكن هذا الخيار يحمل مخاطر يمكن تجنبها بخطوات بسيطة."
    body = [lede, *[x for pair in NUMBERED_SECTIONS for x in pair]]
    text = "\n".join(["الرئيسية", "نصائح الشراء", "أربعة أمور تحقق منها قبل شراء شقة على الخارطة", "بقلم: فريق التحرير", *body, "جميع الحقوق محفوظة"])
    assert arclean.parse(text).body == "\n".join(body)
    # the same pairs numbered out of order are read as any other pairs would be
    assert structure._numbered_in_order(read_lines("\n".join(x for pair in NUMBERED_SECTIONS for x in pair))[0], [(0, 1), (2, 3), (4, 5), (6, 7)])
    shuffled = [NUMBERED_SECTIONS[i] for i in (0, 2, 1, 3)]
    assert not structure._numbered_in_order(read_lines("\n".join(x for pair in shuffled for x in pair))[0], [(0, 1), (2, 3), (4, 5), (6, 7)])


def test_a_table_of_contents_keeps_its_last_entry_when_the_story_prints_it_again() -> None:
    # the last entry of the contents box sits right over the lede; the story prints it again
    # as a sub-heading further down, so it is the box's, not a heading (nor the title)
    headline = "مراجعة الهاتف الجديد: كاميرا ممتازة وبطارية تخذلك في المساء"
    contents = ["محتويات المقال", "التصميم والشاشة", "الأداء", "الحكم النهائي"]
    body = [P1, "التصميم والشاشة", P2, "الأداء", P3, "الحكم النهائي", "هاتف مناسب لمن تهمه الكاميرا قبل كل شيء، لكن عمر البطارية يبقى نقطة ضعفه الكبرى."]
    text = "\n".join(["مراجعات", headline, "بواسطة: يوسف الحداد", "3 أكتوبر 2026", *contents, *body])
    doc = arclean.parse(text)
    assert [rule_of(text, line)[2] for line in contents[1:]] == ["block.lexicon.exact:محتويات المقال"] * 3
    assert doc.metadata.title == headline
    assert doc.body.startswith(P1)


def test_a_lead_in_over_an_embedded_post_is_the_storys() -> None:
    lead_in = "واحتفل النادي بالفوز عبر حسابه الرسمي على منصة إكس:"
    embed = ["ثلاث نقاط غالية شكرا لجماهيرنا الوفية اللي ما تركتنا لآخر دقيقة pic.twitter.com/Xy12abCD", "— نادي الساحل الرياضي (@sahel_club) January 24, 2026"]
    menu = ["الرئيسية", "محليات", "رياضة", "اقتصاد", "الساحل يقلب تأخره إلى فوز ثمين على ضيفه", "24/01/2026 - 10:15 م"]
    text = "\n".join([*menu, P1, P2, lead_in, *embed, P3, "مواضيع ذات صلة", "القادسية يكتفي بالتعادل أمام الفحيحيل", "جميع الحقوق محفوظة"])
    assert rule_of(text, lead_in) == ("body", "body", "structure.colon_list")
    assert arclean.clean(text) == "\n".join([P1, P2, lead_in, P3])


def test_persian_stamped_headlines_with_a_semicolon_a_date_and_a_lead_item_have_no_article() -> None:
    # a Persian "latest news" listing: headlines under their times; one joins its halves with
    # "؛", one holds a date of its own, and the first item is a lead sentence under its time
    items = [
        ("معاون وزیر: ارزش صادرات غیرنفتی کشور در شش ماهه نخست امسال به بیش از ۲۶ میلیارد دلار رسید و رشد داشته است.", "۱۸:۴۷"),
        ("بارش باران و کاهش دما در نیمه شمالی کشور از چهارشنبه", "۱۸:۳۹"),
        ("نشست مشترک کمیسیون\u200cهای اقتصادی و برنامه مجلس درباره لایحه بودجه", "۱۸:۳۱"),
        ("قرعه\u200cکشی مرحله گروهی لیگ نخبگان آسیا؛ رقبای نمایندگان ایران مشخص شدند", "۱۸:۲۰"),
        ("قیمت طلا و سکه امروز ۳۰ مهر ۱۴۰۳؛ سکه امامی به کانال ۴۸ میلیون برگشت", "۱۸:۰۴"),
        ("ثبت\u200cنام آزمون استخدامی آموزش و پرورش تمدید شد", "۱۷:۵۸"),
    ]
    text = "\n".join(["صفحه اصلی", "آرشیو اخبار", *[x for pair in items for x in pair], "درباره ما | تماس با ما"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert {rule_of(text, h)[2] for h, _t in items} == {"structure.stamped_headlines"}


CARDS = [
    ("پریاگ راج میں مہا کمبھ کا آغاز، پہلے دن لاکھوں عقیدت مندوں کی آمد", "13 جنوری 2025",
     "پریاگ راج: سنگم کے کنارے پیر سے مہا کمبھ میلے کا آغاز ہو گیا، انتظامیہ نے سکیورٹی کے سخت انتظامات کیے ہیں۔"),
    ("بہار: اردو اساتذہ کی بحالی کا عمل جلد شروع کرنے کا مطالبہ", "13 جنوری 2025",
     "پٹنہ: ریاست کے مختلف اضلاع میں اردو اساتذہ کی ہزاروں آسامیاں خالی ہیں جنہیں پُر کرنے کا مطالبہ کیا گیا ہے۔"),
    ("حیدرآباد: سنکرانتی کی تعطیلات کے سبب بس اسٹینڈز پر مسافروں کا ہجوم", "12 جنوری 2025",
     "حیدرآباد: تلنگانہ آر ٹی سی نے تہوار کے موقع پر اضافی بسیں چلانے کا اعلان کیا ہے تاکہ مسافروں کو سہولت ہو۔"),
]


def test_summaries_over_a_listings_read_more_links_are_no_article() -> None:
    # a category page of cards (headline, date, summary, "مزید پڑھیں"): the link under each
    # summary, printed three times, makes every summary a teaser's
    cards = [x for h, d, summary in CARDS for x in (h, d, summary, "مزید پڑھیں")]
    text = "\n".join(["ہوم", "قومی", "بین الاقوامی", "قومی خبریں", *cards, "ہمارے بارے میں | رابطہ کریں"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, CARDS[0][2])[1:] == ("related", "structure.read_more_items")


def test_one_read_more_link_under_a_story_leaves_it_the_article() -> None:
    text = "\n".join(["الرئيسية", "محليات", "عنوان الخبر الرئيسي اليوم", "12 مارس 2024", P1, P2, "اقرأ المزيد", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == f"{P1}\n{P2}"


def test_font_size_buttons_under_the_header_are_no_captions() -> None:
    headline = "البلدية تطلق المرحلة الثانية من مبادرة تشجير الطريق الشمالي"
    text = "\n".join(["الرئيسية", "محليات", headline, "الثلاثاء 18 نوفمبر 2025", "A-", "A+", P1, P2, "جميع الحقوق محفوظة"])
    assert rule_of(text, "A+")[0] == "boilerplate"
    assert arclean.clean(text) == f"{P1}\n{P2}"


def test_a_meta_bar_of_byline_dates_and_reading_time_gives_both_dates() -> None:
    # one line of fields split by "·": byline, publication date, update date, reading time
    headline = "سبع عادات يومية تساعدك على خفض ضغط الدم بشكل طبيعي"
    bar = "بقلم هبة المصري نُشر في 3 أكتوبر 2025 · آخر تحديث 12 نوفمبر 2025 · 6 دقائق للقراءة"
    text = "\n".join(["الرئيسية", "القلب والأوعية الدموية", headline, bar, P1, P2, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published == datetime(2025, 10, 3).date()
    assert doc.metadata.updated == datetime(2025, 11, 12).date()
    assert doc.body == f"{P1}\n{P2}"


def test_a_labelled_byline_opening_the_body_is_the_author() -> None:
    byline = "✔ تمت المراجعة الطبية بواسطة: د. عمر الخطيب، استشاري أمراض القلب"
    text = "\n".join(["الرئيسية", "صحة", "سبع عادات يومية تساعدك على خفض ضغط الدم", "3 أكتوبر 2025", byline, P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.author == "د. عمر الخطيب"  # (the role after the comma is no part of the name)
    assert [(s.kind, s.rule) for s in doc.segments if doc.source_text[s.start : s.end] == byline[: byline.index(":") + 1]] == [("other", "split.byline_label")]


def test_a_numbered_reference_list_under_its_header_is_not_body() -> None:
    refs = [
        "1. منظمة الصحة العالمية، صحيفة وقائع: ارتفاع ضغط الدم، 2023.",
        "2. American Heart Association. Managing Blood Pressure with a Heart-Healthy Diet. 2024.",
        "3. Mayo Clinic. 10 ways to control high blood pressure without medication. 2024.",
    ]
    text = "\n".join(["الرئيسية", "صحة", "عنوان المقال عن ضغط الدم", "3 أكتوبر 2025", P1, P2, P3, "المصادر", *refs, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert rule_of(text, refs[1])[1:] == ("other", "block.lexicon.exact:المصادر")


def test_a_contents_box_its_entries_again_as_headings_and_an_inline_read_also() -> None:
    # the contents box lists the sections; the first heading under the box starts the story's
    # sections (structure.contents_heading), and an inline read-also line with its headline,
    # between a paragraph and the next section's heading, does not end the story
    contents = ["محتويات المقال", *[h for h, _p in NUMBERED_SECTIONS]]
    inline = "اقرأ أيضا: دليلك الكامل إلى التمويل العقاري للمشترين الجدد"
    sections = [x for pair in NUMBERED_SECTIONS for x in pair]
    story = [*sections[:4], inline, *sections[4:]]
    text = "\n".join(["الرئيسية", "عقارات", "أربعة أمور تحقق منها قبل شراء شقة على الخارطة", "3 أكتوبر 2025", P1, *contents, *story, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, *sections])
    assert rule_of(text, inline)[1] == "related"


def test_a_section_header_naming_a_section_is_no_inline_read_also() -> None:
    # "المزيد من لبنان" heads the section's other stories: the story ends above it
    other = ["بلدية طرابلس تبدأ حملة لإزالة التعديات عن الأملاك العامة", "بدأت بلدية طرابلس حملة واسعة لإزالة المخالفات والتعديات على الأرصفة والأملاك العامة في الأسواق الداخلية، بمؤازرة القوى الأمنية."]
    text = "\n".join(["الرئيسية", "لبنان", "عنوان الخبر الرئيسي", "3 أيار 2024", P1, P2, P3, "المزيد من لبنان", *other, "حقوق النشر محفوظة 2024"])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])


def test_one_dated_summary_among_linked_cards_is_no_article() -> None:
    # a category page whose card headlines a structural hint took as links (parse_html): the
    # lead card's summary is the only free paragraph, one short text among many like it, each
    # under its own date
    cards = [
        ("الحكومة تقر الموازنة العامة بعجز متوقع", "الأحد 16 تشرين الثاني 2025", P1 + " " + P2),
        ("التضخم يتباطأ خلال تشرين الأول", "الأحد 16 تشرين الثاني 2025", "أظهرت بيانات دائرة الإحصاءات العامة تراجع معدل التضخم السنوي."),
        ("ارتفاع الاحتياطيات الأجنبية إلى مستوى قياسي", "السبت 15 تشرين الثاني 2025", "قال البنك المركزي إن احتياطياته بلغت مستوى قياسيا."),
        ("أسعار الذهب محليا تتراجع", "السبت 15 تشرين الثاني 2025", "انخفضت أسعار الذهب في السوق المحلية اليوم السبت."),
        ("الصادرات الوطنية ترتفع في تسعة أشهر", "الجمعة 14 تشرين الثاني 2025", "ارتفعت قيمة الصادرات الكلية خلال الأشهر التسعة الأولى."),
    ]
    lines = ["الرئيسية", "اقتصاد", *[x for card in cards for x in card], "جميع الحقوق محفوظة"]
    hints = ["nav", None, *[("related" if i % 3 == 0 else None) for i in range(3 * len(cards))], "footer"]
    doc = arclean.parse("\n".join(lines), hints=hints)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_match_card_between_the_header_and_the_story_hides_neither() -> None:
    # short free lines (score, scorers, status) between a labelled date line and the story:
    # the header above them is the story's; the byline before the publication label is split
    headline = "الفريق الأول يتجاوز ضيفه بثلاثية ويواصل مطاردة المتصدر"
    meta = "كتب: أحمد مجدي نُشر: 2025-11-16 22:47 آخر تحديث: 2025-11-16 23:05"
    card = ["الدوري - الجولة 13", "الفريق الأول 3 - 1 الضيف", "انتهت المباراة", "* عمر السيد 9'", "* كريم حمدي 41'", "* عمر السيد 76'", "تفاصيل المباراة"]
    text = "\n".join(["الرئيسية", "الدوري", headline, meta, *card, P1, P2, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published == datetime(2025, 11, 16, 22, 47)
    assert doc.metadata.updated == datetime(2025, 11, 16, 23, 5)
    assert doc.metadata.author == "أحمد مجدي"
    assert doc.body == f"{P1}\n{P2}"


def test_a_date_far_above_long_free_lines_is_not_the_storys() -> None:
    # the same gap of free lines, but longer ones (a ticker of headlines): the date up there is
    # the site's, and no header is read through them
    ticker = ["الحكومة تقر الموازنة العامة وتحيلها إلى مجلس النواب للمناقشة", "ارتفاع أسعار الذهب في الأسواق المحلية للمرة الثالثة هذا الأسبوع",
              "الأرصاد تحذر من موجة برد تبدأ نهاية الأسبوع في المناطق الشمالية", "افتتاح معرض الكتاب الدولي بمشاركة خمس وأربعين دولة عربية وأجنبية",
              "البنك المركزي يثبت أسعار الفائدة للمرة الرابعة على التوالي", "وزارة الصحة تطلق حملة للتطعيم ضد الإنفلونزا الموسمية"]
    text = "\n".join(["الرئيسية", "نُشر: 2025-11-16 22:47", *ticker, P1, P2, "جميع الحقوق محفوظة"])
    assert arclean.parse(text).metadata.published is None


def test_inline_pieces_printed_on_lines_of_their_own_join_their_paragraph() -> None:
    # BeautifulSoup's get_text("\n"): blocks set apart by blank lines, a paragraph's links on
    # lines of their own right against its text; the pieces at the story's edges are its own
    first = ["أعلنت", "مؤسسة كهرباء لبنان", "، في بيان مساء الجمعة، أن ساعات التغذية بالتيار الكهربائي سترتفع تدريجيا اعتبارا من مطلع الأسبوع المقبل."]
    # (the last paragraph's pieces end with no full stop: the run takes them in at its edge)
    last = ["وأوضحت المؤسسة، في البيان نفسه، أن الباخرة ستبدأ بتفريغ حمولتها في معملي", "دير عمار", "و", "الزهراني", "خلال الأيام المقبلة"]
    menu = [["الرئيسية"], ["محليات"], ["رياضة"], ["اقتصاد"], ["فنون"], ["صحة"], ["لبنان"]]
    blocks = [*menu, ["كهرباء لبنان: التغذية ترتفع إلى عشر ساعات يوميا"], ["السبت 15 تشرين الثاني 2025"],
              first, [P1], [P2], last, ["جميع الحقوق محفوظة"]]
    text = "\n\n\n".join("\n".join(b) for b in blocks)
    doc = arclean.parse(text)
    assert doc.body == "\n".join([*first, P1, P2, *last])
    assert rule_of(text, "الزهراني")[2] == "structure.block_glue"
    # the same lines printed one a line with no blank lines (a naive dump): no blocks to read
    flat = "\n".join(x for b in blocks for x in b)
    assert "الزهراني" not in arclean.clean(flat).split("\n")


def test_a_contact_page_under_its_heading_and_breadcrumb_has_no_article() -> None:
    prose = [
        "يسعد ديوان البلدية باستقبال استفساراتكم ومقترحاتكم وشكاويكم عبر القنوات المبينة أدناه، ونلتزم بالرد على كل رسالة خلال ثلاثة أيام عمل.",
        "للشكاوى المتعلقة بالنظافة العامة وتصريف مياه الأمطار والإنارة العامة يرجى التواصل مع مكتب الخدمات العامة مباشرة في أوقات الدوام.",
        "كما يمكن للمواطنين حضور اللقاء المفتوح مع عميد البلدية الذي يعقد في أول ثلاثاء من كل شهر بقاعة الاجتماعات في مقر الديوان.",
    ]
    text = "\n".join(["الرئيسية", "البلدية", "الأخبار", "اتصل بنا", "الرئيسية / اتصل بنا", "اتصل بنا", *prose, "الهاتف: 0915550142", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    # a story right under a menu whose last entry is the contact link, named nowhere else, stays
    story = "\n".join(["الرئيسية", "الأخبار", "اتصل بنا", P1, P2, P3])
    assert arclean.clean(story).startswith("\n".join([P1, P2, P3]))


def test_an_urdu_fatwa_page_its_number_issue_date_and_references() -> None:
    # the fatwa's number between the headline and the date is no author; "تاریخ اجراء" (date of
    # issue) labels the publication, Hijri first and Gregorian after with the era mark "ء"
    # (no source); the references and the related fatwas under the answer leave the body
    answer = [
        "سوال",
        "میں ایک دکان سے موبائل فون قسطوں پر خریدنا چاہتا ہوں۔ نقد قیمت ساٹھ ہزار روپے ہے جبکہ قسطوں پر پچھتر ہزار روپے ہے، کیا یہ جائز ہے؟",
        "جواب",
        "واضح رہے کہ کسی چیز کو نقد کے مقابلے میں ادھار یا قسطوں پر زیادہ قیمت میں فروخت کرنا جائز ہے، بشرطیکہ مجلس عقد میں قیمت طے ہو جائے۔",
        "البتہ قسط کی ادائیگی میں تاخیر پر اضافی رقم بطور جرمانہ وصول کرنے کی شرط لگانا جائز نہیں، اس سے معاملہ فاسد ہو جاتا ہے۔",
    ]
    text = "\n".join(
        ["دارالافتاء", "قسطوں پر موبائل فون زیادہ قیمت میں خریدنے کا حکم", "فتویٰ نمبر: 144605100318",
         "تاریخ اجراء: 15 جمادی الاولیٰ 1446ھ / 17 نومبر 2024ء", *answer,
         "حوالہ جات:", "الدر المختار مع رد المحتار، کتاب البیوع", "فتاویٰ ہندیہ، کتاب البیوع",
         "متعلقہ فتاویٰ", "بینک سے گاڑی لیزنگ پر لینے کا حکم", "کریڈٹ کارڈ کے استعمال کا شرعی حکم"]
    )
    doc = arclean.parse(text)
    assert doc.metadata.title == "قسطوں پر موبائل فون زیادہ قیمت میں خریدنے کا حکم"
    assert doc.metadata.author is None and doc.metadata.source is None
    assert rule_of(text, "فتویٰ نمبر: 144605100318")[1:] == ("other", "zone.code_above_header")
    assert doc.metadata.published == datetime(2024, 11, 17).date()
    assert doc.body == "\n".join(answer)


@pytest.mark.parametrize("bar", ["منذ ساعتين | 1.2 ألف مشاهدة", "5 دقائق قراءة · 320 مشاهدة", "منذ 3 ساعات | 12 تعليق"])
def test_a_bar_of_time_counts_and_reading_time_is_metadata_and_gives_no_date(bar: str) -> None:
    headline = "البرلمان يقر مشروع قانون الانتخابات المباشرة وسط اعتراض المعارضة"
    text = "\n".join([headline, bar, "مقديشو - الصومال الجديد", P1, P2, P3])
    doc = arclean.parse(text, reference=datetime(2025, 1, 10, 12, 0))
    assert rule_of(text, bar)[:3] == ("metadata", "other", "shape.meta_bar")
    assert doc.metadata.title == headline
    assert doc.metadata.published is None  # (a listing prints such a bar under every item)
    assert doc.body == "\n".join([P1, P2, P3])


def test_a_bar_with_a_field_that_is_no_fact_is_no_meta_bar() -> None:
    from arclean.rules import meta_bar

    assert meta_bar("منذ ساعتين | الرئيسية", 3) is None
    assert meta_bar("منذ ساعتين", 2) is None  # (one field: the relative-time rule's)


POEM = [
    "في المساء", "تعدّ جدّتي حبّات المطر", "كما تعدّ حبّات المسبحة", "واحدة", "واحدة", "ولا تخطئ.",
    "تقول: هذا لأبيك", "وهذا لعمّك الذي سافر", "ولم يكتب", "وهذا للتينة في آخر الحوش", "كي لا تنسى أنّها شجرة.",
]


def test_a_poem_of_short_lines_and_nothing_else_is_its_own_body() -> None:
    # a clean document (no chrome at all) of short verse lines: no line is sentence-sized, but
    # its lines end as clauses do or open with "و"
    text = "\n".join(POEM)
    assert arclean.clean(text) == text
    # a menu's items or a list of headlines do neither: no article
    menu = ["الرئيسية", "أخبار محلية", "رياضة", "اقتصاد وأعمال", "ثقافة وفنون", "منوعات", "فيديو", "اتصل بنا"]
    assert arclean.clean("\n".join(menu)) == ""


def test_dots_between_page_numbers_make_no_sentence() -> None:
    lines, _ = read_lines("السابق 1 2 3 4 ... 18 التالي\nارتفع السعر من 3 ... 5 دنانير في يوم واحد.")
    assert (lines[0].punct, lines[0].is_prose) == (0, False)
    assert lines[1].punct == 1


def test_a_lone_blurb_on_a_long_page_without_a_header_is_no_article() -> None:
    # a video channel's page: tabs, a one-paragraph "about" blurb, then a grid of videos with
    # their counts and ages; the blurb has no date or byline over it
    blurb = "نبذة عن القناة: أسافر بميزانية بسيطة وأشارككم كل التفاصيل، الأسعار والفنادق والمواصلات، لتخططوا رحلاتكم بأنفسكم دون وسيط."
    videos = [x for k in range(12) for x in (f"رحلتي رقم {k + 1} إلى مدينة جديدة بميزانية صغيرة", f"{k + 2} ألف مشاهدة", f"قبل {k + 1} أسابيع")]
    text = "\n".join(["الرئيسية", "الفيديوهات", "قوائم التشغيل", "حول", blurb, *videos, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""
    # under a headline and a date, the same one paragraph is a story
    story = "\n".join(["الرئيسية", "سياحة", "رحالة يجوب العالم بميزانية بسيطة", "12 مارس 2024", blurb, *videos, "جميع الحقوق محفوظة"])
    assert arclean.clean(story) == blurb


def test_a_headline_between_the_date_and_the_update_line_under_a_slash_breadcrumb() -> None:
    # "الرئيسية / مركز الأخبار / الأخبار" is a breadcrumb (no headline over the date): the
    # headline printed between the date and the update line is the title
    headline = "إطلاق المرحلة الثانية من برنامج جاهزية لتأهيل خمسة آلاف مواطن"
    text = "\n".join(["الرئيسية", "الأخبار", "تواصل معنا", "الرئيسية / مركز الأخبار / الأخبار", "22 نوفمبر 2023", headline,
                      "آخر تحديث: 23 نوفمبر 2023 - 09:15 صباحاً", "مشاركة", "طباعة", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert rule_of(text, "الرئيسية / مركز الأخبار / الأخبار")[1] == "nav"
    assert doc.metadata.title == headline
    assert rule_of(text, headline)[2] == "zone.headline_in_header"
    assert doc.metadata.published == datetime(2023, 11, 22).date()
    assert doc.body == "\n".join([P1, P2, P3])


def test_a_share_row_written_as_a_separator_list_does_not_hide_the_header() -> None:
    share = "شارك: فيسبوك | تويتر | تلغرام | واتساب"
    headline = "السيول تغمر عشرات المخيمات شمالي إدلب وآلاف العائلات بلا مأوى"
    text = "\n".join(["الرئيسية", "تقارير", "ترجمات", "فيديو", headline, "الإثنين، 20 تشرين الثاني 2023 - 16:40", share, P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert rule_of(text, share)[1:] == ("share", "shape.separator_list")
    assert doc.metadata.title == headline
    assert doc.metadata.published == datetime(2023, 11, 20, 16, 40)


def test_a_bullet_bar_of_byline_date_and_reading_time_is_the_date_line() -> None:
    # "•" splits the bar's short fields; only the date's own field counts its other words
    headline = "سامسونج تطلق هاتفها الجديد بمعالج أسرع وشحن أسرع من سابقه"
    bar = "يوسف المرزوقي • 3 مارس، 2025 • قراءة في 4 دقائق • محدث: قبل 6 ساعات"
    text = "\n".join(["أخبار", "هواتف", "مراجعات", "ألعاب", headline, bar, P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published == datetime(2025, 3, 3).date()
    assert doc.body == "\n".join([P1, P2, P3])
    # the same words without the bar's separators are no date line
    assert arclean.parse(text.replace(" • ", " ")).metadata.published is None


def test_a_numbered_contents_entry_printed_again_as_a_heading_stays_the_boxs() -> None:
    contents = ["محتويات المقال", "1. التصميم والشاشة", "2. مقارنة المواصفات", "3. السعر والتوفر"]
    body = [P1, "التصميم والشاشة", P2, "مقارنة المواصفات", P3, "السعر والتوفر", "يتوفر الهاتف بأربعة ألوان وبخيارات ذاكرة متعددة، ويبدأ سعره من ثلاثمئة وخمسين دولارا في الأسواق."]
    text = "\n".join(["أخبار", "هواتف", "عنوان المراجعة هنا عن الهاتف الجديد", "3 مارس 2025", *contents, *body])
    assert rule_of(text, "3. السعر والتوفر")[1:] == ("other", "block.lexicon.exact:محتويات المقال")


def test_a_table_printed_with_spaced_cells_is_no_teaser_list() -> None:
    # inscriptis prints a table's cells spaced out: rows with a comma read as prose, and a
    # short row over them as a headline; none of them is a teaser, and the story goes on
    rows = [
        "المواصفة           الهاتف الأول         الهاتف الثاني", "المعالج            Exynos 1580          Exynos 1480",
        "الشاشة             6.7 إنش، 120 هرتز    6.6 إنش، 120 هرتز", "الكاميرا الأمامية  12 ميغابكسل          32 ميغابكسل",
        "البطارية           5000 ملي أمبير       5000 ملي أمبير", "الشحن السلكي       45 واط               25 واط",
        "السماكة والوزن     7.4 ملم، 198 غراماً  8.2 ملم، 213 غراماً", "تحديثات النظام     6 سنوات              4 سنوات",
    ]
    after = ["ويبقى الهاتف محافظا على بطارية بسعة كبيرة، لكن الجديد هو دعم الشحن السريع بقدرة أعلى، إضافة إلى مقاومة الماء والغبار ووعد بستة تحديثات رئيسية.",
             "السعر والتوفر", "يتوفر الهاتف بأربعة ألوان وبخيارات ذاكرة متعددة، ويبدأ سعره من ثلاثمئة وخمسين دولارا في الأسواق العربية."]
    text = "\n".join(["أخبار", "هواتف", "عنوان الخبر عن الهاتف الجديد", "3 مارس 2025", P1, P2, "يوضح الجدول التالي أبرز الفروقات بين الهاتفين:", *rows, *after, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert not any(s.rule == "structure.teaser_pairs" for s in doc.segments)
    assert doc.body.endswith(after[-1])


@pytest.mark.parametrize("heading", [["الجفاف (412 مقالا)"], ["الجفاف", "(412 مقالا)"]])
def test_a_tag_pages_description_under_its_count_heading_is_no_article(heading: List[str]) -> None:
    # the topic and its count of articles head a tag page; the blurb under them describes the
    # topic, and the listed stories follow
    blurb = [
        "يعيش البلد منذ سنوات على وقع توالي مواسم الجفاف، ما انعكس بشكل مباشر على حقينة السدود والموارد المائية والإنتاج الفلاحي.",
        "تجمع هذه الصفحة كل ما نشره الموقع من أخبار وتقارير وحوارات حول الجفاف وتداعياته على الفلاحين والمدن والاقتصاد الوطني.",
    ]
    items = [x for k in range(4) for x in (f"عنوان الخبر رقم {k + 1} عن السدود والأمطار", f"الأربعاء {13 - k} نونبر 2024 - 09:40")]
    text = "\n".join(["الرئيسية › الوسوم › الجفاف", *heading, *blurb, *items, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""
    # a count in parentheses that counts no stories is no such heading
    from arclean.rules import topic_count

    assert topic_count("المنتخب (3 أهداف)") is None and topic_count("كأس العالم (2022)") is None


def test_a_paragraph_printed_in_many_pieces_scores_as_one() -> None:
    # BeautifulSoup's get_text("\n") of paragraphs with many links: no piece is sentence-sized,
    # but each block of pieces, ending with a full stop, is one paragraph of the story
    first = ["بدأ المزارعون في قرى جنوب وشرق", "نابلس", "قطف ثمار الزيتون، وسط توقعات", "بموسم متوسط الإنتاج هذا العام، في ظل", "تراجع كميات الأمطار",
             "الموسم الماضي وارتفاع", "تكاليف الحراثة والتقليم", "، إلى جانب صعوبات الوصول إلى الأراضي", "."]
    second = ["وقال مدير", "زراعة نابلس", "المهندس", "وجدي بشارات", "إن التقديرات الأولية لـ", "وزارة الزراعة", "تشير إلى إنتاج نحو",
              "اثنين وعشرين ألف طن من الزيت", "على مستوى", "الضفة الغربية", "، مقارنة بسبعة وعشرين ألفا في الموسم الماضي."]
    menu = [[x] for x in ["الرئيسية", "محليات", "القدس", "غزة", "الضفة", "اقتصاد", "رياضة", "منوعات", "ثقافة", "صحة", "تكنولوجيا", "وسائط", "فيديو", "صور", "انفوجرافيك", "بحث"]]
    blocks = [*menu, ["موسم الزيتون ينطلق في القرى وسط توقعات بإنتاج متوسط"], ["الإثنين 21/10/2024 - 11:25 ص"], first, second, ["جميع الحقوق محفوظة"]]
    text = "\n\n\n".join("\n".join(b) for b in blocks)  # (bs4 prints blank lines in runs)
    doc = arclean.parse(text)
    assert doc.body == "\n".join([*first, *second])
    # a menu printed as one block of items (no full stop at its end) is no paragraph
    menu_block = "\n".join(["الرئيسية", "محليات", "القدس", "غزة", "اقتصاد", "رياضة", "منوعات", "ثقافة وفنون", "تكنولوجيا", "صحة وجمال"])
    text2 = "\n\n\n".join([menu_block, "عنوان الخبر الرئيسي اليوم", "الإثنين 21/10/2024 - 11:25 ص", P1, P2, "جميع الحقوق محفوظة"])
    assert arclean.clean(text2) == f"{P1}\n{P2}"


def test_a_story_going_on_after_an_inline_related_box_is_no_teaser_leftover() -> None:
    # the story's last section (a heading, two paragraphs opening with connectives) sits
    # between an inline related box and the tags line, a few lines over a teaser list
    teasers = [x for k in range(3) for x in (f"الوزارة تبدأ أعمال الصيانة رقم {k + 1} قبل الصيف", f"2025/2/{8 - k}", "تنطلق الأعمال الأسبوع المقبل وتستمر شهرين في عدة مناطق من البلاد.")]
    tail = ["وأكد أن الحملات مستمرة خلال الأشهر المقبلة لتشمل المناطق الصناعية ومحيط الأسواق الشعبية، لافتا إلى أهمية تعاون السكان.",
            "وأشار إلى أن التعاون مع الإدارة العامة للمرور ووزارة الداخلية أسهم في تسريع عمليات الرفع، وتقليص مدة الإجراءات إلى النصف."]
    text = "\n".join(["الرئيسية", "محليات", "البلدية تزيل مئات السيارات المهملة من المناطق السكنية", "2025/2/9", P1, P2,
                      "مواضيع متعلقة:", "البلدية تحرر مخالفات للمحال التجارية", "حملات مستمرة", *tail,
                      "الكلمات الدلالية: البلدية", "أخبار أخرى من محليات", *teasers, "جميع الحقوق محفوظة"])
    body = arclean.clean(text)
    assert body.startswith(P1) and body.endswith(tail[-1])


def test_a_tag_page_of_headline_summary_and_date_items_has_no_article_and_no_date() -> None:
    # each item: a headline, its one-paragraph summary, then its date (a dated stamp under the
    # summary); a lead item's summary is no story, and its date is not the page's
    items = [
        ("قیمت طلا امروز ۱۲ آذر ۱۴۰۳؛ طلای ۱۸ عیار در کانال ۵ میلیون تومان ماند", "بازار طلا در نخستین روز هفته با نوسان محدود همراه بود و قیمت هر گرم طلای ۱۸ عیار ثابت ماند.", "۱۲ آذر ۱۴۰۳ | ۱۱:۰۸"),
        ("پیش\u200cبینی قیمت طلا برای هفته دوم آذر؛ خریداران منتظر بمانند؟", "کارشناسان بازار معتقدند تا روشن شدن مسیر نرخ ارز، بازار طلا در وضعیت انتظاری باقی می\u200cماند.", "۱۰ آذر ۱۴۰۳ | ۱۸:۴۲"),
        ("حباب سکه امامی به کمترین رقم دو ماه اخیر رسید", None, "۸ آذر ۱۴۰۳ | ۰۹:۱۵"),
        ("اونس جهانی طلا عقب\u200cنشینی کرد؛ تأثیر آن بر بازار داخلی چیست؟", "افت قیمت جهانی طلا در روزهای اخیر هنوز به طور کامل در بازار تهران منعکس نشده است.", "۶ آذر ۱۴۰۳ | ۱۴:۳۰"),
        ("جدول قیمت طلا و سکه در بازار امروز", None, "۳ آذر ۱۴۰۳ | ۱۰:۰۲"),
    ]
    text = "\n".join(["صفحه اصلی", "بازار طلا و ارز", "بورس", "برچسب: قیمت طلا", *[x for item in items for x in item if x], "درباره ما | تماس با ما"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_two_ticker_lines_are_a_ticker_but_one_breaking_headline_is_a_title() -> None:
    ticker = ["عاجل .. وزارة الصحة: وصول شحنة أدوية منقذة للحياة إلى الميناء", "عاجل .. ارتفاع منسوب النيل الأزرق والري تحذر سكان الضفاف"]
    text = "\n".join(["الرئيسية", "أخبار", *ticker, "وزارة الزراعة تبدأ توزيع التقاوي على المزارعين", "5 أغسطس 2025", P1, P2, "جميع الحقوق محفوظة"])
    assert [rule_of(text, t)[1:] for t in ticker] == [("related", "structure.ticker_lines")] * 2
    assert arclean.parse(text).metadata.title == "وزارة الزراعة تبدأ توزيع التقاوي على المزارعين"
    one = "\n".join(["عاجل: وزارة الصحة تعلن وصول شحنة أدوية إلى الميناء", P1, P2])
    assert arclean.parse(one).metadata.title == "عاجل: وزارة الصحة تعلن وصول شحنة أدوية إلى الميناء"


def test_an_error_page_has_no_article() -> None:
    apology = ["عذرا، يبدو أن الصفحة التي تحاول الوصول إليها قد حذفت أو تم نقلها إلى عنوان آخر، أو ربما كتبت الرابط بشكل خاطئ.",
               "يمكنك العودة إلى الصفحة الرئيسية أو استخدام البحث للعثور على ما تبحث عنه في الموقع."]
    text = "\n".join(["الرئيسية", "أخبار", "رياضة", "404", "الصفحة غير موجودة", *apology, "ابحث في الموقع", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""


def test_a_headline_under_the_date_over_the_share_bar_and_caption_is_the_title() -> None:
    headline = "الفريق يختتم تحضيراته لمواجهة الغد بحصة تكتيكية مغلقة"
    text = "\n".join(["الرئيسية / المركز الإعلامي / الأخبار", "الأربعاء 22 جمادى الأولى 1445هـ الموافق 6 ديسمبر 2023م", "الفريق الأول", headline,
                      "مشاركة", "X", "واتساب", "نسخ الرابط", "جانب من الحصة التدريبية للفريق الأول مساء اليوم - تصوير: سلطان الحربي",
                      P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, headline)[2] == "zone.headline_under_header"
    assert doc.metadata.published == datetime(2023, 12, 6).date()
    assert doc.body.endswith(P3) and headline not in doc.body


def test_a_forecast_table_under_its_lead_in_is_the_storys() -> None:
    # "وفيما يلي ...:" (and here follows) introduces the story's table, printed a cell a line
    lead_in = "وفيما يلي التوقعات للأيام المقبلة:"
    cells = ["اليوم", "العظمى", "الصغرى", "الخميس 18 يناير", "22", "14", "الجمعة 19 يناير", "21", "13"]
    text = "\n".join(["الرئيسية", "تحذيرات", "الأرصاد تحذر من رياح قوية وأمواج مرتفعة حتى نهاية الأسبوع", "17/01/2024 - 10:30 ص", P1, P2, lead_in, *cells,
                      "الوسوم: الطقس، قطر", "حمل التطبيق الآن", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, P2, lead_in, *cells])


def test_paragraphs_dense_with_links_count_even_when_few_breaks_are_blank() -> None:
    # two paragraphs cut into many pieces each, under a share row printed against the first:
    # most breaks hold no blank line, but the blocks of pieces are still read as paragraphs
    first = ["أعلن", "جهاز تنفيذ وإدارة مشروع النهر الصناعي", "عن توقف ضخ المياه إلى عدد من أحياء", "طرابلس", "و", "جنزور", "و", "تاجوراء",
             "لمدة ثلاثة أيام، وذلك لإجراء", "أعمال صيانة عاجلة", "على خط الأنابيب الرئيسي", "."]
    second = ["وقال الجهاز في", "بيان نشره على صفحته", "إن الأعطال شملت تسربا في أحد الأنابيب قرب منطقة", "الشويرف", "، إلى جانب استبدال صمامات في",
              "محطة الضخ الثالثة", "، مؤكدا أن الفرق الفنية ستعمل على مدار الساعة."]
    blocks = [["الرئيسية"], ["تقارير"], ["انقطاع المياه عن أحياء في طرابلس لثلاثة أيام"], ["الإثنين 14 أكتوبر 2024"], ["شارك", "نسخ الرابط", *first], second,
              ["جميع الحقوق محفوظة"]]
    text = "\n\n\n".join("\n".join(b) for b in blocks)
    assert arclean.clean(text) == "\n".join([*first, *second])


def test_a_bar_whose_other_fields_hold_digits_is_still_the_date_line() -> None:
    # "3 دقائق للقراءة" before the date is the bar's reading-time field, not a date paired with it
    headline = "التمويل العقاري السكني للأفراد يقفز في نوفمبر إلى مستوى قياسي"
    bar = "الرياض • فريق التحرير • 3 دقائق للقراءة • 22 يناير 2025 • 22 رجب 1446هـ"
    text = "\n".join(["الرئيسية", "عقار", "أسواق", "بنوك", headline, bar, P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.published == datetime(2025, 1, 22).date()
    assert doc.metadata.title == headline


def test_a_bulleted_key_point_holding_a_date_is_no_date_line() -> None:
    points = ["• 8.9 مليار ريال قيمة العقود الجديدة في نوفمبر", "• الفلل تستحوذ على معظم العقود", "• أعلى مستوى شهري منذ مارس 2023"]
    lines, _ = read_lines("\n".join(points))
    from arclean.api import _find_date
    from arclean.segment import attach_dates

    attach_dates(lines, read_lines("\n".join(points))[1], _find_date)
    assert lines[2].date is None


def test_a_headline_over_a_share_row_printed_a_button_per_line_is_the_title() -> None:
    # no date on the page: the headline sits over the share buttons, one per line, however many
    for headline, buttons in (
        ("الحزب يدين استهداف الصحافيين ويدعو الحكومة إلى التحرك", ["تكبير الخط", "تصغير الخط", "طباعة", "شارك"]),
        ("البلدية تعلن جدول صيانة شبكة المياه في الأحياء الشرقية", ["شارك", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط"]),
    ):
        text = "\n".join(["الرئيسية", "من نحن", "البيانات", "الأنشطة", "تواصل معنا", "بيانات", headline, *buttons, P1, P2, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert rule_of(text, headline)[2] == "zone.headline_above_body"
        assert doc.body == P1 + "\n" + P2


def test_a_headline_under_a_widgets_bare_clock_is_the_title_not_a_caption() -> None:
    # a weather widget's "updated 09:00" sits over the crumb and the headline; the story's header
    # is the date under the headline, so the headline is no caption between two header lines
    headline = "الأرصاد تحذر من رياح قوية وأمواج مرتفعة حتى نهاية الأسبوع"
    for clock, date in (("آخر تحديث: 09:00 ص", "١٧/٠١/٢٠٢٤ - ١٠:٣٠ ص"), ("تم التحديث 7:45 م", "الأربعاء 17 يناير 2024")):
        text = "\n".join(["الرئيسية", "الأخبار", "الطقس الآن", "19°", "الرطوبة: 71%", clock, "الأخبار / تحذيرات", headline, date, P1, P2, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert headline not in doc.body and doc.body.startswith(P1)
        assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-01-17"


@pytest.mark.parametrize("stamp", ["۲ ساعت پیش", "چند روز پیش", "لحظاتی پیش", "3 گھنٹے پہلے", "۵ دقیقه قبل"])
def test_a_persian_or_urdu_relative_time_alone_on_its_line_is_a_time_stamp(stamp: str) -> None:
    # "ago" comes last in Persian and Urdu: the stamp dates the story (no value without a reference)
    text = "\n".join(["صفحه اصلی", "شاخص کل بورس تهران ۲۸ هزار واحد رشد کرد", stamp, FA1, FA2])
    assert rule_of(text, stamp)[1:] == ("published", "shape.relative_time")
    assert arclean.parse(text).body == FA1 + "\n" + FA2


def test_a_listing_of_headlines_with_summaries_over_relative_stamps_has_no_article() -> None:
    # each item: a headline, its one-sentence summary, then a relative or dated stamp
    fa = [
        ("شاخص کل بورس تهران ۲۸ هزار واحد رشد کرد", "شاخص کل بورس اوراق بهادار تهران در معاملات امروز با رشد ۲۸ هزار واحدی به کانال دو میلیون و ۷۰۰ هزار واحد رسید.", "۲ ساعت پیش"),
        ("قیمت سکه امامی امروز ۲۷ آذر؛ بازار طلا آرام شد", "بازار طلا و سکه پس از نوسانات هفته گذشته امروز با ثبات نسبی قیمت‌ها همراه بود و معامله‌گران منتظر ماندند.", "۳ ساعت پیش"),
        ("وام مسکن زوجین جوان افزایش می‌یابد", "رئیس کمیسیون عمران مجلس از افزایش سقف تسهیلات خرید مسکن برای زوجین جوان در بودجه سال آینده خبر داد.", "۲۶ آذر ۱۴۰۳ - ۱۴:۱۰"),
        ("صادرات غیرنفتی هشت ماهه ۶ درصد افزایش یافت", "بر اساس آمار گمرک، ارزش صادرات غیرنفتی کشور در هشت ماه نخست امسال نسبت به مدت مشابه سال قبل افزایش یافت.", "۲۶ آذر ۱۴۰۳ - ۰۹:۴۵"),
    ]
    ar = [
        ("البنك المركزي يثبت أسعار الفائدة للمرة الثالثة", "قررت لجنة السياسة النقدية الإبقاء على أسعار العائد دون تغيير في ظل تراجع معدلات التضخم خلال الأشهر الأخيرة.", "منذ 25 دقيقة"),
        ("ارتفاع أسعار الذهب في التعاملات المسائية", "سجل سعر جرام الذهب عيار 21 ارتفاعا جديدا مع صعود الأوقية في البورصة العالمية خلال تعاملات اليوم.", "منذ ساعة"),
        ("البورصة تربح 18 مليار جنيه في ختام تعاملات الأسبوع", "أغلق المؤشر الرئيسي للبورصة مرتفعا بنسبة 1.2 بالمائة مدعوما بمشتريات المستثمرين الأجانب والعرب.", "منذ 3 ساعات"),
        ("وزير التموين: احتياطي القمح يكفي حتى نهاية مايو", "أكد الوزير أن المخزون الاستراتيجي من السلع الأساسية آمن وأن الدولة تعاقدت على شحنات جديدة.", "منذ 5 ساعات"),
    ]
    for head, items, foot in ((["اقتصاد امروز", "آرشیو اخبار"], fa, "« قبلی ۱ ۲ ۳ ... ۱۲۰ بعدی »"), (["الرئيسية", "اقتصاد"], ar, "تحميل المزيد")):
        text = "\n".join([*head, *[x for item in items for x in item], foot])
        doc = arclean.parse(text)
        assert doc.body == ""
        assert doc.metadata.published is None


def test_a_meta_bar_whose_date_field_is_long_is_the_storys_date_line() -> None:
    # the date's own field may run to seven tokens ("الأربعاء 20 تشرين الثاني 2024 - 11:45")
    headline = "انخفاض سعر صفيحة البنزين 20 ألف ليرة والمازوت يستقر"
    for bar in ("كارين حداد | الأربعاء 20 تشرين الثاني 2024 - 11:45 | قرأ هذا المقال 2318 مرة",
                "سامي يوسف • الخميس 3 أكتوبر 2024 - 09:15 ص • 4 دقائق للقراءة"):
        text = "\n".join(["الرئيسية » محروقات وطاقة", headline, bar, "f t w طباعة A+A-", P1, P2, P3])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert rule_of(text, bar)[1:] == ("published", "zone.date_line")
        assert doc.body == "\n".join([P1, P2, P3])


def test_a_meta_bar_parted_by_slashes_under_a_you_are_here_trail_is_the_date_line() -> None:
    # "<date> / <n> تعليقات / في <section> , <section> / بواسطة <writer>" (a WordPress theme's
    # bar), under a "أنت هنا:" trail whose last item is the headline, printed again under it
    headline = "«دفء الشتاء»: توزيع ثلاثة آلاف حقيبة شتوية على عمال المنطقة الصناعية"
    bar = "يناير 14, 2025 / 2 تعليقات / في أخبار الجمعية , مشاريع داخل الكويت / بواسطة المكتب الإعلامي"
    text = "\n".join(["الرئيسية", "الأخبار", "تبرع الآن", f"أنت هنا: الرئيسية / الأخبار / أخبار الجمعية / {headline}",
                      headline, bar, P1, P2, P3, "اترك رداً"])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (headline, "2025-01-14")
    assert doc.body == "\n".join([P1, P2, P3])
    # a headline that holds a spaced slash is no bar
    slashed = "\n".join(["الرئيسية", "الأخبار", "الاتحاد / النادي: خلاف على عقود اللاعبين في موسم 2025", P1, P2])
    assert arclean.parse(slashed).metadata.published is None


def test_a_link_with_its_arrow_is_navigation_and_no_title() -> None:
    # "← العودة إلى المدوّنة" over the post's date, the headline under them; "التدوينة التالية:
    # ... →" under the post; a sentence holding an arrow inside stays body
    head = "الطباعة بالحفر على الخشب في البيت: دليل للمبتدئين خطوة بخطوة"
    inside = "من قائمة الإعدادات اختاروا: الطباعة ← حجم الورق ← A5، ثم اضغطوا حفظ قبل أن تبدؤوا بالطباعة."
    text = "\n".join(["محترف ريما", "الأعمال", "المدوّنة", "← العودة إلى المدوّنة", "١٢ تشرين الثاني ٢٠٢٣", head,
                      P1, inside, P2, "التدوينة التالية: ألوان الحبر المائي وكيف نخلطها →", "© 2023 محترف ريما"])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and str(doc.metadata.published) == "2023-11-12"
    assert rule_of(text, "← العودة إلى المدوّنة")[1:] == ("nav", "shape.arrow_link")
    assert rule_of(text, "التدوينة التالية: ألوان الحبر المائي وكيف نخلطها →")[0] == "boilerplate"
    assert doc.body == "\n".join([P1, inside, P2])
    # one such link between the date line and the story leaves the header read
    under = "\n".join(["المدوّنة", head, "١٢ تشرين الثاني ٢٠٢٣", "← رجوع", P1, P2])
    assert str(arclean.parse(under).metadata.published) == "2023-11-12"


def test_a_sites_terms_of_use_and_disclaimer_after_the_story_are_boilerplate() -> None:
    terms = [
        "جميع المواد المنشورة على الموقع من نصوص وصور ورسوم بيانية محمية بموجب القوانين المعمول بها، ويُمنع نسخها أو إعادة نشرها من دون الحصول على إذن خطي مسبق من إدارة الموقع.",
        "يُسمح بالاقتباس المحدود لأغراض إخبارية أو بحثية شرط ذكر المصدر بوضوح، والموقع غير مسؤول عن أي قرارات استثمارية تُتخذ بناء على المعلومات المنشورة فيه ولا تشكل نصيحة مالية.",
    ]
    for heading in ("شروط استخدام المحتوى", "إخلاء المسؤولية"):
        text = "\n".join(["الرئيسية", "اقتصاد", "الحكومة تقر خطة لدعم المزارعين", "12 مارس 2024", P1, P2, P3, heading, *terms, "جميع الحقوق محفوظة"])
        assert arclean.clean(text) == "\n".join([P1, P2, P3])


def test_a_ranked_list_of_stamped_items_under_numbers_and_section_words_has_no_article() -> None:
    # "the most read": a rank, a section word, a headline, perhaps its summary, a byline and
    # date stamp and a view counter, item after item
    items = [
        ("01", "كتب", "لماذا نعود إلى روايات الطفولة حين نكبر؟",
         "في الأربعين عادت القاصة منى الصالح إلى رف قديم في بيت أهلها، وأخرجت الكتب التي قرأتها صغيرة لتكتشف أنها تقرأ نفسها من جديد.",
         "منى الصالح · 21 أكتوبر 2024", "👁 48,210"),
        ("02", "سينما", "خمسة أفلام خليجية قصيرة تستحق المشاهدة قبل نهاية العام",
         "من السخرية السوداء إلى التحريك اليدوي، اختيارات المحررين من دورة المهرجانات الأخيرة في المنطقة وخارجها.",
         "فريق التحرير · 23 أكتوبر 2024", "👁 31,977"),
        ("03", "مطبخ", "مجبوس الدجاج كما تطبخه جدتي: حوار مع الشيف سارة", None, "سارة البلوشي · 19 أكتوبر 2024", "👁 29,404"),
        ("04", "فنون", "جدران تتكلم: جولة في فن الشارع بالمنامة القديمة", None, "علي حسن · 22 أكتوبر 2024", "👁 17,850"),
        ("05", "موسيقى", "العود الكهربائي: تجربة أم خيانة للآلة؟", None, "يوسف المطيري · 20 أكتوبر 2024", "👁 15,312"),
    ]
    lines = [x for item in items for x in item if x]
    for head in (["مجلة فواصل", "الرئيسية", "كتب", "سينما", "الأكثر قراءة"], ["الرئيسية", "الأكثر قراءة هذا الأسبوع"]):
        text = "\n".join([*head, *lines, "عرض المزيد", "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.body == ""
        assert doc.metadata.published is None and doc.metadata.author is None


def test_a_books_menu_word_over_a_question_headline_gives_no_author() -> None:
    # "كتب" is "(he) wrote" and "books": over a question it is the section, not a byline label
    headline = "لماذا نعود إلى روايات الطفولة حين نكبر؟"
    text = "\n".join(["الرئيسية", "ثقافة", "سينما", "موسيقى", "كتب", headline, "12 مارس 2024", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.author is None
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([P1, P2, P3])
    # over a name it is the byline label
    text = "\n".join(["الرئيسية", "ثقافة", "افتتاح معرض الكتاب الدولي بمشاركة 40 دولة", "كتب", "أحمد سمير", "12 مارس 2024", P1, P2, P3])
    assert arclean.parse(text).metadata.author == "أحمد سمير"
    # in a blog's menu, between its items ("مدن", "كتب", "من أنا", "اتصل"): no byline label, and
    # "من أنا" (about me) is no author
    headline = "أتاي: ثلاث كؤوس وساعة من الكلام"
    text = "\n".join(["دفاتر من المدينة", "الرئيسية", "عادات", "مدن", "كتب", "من أنا", "اتصل", "عادات وتقاليد", headline,
                      "12 يناير 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert (doc.metadata.author, doc.metadata.title) == (None, headline)


def test_a_podcasts_episode_list_has_no_article() -> None:
    # each episode: its number, its title, perhaps its notes, a date, a duration, a play button
    about = "في هذا البودكاست نطرح كل أسبوع سؤالاً بسيطاً يبدو طفولياً، ثم نتبعه إلى آخره مع باحثين وعلماء من المنطقة والعالم."
    episodes = [
        ("الحلقة 48", "لماذا لا نتذكر طفولتنا المبكرة؟", "لا أحد تقريباً يتذكر عيد ميلاده الثاني. في هذه الحلقة نتحدث مع باحثة في علم النفس عن الذاكرة الأولى وكيف تتشكل.", "2024-11-12", "46 دقيقة"),
        ("الحلقة 47", "هل يمكن أن نزرع القهوة في الصحراء؟", None, "2024-11-05", "39 دقيقة"),
        ("الحلقة 46", "الحشرات التي تأكل البلاستيك", None, "2024-10-29", "42 دقيقة"),
        ("الحلقة 45", "كيف يعرف الحمام الزاجل طريقه إلى البيت؟", None, "2024-10-22", "51 دقيقة"),
        ("الحلقة 44", "أسئلتكم: نجيب عن 12 سؤالاً من المستمعين", None, "2024-10-15", "1:08:20"),
    ]
    menu = ["صدى للبودكاست", "البرامج", "الحلقات الجديدة", "علوم", "تاريخ", "مجتمع", "قصص", "للمعلنين", "ادعمنا", "البرامج / علوم / فضول", "فضول", "بودكاست علمي أسبوعي"]
    for play in ("▶ استمع الآن", "استمع الآن"):
        listed = [x for ep in episodes for x in (*ep, play) if x]
        text = "\n".join([*menu, about, "استمع على:", "Spotify", "Anghami", "جميع الحلقات (48)", *listed, "تحميل المزيد من الحلقات", "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.body == ""
        assert doc.metadata.published is None


def test_an_extract_of_a_paywall_has_no_article() -> None:
    # what an extractor returns when the story sits behind a subscription wall
    wall = ["هذا المحتوى حصري لمشتركي «الاقتصادية بلس»",
            "للاستمرار في القراءة، اشترك الآن واحصل على وصول غير محدود إلى جميع التقارير والتحليلات والمقابلات الحصرية يومياً.",
            "الباقة الشهرية", "39 ريالاً شهرياً", "الباقة السنوية", "349 ريالاً سنوياً - وفّر 25%",
            "يمكنك إلغاء اشتراكك في أي وقت.", "اشترك الآن", "لديك حساب بالفعل؟ تسجيل الدخول",
            "بالمتابعة فإنك توافق على شروط الاستخدام وسياسة الخصوصية."]
    doc = arclean.parse("\n".join(wall))
    assert doc.body == "" and doc.metadata.title is None
    # a story above the wall's offer keeps its paragraphs
    doc = arclean.parse("\n".join(["الحكومة تقر خطة لدعم المزارعين", "12 مارس 2024", P1, *wall[1:]]))
    assert doc.body == P1


def test_download_buttons_between_the_headline_and_its_date_leave_the_headline_the_title() -> None:
    headline = "العطش في زمن الوفرة: النساء الريفيات والحق في الماء الصالح للشرب"
    for buttons in (["تحميل التقرير كاملا (PDF، 2.4 ميغابايت)", "تحميل الملخص بالفرنسية"], ["تحميل الملف (PDF)"], ["دانلود فایل PDF"]):
        text = "\n".join(["الرئيسية", "منشورات", "تقارير", "الرئيسية / منشورات / تقارير", headline, *buttons, "تاريخ النشر: 22 جوان 2023", P1, P2, P3, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert doc.body == "\n".join([P1, P2, P3])
    # the pieces of a player or download row under the header are no photo captions
    text = "\n".join(["الرئيسية", "خطب الجمعة", headline, "الجمعة 18 أكتوبر 2024", "🔊 استمع إلى الخطبة", "00:00 / 24:37", "تحميل الملف الصوتي (MP3)", P1, P2, P3])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])


def test_a_labelled_reviewer_line_inside_the_header_is_a_byline_and_the_headline_over_it_the_title() -> None:
    headline = "نوبات الغضب في عمر السنتين: 7 خطوات لتهدئة طفلك دون صراخ"
    for reviewer in ("تمت المراجعة الطبية بواسطة: د. نادين عيسى، اختصاصية طب نفس الأطفال", "راجعه طبيا: د. سامر حداد"):
        text = "\n".join(["ماما وبس", "الحمل", "الولادة", "الرضع", "الطفل الصغير", "عمر المدرسة", "المراهقة", "الطفل الصغير / السلوك والتربية",
                          "السلوك والتربية", headline, "بقلم: ريم الحسيني", reviewer, "نُشر في 02 فبراير 2024", "آخر تحديث: منذ يومين",
                          "فيسبوك · واتساب · نسخ الرابط", P1, P2, P3, "مقالات ذات صلة", "كيف تتعاملين مع العض عند الأطفال", "من نحن", "اتصل بنا"])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert doc.metadata.author == "ريم الحسيني"
        assert rule_of(text, reviewer.split(":", 1)[1].strip())[:2] == ("metadata", "author")  # (its label split off)
        assert doc.body == "\n".join([P1, P2, P3])


@pytest.mark.parametrize("stamp, is_stamp", [
    ("__منذ 12 دقيقة __1200", True),  # html2text: an icon's emphasis marks, then the view count
    ("منذ 40 دقيقة 1103", True),
    ("أمس 10:40 م", True),  # yesterday at a clock time
    ("اليوم الساعة 09:15", True),
    ("أمس", False),  # a filter's word alone
    ("اليوم", False),
])
def test_relative_stamps_with_decoration_views_or_yesterday(stamp: str, is_stamp: bool) -> None:
    from arclean import rules

    assert rules.relative_time(stamp) is is_stamp


def test_a_chain_of_relative_stamps_is_a_listings_but_the_header_stamp_stays_the_storys() -> None:
    headline = "شركة ناشئة إماراتية تجمع 40 مليون دولار لتوسيع خدماتها في السعودية"
    related = ["المصرف المركزي يصدر الإطار التنظيمي للخدمات المصرفية المفتوحة", "منذ يومين",
               "الرياض تتصدر المنطقة في عدد صفقات الاستثمار الجريء", "منذ 5 أيام",
               "هل تقترب نهاية الطفرة في خدمات اشتر الآن وادفع لاحقا؟", "منذ أسبوع"]
    text = "\n".join(["الرئيسية", "أسواق", "شركات", headline, "منذ 3 ساعات", P1, P2, P3, "قصص ذات صلة", *related, "جميع الحقوق محفوظة"])
    assert rule_of(text, "منذ 3 ساعات")[1:] == ("published", "shape.relative_time")
    assert [rule_of(text, s)[2] for s in related[1::2]] == ["shape.listing_stamp"] * 3
    doc = arclean.parse(text)
    assert doc.metadata.title == headline and doc.body == "\n".join([P1, P2, P3])
    # classifieds: headline, price, place, "today/yesterday at <clock>": no article, no header
    ads = [("داسيا لوغان 2019 ديزل حالة ممتازة", "89,000 درهم", "الدار البيضاء - المعاريف", "اليوم 14:22"),
           ("رونو كليو 4 موديل 2017 مالك واحد", "78,500 درهم", "الدار البيضاء - عين الشق", "اليوم 11:05"),
           ("بيجو 208 أوتوماتيك 2021 كيلومتراج قليل", "145,000 درهم", "الدار البيضاء - سيدي معروف", "اليوم 09:47"),
           ("سيارة نظيفة بزاف، الصيانة ديما عند الوكيل، الوثائق كاملة والفيزيت تقنية جديدة، السعر قابل للنقاش.",),
           ("هيونداي أكسنت 2016 للبيع", "72,000 درهم", "الدار البيضاء - الحي الحسني", "أمس 21:30"),
           ("فولكس فاغن غولف 7 TDI 2015", "118,000 درهم", "الدار البيضاء - بوسكورة", "أمس 18:12"),
           ("فيات تيبو 2020 بحالة الجديدة", "112,000 درهم", "الدار البيضاء - الألفة", "أمس 10:40"),
           ("كيا بيكانتو 2018 اقتصادية جدا", "69,000 درهم", "الدار البيضاء - البرنوصي", "أمس 08:05")]
    text = "\n".join(["سوق الدار", "سيارات", "عقارات", "وظائف", "سيارات للبيع في الدار البيضاء", *[x for ad in ads for x in ad], "« السابق 1 2 3 ... 97 التالي »"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.title is None


def test_a_ranked_headline_under_a_most_read_header_stays_in_its_block() -> None:
    # "1. بالأسماء.. <headline>": the two dots make it look like a sentence
    items = ["1. بالأسماء.. أوائل امتحانات شهادة الأساس بولاية نهر النيل", "2. تعرفة جديدة للمواصلات بين أم درمان وشندي",
             "3. كيف تستخرج جواز السفر من القنصليات في الخارج؟ الخطوات والرسوم"]
    text = "\n".join(["الرئيسية", "محليات", "افتتاح جسر جديد على النيل الأزرق", "12 مارس 2024", P1, P2, P3, "الأكثر قراءة اليوم", *items, "جميع الحقوق محفوظة"])
    assert [rule_of(text, t)[0] for t in items] == ["boilerplate"] * 3
    assert all(rule_of(text, t)[2].startswith("block.") for t in items)


def test_a_photo_gallerys_captions_between_two_parts_of_the_story_are_body() -> None:
    captions = ["وزير الثقافة يتفقد أجنحة المعرض عقب الافتتاح", "حرفي يعمل على قطعة من النحاس المطروق خلال الورش الحية",
                "لوحات من الخيامية المعروضة بساحة القصر", "أوانٍ فخارية من قرية تونس بمحافظة الفيوم"]
    menu = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "فن", "ثقافة"]
    tail = ["لا يفوتك", "بعد ترميمه.. فتح سبيل محمد علي أمام الزوار", "بيت السناري يستضيف أمسية شعرية الخميس المقبل", "جميع الحقوق محفوظة"]
    for heading in ("ألبوم الصور (4 صور)", "معرض الصور", "شاهد الصور"):
        text = "\n".join([*menu, "افتتاح معرض الحرف التراثية بمشاركة 60 حرفيا", "25 نوفمبر 2024", P1, P2, heading, *captions, P3, *tail])
        doc = arclean.parse(text)
        assert doc.body == "\n".join([P1, P2, *captions, P3])
        assert rule_of(text, captions[0])[2] == "structure.gallery_caption"
    # a dumper that prints the gallery's count on its own line and each photo's short alt text
    # over its caption
    text = "\n".join([*menu, "افتتاح معرض الحرف التراثية بمشاركة 60 حرفيا", "25 نوفمبر 2024", P1, P2, "ألبوم الصور", "(4 صور)",
                      *[x for c in captions for x in ("صورة", c)], P3, *tail])
    assert arclean.parse(text).body == "\n".join([P1, P2, *captions, P3])
    # under the story's last paragraph the lines are left to the trailing rules (other stories'
    # headlines sit there too)
    text = "\n".join([*menu, "افتتاح معرض الحرف التراثية بمشاركة 60 حرفيا", "25 نوفمبر 2024", P1, P2, P3, "معرض الصور", *captions, *tail])
    assert all(rule_of(text, c)[2] != "structure.gallery_caption" for c in captions)


def test_a_menu_block_of_marked_items_in_a_blank_separated_dump_is_no_paragraph_in_pieces() -> None:
    # resiliparse: a bulleted menu and a numbered breadcrumb printed as one block (no blank line
    # between the items), the breadcrumb's last item a question: not a paragraph cut at its links
    menu = ["صحتك", "دليلك الصحي بالتونسي", "  • الرئيسية", "  • صحة الطفل", "  • صحة المرأة", "  • تغذية", "  • أمراض مزمنة",
            "  1. أنت هنا:", "  2. الرئيسية", "  3. صحة الطفل", "  4. الحمى عند الأطفال: متى تستدعي زيارة الطبيب؟"]
    header = ["طباعة البريد الإلكتروني", "التفاصيل", "كتب بواسطة: د. آمنة بن سالم، طبيبة أطفال", "الفئة: صحة الطفل", "نشر بتاريخ: 12 جانفي 2025",
              "الزيارات: 1532", "طفل مصاب بالحمى"]
    contents = ["محتويات المقال", "", "  1. متى نتحدث عن الحمى؟", "  2. كيف نتعامل مع الحمى في المنزل؟", "  3. خلاصة"]
    text = "\n".join(["الأحد 12 جانفي 2025 | تونس 14°", "", *menu, "", "الحمى عند الأطفال: متى تستدعي زيارة الطبيب؟", "", *header, "",
                      *contents, "", P1, "", P2, "", "متى نتحدث عن الحمى؟", "", P3, "", "جميع الحقوق محفوظة"])
    body = arclean.clean(text)
    assert not any(item.strip() in body for item in menu)
    assert body.startswith(P1) and body.endswith(P3)


def test_a_subscription_walls_offer_in_other_words_is_boilerplate_by_its_terms() -> None:
    wall = ["هذا المحتوى حصري للمشتركين",
            "للاستمرار في قراءة هذا التقرير وجميع التحليلات الحصرية، اشترك الآن واحصل على وصول غير محدود إلى محتوى الموقع على جميع أجهزتك.",
            "الاشتراك الشهري", "19 درهما في الشهر، يمكنك الإلغاء في أي وقت", "الاشتراك السنوي", "179 درهما في السنة، وفّر أكثر من 20%",
            "يشمل الاشتراك: النسخة الرقمية اليومية، النشرة الاقتصادية الصباحية، وأرشيف الصحيفة منذ عام 2010.", "اشترك الآن",
            "هل أنت مشترك بالفعل؟ سجّل الدخول", "لديك أسئلة حول الاشتراك؟ تواصل مع خدمة العملاء على مدار الساعة."]
    doc = arclean.parse("\n".join(wall))
    assert doc.body == "" and doc.metadata.title is None
    # a story that mentions customer service or a player taking part keeps its sentences
    story = ["وأكدت شركة الاتصالات أن خدمة العملاء ستعمل بشكل طبيعي خلال فترة الصيانة المقررة مساء الجمعة في كل المحافظات.",
             "واشترك اللاعب في التدريبات الجماعية للمرة الأولى منذ إصابته، بحسب ما أعلن الجهاز الفني للفريق اليوم."]
    text = "\n".join(["الرئيسية", "اقتصاد", "صيانة شاملة لشبكة الاتصالات الجمعة", "12 مارس 2024", P1, *story, P2, "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, *story, P2])


def test_a_reviews_short_sub_headings_under_its_byline_are_its_sections_not_teasers() -> None:
    # headline, byline, date, counters, then sections of a sub-heading and a paragraph each, an
    # inline read-also line between two of them
    sections = [
        ("التصميم الخارجي", "تعتمد السيارة على خطوط مستقيمة وواجهة عريضة بشبكة تهوية كبيرة تتوسطها إضاءة نهارية على شكل حرف T، وتبدو أكبر من حجمها الفعلي."),
        ("المقصورة والمساحة", "الصف الثاني هو نقطة القوة الأبرز، إذ يوفر مساحة جيدة للأرجل حتى للركاب طوال القامة، مع فتحات تكييف خاصة ومنافذ شحن."),
        ("الأداء والقيادة", "المحرك كاف داخل المدينة ويتعامل بهدوء مع الزحام بفضل ناقل الحركة السلس، لكنه يحتاج إلى جهد أكبر على الطرق السريعة بحمولة كاملة."),
        ("الحكم النهائي", "تقدم السيارة الكثير مقابل سعرها، وتصلح خيارا منطقيا للعائلات التي تقضي أغلب وقتها داخل المدن وتبحث عن مساحة وتجهيزات."),
    ]
    body = [x for sec in sections for x in sec]
    read_also = "اقرأ أيضاً: مقارنة بين أرخص 5 سيارات عائلية بسبعة مقاعد في السعودية"
    text = "\n".join(["الرئيسية", "تجارب قيادة", "أسعار السيارات", "تجربة قيادة كايان K7 2025: عائلية واسعة تراهن على السعر", "بواسطة ماجد الحربي",
                      "نوفمبر 25, 2024", "4,218 مشاهدة", "0 تعليق", "شاهد معرض الصور (32 صورة)", P1, *body[:4], read_also, *body[4:],
                      "الوسوم: سيارات عائلية, تجربة قيادة", "شارك المقال", "مقالات ذات صلة", "أسعار السيارات العائلية في السعودية", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, *body])
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-11-25"


def test_a_press_release_listing_with_a_featured_item_has_no_article() -> None:
    featured = ["النتائج المالية 18 نوفمبر 2024", "البنك يعلن عن صافي ربح بقيمة 21.4 مليون دينار للأشهر التسعة الأولى من العام",
                "أعلن البنك عن نتائجه المالية للفترة المنتهية في 30 سبتمبر 2024، محققا صافي ربح عائد إلى المساهمين بنسبة نمو بلغت 18 بالمئة.",
                "وقال الرئيس التنفيذي للبنك إن هذه النتائج تعكس متانة نموذج أعماله وقدرته على مواصلة النمو رغم التحديات.",
                "اقرأ البيان كاملًا تحميل البيان (PDF، 214 كيلوبايت)"]
    items = [
        ("أخبار البنك", "11 نوفمبر 2024", "البنك يطلق برنامجا للتمويل الأخضر لدعم مشاريع الطاقة الشمسية في المنازل",
         "أطلق البنك برنامجا جديدا للتمويل الأخضر يتيح للعملاء الأفراد تمويل تركيب ألواح الطاقة الشمسية بشروط ميسرة."),
        ("أخبار البنك", "28 أكتوبر 2024", "افتتاح فرع جديد للبنك في المحرق بتصميم رقمي بالكامل",
         "افتتح البنك فرعه الجديد في مدينة المحرق، الذي يعتمد على الخدمات الذاتية الرقمية بشكل كامل."),
        ("أسواق رأس المال", "15 أكتوبر 2024", "البنك يتم بنجاح إصدار صكوك بقيمة 300 مليون دولار",
         "أتم البنك بنجاح إصدار صكوك من الشريحة الأولى لرأس المال بقيمة 300 مليون دولار أمريكي."),
        ("الشراكات", "22 سبتمبر 2024", "شراكة بين البنك وصندوق العمل لتمويل المؤسسات الصغيرة والمتوسطة",
         "وقع البنك اتفاقية شراكة مع صندوق العمل لتقديم حلول تمويلية مدعومة لأصحاب المؤسسات الصغيرة."),
    ]
    listed = [x for item in items for x in (*item, "اقرأ المزيد")]
    text = "\n".join(["الأفراد", "الشركات", "المركز الإعلامي", "الرئيسية / المركز الإعلامي / البيانات الصحفية", "البيانات الصحفية", *featured, *listed,
                      "1 2 3 التالي", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_share_bar_under_a_key_points_box_under_the_header_closes_nothing() -> None:
    # header, a key-points box of three short sentences, the share bar, the photo and its
    # credit, then the story
    points = ["الموسم يمتد من ديسمبر حتى نهاية مارس في الولايات الساحلية.", "1,850 قاربا مسجلا للصيد بالشباك الساحلية هذا العام.",
              "تخصيص مواقع جديدة للتجفيف بعيدا عن الأحياء السكنية."]
    text = "\n".join(["الرئيسية", "محليات", "انطلاق موسم صيد العومة وتوقعات بإنتاج يتجاوز 20 ألف طن", "سالم المعشني – مراسل الموقع في صلالة",
                      "نُشر في: الأحد 12 يناير 2025 - 10:40 ص", "آخر تحديث: 01:05 م", "2,314", "أبرز ما في الخبر", *points,
                      "مشاركة", "واتساب", "X", "فيسبوك", "نسخ الرابط", "صيادون يفرغون الشباك على الشاطئ صباح اليوم", "(تصوير: المراسل)",
                      P1, P2, P3, "الكلمات المفتاحية: صيد، العومة", "أخبار ذات صلة", "بدء أعمال توسعة ميناء الصيادين", "جميع الحقوق محفوظة"])
    body = arclean.clean(text).split("\n")
    assert body[-3:] == [P1, P2, P3]
    assert all(p in body for p in points)


def test_an_events_agenda_of_dated_descriptions_has_no_article() -> None:
    # each event: its category, its name, its date and time, its hall, a one-sentence
    # description, its tickets and an "add to my calendar" button
    events = [
        ("مسرح", "مسرحية «البراد»", "الجمعة 07 فيفري 2025 – 19:00", "القاعة الكبرى",
         "عمل مسرحي جديد لفرقة المسرح الجهوي، يروي ليلة واحدة في حياة عائلة تنتظر عودة ابنها من الغربة.", "التذاكر: 10 د.ت"),
        ("سينما", "نادي السينما: «الطريق إلى قرقنة»", "الأربعاء 12 فيفري 2025 – 18:00", "قاعة العروض الصغرى",
         "عرض الشريط الوثائقي بحضور مخرجته، يليه نقاش مفتوح مع الجمهور حول ذاكرة الصيادين في الجزيرة.", "الدخول مجاني"),
        ("موسيقى", "سهرة المالوف مع الفرقة البلدية", "السبت 15 فيفري 2025 – 20:30", "القاعة الكبرى",
         "سهرة تحتفي بالمالوف، تقدم خلالها نوبات تقليدية وأغان من ريبرتوار شيوخ المدينة بمشاركة عازفين شبان.", "التذاكر: 15 د.ت"),
        ("أدب", "لقاء مع الروائية نجوى بن عمر", "الخميس 20 فيفري 2025 – 17:30", "المكتبة",
         "تقديم وقراءة ونقاش حول روايتها الأخيرة التي تتناول ذاكرة المدينة العتيقة، يعقبه توقيع الرواية للحضور.", "الدخول مجاني"),
    ]
    for button in ("أضف إلى رزنامتي", "أضف إلى التقويم"):
        listed = [x for ev in events for x in (*ev, button)]
        text = "\n".join(["المركز الثقافي", "الرئيسية", "الأجندة", "« جانفي 2025", "فيفري 2025", "مارس 2025 »", "الكل", "مسرح", "سينما", *listed, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.body == ""
        assert doc.metadata.published is None


def test_a_table_printed_a_row_a_line_with_dates_in_its_cells_stays_in_the_story() -> None:
    rows = ["رقم الرحلة | المسار | التاريخ | الحالة", "SH 814 | مسقط – مانيلا | 22/07/2024 | ملغاة",
            "SH 815 | مانيلا – مسقط | 23/07/2024 | ملغاة", "SH 816 | مسقط – مانيلا | 23/07/2024 | تأخير متوقع 6 ساعات"]
    text = "\n".join(["الرئيسية", "تنبيهات السفر", "تأثر الرحلات من وإلى مانيلا بسبب العاصفة الاستوائية", "تاريخ النشر: 21/07/2024",
                      "آخر تحديث: 22/07/2024 – 10:30 بتوقيت مسقط", P1, "وقد تقرر إلغاء أو إعادة جدولة الرحلات التالية:", *rows, P2, P3,
                      "هل كانت هذه المعلومات مفيدة؟", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, "وقد تقرر إلغاء أو إعادة جدولة الرحلات التالية:", *rows, P2, P3])
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-07-21"
    assert doc.metadata.source is None  # "بتوقيت مسقط" (Muscat time) is the date's time zone, no agency


def test_a_long_numbered_heading_under_an_inline_read_also_link_goes_on_with_the_listicle() -> None:
    sections = [("1. وضع كمية قليلة جداً", "يحتاج الوجه والرقبة إلى ما يعادل ملعقة صغيرة تقريبا من واقي الشمس للحصول على درجة الحماية المكتوبة على العبوة."),
                ("2. عدم تجديده خلال اليوم", "تتراجع فعالية واقي الشمس بعد ساعتين تقريبا من وضعه، وبشكل أسرع عند التعرق أو السباحة أو مسح الوجه بالمناديل."),
                ("3. الاعتماد على المكياج الذي يحتوي على عامل حماية", "يحتوي كثير من كريمات الأساس على عامل حماية من الشمس، لكن الكمية التي نضعها منها أقل بكثير مما يلزم للحماية.")]
    body = [x for sec in sections for x in sec]
    read_also = "اقرئي أيضاً: روتين صباحي من 4 خطوات لبشرة نضرة رغم الرطوبة"
    text = "\n".join(["الرئيسية", "جمال", "5 أخطاء شائعة في استخدام واقي الشمس", "بقلم: دانة الخطيب", "نُشر في 2024-08-07", P1, *body[:4], read_also, *body[4:],
                      "الوسوم: واقي الشمس", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, *body])


def test_a_video_sections_featured_item_with_its_description_is_no_article() -> None:
    featured = ["فيديو مميز", "04:37", "بالفيديو.. شباب قرية بالفيوم يحولون مدرسة مهجورة إلى مكتبة ومركز لتعليم الحرف",
                "رصدت كاميرا الموقع تجربة مجموعة من شباب إحدى القرى، نجحوا خلال عام واحد في تحويل مدرسة مهجورة إلى مكتبة عامة ومركز لتعليم "
                "الحرف اليدوية للأطفال والسيدات بجهود ذاتية وتبرعات الأهالي.", "منذ ساعتين", "12.4 ألف مشاهدة"]
    videos = [("02:15", "لحظة افتتاح محطة مترو جديدة في شرق القاهرة وسط إقبال", "منذ 3 ساعات", "8.1 ألف مشاهدة"),
              ("06:48", "رئيس شعبة الخضروات يكشف أسباب ارتفاع أسعار الطماطم", "منذ 5 ساعات", "5.7 ألف مشاهدة"),
              ("01:32", "أمطار غزيرة على الإسكندرية صباح اليوم.. شاهد", "منذ 7 ساعات", "21 ألف مشاهدة"),
              ("03:09", "طفل من سوهاج يحفظ أسماء 200 دولة وعواصمها في دقائق", "منذ 9 ساعات", "33.6 ألف مشاهدة")]
    menu = ["المشهد", "الرئيسية", "أخبار", "رياضة", "اقتصاد", "فن", "حوادث", "فيديو", "بث مباشر", "البحث", "فيديو", "الأحدث", "الأكثر مشاهدة"]
    text = "\n".join([*menu, "تقارير مصورة", "لقاءات", "منوعات", *featured, "أحدث الفيديوهات", *[x for v in videos for x in v], "1", "2", "3", "...", "48",
                      "من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_writers_index_of_cards_has_no_article() -> None:
    # each writer: a name, a one-sentence bio, "latest article: <title>", its date, a count and
    # an "all articles" link
    writers = [("أحمد زياد عودة", "باحث في الاقتصاد السياسي، مقيم في رام الله، يكتب عن العمل والأجور وسوق العمالة.",
                "آخر مقال: من يدفع ثمن ارتفاع أسعار الوقود؟", "منذ يومين", "34 مقالاً"),
               ("بيسان الخطيب", "كاتبة وأكاديمية في علم الاجتماع، تكتب عن النساء والمدينة والتعليم في المخيمات.",
                "آخر مقال: المدرسة التي تعلّم الخوف قبل الحروف", "08/01/2025", "21 مقالاً"),
               ("جمال أبو سنينة", "صحافي من الخليل، عمل مراسلاً لعدة صحف عربية، ويكتب عن الحكم المحلي والبلديات.",
                "آخر مقال: البلديات بين وعود الانتخابات ونقص الموازنات", "2 كانون الثاني 2025", "57 مقالاً"),
               ("رنا منصور", "محامية وناشطة في مجال حقوق الإنسان، تكتب عن القانون والعدالة الاجتماعية.",
                "آخر مقال: قراءة في مسودة قانون حماية الأسرة", "29 كانون الأول 2024", "12 مقالاً")]
    cards = [x for w in writers for x in (*w, "كل المقالات")]
    text = "\n".join(["الرئيسية", "أخبار", "رأي", "من نحن", "الرئيسية › كتّاب الرأي", "كتّاب الرأي", "68 كاتباً وكاتبة", *cards,
                      "السابق", "1", "2", "3", "التالي", "هل ترغب في الكتابة معنا؟",
                      "نرحب بمساهمات الكتّاب والباحثين. اطّلع على سياسة النشر وأرسل مقالك إلى هيئة التحرير.", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_three_cards_of_headline_summary_and_time_stamp_are_a_section_extract() -> None:
    # an extractor's output of a section front: headline, one-sentence summary, time stamp
    cards = [("الكويت يتعادل مع القادسية في قمة الجولة الثامنة ويحافظ على الصدارة",
              "تعادل فريقا الكويت والقادسية بهدف لمثله في المباراة التي أقيمت على استاد جابر الأحمد ضمن منافسات الدوري الممتاز.", "منذ ساعتين"),
             ("منتخب الطائرة يبدأ معسكره الخارجي في تركيا استعدادا للبطولة الخليجية",
              "غادر وفد منتخبنا الوطني للكرة الطائرة البلاد فجر اليوم متوجها إلى أنطاليا في معسكر يمتد أسبوعين.", "منذ 5 ساعات"),
             ("العربي يتعاقد مع محترف برازيلي لتعويض غياب هدافه المصاب",
              "أعلن النادي التعاقد مع المهاجم البرازيلي لمدة موسم ونصف، على أن ينضم إلى التدريبات بعد استكمال الإجراءات.", "12 ديسمبر 2024")]
    text = "\n".join(["الرياضة", *[x for c in cards for x in c], "اتحاد الكرة يعتمد جدول مباريات كأس ولي العهد", "المزيد", "1 2 3 4 ... التالي"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.title is None and doc.metadata.published is None


def test_a_meta_bar_whose_fields_are_parted_by_runs_of_spaces_is_the_storys_date_line() -> None:
    # a dumper that leaves out the bar's icons prints its fields with runs of spaces between
    headline = "الريال اليمني يواصل التراجع في عدن والدولار يتجاوز 1900 ريال"
    bar = "__السبت 3 أغسطس 2024 - 10:40 صباحاً   __عدن - صدى المكلا   __5612 قراءة"
    about = ["عن الموقع", "الموقع إخباري يمني مستقل انطلق من مدينة المكلا عام 2015، ويهتم بالشأن المحلي والاقتصادي في محافظات الجنوب والشرق.",
             "ويتيح الموقع مساحة للرأي تتسع لمختلف وجهات النظر، دون أن تعبر المقالات بالضرورة عن سياسته التحريرية."]
    text = "\n".join(["الرئيسية", "أسعار الصرف", headline, bar, P1, P2, "وسوم: الريال اليمني", "أسعار الصرف اليوم",
                      "دولار أمريكي 1905 1918", "آخر تحديث: 10:30 صباحاً", *about, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == P1 + "\n" + P2
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-08-03"


def test_a_newsletters_subscription_terms_after_the_story_are_boilerplate() -> None:
    terms = ["شروط الاشتراك",
             "بالضغط على «اشترك» فإنك توافق على أن نرسل إليك النشرة الأسبوعية، ويمكنك إلغاء اشتراكك في أي وقت عبر الرابط أسفل كل رسالة.",
             "الاشتراك المدفوع يتجدد تلقائيًا شهريًا أو سنويًا حسب الخطة التي تختارها، ويمكنك إيقاف التجديد التلقائي من صفحة الحساب.",
             "لا نسترد قيمة الاشتراكات الشهرية بعد بدء الفترة، أما الاشتراك السنوي فيمكن استرداد قيمته خلال 14 يومًا من الدفع الأول.",
             "المحتوى المنشور محمي بحقوق النشر، ويُسمح باقتباس فقرات قصيرة مع ذكر المصدر ورابط المقال.",
             "الآراء الواردة في النشرة تعبّر عن كتّابها، ولا تمثل نصيحة استثمارية أو قانونية."]
    text = "\n".join(["الرئيسية", "اقتصاد", "لماذا تخسر تطبيقات التوصيل رغم ارتفاع الطلبات؟", "3 ديسمبر 2024", P1, P2, P3,
                      "ادعم صحافة اقتصادية مستقلة", "اشترك مجانًا", *terms, "الوسوم: اقتصاد رقمي", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])


@pytest.mark.parametrize("table", [
    ["المصدر         الطابع العام               يناسب", "الهندي (آسام)  حيواني قوي مع لمسة دخانية  المناسبات المسائية",
     "الكمبودي       فاكهي حلو وناعم            الاستخدام اليومي"],  # cells spaced out (inscriptis)
    ["المصدر\t\tالطابع العام\t\tيناسب", "الهندي (آسام)\t\tحيواني قوي مع لمسة دخانية\t\tالمناسبات المسائية",
     "الكمبودي\t\tفاكهي حلو وناعم\t\tالاستخدام اليومي"],  # cells parted by tabs (resiliparse)
    ["المصدر", "الطابع العام", "يناسب", "الهندي (آسام)", "حيواني قوي مع لمسة دخانية", "المناسبات المسائية"],  # a cell a line
])
def test_a_tables_source_column_header_is_no_source_line(table: List[str]) -> None:
    # "المصدر" (the source: here the origin of a product) heads a table's first column under the
    # story's lead-in: no source label, and the story goes on under the table
    lead_in = "يختلف طابع دهن العود كثيرًا بحسب البلد الذي جاء منه الخشب وطريقة تقطيره. وإليك مقارنة مختصرة:"
    text = "\n".join(["الرئيسية", "المدونة", "كيف تختار دهن العود المناسب لأجواء الشتاء؟", "نوفمبر 18, 2024", "بواسطة نورة الكواري", P1, lead_in, *table,
                      P2, P3, "الوسوم: عود، نصائح", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.source is None
    assert doc.body.startswith(P1) and doc.body.endswith(P2 + "\n" + P3)


def test_a_rhymed_poem_on_its_page_is_the_body_not_the_poets_bio() -> None:
    poem = ["سَهِرَ القمرُ على ضفافِ النهرِ", "وغفا النسيمُ على جبينِ الزهرِ", "ومضيتُ أسألُ عن دروبِ أحبتي", "فأجابني صوتُ الحنينِ بصبرِ",
            "يا ليلُ طالَ الشوقُ في أعماقنا", "حتى غدا نجمًا يضيءُ بفجرِ", "سنعودُ يومًا والربيعُ رفيقنا", "ونخطُّ أسماءَ الهوى في السطرِ"]
    bio = "شاعر ومدرس لغة عربية، صدرت له ثلاثة دواوين، يكتب القصيدة العمودية وقصيدة التفعيلة، وحاز جوائز محلية عدة."
    text = "\n".join(["ديوان العرب", "الرئيسية", "الشعراء", "القصائد", "الرئيسية › الشعراء › على ضفاف النهر", "على ضفاف النهر", "البحر: الكامل",
                      "عدد الأبيات: 4", "أضيفت بتاريخ: 2023-08-19", *poem, "نسخ القصيدة", "مشاركة", "عن الشاعر", bio, "قصائد أخرى للشاعر",
                      "رسالة إلى المطر", "حين يغيب الأب", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join(poem)
    # a menu whose items end on one word does not rhyme
    from arclean import structure
    from arclean.lines import read_lines

    menu, _block = read_lines("\n".join(["صيد في المدينة", "منبر أهل المدينة", "تحت المجهر اليوم", "فيديو من المدينة", "أخبار شباب المدينة",
                                         "ثقافة في المدينة", "منوعات من المدينة"]))
    assert structure.verse_block(menu) == []


def test_a_list_under_a_long_lead_in_then_an_inline_read_also_link_goes_on_with_the_story() -> None:
    # an Urdu story: its lead-in has no connective, ends in a colon and holds no other punctuation
    story = ["وفاقی دارالحکومت میں ٹریفک قوانین کی خلاف ورزی کرنے والوں کے لیے نیا نظام متعارف کرا دیا گیا ہے جس کے تحت جرمانہ براہ راست موبائل فون پر بھیجا جائے گا۔",
             "ٹریفک پولیس کے مطابق ابتدائی مرحلے میں شہر کی بڑی شاہراہوں پر نصب کیمروں کو اس نظام کے ساتھ منسلک کر دیا گیا ہے اور مزید کیمرے لگائے جا رہے ہیں۔"]
    lead_in = "ٹریفک پولیس کے مطابق پہلے مرحلے میں ان خلاف ورزیوں پر چالان جاری کیے جائیں گے:"
    items = ["حد رفتار سے تجاوز", "سرخ بتی توڑنا", "سیٹ بیلٹ نہ باندھنا", "دوران ڈرائیونگ موبائل فون کا استعمال"]
    read_also = "یہ بھی پڑھیں: رمضان المبارک میں دفاتر کے اوقات کار کا نوٹیفکیشن جاری"
    later = ["ترجمان کا کہنا تھا کہ شہری جرمانے کی ادائیگی موبائل بینکنگ کے ذریعے بھی کر سکیں گے اور مقررہ مدت کے بعد جرمانہ دگنا ہو جائے گا۔",
             "انہوں نے شہریوں سے اپیل کی کہ وہ اپنی گاڑیوں کی رجسٹریشن کے ساتھ درج موبائل نمبر کو اپ ڈیٹ رکھیں تاکہ پیغام بروقت موصول ہو سکے۔"]
    text = "\n".join(["ہوم", "پاکستان", "اسلام آباد", "کھیل", "شوبز", "اسلام آباد میں ای چالان نظام کا آغاز", "رپورٹ: فہد محمود", "بدھ 5 مارچ 2025",
                      *story, lead_in, *items, read_also, *later, "شیئر کریں", "متعلقہ خبریں", "راولپنڈی میں سیف سٹی منصوبے کی توسیع", "جملہ حقوق محفوظ ہیں"])
    assert arclean.clean(text) == "\n".join([*story, lead_in, *items, *later])


def test_an_extract_of_a_registration_wall_has_no_article() -> None:
    wall = ["لقد قرأت 5 مقالات مجانية من أصل 5 هذا الشهر", "سجّل مجاناً لمواصلة القراءة",
            "أنشئ حسابك في أقل من دقيقة، واحصل على عشرة مقالات إضافية كل شهر وعلى النشرة الصباحية، إضافة إلى حفظ المقالات لقراءتها لاحقاً.",
            "البريد الإلكتروني", "كلمة المرور", "أوافق على شروط الاستخدام وسياسة الخصوصية", "إنشاء حساب", "أو تابع باستخدام", "Google",
            "لديك حساب؟ تسجيل الدخول"]
    doc = arclean.parse("\n".join(wall))
    assert doc.body == "" and doc.metadata.title is None


def test_a_review_under_its_headline_date_and_share_bar_is_no_teaser_list() -> None:
    # headline, the writer's bare name, the date line, a view count, a share bar with buttons the
    # lexicon does not know, then the verdict, the lede and a specs table of "key | value" rows
    rows = ["الشاشة | 6.78 بوصة AMOLED، 120 هرتز، سطوع حتى 3000 شمعة", "المعالج | ثماني النواة بدقة 4 نانومتر",
            "الذاكرة | 12 جيجابايت رام، 256 أو 512 جيجابايت تخزين", "الكاميرا الخلفية | 50 + 50 (تقريب 3x) + 13 ميجابكسل",
            "الكاميرا الأمامية | 32 ميجابكسل", "البطارية | 6100 مللي أمبير، شحن سلكي 90 واط ولاسلكي 50 واط"]
    lede = "يصل الهاتف إلى الأسواق الخليجية بسعر يقل بنحو الربع عن منافسيه المباشرين، ويعد ببطارية تصمد يومين كاملين من الاستخدام المعتاد."
    menu = ["تك عربي", "الرئيسية", "أخبار", "مراجعات", "هواتف", "حواسيب", "ألعاب", "تطبيقات", "الرئيسية » مراجعات » هواتف", "مراجعات هواتف"]
    related = ["مراجعات ذات صلة", "مراجعة هاتف فالكون إكس 5 بعد شهر من الاستخدام", "أفضل هواتف الفئة المتوسطة لهذا العام",
               "مقارنة بين بطاريات أشهر خمسة هواتف", "من نحن", "اتصل بنا", "سياسة الخصوصية"]
    text = "\n".join([*menu, "مراجعة أوربت نوفا 12 برو: بطارية لا تنتهي وكاميرا تحتاج إلى تحديث", "عمر الكعبي", "08 أكتوبر، 2024",
                      "👁 18.6K مشاهدة", "شارك", "Facebook", "X", "WhatsApp", "17", "التقييم: 8.4/10", lede, "المواصفات الرئيسية", *rows,
                      "أفضل سعر اليوم", "نون 2,449 درهم تسوّق الآن", "أمازون 2,499 درهم تسوّق الآن", "الأداء", P1, "البطارية", P2,
                      "الوسوم: هواتف 2024", *related, "جميع الحقوق محفوظة"])
    body = arclean.clean(text).split("\n")
    assert lede in body and all(r in body for r in rows) and body[-2:] == ["البطارية", P2]
    # a schedule's first item under its day's date and tabs is still read as a list (a clock is
    # no view count)
    shows = [("06:00 ص", "القرآن الكريم", "تلاوات مختارة بأصوات كبار القراء مع بداية البث اليومي للقناة كل صباح."),
             ("07:00 ص", "صباحك سعيد", "برنامج صباحي يومي يتناول قضايا الأسرة والصحة والمطبخ ويستضيف مختصين في كل حلقة."),
             ("10:00 ص", "مسلسل بيت العيلة", "تكتشف سعاد أن شقيقها باع نصيبه في البيت القديم دون علم العائلة فتقرر مواجهته."),
             ("11:00 ص", "مطبخ أم علي", "تقدم الشيف في حلقة اليوم طريقة تحضير المحشي المشكل وصينية البطاطس بالدجاج.")]
    text = "\n".join(["دليل الشاشة", "الرئيسية", "القنوات", "جدول برامج قناة الأسرة الفضائية اليوم", "الأحد 7 أبريل 2024", "السبت", "الأحد", "الإثنين",
                      *[x for sh in shows for x in sh], "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""


def test_the_header_is_read_over_a_key_points_box_and_one_letter_share_buttons() -> None:
    headline = "نتائج الانتخابات الجزئية ببلدية عين الصفصاف: قائمة الأمل تتصدر بستة مقاعد"
    text = "\n".join(["الرئيسية", "محلي", "وطني", "اقتصاد", "رياضة", "محلي", headline, "الإثنين 13 جانفي 2025 على الساعة 18:22", "ن. بوزيدي",
                      "شارك", "ف", "ت", "و", "أبرز النقاط", "• نسبة المشاركة بلغت 38,7 بالمائة", "• قائمة الأمل تحصد 6 مقاعد من أصل 15",
                      "• الطعون تودع لدى المحكمة الإدارية خلال 48 ساعة", "سطيف –", P1, P2, P3, "اقرأ أيضا", "استلام 1200 مسكن قبل رمضان",
                      "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2025-01-13"
    assert doc.body.endswith(P3)


def test_a_byline_glued_to_its_date_on_one_line_is_the_storys_date_line() -> None:
    # inscriptis joins a header's inline parts: the byline, the writer's role, the date and the update
    headline = "مع أول موجة برد.. سعر ليتر المازوت يقفز في حلب والأهالي يعودون إلى الحطب"
    for line in ("بقلم محمد الحلبي – مراسل الموقع في حلب 19 تشرين الثاني 2024 آخر تحديث: 19 تشرين الثاني 2024 - 10:15",
                 "كتب: سامي يوسف مراسل الموقع في دمشق الثلاثاء 19 تشرين الثاني 2024"):
        text = "\n".join(["الرئيسية", "تقارير", "اقتصاد", "مجتمع", headline, line, "شارك", "فيسبوك تويتر واتساب", P1, P2, P3, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-11-19"
        assert doc.metadata.title == headline
        assert doc.body == "\n".join([P1, P2, P3])
    # a story's sentence opening with "كتب" ("wrote") and holding a date stays a sentence
    said = "كتب الوزير في رسالته المؤرخة 12 مارس 2024 أن الخطة ستنفذ على مراحل."
    text = "\n".join(["الرئيسية", "تقارير", headline, "19 تشرين الثاني 2024", P1, said, P2])
    assert said in arclean.clean(text)


def test_a_name_with_a_reporters_role_under_the_headline_is_the_byline_not_the_title() -> None:
    headline = "بعد سنوات من الإغلاق.. سوق الجريد في بنغازي يفتح أبوابه من جديد"
    for byline in ("هالة المسماري مراسلة «نوافذ ليبيا» في بنغازي", "سالم الكثيري محرر الشؤون المحلية"):
        text = "\n".join(["الرئيسية", "محليات", "اقتصاد", "رياضة", headline, byline, "منذ 3 ساعات", "جانب من ممرات السوق بعد انتهاء أعمال الترميم",
                          "تصوير: الموقع", P1, P2, P3, "تاريخ النشر: 14/01/2025 - 11:20", "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert rule_of(text, byline)[:2] == ("metadata", "author")


@pytest.mark.parametrize("heading", ["عن الدورة", "عن البرنامج", "عن المنتج", "عن الفعالية", "عن الفندق", "عن الشاليه", "عن العقار"])
def test_an_about_section_heading_is_never_the_title(heading: str) -> None:
    # a course's, a programme's, a product's or an event's "about ..." heading over its text
    text = "\n".join(["الرئيسية", "الدورات", "البرمجة", "تسجيل الدخول", "سجّل الآن", "أضف إلى السلة", "مشاركة", heading, P1, P2, P3,
                      "جميع الحقوق محفوظة"])
    assert arclean.parse(text).metadata.title != heading


def test_a_menu_over_a_blogs_date_header_is_no_headline_the_post_title_under_the_date_is() -> None:
    # a blog prints its menu of one-word labels, then the post's date, then the post's title
    title = "رسائل لم تصل إلى ساعي البريد في حارتنا القديمة"
    text = "\n".join(["أوراق المقهى", "الصفحة الرئيسية", "من أنا", "قصص", "مقالات", "ترجمات", "الأحد، 2 فبراير 2025", title, P1, P2, P3,
                      "نشر بواسطة سامي الحداد في 8:14 م", "التسميات: ذاكرة, نصوص"])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert rule_of(text, "مقالات") == ("boilerplate", "nav", "zone.menu_above_header")
    assert doc.body == "\n".join([P1, P2, P3])
    # a headline over one section word and its date keeps its section
    text = "\n".join(["الرئيسية", "اتصل بنا", title, "قصص", "الأحد، 2 فبراير 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == title and doc.metadata.category == "قصص"


def test_a_writers_name_and_role_printed_as_fields_over_the_date_is_the_byline_not_the_title() -> None:
    headline = "كيف نقلنا خدمة الفواتير إلى السحابة دون توقف دقيقة واحدة"
    for byline, name in (("فيصل الحربي · مهندس أول في فريق المنصات", "فيصل الحربي"), ("منى السعدي | محررة التقنية", "منى السعدي")):
        text = "\n".join(["المنتجات", "الحلول", "المدونة", "تسجيل الدخول", headline, byline, "١٤ أكتوبر ٢٠٢٤ · ٨ دقائق قراءة", P1, P2, P3])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert rule_of(text, byline)[:2] == ("metadata", "author")
        assert doc.metadata.author == name
    # a headline with a field separator whose first part is no personal name stays the headline
    headline = "أسعار الذهب اليوم · ارتفاع جديد في السوق المحلية"
    text = "\n".join(["الرئيسية", "اقتصاد", headline, "١٤ أكتوبر ٢٠٢٤", P1, P2, P3])
    assert arclean.parse(text).metadata.title == headline


def test_a_list_item_over_the_date_is_never_the_title() -> None:
    # a key-points box ends right over the dateline's date: its last point is no headline
    text = "\n".join(["المركز الإعلامي", "البيانات الصحفية", "باختصار", "- تمويل يصل إلى 250 ألف دينار للمشروع الواحد",
                      "- استقبال الطلبات يبدأ في الأول من أبريل عبر الفروع والتطبيق", "الكويت، 3 مارس 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title is None
    assert doc.metadata.published is not None and doc.metadata.published.isoformat() == "2025-03-03"


def test_an_instructors_bio_box_after_a_course_description_is_not_body() -> None:
    bio = "مهندس برمجيات يعمل في قطاع الاتصالات منذ عشر سنوات، ودرّب أكثر من ثلاثة آلاف متدرب على تحليل البيانات وأتمتة التقارير."
    review = "دورة مفيدة جدا، والأمثلة قريبة من عملنا اليومي في الإدارة المالية."
    text = "\n".join(["الرئيسية", "الدورات", "تسجيل الدخول", "عن الدورة", P1, P2, P3, "عن المدرب", "خالد المطيري", bio, "٣ دورات | ٩٬٠٠٠ متدرب",
                      "آراء المتدربين", "سلطان ح.", "★★★★★ قبل ٣ أسابيع", review, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert rule_of(text, "عن المدرب")[:2] == ("boilerplate", "footer")
    assert rule_of(text, bio)[:2] == ("boilerplate", "footer")
    assert rule_of(text, review)[:2] == ("boilerplate", "comments")


def test_paragraphs_each_alone_among_a_pages_chrome_are_no_article() -> None:
    # a shop's cart: a delivery note, a cross-sell card's description and the footer's "about us"
    note = "التوصيل المتوقع: خلال يومي عمل، ويمكنك اختيار الفترة الصباحية أو المسائية عند الدفع."
    card = "خفيف وناعم الملمس، مناسب للأجواء المكيفة وقابل للغسل في الغسالة دون أن يفقد شكله."
    about = "دار الهناء متجر محلي متخصص في المفروشات ومستلزمات البيت، نختار منتجاتنا بعناية من أفضل المصانع لتجمع بين الجودة والسعر."
    head = ["توصيل مجاني للطلبات فوق 15 د.ك", "English", "دار الهناء", "ابحث عن منتجات...", "حسابي", "المفضلة", "السلة 2", "غرف النوم",
            "المطبخ", "الحمام", "الديكور", "الرئيسية", "سلة التسوق", "سلة التسوق (2 منتجات)", "المنتج", "السعر", "الكمية", "المجموع"]
    items = []
    for name, price in (("طقم شراشف قطن - مقاس كوين - رمادي", "18.500 د.ك"), ("مخدة طبية من الإسفنج", "7.250 د.ك"), ("شمعة معطرة - 200 غ", "4.000 د.ك")):
        items += [name, price, "1", price, "حذف", "نقل إلى المفضلة"]
    summary = ["متابعة التسوق", "تحديث السلة", "هل لديك كود خصم؟", "أدخل الكود", "تطبيق", "ملخص الطلب", "المجموع الفرعي", "29.750 د.ك",
               "الخصم", "0.000 د.ك", "التوصيل", "مجاني", "الإجمالي", "29.750 د.ك"]
    cross = ["إتمام الطلب", "كي نت", "Visa", "Mastercard", "الدفع عند الاستلام متاح للطلبات أقل من 50 د.ك", "قد يعجبك أيضاً", "غطاء سرير صيفي"]
    cards = ["12.900 د.ك", "أضف إلى السلة", "معطر مفارش بالمسك", "رذاذ ناعم ينعش المفارش ويدوم عطره حتى يومين.", "3.750 د.ك", "أضف إلى السلة",
             "استبدال مجاني خلال 14 يوماً", "منتجات أصلية 100%", "اشترك في نشرتنا لتصلك العروض أولاً", "البريد الإلكتروني", "اشترك"]
    foot = ["من نحن", "سياسة الاستبدال والاسترجاع", "الأسئلة الشائعة", "جميع الحقوق محفوظة © 2024"]
    text = "\n".join(head + items + summary + [note] + cross + [card] + cards + [about] + foot)
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, note)[0] == "boilerplate"
    # the same page with a story of one run under its date keeps the story
    story = "\n".join(head + ["نشر في: 12 مارس 2024", P1, P2, P3] + items + summary + [note] + cross + [card] + cards + [about] + foot)
    assert arclean.clean(story).startswith("\n".join([P1, P2, P3]))


def test_sections_numbered_by_ordinal_words_are_the_texts_sections_not_teasers() -> None:
    # a school lesson: "أولاً: ..." / "ثانياً: ..." sub-headings, each over one paragraph
    sections = [
        ("أولاً: جمع الحطب", "يخرج الأطفال في الصباح الباكر إلى أطراف الغابة، فيجمعون الأغصان اليابسة ويربطونها بحبال من الليف ثم يحملونها إلى البيت."),
        ("ثانياً: إشعال التنور", "تضع الأم الحطب في قاع التنور وتشعله بعود من القش، ثم تنتظر حتى تهدأ النار ويحمر الطين من الداخل قبل أن تبدأ الخبز."),
        ("ثالثاً: تحضير العجين", "يعجن الدقيق بالماء والملح ويترك ساعة حتى يختمر، ثم يقسم إلى كرات صغيرة تفرد باليد على وسادة من القماش المحشو."),
        ("رابعاً: رص الأرغفة", "تلصق الأم الرغيف على جدار التنور الساخن، وبعد دقائق قليلة تنزعه بخطاف حديدي وقد انتفخ واصفر لونه وفاحت رائحته في الحي."),
    ]
    text = "\n".join(["مقدمة", P1] + [line for pair in sections for line in pair] + ["أسئلة الدرس:", "1- اذكر مراحل الخبز في التنور."])
    assert arclean.clean(text) == text
    assert [structure.item_number(h) for h, _p in sections] == [1, 2, 3, 4]
    assert structure.item_number("خامساً:التقديم") == 5 and structure.item_number("الأول من نوعه في المنطقة") is None


def test_stages_numbered_by_ordinal_adjectives_are_a_guides_sections_not_teasers() -> None:
    # a feed company's guide: its heading and intro, then "المرحلة الأولى: ..." headings long
    # enough to pass for news headlines, each over one paragraph
    sections = [
        ("المرحلة الأولى: علف البادئ الناعم (من اليوم 1 إلى اليوم 10)", "تحتاج الأفراخ في أيامها الأولى إلى علف ناعم غني بالبروتين، ويقدم في صوان مسطحة قريبة من مصادر الماء والدفء."),
        ("المرحلة الثانية: علف النامي المحبب (من اليوم 11 إلى اليوم 24)", "في هذه المرحلة يتضاعف الوزن بسرعة، وينتقل المربي إلى العلف المحبب تدريجياً خلال ثلاثة أيام حتى لا تضطرب الشهية."),
        ("المرحلة الثالثة: علف الناهي قبل البيع (من اليوم 25 حتى التسويق)", "يكون العلف الناهي أقل بروتيناً وأعلى طاقة، والهدف منه رفع الوزن وتحسين التحويل الغذائي قبل البيع للمجازر."),
    ]
    heading = "برنامج تغذية فروج اللحم من الفقس حتى التسويق"
    intro = "يعتمد نجاح الفوج على ثلاثة أمور: نوعية العلف، وتوقيت الانتقال بين أنواعه، ونظافة الماء والمعالف طوال الدورة."
    text = "\n".join(["شركة الأعلاف الحديثة", "الرئيسية", "منتجاتنا", "الإرشاد الفني", heading, intro]
                    + [line for pair in sections for line in pair])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([intro] + [line for pair in sections for line in pair])
    assert [structure.section_number(h) for h, _p in sections] == [1, 2, 3]
    assert structure.section_number("ثانياً: كذا") == 2 and structure.section_number("المرحلة") is None


def test_a_byline_printed_over_the_date_is_the_author_and_the_headline_is_read_over_or_under_it() -> None:
    headline = "مقاهي القراءة.. حين يعود الكتاب إلى أحياء المدينة"
    # an extract opening with the writer's name (four words) and the date: no title
    text = "\n".join(["عبد الرحيم سالم العتيبي", "الخميس 14 نونبر 2024 - 18:20", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title is None and doc.metadata.author == "عبد الرحيم سالم العتيبي"
    assert doc.body == "\n".join([P1, P2, P3])
    # the headline over the name is the title
    doc = arclean.parse("\n".join([headline, "عبد الرحيم سالم العتيبي", "الأحد 15 ديسمبر 2024", P1, P2, P3]))
    assert doc.metadata.title == headline and doc.metadata.author == "عبد الرحيم سالم العتيبي"
    # a place and an abbreviated name over the date, the headline under it
    doc = arclean.parse("\n".join(["قسنطينة: ع. بن سالم", "الأحد 19 جانفي 2025", headline, P1, P2, P3]))
    assert (doc.metadata.title, doc.metadata.author, doc.metadata.dateline) == (headline, "ع. بن سالم", "قسنطينة")


def test_cards_each_over_a_date_and_reading_time_bar_are_a_listing_with_no_date() -> None:
    # a writer's page on a blogging platform: headline, summary, "<date> · قراءة في N دقائق", claps
    cards = [
        ("الأزقة التي لا تظهر في الصور", "عن البيوت التي تُطلى كل عيد، وعن مدينة لا يراها السائح لأنها تستيقظ قبل الفجر وتنام بعد الظهر.", "3 نوفمبر 2024·قراءة في 7 دقائق"),
        ("لماذا أكتب بالعامية أحيانًا؟", "حين تعجز الفصحى عن حمل نبرة جدتي، أستعير كلماتها كما هي، وهذه ليست خيانة للغة بل محاولة للإصغاء.", "قبل يومين·قراءة في 5 دقائق"),
        ("ثلاثة أيام في الجبل", "البرد الذي لم أحسب حسابه، ورائحة الورد في القرى العالية، وحديث طويل مع مزارع عن الأفلاج التي تجف.", "12 يناير 2025·قراءة في 9 دقائق"),
        ("عن المكتبات التي تغلق بهدوء", "لا أحد يعلن وفاة مكتبة، تختفي الرفوف واحدًا بعد آخر حتى يصبح المكان محلا لبيع الهواتف.", "28 ديسمبر 2024·قراءة في 4 دقائق"),
    ]
    text = "\n".join(["منصة رقعة", "تسجيل الدخول", "سلمى الدرعي", "4.2 ألف متابع", "مثبّت"]
                     + [line for h, s, d in cards for line in (h, s, d, "214 19 …")] + ["عرض المزيد", "الخصوصية", "الشروط"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None
    assert rule_of(text, cards[0][2])[2] == "shape.listing_stamp"
    assert rule_of(text, cards[0][1])[:2] == ("boilerplate", "related")
    # a story under one such bar keeps its date
    story = "\n".join(["منصة رقعة", "سلمى الدرعي", cards[0][0], cards[0][2], P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(story)
    assert doc.body == "\n".join([P1, P2, P3]) and doc.metadata.published is not None
    assert doc.metadata.published.isoformat() == "2024-11-03"


def test_a_reading_time_written_read_in_n_minutes_is_metadata_but_a_reading_of_a_book_is_not() -> None:
    headline = "قراءة في رواية الطريق إلى البحر"
    text = "\n".join(["الرئيسية", "ثقافة", headline, "12 مارس 2024", "قراءة في 5 دقائق", P1, P2, P3])
    doc = arclean.parse(text)
    assert rule_of(text, "قراءة في 5 دقائق") == ("metadata", "other", "shape.reading_time")
    assert doc.metadata.title == headline and doc.body == "\n".join([P1, P2, P3])
    assert rule_of(text + "\nقراءة في ١١ دقيقة", "قراءة في ١١ دقيقة")[2] != "body.run"


def test_a_cookie_notice_whose_privacy_words_come_late_in_a_long_sentence_is_no_article() -> None:
    notice = ("تستخدم هذه الصفحة الكوكيز وتقنيات مشابهة لتحسين تجربتك في التصفح وتحليل حركة الزوار وتخصيص المحتوى والإعلانات بما يتناسب مع "
              "اهتماماتك، وبالنقر على زر القبول فإنك توافق على تخزينها على جهازك وفقا لسياسة الخصوصية الخاصة بنا.")
    text = "\n".join(["نهتم بخصوصيتك", notice, "قبول الكل", "الرئيسية", "محليات", "اقتصاد", "رياضة", "© 2025 جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, notice)[:2] == ("boilerplate", "footer")


def test_a_body_left_with_only_headlines_joined_by_two_dots_is_no_article() -> None:
    # a gallery page: its captions are numbered, then "more albums" and other albums' headlines
    text = "\n".join(["ألبومات الصور", "بالصور.. المدينة تتزين بالأعلام في العيد الوطني", "تصوير: أحمد العلي", "الثلاثاء 25 فبراير 2025",
                      "1 / 6", "الأعلام تزين واجهات الأبراج عشية العيد", "2 / 6", "أطفال بالزي التقليدي في السوق القديم",
                      "المزيد من الألبومات", "بالصور.. أمطار الخير تهطل على مختلف مناطق البلاد", "بالصور.. افتتاح معرض الكتاب في دورته الجديدة"])
    assert arclean.clean(text) == ""
    # a story whose first line is such a headline keeps its paragraphs
    story = "\n".join(["الرئيسية", "عاجل.. الحكومة تعلن خطة جديدة للنقل العام", "الثلاثاء 25 فبراير 2025", P1, P2])
    assert arclean.clean(story) == "\n".join([P1, P2])


def test_the_comment_policy_page_under_its_heading_and_update_line_is_no_article() -> None:
    rules_text = [
        "يرحب الموقع بتعليقات قرائه ومشاركاتهم، ويعدها جزءا من الحوار العام حول القضايا التي ينشرها، ضمن ضوابط واضحة.",
        "لا تنشر التعليقات التي تتضمن شتما أو قذفا أو تحقيرا لأي شخص أو جهة، أو تحرض على العنف والكراهية.",
        "لا تنشر التعليقات الإعلانية أو التي تتضمن روابط لمواقع تجارية، ولا المكتوبة بأحرف لاتينية بالكامل.",
    ]
    text = "\n".join(["الرئيسية", "محليات", "اقتصاد", "رياضة", "الرئيسية", "سياسة التعليقات", "سياسة التعليقات", "آخر تحديث: 2 شباط 2023"]
                     + rules_text + ["طباعة", "مشاركة", "من نحن", "اتصل بنا", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == ""


def test_three_headline_and_summary_pairs_under_a_suggestions_header_are_teasers() -> None:
    pairs = [
        ("«آخر الليل» يفتتح مهرجان القاهرة.. وصناعه: الفيلم عن المدينة قبل أن يكون عن الحب",
         "تحدث فريق العمل في المؤتمر الصحفي عن ثلاث سنوات من التصوير المتقطع وعن صعوبة الحصول على التصاريح في وسط البلد."),
        ("مراجعة «الحارس».. أكشن مصري بميزانية كبيرة وسيناريو صغير لا يصمد أمام المشاهد",
         "مشاهد المطاردات مبهرة بالفعل، لكن الفيلم ينسى أن يمنحنا سببا واحدا للاهتمام بأبطاله حتى النهاية."),
        ("شباك التذاكر: خمسة أفلام تتنافس على إيرادات موسم الشتاء في دور العرض المصرية",
         "تعرف على ترتيب الأفلام المعروضة وإيرادات كل منها منذ بداية الشهر الجاري وحتى نهاية الأسبوع الماضي."),
    ]
    text = "\n".join(["الرئيسية", "نقد", "نشر في: 12 نوفمبر 2024", P1, P2, P3, "قد يعجبك أيضا"] + [x for p in pairs for x in p] + ["جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])
    assert rule_of(text, pairs[0][1])[2] == "structure.teaser_pairs"


def test_the_headline_a_breadcrumb_ends_with_is_the_title_whatever_lies_under_it() -> None:
    headline = "«بيت على حافة النهر»: ذاكرة عائلة في مدينة تتبدل"
    text = "\n".join(["الرئيسية", "كتب", "حوارات", "الرئيسية » كتب » " + headline, "الخميس 12 تشرين الأول 2023", "سليم حداد", "كتب", headline,
                      "فيسبوكتويترواتسابنسخ الرابط", "مدة القراءة: 6 دقائق", "الكتاب: بيت على حافة النهر", "المؤلفة: رنا الخطيب", "عدد الصفحات: 284",
                      "غلاف الرواية", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, "غلاف الرواية")[1] != "title"


def test_a_products_name_the_breadcrumb_ends_with_is_the_title_and_a_counted_tab_label_never_is() -> None:
    name = "إثيوبيا سيدامو - تحميص فاتح 250 غ"
    desc = "قهوة مختصة من مرتفعات جنوب إثيوبيا، تزرع على ارتفاعات عالية وتقطف يدويا في موسم واحد كل عام، ثم تغسل وتجفف بعناية."
    text = "\n".join(["حبوب القهوة", "الكبسولات", "الهدايا", "الرئيسية / حبوب القهوة / " + name, name, "★★★★★", "(27 تقييم)", "89.00 ر.س",
                      "متوفر في المخزون", "أضف إلى السلة", "الوصف", "المواصفات", "التقييمات (27)", desc, P2, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == name
    assert rule_of(text, "التقييمات (27)")[1] != "title"


def test_sections_a_table_of_contents_lists_are_never_teasers() -> None:
    sections = [
        ("نبتة السهوب الصلبة", "نبتة برية صلبة تنمو في السهوب الجافة، تقاوم العطش وتثبت التربة، وتستعمل أليافها منذ قرون في صنع الحبال والحصائر."),
        ("طفرة التصدير", "في القرن التاسع عشر صارت النبتة سلعة مطلوبة في موانئ أوروبا لصناعة الورق، فازدهرت تجارتها وكثرت السفن في المرافئ."),
        ("جامعو الحزم في الجبل", "كانت الأسر الريفية تخرج إلى السهوب في مواسم الجمع، وتحمل الحزم على ظهور الجمال إلى أسواق المدن الساحلية القريبة."),
        ("أفول التجارة", "مع مطلع القرن العشرين تراجع الطلب تدريجيا بعد ظهور لب الخشب، فأغلقت المخازن وعاد الجامعون إلى الرعي والزراعة."),
    ]
    text = "\n".join(["الرئيسية", "تراث", "نشر في: 10 يناير 2025", P1, "محتويات المقال"] + [h for h, _p in sections]
                     + [x for pair in sections for x in pair] + ["جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1] + [x for pair in sections for x in pair])


def test_a_pashto_solar_date_line_written_year_first_is_the_date_line_not_the_title() -> None:
    # Pashto: "of the solar year 1403, of Aqrab the 20th" (read since session 22; it was left
    # unread before, never guessed): the header's date line, under the headline
    headline = "ننګرهار کې د انارو حاصلات تېر کال ته په پرتله زیات شوي"
    story = ["د ننګرهار د کرنې رياست چارواکي وايي، چې سږکال د ولایت په بېلابېلو ولسوالیو کې د انارو حاصلات زیات شوي دي او بزګران خوشاله دي.",
             "د دغه رياست یوه مسؤل وویل، چې د پسرلي مناسب بارانونو او د ناروغیو پر وړاندې د مبارزې له امله حاصلات ښه شوي دي."]
    text = "\n".join(["کور", "سیاست", "اقتصاد", headline, "د ۱۴۰۳ لمریز کال د لړم ۲۰مه", "لیکوال: احمدشاه مومند"] + story + ["شریک یې کړئ"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline and str(doc.metadata.published) == "2024-11-10"
    assert doc.metadata.author == "احمدشاه مومند"
    assert doc.body == "\n".join(story)


def test_a_section_fronts_lead_item_with_its_read_more_link_over_a_stamped_list_is_no_article() -> None:
    lead = "قرر مجلس إدارة البنك المركزي خلال اجتماعه الدوري الإبقاء على نسبة الفائدة المديرية دون تغيير، في ظل تراجع نسق التضخم خلال الأشهر الأخيرة."
    items = []
    for h, d in (("صادرات التمور تتجاوز 800 مليون دينار منذ انطلاق الموسم", "الاثنين 03 فيفري 2025 - 11:05"),
                 ("انطلاق أشغال محطة لتحلية المياه بطاقة ستة آلاف متر مكعب", "الاثنين 03 فيفري 2025 - 09:40"),
                 ("نسبة البطالة تستقر في حدود 16 بالمائة خلال الثلاثي الأخير", "الأحد 02 فيفري 2025 - 18:15"),
                 ("ارتفاع الاستثمارات الصناعية المصرح بها بنسبة 12 بالمائة", "الأحد 02 فيفري 2025 - 12:30"),
                 ("الديوانة تحجز بضائع مهربة بقيمة 2.3 مليون دينار خلال أسبوع", "السبت 01 فيفري 2025 - 10:25")):
        items += [h, d]
    text = "\n".join(["الرئيسية", "اقتصاد", "رياضة", "الرئيسية / اقتصاد", "اقتصاد", "البنك المركزي يبقي على نسبة الفائدة المديرية",
                      "بوابة قرطاج - سلمى الحامي", "الاثنين 03 فيفري 2025 - 14:20", lead, "اقرأ المزيد"] + items + ["1", "2", "3", "التالي »", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None
    # the same lead paragraph with no list under it is a short story: kept
    story = "\n".join(["الرئيسية", "اقتصاد", "البنك المركزي يبقي على نسبة الفائدة المديرية", "الاثنين 03 فيفري 2025 - 14:20", lead, P2, "جميع الحقوق محفوظة"])
    assert arclean.clean(story) == "\n".join([lead, P2])


def test_a_fraud_explainer_telling_the_reader_to_guard_their_data_and_account_is_no_policy_text() -> None:
    text = "\n".join([
        "تنتشر في الأشهر الأخيرة رسائل نصية تنتحل صفة البنوك وتطلب من العملاء الضغط على روابط مشبوهة، وهذه أبرز علاماتها.",
        "كيف تتعرف على الرسالة المزيفة؟",
        '- تطلب منك تحديث بياناتك "فورا" وإلا أوقف حسابك.',
        "- تحتوي على رابط مختصر أو عنوان موقع غريب.",
        "- تأتي من رقم شخصي لا من اسم البنك المعتاد.",
        "ماذا تفعل إذا وصلتك؟",
        "- لا تضغط على الرابط، واحذف الرسالة وأبلغ البنك عبر رقمه الرسمي.",
    ])
    assert arclean.clean(text) == text


def test_three_dated_summaries_under_a_list_of_teasers_are_the_listings_too() -> None:
    # a Persian section front: cards (section, headline, stamp, summary) with relative stamps,
    # then three more cards dated in numbers, each summary alone under its date
    cards = [
        ("مسکن", "اجاره‌بها در شهرهای بزرگ از مرز سی درصد افزایش گذشت", "۲ ساعت پیش",
         "بررسی آگهی‌های اجاره در چند منطقه نشان می‌دهد که متوسط اجاره‌بها نسبت به سال گذشته افزایش زیادی داشته است."),
        ("بورس", "شاخص کل بورس در کانال تازه‌ای ماند", "۳ ساعت پیش",
         "معاملات امروز بازار سهام با افت اندک شاخص کل و خروج پول حقیقی از بازار همراه بود و خریداران محتاط ماندند."),
        ("انرژی", "سهمیه بنزین ماه جاری امشب شارژ می‌شود", "۵ ساعت پیش",
         "سهمیه بنزین یارانه‌ای خودروهای شخصی از نیمه‌شب امشب به کارت‌های سوخت واریز می‌شود و تا پایان ماه اعتبار دارد."),
        ("خودرو", "قیمت کارخانه‌ای سه خودروی پرفروش تغییر کرد", "دیروز ۲۱:۱۵",
         "خودروسازان با مجوز شورای رقابت قیمت سه خودروی پرفروش را افزایش دادند و فهرست تازه را منتشر کردند."),
        ("بازار کار", "نرخ بیکاری پاییز اعلام شد؛ کاهش اندک در بیکاری جوانان", "۱۴۰۳/۰۹/۱۲ - ۱۸:۲۰",
         "بر اساس گزارش فصلی، نرخ بیکاری جمعیت فعال کشور نسبت به فصل مشابه سال قبل اندکی کاهش یافته است."),
        ("کشاورزی", "صادرات سیب به کشورهای همسایه رشد کرد", "۱۴۰۳/۰۹/۱۲ - ۱۱:۰۵",
         "باغداران استان‌های شمال غرب می‌گویند صادرات سیب امسال به دلیل تقاضای بیشتر همسایگان رشد کرده است."),
        ("بانک", "سقف وام ازدواج در سال آینده تغییر نمی‌کند", "۱۴۰۳/۰۹/۱۱ - ۲۰:۴۰",
         "لایحه بودجه سال آینده پیشنهاد ثابت ماندن سقف وام ازدواج را داده است؛ موضوعی که با انتقاد نمایندگان روبه‌رو شد."),
    ]
    lines = ["صفحه اول › اقتصادی", "اقتصادی", "بازار کار | مسکن | بورس | انرژی | خودرو | کشاورزی | بانک", "ویژه"]
    for i, (kicker, head, stamp, summary) in enumerate(cards):
        lines += [kicker, head, stamp, summary] + (["ادامه مطلب"] if i == 0 else [])
    text = "\n".join(lines + ["۱ ۲ ۳ ۴ ... ۴۸ صفحه بعد »", "درباره ما | تماس با ما | آگهی", "کلیه حقوق محفوظ است."])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None


def test_a_days_archive_of_headlines_each_under_a_clock_and_section_stamp_is_no_article() -> None:
    items = [("21:40 | ورزش", "تیم ملی فوتسال در دیدار دوستانه حریف را با سه گل شکست داد"),
             ("20:05 | اقتصاد", "بهای آرد در بازارهای شمال کشور برای دومین هفته کاهش یافت"),
             ("18:30 | جامعه", "ثبت‌نام زمستانی مکاتب دینی در پایتخت از امروز آغاز شد"),
             ("16:12 | صحت", "تیم‌های سیار صحی به ولسوالی‌های برف‌گیر شمال شرق اعزام شدند"),
             ("14:35 | سیاست", "هیئت تجارتی برای گفتگو درباره ترانزیت به کشور همسایه رفت")]
    text = "\n".join(["صفحه نخست", "سیاست", "اقتصاد", "ورزش", "آرشیف خبرها", "سه‌شنبه ۱۵ عقرب ۱۴۰۳", "« روز قبل | روز بعد »"]
                     + [x for pair in items for x in pair] + ["۱ ۲ ۳ بعدی »", "© ۲۰۲۴ تمام حقوق محفوظ است"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None
    assert rule_of(text, "20:05 | اقتصاد")[2] in ("shape.listing_stamp", "structure.stamped_headlines")


def test_clock_stamps_with_the_part_of_the_day_are_an_archives_stamps_too() -> None:
    # an Urdu paper's archive of one day: "11:52 رات | شہر" (the clock, "night", the section)
    items = [("11:40 رات", "شہر", "شہر میں پانی کی نئی پائپ لائن بچھانے کا کام اگلے ہفتے سے شروع ہوگا"),
             ("10:05 رات", "کھیل", "ریاستی کرکٹ ٹیم نے آخری دن شاندار بیٹنگ سے میچ بچا لیا"),
             ("08:30 شام", "تجارت", "چاندی کی قیمت میں مسلسل دوسرے دن اضافہ، بازار میں خریداری کم"),
             ("06:12 شام", "ملک", "سردیوں کی چھٹیوں سے پہلے ٹرینوں میں اضافی کوچ لگانے کا اعلان"),
             ("04:35 دوپہر", "مضامین", "اردو صحافت کے دو سو سال: ایک جائزہ")]
    lines = ["ہوم", "آرکائیو", "ہوم » آرکائیو", "آرکائیو: 14 نومبر 2024، جمعرات", "« 13 نومبر 2024", "15 نومبر 2024 »"]
    for clock, section, head in items:
        lines += [f"{clock} | {section}", head]
    text = "\n".join(lines + ["صفحہ 1 از 4", "1 2 3 4 اگلا »", "© 2024 جملہ حقوق محفوظ ہیں"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None
    assert rule_of(text, "10:05 رات | کھیل")[2] == "shape.listing_stamp"


def test_an_extract_of_a_newsletter_sign_up_and_its_privacy_notice_is_no_article() -> None:
    pitch = "احصل على أهم أخبار الرياضة والتحليلات في بريدك الإلكتروني كل مساء بعد نهاية المباريات، مجانا."
    text = "\n".join(["اشترك في نشرتنا البريدية", pitch, "البريد الإلكتروني", "أوافق على سياسة الخصوصية وشروط الاستخدام", "اشترك الآن",
                      "نحترم خصوصيتك ونلتزم بحماية بياناتك الشخصية، ولا نشارك عنوان بريدك مع أي طرف ثالث دون موافقتك.", "© 2025 جميع الحقوق محفوظة"])
    assert_policy_page(text, pitch)


def test_a_tables_source_line_inside_the_story_does_not_close_it() -> None:
    rows = ["الربع | الصادرات (مليار) | التغير", "الربع الأول | 74.5 | 4.6%", "الربع الثاني | 76.9 | 8.3%", "الربع الثالث | 79.3 | 11.4%"]
    after = "وتصدرت منتجات الصناعات الكيماوية قائمة الصادرات غير النفطية خلال الربع الثالث، تلتها اللدائن والمطاط ومصنوعاتها."
    lead = "ويوضح الجدول التالي تطور الصادرات خلال الأرباع الأخيرة:"
    text = "\n".join([P1, lead] + rows + ["المصدر: الهيئة العامة للإحصاء", after, P2])
    assert arclean.clean(text) == "\n".join([P1, lead] + rows + [after, P2])


def test_a_chain_of_bare_dates_in_search_results_printed_in_fragments_gives_no_date() -> None:
    # search results as BeautifulSoup prints them: section, date, the headline and the snippet
    # in pieces around the highlighted word; the last result is no story under its date
    results = []
    for section, date, before, after in (
        ("اقتصاد", "12/11/2025", "ارتفاع أسعار", "في السوق المحلية"), ("محليات", "09/11/2025", "ضبط كميات من", "المغشوش في أحد المحلات"),
        ("اقتصاد", "05/11/2025", "البنك المركزي يشتري", "لتعزيز الاحتياطي"), ("رياضة", "02/11/2025", "ميدالية من", "للعداء في البطولة"),
        ("منوعات", "30/10/2025", "خبراء: كيف تميز", "الأصلي من المقلد؟"), ("اقتصاد", "27/10/2025", "توقعات بتراجع", "مع نهاية العام"),
    ):
        results += [section, date, before, "الذهب", after, "... وقال مسؤولون إن", "الذهب", "سجل ..."]
    text = "\n".join(["الرئيسية", "البحث", "نتائج البحث عن: الذهب", "كل الأقسام"] + results + ["1", "2", "3", "التالي", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.published is None
    assert rule_of(text, "02/11/2025")[2] == "shape.listing_stamp"


def test_a_whole_other_story_under_read_also_with_its_own_byline_and_date_is_not_body() -> None:
    other = ["في مبنى حجري قديم بجبل اللويبدة، افتتح بيت للحكاية الشعبية يستقبل الرواة الشباب كل خميس ويسجل حكاياتهم.",
             "ويقول مؤسس المكان إن الفكرة ولدت من خوفه على حكايات جدته التي لم يدونها أحد من أفراد العائلة قبل رحيلها.",
             "ويخطط القائمون على البيت لتوثيق الحكايات المسجلة في كتاب مصور يصدر مطلع العام المقبل بدعم من متطوعين."]
    text = "\n".join(["الرئيسية › ثقافة وفنون", "معارض في العاصمة البريطانية تحتفي برسامي كتب الأطفال", "لندن: نادية الكاتب",
                      "نُشر: 24 أكتوبر 2024", P1, P2, P3, "اقرأ أيضاً", "«بيت الحكاية» يفتح أبوابه للرواة الشباب في عمّان",
                      "عمّان: عمر الزعبي", "نُشر: 22 أكتوبر 2024"] + other + ["جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-10-24"


def test_a_headline_over_its_longer_deck_is_the_title_and_a_breadcrumb_over_a_headline_is_not() -> None:
    headline = "رسامو كتب الأطفال العرب يعرضون أعمالهم في لندن للمرة الأولى"
    deck = "أربعون فنانا من اثنتي عشرة دولة يقدمون مئة وستين عملا بين المخطوطة الأولى والصفحة المطبوعة في قاعة صغيرة"
    text = "\n".join(["الرئيسية › ثقافة وفنون", "معارض", headline, deck, "لندن: نادية الكاتب", "نُشر: 24 أكتوبر 2024", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, deck)[2] == "zone.subtitle"
    # a breadcrumb or a series' name over the headline is no headline
    for upper in ("مراجعات / روايات عربية مختارة", "الأربعون النووية - الحديث الثالث عشر"):
        text = "\n".join(["الرئيسية", "ثقافة", upper, deck, "نُشر: 24 أكتوبر 2024", P1, P2, P3])
        assert arclean.parse(text).metadata.title == deck


def test_a_long_trail_from_the_home_item_to_a_long_headline_is_a_breadcrumb_not_the_title() -> None:
    # "الرئيسية › <section> › <subsection> › <the report's long headline>": eighteen words and
    # more, still the page's trail; the headline printed again under it is the title
    headline = "سوق الإيجارات السكنية في المدينة الجديدة خلال الربع الثالث من العام 2024"
    trail = f"الرئيسية › الأبحاث والتقارير › تقارير السوق › {headline}"
    text = "\n".join(["شركة الخبرة العقارية", "الرئيسية", "شراء", "إيجار", trail, headline, "نُشر في 21 أكتوبر 2024", P1, P2, P3])
    doc = arclean.parse(text)
    assert rule_of(text, trail)[1:] == ("nav", "shape.breadcrumb")
    assert doc.metadata.title == headline
    # (a headline with chevrons but no home item, as long, is no trail)
    assert rules.breadcrumb("مقال › رأي › " + headline + " بين الأمس واليوم", 24) is None


def test_an_items_number_is_never_the_title_and_a_crumbs_last_item_over_a_longer_headline_is_the_section() -> None:
    question = "میں ایک نجی کمپنی میں ملازم ہوں اور ہر ہفتے دفتر کے کام سے دوسرے شہر جاتا ہوں، کیا میں وہاں قصر نماز پڑھوں گا؟"
    answer = "واضح رہے کہ شریعت میں مسافر اس شخص کو کہا جاتا ہے جو اپنے شہر سے اڑتالیس میل یا اس سے زیادہ کی مسافت کے ارادے سے نکلے۔"
    text = "\n".join(["ہوم", "فتاویٰ", "فتویٰ نمبر : 144605100618", "تاریخ اجراء : 12 جمادی الاولیٰ 1446ھ", "سوال", question, "جواب", answer])
    assert arclean.parse(text).metadata.title != "فتویٰ نمبر : 144605100618"
    # Persian: the trail's last item printed again over the headline is the section
    headline = "برنج هاشمی در بازار کیلویی ۱۸۰ هزار تومان شد؛ شالیکاران: سود گرانی به جیب ما نمی‌رود"
    story = ["دبیر انجمن صنفی شالیکاران گفت قیمت برنج هاشمی در بازار به بالاترین سطح خود در سال‌های اخیر رسیده است و خریداران کم شده‌اند.",
             "به گزارش خبرنگار اقتصادی، شالیکاران می‌گویند سود این گرانی به دلالان می‌رسد و کشاورز سهم اندکی از آن دارد."]
    text = "\n".join(["خانه » اقتصادی » کشاورزی و منابع طبیعی", "کد خبر: ۱۴۰۳۰۸۲۲۰۴۸۱۷", "۱۴۰۳/۰۸/۲۲ - ۱۰:۳۴", "کشاورزی و منابع طبیعی", headline] + story)
    doc = arclean.parse(text)
    assert doc.metadata.title == headline and doc.metadata.category == "کشاورزی و منابع طبیعی"


def test_a_lead_in_under_an_inline_read_also_link_stays_with_the_list_it_opens() -> None:
    lead = "وأوضحت الشركة أن الأوراق المطلوبة لاستخراج الاشتراك لأول مرة هي:"
    items = ["- استمارة الاشتراك مختومة بخاتم المدرسة أو الكلية.", "- صورة شخصية حديثة مقاس 4×6.",
             "- صورة شهادة الميلاد المميكنة أو البطاقة الشخصية للطلاب فوق 16 عاما.", "- إيصال سداد المصروفات الدراسية للعام الجديد."]
    lines, _block = read_lines("\n".join([P1, P2, "اقرأ أيضا: تعرف على مواعيد تشغيل القطار الكهربائي الخفيف", lead] + items))
    lines[2].set("boilerplate", "related", "lexicon.prefix:اقرا ايضا")
    # the body runs the run finder gives on such a page: the paragraphs, then the list's items
    runs = structure.colon_list(lines, [(0, 2), (4, 8)])
    assert runs == [(0, 2), (3, 8)]
    assert (lines[3].label, lines[3].rule) == ("body", "structure.colon_list")


def test_a_headline_printed_twice_over_its_date_is_the_title_not_a_body_run() -> None:
    headline = "مترو الأنفاق يبدأ استقبال طلبات اشتراكات الطلاب للعام الدراسي الجديد.. اعرف الأوراق المطلوبة"
    text = "\n".join(["الرئيسية", "سياسة", "حوادث", "اقتصاد وبورصة", "رياضة", "بث مباشر", "الرئيسية", ">", "أخبار مصر", ">", headline, headline,
                      "الإثنين، ٠٩ سبتمبر ٢٠٢٤ ٠٢:١٥ م", "كتب محمود عبد الحميد", "مترو الأنفاق", "مترو الأنفاق",
                      "Error loading media: File could not be played", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.title == headline and doc.metadata.published is not None


def test_a_header_swallowed_by_a_ticker_block_is_reclaimed_over_a_toolbar_line() -> None:
    headline = "ارتفاع مناولة الحاويات في ميناء صحار بنسبة 12 بالمائة خلال فبراير"
    text = "\n".join(["آخر الأخبار", "جلالة السلطان يبعث برقية تهنئة | وزارة العمل تعلن نتائج القرعة", "* الرئيسية", "* اقتصاد", headline,
                      "الأحد 16 مارس 2025 11:42", "حجم الخط: أ+ أ- طباعة إرسال لصديق", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2025-03-16"
    assert doc.body == "\n".join([P1, P2, P3])


def test_a_suggested_storys_card_under_an_error_pages_heading_is_no_article() -> None:
    lead = "أعلنت مؤسسة الموانئ استئناف العمل في رصيف الحاويات بعد أعمال صيانة استمرت ثلاثة أسابيع، وفق بيان صادر عنها مساء أمس."
    text = "\n".join(["الرئيسية", "أخبار محلية", "اقتصاد", "خطأ 404", "عذراً، الصفحة التي تبحث عنها غير موجودة",
                      "ربما تم نقل هذه الصفحة أو حذفها، أو أن الرابط الذي اتبعته غير صحيح.", "العودة إلى الرئيسية", "ربما تبحث عن",
                      "مؤسسة الموانئ تعلن استئناف العمل في رصيف الحاويات", "29 نوفمبر 2025", lead,
                      "انخفاض أسعار الدقيق في الأسواق بعد وصول شحنات جديدة", "27 نوفمبر 2025", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None


def test_a_maintenance_notice_under_the_sites_name_is_no_article() -> None:
    text = "\n".join([
        "كلية المستقبل الجامعية", "بوابة الطلاب", "الموقع تحت الصيانة",
        "نعمل حاليا على تحديث أنظمة التسجيل الإلكتروني استعدادا للفصل الدراسي الجديد، ونعتذر عن أي إزعاج قد يسببه هذا التوقف المؤقت.",
        "لن يتأثر أي طالب بهذا التوقف، وستمدد فترة التسجيل بعدد الأيام التي توقفت فيها البوابة عن العمل.",
        "آخر تحديث للإشعار: 18/01/2025", "© 2025 كلية المستقبل الجامعية",
    ])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None


def test_a_free_verse_poem_of_short_voweled_lines_is_kept_whole() -> None:
    poem = ["المقاعدُ باردةٌ", "والساعةُ الكبيرةُ", "تعدُّ المسافرين", "واحداً واحداً", "امرأةٌ تضمُّ حقيبتها", "كأنها طفلٌ نائم",
            "القطارُ تأخّرَ", "لكنّ أحداً لم يسأل", "كلُّنا نعرفُ", "أنّ الانتظارَ", "هو الرحلةُ الحقيقية"]
    text = "\n".join(["محطة في الشتاء"] + poem)
    assert arclean.clean(text).endswith("\n".join(poem))
    # the same short lines with no vowel marks and no verse signs are a menu's
    menu = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد وأعمال", "رياضة محلية", "ثقافة وفنون", "منوعات", "فيديو", "صور", "كتاب الرأي"]
    assert arclean.clean("\n".join(menu)) == ""


def test_a_tables_last_row_is_no_menu_that_closes_the_story() -> None:
    rows = ["| المتطلب | المدارس الحكومية | المدارس الخاصة |", "| المعدل في الشهادة الثانوية | 90% فأعلى | 90% أو ما يعادله |",
            "| اختبار اللغة الإنجليزية | IELTS 6.5 | IELTS 6.5 |", "| اختبار القبول | إلزامي | إلزامي |"]
    text = "\n".join([P1, "وجاءت شروط القبول الأساسية على النحو التالي:"] + rows + [P2, P3])
    assert arclean.clean(text) == text


def test_a_long_name_with_a_lineage_particle_under_the_headline_is_the_byline() -> None:
    headline = "البرلمان يصادق على قانون المجالس الجهوية بعد نقاش طويل"
    text = "\n".join(["الرئيسية", "أخبار", headline, headline, "عبد الله ولد سيدي محمد", "10 - ديسمبر - 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline and doc.metadata.author == "عبد الله ولد سيدي محمد"


def test_prose_comments_under_a_comments_header_never_outweigh_an_unanchored_story() -> None:
    comments = []
    for name, body in (("أبو محمد", "الله يكون في عون أهل الحي، كل سنة نفس القصة ونفس الوعود ولا أحد يتحرك قبل أن تغرق البيوت ويضيع تعب السنين."),
                       ("مريم عثمان", "أنا من الحي نفسه وبيت أهلي غرق بالكامل، الحمد لله الناس ساعدوا بعضهم لكن المساعدات الرسمية لم تصل حتى الآن إلينا."),
                       ("عيسى", "شكرا للموقع على التغطية، لكن لماذا لم تذكروا أن السد الترابي كان ضعيفا منذ البداية وأن الأهالي حذروا منه مرارا؟"),
                       ("عبد الكريم", "الحل ليس فقط في السدود، يجب منع البناء في المناطق المنخفضة وتعويض الأسر بأراض آمنة قبل موسم الأمطار القادم."),
                       ("فاطمة", "يا أخي الناس الفقراء أين يذهبون؟ الأرض في المناطق العالية غالية جدا ولا أحد يقدر على شرائها في هذه الظروف الصعبة.")):
        comments += [f"* {name[0]} {name} منذ ساعتين", body, "👍 3 رد إبلاغ"]
    text = "\n".join(["الرئيسية", "أخبار محلية", "فيضان النهر يجبر مئات الأسر على مغادرة أحيائها", "محمد صالح - مراسل الموقع منذ 3 ساعات 847 قراءة",
                      P1, P2, "التعليقات (7)"] + comments + ["أضف تعليقك", "جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join([P1, P2])


def test_a_privacy_notice_in_full_sentences_is_no_article() -> None:
    notice = [
        "نحن نحترم خصوصيتك ونلتزم بحماية بياناتك، ونوضح في هذا الإشعار كيف نتعامل معها.",
        "نجمع بعض البيانات تلقائيا عند تصفحك للموقع، مثل نوع المتصفح وعنوان بروتوكول الإنترنت والصفحات التي تزورها ومدة بقائك فيها.",
        "لا نبيع بياناتك الشخصية لأي طرف ثالث، لكننا قد نشاركها مع مزودي خدمات موثوقين يعملون نيابة عنا وفق اتفاقيات تلزمهم بالسرية.",
        "يحق لك في أي وقت طلب الاطلاع على البيانات التي نحتفظ بها عنك أو تصحيحها أو حذفها، ويرجى مراسلتنا عبر صفحة الاتصال.",
        "قد نقوم بتحديث هذا الإشعار من حين لآخر، وسننشر أي تغييرات على هذه الصفحة مع تعديل تاريخ آخر تحديث أدناه.",
    ]
    text = "\n".join(["النشرة البريدية", "اشترك الآن", "إشعار الخصوصية"] + notice + ["موافق", "إدارة التفضيلات"])
    assert arclean.clean(text) == ""


def test_a_place_and_a_writers_name_under_the_date_is_the_dateline_not_the_title() -> None:
    # an extract with no headline: the date, then "<place> - <writer>", then the story
    lines = [
        'الأربعاء 12 تشرين الثاني 2025',
        'زحلة - ريتا شمعون',
        'عند مدخل بلدة تعلبايا، تتكدّس أكياس البطاطا على جانبي الطريق بانتظار تجّار لا يأتون. ثلاثة أسابيع مرّت على بدء قلع الموسم الخريفي في البقاع الأوسط، والمزارعون يقولون إنهم لم يبيعوا حتى الآن أكثر من ربع إنتاجهم، وبأسعار «لا تغطي ثمن البذار».',
        'يروي أبو سامر، الذي يزرع نحو ستين دونماً بين تعلبايا وسعدنايل، أن كلفة الدونم الواحد هذا العام تجاوزت 650 دولاراً بين بذار مستورد وأسمدة ومازوت للريّ، فيما لا يتعدّى سعر الكيلوغرام في أرض الحقل 18 سنتاً. «كل كيلو نبيعه نخسر فيه، والتخزين في البرادات يأكل ما تبقّى»، يقول وهو يشير إلى تلّة من الأكياس غطّاها بشادر أزرق.',
        'اقرأ أيضاً: مزارعو عكار يطالبون بتعويضات عن أضرار العاصفة الأخيرة',
        'ويعزو المزارعون تراجع الطلب إلى دخول كميات من البطاطا المهرّبة عبر المعابر غير الشرعية في قرى الهرمل، تُباع في أسواق الجملة في بيروت وطرابلس بأسعار أدنى بنحو الثلث. ويقول رئيس تجمّع مزارعي البقاع الأوسط خليل أبو حمدان إن «الروزنامة الزراعية موجودة على الورق، لكن الحدود مفتوحة فعلياً، ولا أحد يراقب ما يدخل في الليل».',
        'في المقابل، أكّد مصدر في وزارة الزراعة أن الوزارة أوقفت منح إجازات استيراد البطاطا منذ مطلع تشرين الأول حمايةً للإنتاج المحلي، وأن دوريات مشتركة مع الجمارك ضبطت خلال الأسبوعين الماضيين أكثر من أربعين طناً في شاحنات كانت متّجهة إلى أسواق الخضار في الضاحية الجنوبية والمتن.',
        'اقرأ أيضاً: ارتفاع أسعار الأسمدة 30% قبيل موسم زراعة القمح',
        'ولا تقتصر الأزمة على التصريف الداخلي. فالتصدير إلى دول الخليج، الذي كان يستوعب في سنوات سابقة جزءاً كبيراً من الإنتاج، لا يزال متعثّراً بسبب كلفة الشحن البري، فيما تفرض الأسواق الأوروبية شروطاً صحية لا يقوى صغار المزارعين على تلبيتها من دون مختبرات معتمدة وشهادات منشأ.',
        'ويطالب المزارعون بخطة دعم عاجلة تشمل خفض كلفة تبريد المحصول عبر تزويد البرادات بالمازوت بسعر مدعوم، وإحياء اتفاق سابق يقضي بشراء جزء من الإنتاج لصالح المؤسسات العسكرية والسجون. «إذا لم يتحرّك أحد قبل نهاية الشهر، فإن نصف المزارعين لن يزرعوا في الربيع»، يحذّر أبو حمدان.',
        'البقاع، زراعة، البطاطا، التهريب، وزارة الزراعة',
        'مزارعو الموز في الجنوب: الموسم الأسوأ منذ عشر سنوات',
        'جمعية الصناعيين تطالب بحماية الإنتاج الوطني من الإغراق',
    ]
    doc = arclean.parse("\n".join(lines))
    assert doc.metadata.title is None and doc.metadata.dateline == "زحلة - ريتا شمعون"


def test_another_story_printed_whole_mid_story_under_read_also_ends_where_the_story_goes_on() -> None:
    story = ["أعلنت عمالة المدينة عن دخول تسعيرة جديدة لسيارات الأجرة الصغيرة حيز التنفيذ مطلع الشهر المقبل بعد سلسلة اجتماعات مع المهنيين.",
             "وحسب القرار، سيرتفع الثمن الأدنى للرحلة داخل المدار الحضري لسيارات الأجرة خلال الفترة النهارية والليلية على السواء."]
    other = ["أعطيت صباح اليوم انطلاقة أشغال تأهيل وتوسيع الطريق الإقليمية الرابطة بين تارودانت وأولاد برحيل على طول ثلاثين كيلومترا.",
             "ويرتقب أن تمتد أشغال الطريق على مدى ثمانية عشر شهرا، على أن تشمل توسيع القارعة وبناء منشآت فنية لتصريف مياه الأمطار."]
    rest = ["وفي المقابل، ألزم القرار سائقي سيارات الأجرة بتشغيل العداد في جميع الرحلات وإظهار التسعيرة الجديدة داخل السيارة.",
            "وقال ممثل نقابة السائقين إن التسعيرة الجديدة لسيارات الأجرة جاءت متأخرة بالنظر إلى ارتفاع كلفة المحروقات والصيانة."]
    text = "\n".join(["الرئيسية", "جهات", "سيارات الأجرة الصغيرة تعتمد تسعيرة جديدة", "الأربعاء 20 نونبر 2024 - 11:40"] + story
                     + ["اقرأ أيضا", "تارودانت.. انطلاق أشغال تأهيل الطريق الإقليمية نحو أولاد برحيل", "الثلاثاء 19 نونبر 2024 - 17:05"] + other + rest
                     + ["جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join(story + rest)
    assert rule_of(text, other[0])[2] == "structure.teaser_story"


def test_a_lead_in_opening_with_the_conjunction_keeps_the_table_under_it() -> None:
    rows = ["نظام السداد      المقدم      القسط الشهري", "نقدا      3500 جنيه      -", "تقسيط 6 سنوات      500 جنيه      45 جنيها",
            "تقسيط 8 سنوات      300 جنيه      36 جنيها"]
    text = "\n".join(["نشر في: 24 أكتوبر 2025", P1, P2, "وجاءت طرق السداد المتاحة كالتالي:"] + rows + ["اقرأ أيضًا", "بدء تركيب العدادات الكودية في فيصل",
                      "مواعيد قطع المياه عن مناطق بالعمرانية", P3, "جميع الحقوق محفوظة"])
    body = arclean.clean(text)
    assert "وجاءت طرق السداد المتاحة كالتالي:" in body and all(r in body for r in rows)


def test_a_sentence_opening_with_the_conjunction_after_a_read_also_box_goes_on_with_the_story() -> None:
    goes_on = "ويعتمد المزاد هذا الموسم للمرة الأولى نظاما إلكترونيا لتسجيل المزايدات وإصدار الفواتير، بدلا من الدفاتر الورقية."
    text = "\n".join(["الرئيسية", "اقتصاد", "مزاد التمور يتجاوز 38 مليون ريال في أسبوعه الأول", "عبدالله بن حمد العمير مراسل «المدار» في الأحساء",
                      "الأحد 17 نوفمبر 2024", P1, P2, "اقرأ أيضًا", "«البيئة» تطلق حملة لمكافحة سوسة النخيل الحمراء في 14 محافظة",
                      "صادرات التمور تصل إلى 119 دولة", goes_on, "الوسوم: التمور المزادات", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, goes_on])
    assert doc.metadata.author is not None and doc.metadata.title == "مزاد التمور يتجاوز 38 مليون ريال في أسبوعه الأول"


def test_a_products_name_over_its_price_and_the_shops_chrome_is_the_title() -> None:
    name = "قلاية هوائية رقمية سعة 5.5 لتر"
    desc = "تتيح لك هذه القلاية تحضير البطاطس المقرمشة والدجاج والخضار بكمية قليلة من الزيت، مع توزيع متساو للحرارة في السلة."
    text = "\n".join(["متجر بيتي", "الأجهزة المنزلية", "سلة المشتريات (0)", name, "★★★★☆ (128 تقييم)", "السعر: 349 ر.س", "متوفر في المخزون",
                      "الكمية", "أضف إلى السلة", "التوصيل خلال 2-4 أيام عمل", desc, P2, "أسئلة وأجوبة العملاء"])
    doc = arclean.parse(text)
    assert doc.metadata.title == name
    assert rule_of(text, name)[2] == "zone.product_name"
    assert rule_of(text, "التوصيل خلال 2-4 أيام عمل")[1] != "title"


def test_a_newsletter_forms_thank_you_note_is_no_article() -> None:
    note = "شكرًا لك! تحقق من بريدك الإلكتروني لتأكيد الاشتراك."
    text = "\n".join(["النشرة البريدية", "اشترك الآن في نشرتنا اليومية ليصلك ملخص أهم الأخبار", "أدخل بريدك الإلكتروني", "اشتراك", note,
                      "قبول الكل", "رفض", "© 2025 جميع الحقوق محفوظة"])
    assert_policy_page(text, note)


def test_a_latest_news_ticker_line_under_the_sites_date_is_no_story_so_the_storys_own_date_is_read() -> None:
    headline = "افزایش مراجعه کودکان مبتلا به سوءتغذی به شفاخانه ولایتی فاریاب"
    story = ["مسئولان شفاخانه ولایتی فاریاب می‌گویند شمار کودکانی که با سوءتغذی شدید به این شفاخانه آورده می‌شوند در ماه‌های اخیر افزایش یافته است.",
             "به گفته آنان، ظرفیت بخش تغذیه این شفاخانه محدود است و گاهی دو کودک ناچار روی یک بستر بستری می‌شوند و خانواده‌ها نگران هستند."]
    text = "\n".join(["صفحه اصلی", "افغانستان", "ولایات", "صحت", "پشتو | English", "سه‌شنبه ۲۹ عقرب ۱۴۰۳",
                      "آخرین خبرها: نرخ دالر در بازارهای کابل ۶۸.۲ افغانی ثبت شد ● برف‌باری در سالنگ؛ شاهراه برای ساعاتی مسدود شد ● ...",
                      "صفحه اصلی / صحت", headline, "چهارشنبه ۲۳ عقرب ۱۴۰۳ - 13 November 2024", "نویسنده: فریدون رحیمی", "۳۴۲ بازدید"] + story)
    doc = arclean.parse(text)
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-11-13"
    assert doc.metadata.title == headline and doc.body == "\n".join(story)


def test_a_persian_overline_ending_in_a_colon_over_the_headline_is_not_the_title() -> None:
    overline = "مدیرکل شیلات استان خبر داد:"
    headline = "صادرات میگوی پرورشی استان از هجده هزار تن گذشت"
    story = ["مدیرکل شیلات استان از صادرات بیش از هجده هزار تن میگوی پرورشی در هشت ماه نخست امسال به کشورهای همسایه خبر داد و گفت این رقم بی‌سابقه است.",
             "وی افزود: بیشتر این محصول به کشورهای حاشیه خلیج فارس و چند کشور آسیایی صادر شده و پرورش‌دهندگان از قیمت‌ها راضی هستند."]
    text = "\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "استان‌ها", "هرمزگان", "چهارشنبه / ۱۴ آذر ۱۴۰۳ / ۰۹:۲۳", "کد خبر: ۱۴۰۳۰۹۱۴۰۵۲۷۱", overline, headline] + story)
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, overline)[2] == "zone.overline"


def test_a_pashto_publication_date_label_and_share_row_leave_the_header_readable() -> None:
    headline = "جلال اباد ښاروالۍ د کثافاتو د راټولولو نوی مهالوېش اعلان کړ"
    story = ["جلال اباد ښاروالۍ اعلان کړی چې له راتلونکې اونۍ به د ښار په ټولو ناحیو کې کثافات هره ورځ سهار وختي راټولېږي او خلک دې خپل کثافات په ټاکلي وخت کې بهر کېږدي.",
             "د ښاروالۍ د پاکۍ د آمریت مسؤل وویل چې د دې کار لپاره نوي موټر او کارګر ګمارل شوي دي او خلک کولای شي خپلې ستونزې له ښاروالۍ سره شریکې کړي."]
    text = "\n".join(["کور پاڼه", "ولایتونه", "کور پاڼه » ولایتونه » ننګرهار", headline, "د خپرېدو نېټه: شنبه، ۱۲ لړم ۱۴۰۳ – ۱۰:۴۵",
                      "شریک یې کړئ: فېسبوک | واټساپ | ټوېټر"] + story)
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-11-02"


def test_cards_of_headline_relative_stamp_and_summary_are_a_listing_whatever_the_later_stamps() -> None:
    # a section of notices: each card a headline, its stamp ("منذ 4 ساعات", then numeric
    # dates once older) and a one-paragraph summary in full sentences; a card whose headline
    # holds its own date breaks the row of pairs: no article still, and no date
    cards = [
        ("الحاجة فاطمة حسن النعيمات في ذمة الله", "منذ 2 ساعات",
         "انتقلت إلى رحمة الله تعالى الحاجة فاطمة حسن النعيمات، وتقبل التعازي في ديوان العشيرة في مادبا لمدة ثلاثة أيام."),
        ("المهندس سامر يوسف الحياري في ذمة الله", "منذ 5 ساعات",
         "انتقل إلى رحمة الله تعالى المهندس سامر يوسف الحياري، ويشيع جثمانه بعد صلاة العصر من مسجد الجامعة في عمّان."),
        ("السيدة نوال عيسى الطراونة في ذمة الله", "منذ 7 ساعات",
         "انتقلت إلى رحمة الله تعالى السيدة نوال عيسى الطراونة، وتقبل التعازي للنساء في منزل الفقيدة في الكرك..."),
        ("وفيات المملكة ليوم الأحد 2-11-2025", "02-11-2025 07:30",
         "ننشر فيما يلي أسماء من انتقلوا إلى رحمة الله تعالى في المملكة يوم الأحد، مع مواعيد التشييع وأماكن العزاء."),
        ("شكر على تعزية من آل الحياري", "02-11-2025 18:05",
         "يتقدم آل الحياري بجزيل الشكر إلى كل من واساهم في مصابهم بوفاة فقيدهم، سائلين الله ألا يريهم مكروها..."),
    ]
    text = "\n".join(["الرئيسية", "محليات", "وفيات", "الرئيسية", "وفيات", *[x for c in cards for x in c], "السابق", "1", "2", "التالي", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text, reference=datetime(2025, 11, 3, 12, 0))
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, cards[1][2])[1:] == ("related", "structure.teaser_pairs")


def test_a_days_archive_of_clocks_over_headlines_has_no_article() -> None:
    # clock first, headline under it, now and then the headline's one-paragraph summary
    items = [
        ("21:40", "هيئة النقل تعلن تعديل مواعيد حافلات الخط الدائري", None),
        ("19:05", "مجلس المحافظة يقر موازنة الخدمات للعام المقبل",
         "وصوت المجلس في جلسته على توزيع التخصيصات بين الأقضية والنواحي بحسب عدد السكان في كل منها."),
        ("17:30", "الأرصاد: أمطار متفرقة على المناطق الشمالية غدا", None),
        ("15:12", "افتتاح معرض للكتاب المستعمل في ساحة البلدية", None),
        ("12:48", "وزارة الصحة تطلق حملة تلقيح ضد الإنفلونزا الموسمية",
         "وتستمر الحملة أسبوعين في المراكز الصحية كافة وتستهدف كبار السن والأطفال والمصابين بأمراض مزمنة."),
        ("09:20", "انطلاق بطولة المدارس لكرة الطائرة بمشاركة عشرين فريقا", None),
    ]
    lines = [x for c in items for x in c if x is not None]
    text = "\n".join(["الرئيسية", "محليات", "الأرشيف", "أرشيف الأخبار ليوم الأربعاء 5 تشرين الثاني 2025", *lines, "اليوم السابق", "اليوم التالي"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, items[1][2])[1:] == ("related", "structure.clock_headed_items")
    assert rule_of(text, "15:12")[1:] == ("related", "structure.clock_headed_items")


def test_a_latest_news_column_of_relative_and_dated_stamps_over_headlines_has_no_article() -> None:
    # the stamps over the items are relative times, then clocks, then dates with a clock;
    # two headlines join their halves with one "،"
    items = [
        ("منذ 10 دقائق", "البلدية تفتح باب التسجيل في المخيم الصيفي، والمقاعد محدودة",
         "وأعلنت البلدية أن التسجيل يجري عبر موقعها حتى نهاية الشهر الجاري وأن الأولوية لأبناء الأحياء القريبة."),
        ("منذ 35 دقيقة", "انقطاع المياه عن ثلاثة أحياء شرق المدينة غدا", None),
        ("14:20", "الأرصاد تتوقع رياحا نشطة على الساحل، وارتفاعا في الأمواج",
         "ودعت الهيئة الصيادين إلى عدم الإبحار قبل مساء الخميس حتى تهدأ الرياح على طول الشريط الساحلي."),
        ("11:05", "افتتاح سوق المزارعين الأسبوعي في ساحة البلدية", None),
        ("12 أكتوبر 2025، 09:40", "جامعة المدينة تعلن مواعيد التسجيل للفصل الثاني", None),
        ("11 أكتوبر 2025، 18:15", "فريق المدينة يتأهل إلى نصف نهائي الكأس", None),
    ]
    lines = [x for c in items for x in c if x is not None]
    text = "\n".join(["الرئيسية", "آخر الأخبار", *lines, "المزيد من الأخبار", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text, reference=datetime(2025, 10, 12, 12, 0))
    assert doc.body == ""
    assert doc.metadata.title is None
    assert doc.metadata.published is None
    assert rule_of(text, items[0][1])[1:] == ("related", "structure.clock_headed_items")
    assert rule_of(text, items[2][2])[1:] == ("related", "structure.clock_headed_items")


def test_a_paywall_with_its_plans_and_renewal_terms_has_no_article() -> None:
    renewal = "يتجدد الاشتراك تلقائياً في نهاية كل شهر ما لم تقم بإلغائه قبل موعد التجديد بيوم واحد على الأقل. تطبق الشروط والأحكام."
    text = "\n".join(["هذا المقال متاح للمشتركين فقط", "سجل دخولك أو اشترك لمتابعة القراءة", "الباقة الشهرية", "20 درهماً شهرياً",
                      "الباقة السنوية", "199 درهماً سنوياً", "اشترك الآن", renewal, "قبول الكل", "رفض"])
    assert arclean.clean(text) == ""
    assert rule_of(text, renewal)[1:] == ("promo", "policy.terms")


def test_an_e_papers_paywall_with_its_payment_steps_has_no_article_and_no_date() -> None:
    # the issue's date line heads a page that holds no article: no published date
    call = "لقراءة العدد كاملا بصيغة PDF يرجى تسجيل الدخول أو الاشتراك في إحدى الباقات المتاحة أدناه."
    steps = "بعد إتمام الدفع أرسل رقم العملية برسالة نصية إلى خدمة المشتركين ليجري تفعيل حسابك في اليوم نفسه."
    text = "\n".join(["الرئيسية", "العدد الورقي", "العدد 5120 - الثلاثاء 4 فبراير 2025", "هذا المحتوى متاح للمشتركين فقط", call,
                      "باقة شهرية: 90 درهما", "باقة سنوية: 900 درهم", "اشترك الآن", steps, "لديك حساب؟", "تسجيل الدخول",
                      "الأعداد السابقة", "العدد 5119 - الإثنين 3 فبراير 2025", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, call)[1:] == ("promo", "policy.terms")
    assert rule_of(text, steps)[1:] == ("nav", "policy.terms")


def test_a_credited_caption_between_two_parts_of_the_story_is_body() -> None:
    caption = "جانب من اجتماع المجلس البلدي في قاعة المدينة (أ ف ب)"
    text = "\n".join(["الرئيسية", "محليات", "المجلس البلدي يقر خطة جديدة لتنظيم الأسواق الشعبية", "12 كانون الثاني 2025",
                      P1, P2, "Embed from Getty Images", caption, P3, "شارك", "فيسبوك", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, caption, P3])
    assert rule_of(text, caption)[2] == "structure.inner_caption"


@pytest.mark.parametrize("line", ["أخبار الأسواق: شاهد لحظة افتتاح السوق الجديد (فيديو)", "★★★★☆ التقييم العام للمكان (412 تقييماً)"])
def test_a_teasers_media_tag_or_a_rating_count_in_parentheses_is_no_caption(line: str) -> None:
    from arclean.lines import read_lines as _read
    assert not structure.credited_caption(_read(line)[0][0])


@pytest.mark.parametrize(
    "caption",
    [
        "بساتين الحمضيات في الريف الشمالي تعاني نقص مياه الري (صورة أرشيفية: سلمى العربي)",
        # "جانب من ..." with no credit after it: still a caption, opening as captions do
        "جانب من قسم الطوارئ الجديد في مستشفى المدينة الحكومي",
    ],
)
def test_a_headline_over_a_caption_opens_an_extracted_article(caption: str) -> None:
    headline = "المزارعون يطالبون بحصص ري إضافية مع تراجع منسوب السدود للموسم الثالث"
    text = "\n".join([headline, caption, P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([caption, P1, P2, P3])


def test_a_caption_is_known_by_its_opening_phrase_a_sentence_so_opened_is_not() -> None:
    assert structure.opened_caption(read_lines("صورة أرشيفية لمدخل السوق القديم")[0][0])
    # (a sentence opening so is no caption)
    assert not structure.opened_caption(read_lines("جانب من المشاركين قالوا إن الحملة تأخرت، وإن البلدية لم توفر الحاويات")[0][0])


def test_a_bare_name_between_the_storys_relative_time_and_its_date_is_the_writer() -> None:
    headline = "خلاف جديد بين المجلسين يعطل إقرار الموازنة الموحدة للعام الجديد"
    text = "\n".join(["الرئيسية", "سياسة", headline, "منذ 5 ساعات", "نسرين الورفلي", "نُشر في 12 كانون الثاني 2025", "حجم الخط", "0", "مشاركة",
                      P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.author == "نسرين الورفلي"
    assert rule_of(text, "نسرين الورفلي")[2] == "zone.name_by_date"
    assert doc.body == "\n".join([P1, P2, P3])  # (the share row's counter "0" is no caption)


def test_a_rating_widget_and_a_spaced_toolbar_in_the_header_are_no_title_nor_caption() -> None:
    headline = "كبسة اللحم بالطريقة النجدية خطوة بخطوة"
    toolbar = "اطبع الوصفة   احفظ   شارك"
    text = "\n".join(["الرئيسية › وصفات › أطباق رئيسية", headline, "★★★★½ 4.6 من 5 (212 تقييم)", "الشيف ريم العتيبي",
                      "نُشرت في 3 آذار 2024", toolbar, P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, "★★★★½ 4.6 من 5 (212 تقييم)")[1:] == ("widget", "shape.rating")
    assert doc.body == "\n".join([P1, P2, P3])
    assert toolbar not in doc.body


def test_a_products_reviews_each_under_a_name_and_date_bar_have_no_article_and_no_date() -> None:
    # "<name> – شراء موثّق – <date>" over each review: one template's stamps, no page's date
    reviews = [("فاطمة ع.", "09 فبراير 2025", "ممتازة للشاي الأخضر والحليب للرضيع، والصوت هادئ جدا مقارنة بالغلاية القديمة التي كانت عندي."),
               ("راشد", "02 فبراير 2025", "تغلي بسرعة لكن الغطاء المعدني يسخن كثيرا، انتبهوا للأطفال عند فتحه بعد الغلي مباشرة."),
               ("أبو سيف", "27 يناير 2025", "توقفت عن التسخين بعد شهرين من الاستعمال، تواصلت مع البائع وما زلت أنتظر الاستبدال."),
               ("جنى", "20 يناير 2025", "سعرها مناسب والتوصيل كان سريعا إلى الشارقة، أنصح بها لمن يريد غلاية بسيطة.")]
    lines = ["سوق المدينة", "حسابي", "السلة", "غلاية كهربائية 1.7 لتر", "مشتريات موثّقة فقط"]
    for name, day, review in reviews:
        lines += ["★★★★☆", f"{name} – شراء موثّق – {day}", review, "مفيد (4)", "إبلاغ"]
    doc = arclean.parse("\n".join([*lines, "© 2025 سوق المدينة"]))
    assert (doc.body, doc.metadata.published) == ("", None)


def test_a_reviews_own_labelled_rating_stays_in_the_review() -> None:
    verdict = "تقييمي: ★★★★☆ (4 من 5)"
    text = "\n".join([P1, P2, verdict, P3])
    assert arclean.clean(text) == text


def test_a_forum_posters_kunya_under_the_posts_date_is_the_writer() -> None:
    post = ["السلام عليكم يا شباب، عندي سيارة موديل 2018 ومن فترة أسبوعين بدأ يطلع صوت هدير من الكفر الأمامي بعد سرعة 80.",
            "غيرت الكفرات قبل شهر وسويت ميزان وترصيص وما تغير شي، فهل المشكلة من البلي أو من شي ثاني؟"]
    text = "\n".join(["منتديات السيارات > القسم الفني", "صوت هدير من الكفر الأمامي بعد سرعة 80", "أدوات الموضوع   انواع عرض الموضوع",
                      "23-01-2022, 09:41 PM", "أبو فيصل الحربي", *post])
    doc = arclean.parse(text)
    assert doc.metadata.title == "صوت هدير من الكفر الأمامي بعد سرعة 80"
    assert doc.metadata.author == "أبو فيصل الحربي"
    assert doc.body == "\n".join(post)


def test_a_first_line_headline_over_a_lede_opening_with_fi_is_the_title_when_paragraphs_end_sentences() -> None:
    headline = "أن تتعلم السباحة في الخمسين"
    paras = ["في قريتنا الجبلية لم يكن أحد يعرف السباحة، فالماء كان للشرب والسقي فقط.", "كبرت ولم أتعلم، ثم صار الأمر سرا أخجل منه أمام أولادي.",
             "هنا، في مدينة على البحر، يسبح الجميع صيفا وشتاء كأنهم ولدوا في الماء.", "في الربيع الماضي سجلت في دروس للمبتدئين مع أطفال في السابعة."]
    text = "\n".join([headline, *paras])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join(paras)


def test_a_hard_wrapped_sentence_opening_an_extract_is_no_headline() -> None:
    # each line breaks mid-sentence: the first line and "في ..." under it are one sentence
    wrapped = ["أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتطعيم ضد الحصبة", "في جميع المحافظات ابتداء من يوم الأحد المقبل وحتى نهاية",
               "الشهر، وقالت إن الفرق الميدانية ستزور المدارس ورياض الأطفال", "والمراكز الصحية في المدن والقرى، وإن اللقاح متوفر مجانا",
               "لجميع الأطفال بين سن تسعة أشهر وست سنوات دون استثناء."]
    doc = arclean.parse("\n".join(wrapped))
    assert doc.metadata.title is None
    assert doc.body == "\n".join(wrapped)


def test_a_latin_site_name_over_the_header_is_no_title_the_headline_under_the_header_is() -> None:
    headline = "إعلان عن فتح باب التسجيل في مسابقة الدكتوراه للسنة الجامعية 2024-2025"
    text = "\n".join(["Accueil   Université   Facultés   العربية", "Université Ibn Khaldoun Tiaret", "نشر يوم 28 أوت 2024", "5237 مشاهدة",
                      headline, P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([P1, P2, P3])


def test_an_events_calendar_with_year_less_dates_under_a_featured_event_has_no_article() -> None:
    featured = ["الفعالية المميزة", "البرنامج الثقافي لشهر رمضان في مركز المدينة",
                "يعود البرنامج هذا العام بأكثر من عشرين فعالية تمتد على ليالي الشهر، بين أمسيات شعرية ومعارض وورش للأطفال.",
                "وتقام الفعاليات في مبنى المركز، والدخول مجاني لمعظمها، فيما يتطلب بعضها التسجيل المسبق عبر الموقع."]
    events = [("مارس 1 @ 8:00 م - 10:00 م", "أمسية شعرية في افتتاح البرنامج", "يقرأ ثلاثة شعراء من قصائدهم في أمسية تفتتح البرنامج وتستمر ساعتين."),
              ("مارس 4 @ 9:00 م - 11:00 م", "محاضرة عن عادات الشهر في البيوت القديمة", "يتحدث باحث في التراث عن عادات الإفطار والسحور كما عرفتها الأحياء القديمة."),
              ("مارس 9 @ 8:30 م - 10:00 م", "ورشة فوانيس للأطفال", "ورشة عملية للأطفال لصناعة الفوانيس الورقية وتلوينها، والمقاعد محدودة."),
              ("مارس 14 @ 8:30 م - 11:30 م", "ليلة منتصف الشهر في الساحة", "احتفالية مفتوحة للعائلات بمشاركة فرقة للفنون الشعبية وتوزيع الحلويات."),
              ("مارس 20 @ 9:30 م - 11:00 م", "عرض فيلم وثائقي عن السوق القديم", "يعرض المركز فيلما وثائقيا قصيرا يليه نقاش مع مخرجه عن تاريخ السوق.")]
    text = "\n".join(["الرئيسية", "الفعاليات", *featured, "الفعاليات القادمة", *[x for e in events for x in (*e, "مجاناً")], "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, events[2][0])[1:] == ("related", "shape.event_date")


def test_cards_with_a_section_glued_to_their_date_are_a_listing() -> None:
    cards = [("خدمات•منذ يومين", "انقطاع المياه عن أحياء في المدينة بعد عطل في خط الإمداد",
              "أعلنت إدارة المشروع عن عطل طارئ في أحد خطوط الإمداد، متوقعة عودة المياه خلال يومين."),
             ("اقتصاد•12 فبراير 2025", "المزارعون يطالبون بحصة من مياه المشروع لري القمح",
              "تعاونيات زراعية تقول إن الآبار المحلية لم تعد تكفي وتدعو إلى تخصيص جزء من المياه للري."),
             ("تقارير•9 فبراير 2025", "عمال المحطات: ساعات طويلة ورواتب متأخرة في قلب الصحراء",
              "تقرير من محطة ضخ حيث يعمل الفنيون بعيدا عن أسرهم لأسابيع متواصلة في ظروف صعبة."),
             ("بيئة•28 يناير 2025", "خبراء: استنزاف الخزان الجوفي في الجنوب يتسارع",
              "دراسة جامعية ترصد انخفاض منسوب المياه في عدد من الآبار وتدعو إلى مراجعة معدلات السحب.")]
    blurb = "مشروع المياه منظومة ضخمة من الأنابيب والآبار تنقل المياه الجوفية من حقول الصحراء إلى مدن الساحل منذ عقود."
    text = "\n".join(["الرئيسية / الوسوم / مشروع المياه", "وسم", "# مشروع المياه", blurb, "126 مادة", *[x for c in cards for x in c], "الصفحة 1 من 13"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, cards[1][0])[:2] == ("boilerplate", "related")


def test_video_cards_stamped_with_a_relative_time_and_a_view_count_are_a_listing() -> None:
    assert structure is not None
    from arclean import rules
    assert rules.bar_facts("منذ 5 ساعات 3.1 ألف مشاهدة")
    assert rules.bar_facts("منذ 5 ساعات3.1 ألف مشاهدة")  # (glued by a dumper)
    assert not rules.bar_facts("منذ 5 ساعات وصل الوفد")


def test_a_rates_widget_over_the_header_is_no_headline() -> None:
    # "<currency> (<unit>): <rate>" rows: a facts widget, even with a number in the label
    headline = "کاهش قیمت کشمش در بازارهای هرات؛ باغداران از زیان امسال شکایت دارند"
    story = ["شماری از باغداران ولایت هرات می‌گویند قیمت کشمش در بازارهای محلی نسبت به سال گذشته کاهش یافته و آنان نمی‌توانند هزینه‌های خود را جبران کنند.",
             "به گفته این باغداران، نبود بازار صادراتی و افزایش هزینه‌های انتقال از دلایل اصلی کاهش قیمت است و آنان خواهان کمک حکومت هستند."]
    text = "\n".join(["صفحه اصلی", "اقتصاد", "نرخ اسعار امروز:", "دالر امریکایی: 68.35 افغانی", "کلدار پاکستانی (۱۰۰۰): 245 افغانی",
                      "تومان ایرانی (۱۰۰۰): 1.05 افغانی", "پنجشنبه ۲۴ عقرب ۱۴۰۳ - ۱۴:۲۰", headline, "نویسنده: نجیب‌الله رحیمی", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join(story)


def test_a_second_labelled_list_under_the_first_goes_on_with_the_story() -> None:
    intro = ["المقلوبة طبق الجمعة في بيوت كثيرة، ولكل بيت سره فيها، وهذه طريقتنا التي ورثناها عن جدتي في القرية.",
             "تحتاج الوصفة إلى ساعة ونصف تقريبا، وتكفي ستة أشخاص، ويمكن استبدال الدجاج باللحم إن شئتم."]
    ingredients = ["المكونات:", "دجاجة مقطعة", "3 أكواب أرز", "2 حبة باذنجان", "رأس قرنبيط", "ملعقة بهارات"]
    steps = ["طريقة التحضير:", "نسلق الدجاج مع البهارات", "نقلي الباذنجان والقرنبيط", "نرص الخضار ثم الأرز", "نسكب المرق ونطهو ساعة"]
    text = "\n".join(["الرئيسية", "وصفات", *intro, *ingredients, *steps, "وصفات مشابهة", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([*intro, *ingredients, *steps])
    assert rule_of(text, steps[0])[2] == "structure.colon_list"


WRAPPED = ["أعلنت وزارة الإنتاج والموارد الاقتصادية بالولاية أمس",
           "انطلاق موسم حصاد القمح في المشاريع الزراعية الشمالية",
           "والشرقية، وسط توقعات بإنتاجية جيدة بعد معدلات أمطار",
           "وصفها المزارعون بأنها الأفضل منذ ثلاثة مواسم متتالية.",
           "وقال مدير عام الوزارة إن المساحات المزروعة بالقمح هذا",
           "الموسم تجاوزت مليون فدان، مشيرا إلى أن التحدي الأكبر",
           "يتمثل في توفير العمالة اللازمة لعمليات الحصاد والنقل",
           "والتخزين، بعد أن ارتفعت أجرة العامل اليومية إلى أكثر من",
           "ضعف ما كانت عليه في الموسم الماضي بسبب الغلاء.",
           "وأوضح أن الولاية شكلت لجنة مشتركة مع اتحاد المزارعين",
           "لتنظيم حركة العمال الموسميين وتوفير مراكز إيواء مؤقتة",
           "لهم في المشاريع إلى جانب التنسيق مع البنك الزراعي",
           "لتمويل عمليات الحصاد وشراء الأكياس والخيش اللازم.",
           "من جانبه طالب رئيس اتحاد المزارعين بالولاية بتحديد",
           "سعر مجز للقمح قبل دخول المحصول إلى الأسواق المحلية",
           "حتى لا يضطر صغار المزارعين إلى البيع بأسعار متدنية",
           "لسداد ديونهم لافتا إلى أن تكاليف الوقود والنقل ارتفعت",
           "بصورة كبيرة هذا العام."]


def test_a_hard_wrapped_story_is_no_teaser_list_and_keeps_its_last_lines() -> None:
    text = "\n".join(["انطلاق حصاد القمح في الولاية وسط شح في العمالة", "06-10-2024", *WRAPPED, "(وكالة الأنباء)"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(WRAPPED)
    assert "structure.teaser_pairs" not in {s.rule for s in doc.segments}


def test_hard_wrapped_needs_lines_of_one_width_that_seldom_end_a_sentence() -> None:
    assert structure.hard_wrapped(read_lines("\n".join(WRAPPED))[0])
    teasers = ["ارتفاع أسعار الذهب في السوق المحلية", "سجل غرام الذهب عيار 21 ارتفاعا جديدا في تعاملات اليوم وسط إقبال على الشراء قبل الأعياد.",
               "الحكومة تقر خطة لدعم المزارعين", "أقر مجلس الوزراء خطة لدعم صغار المزارعين بقروض ميسرة وأسمدة مدعومة في الموسم الجديد.",
               "افتتاح معرض الكتاب بمشاركة واسعة", "افتتح وزير الثقافة معرض الكتاب في دورته الجديدة بمشاركة أكثر من مئتي دار نشر عربية."]
    assert not structure.hard_wrapped(read_lines("\n".join(teasers))[0])


def test_a_songs_lyrics_with_a_refrain_are_the_body_refrain_and_all() -> None:
    verse1 = ["على شباكك واقف من بدري", "شايل قلبي وشايل عمري", "لو تفتحلي هقولك سري", "ولو تقفل برضه هستنى"]
    chorus = ["يا قمر الليل، يا قمر الليل", "مهما تغيب ما بنساش عتابك"]
    verse2 = ["الجيران عرفوا حكايتي", "والشارع حافظ خطوتي", "وأنا لسه بقول يا ريتني", "أقدر أقولك كلمة وامشي"]
    lyrics = [*verse1, *chorus, *verse2, *chorus, "ولو تقفل برضه هستنى"]
    text = "\n".join(["الرئيسية > أغاني مصرية", "كلمات أغنية يا قمر الليل", "كلمات: سامي العربي", "ألحان: عمرو نبيل",
                      *lyrics, "شارك الكلمات: فيسبوك | واتساب | نسخ الرابط", "أغاني أخرى", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(lyrics)
    assert rule_of(text, chorus[0])[2] == "structure.verse"
    assert arclean.clean(doc.body) == doc.body


def test_the_story_going_on_under_a_whole_other_story_in_a_read_also_block_is_kept() -> None:
    lead = ["سجلت مديرية الصحة بالولاية 1240 حالة لسع عقربي منذ مطلع الصيف، بينها حالتا وفاة في صفوف الأطفال، وفق حصيلة نشرتها المديرية أمس.",
            "وأرجع مصدر من المديرية ارتفاع عدد الإصابات إلى موجة الحر التي تعرفها الولاية منذ أسبوعين، ودفعت العقارب إلى الخروج من جحورها.",
            "وأوضح المصدر ذاته أن أغلب الحالات سجلت في البلديات الجنوبية والنائية، حيث تكثر البيوت الطينية والمساكن القديمة، وأن الأطفال "
            "وكبار السن هم الأكثر عرضة للمضاعفات الخطيرة، داعيا الأولياء إلى مراقبة أبنائهم خلال ساعات الليل ونقلهم إلى المستشفى عند أي لسعة."]
    other = ["اقرأ أيضا", "سكان أحياء البلدية يشتكون انقطاع الماء الشروب منذ أسبوع", "14 جويلية 2026",
             "يعيش سكان عدد من أحياء البلدية على وقع انقطاع متواصل للماء الشروب منذ أسبوع كامل وسط موجة حر شديدة.",
             "وقالت مصالح المياه إن العطب يعود إلى انفجار في القناة الرئيسية، وإن فرقها تعمل على إصلاحه في أقرب الآجال."]
    rest = ["وأكدت المديرية أن المصل المضاد لسم العقارب متوفر بكميات كافية في كل المستشفيات والعيادات متعددة الخدمات بالولاية.",
            "وفي هذا السياق، شرعت خلايا الاتصال في المديرية في حملات توعية لتفادي لسعات العقارب في البيوت، ومن أبرز النصائح:",
            "- سد الشقوق والفتحات في الجدران وأسفل الأبواب.",
            "- تفقد الأحذية والأغطية قبل استعمالها خاصة في الصباح.",
            "- عدم شق مكان اللسعة أو مصه، ونقل المصاب فورا إلى أقرب مستشفى."]
    text = "\n".join(["الرئيسية", "صحة", "ارتفاع حالات اللسع العقربي في الولاية ووفاتان في صفوف الأطفال", "نشر في 15 جويلية 2026",
                      *lead, *other, *rest, "شارك", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    # (the story's words tell where it goes on, give or take the other story's last paragraph)
    assert doc.body.startswith("\n".join(lead)) and doc.body.endswith("\n".join(rest))
    assert rule_of(text, other[3])[2] == "structure.teaser_story"


def test_a_maghreb_privacy_policy_page_has_no_article() -> None:
    policy_text = [
        "نولي في متجرنا أهمية كبيرة لحماية معطياتكم الشخصية، ونلتزم بمعالجتها وفقا للقانون المتعلق بحماية المعطيات ذات الطابع الشخصي.",
        "1. المعطيات التي نجمعها",
        "نجمع المعطيات التي تقدمونها لنا عند إنشاء حساب أو تقديم طلب، مثل الاسم الكامل والعنوان ورقم الهاتف والبريد الإلكتروني.",
        "2. حقوقكم",
        "يحق لكم الولوج إلى معطياتكم وتصحيحها والتعرض على معالجتها في أي وقت، عبر مراسلتنا على عنوان البريد الإلكتروني المخصص لذلك.",
        "3. مدة الاحتفاظ",
        "نحتفظ بمعطياتكم طيلة مدة نشاط حسابكم، وللمدة التي يفرضها القانون بعد ذلك، ثم نحذفها بشكل نهائي من أنظمتنا.",
    ]
    text = "\n".join(["متجر بلادي", "الرئيسية  الإلكترونيات  المنزل", "سياسة الخصوصية", "آخر تحديث: 01/03/2024", *policy_text, "جميع الحقوق محفوظة"])
    assert_policy_page(text, policy_text[0])


def test_a_channels_schedule_of_clock_rows_with_a_notice_has_no_article() -> None:
    rows = ["00:30 | سهرة رمضانية - لقاءات مع نجوم الدراما", "02:00 | مسلسل دروب الرمل (إعادة)", "05:00 | القرآن الكريم",
            "06:00 | وثائقي: أسواق الجزيرة القديمة", "13:00 | برنامج سؤال وجواب - فتاوى على الهواء", "17:00 | مطبخ العائلة - وصفات إفطار سهلة",
            "18:15 | أذان المغرب من الحرم المكي", "19:45 | صلاة التراويح من المسجد الحرام (نقل مباشر)", "21:30 | مسلسل بيت الجد - الحلقة 16"]
    notice = "تنبيه: الجدول قابل للتغيير دون إشعار مسبق، والمواعيد المذكورة بتوقيت مكة المكرمة وتشمل البث الفضائي والرقمي معا."
    text = "\n".join(["قناة الواحة", "جدول البرامج", "السبت  الأحد  الاثنين", "الأحد 16 مارس 2025 - 16 رمضان 1446",
                      "الآن على الهواء: مسلسل بيت الجد - الحلقة 16", *rows, notice, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, rows[3])[1:] == ("related", "structure.clock_rows")


def test_a_live_blog_of_clock_rows_that_are_sentences_is_an_article() -> None:
    rows = ["10:30 | وصل الوفد الحكومي إلى المدينة وبدأ جولته بزيارة المستشفى المركزي.",
            "11:15 | أعلن المحافظ عن تخصيص مبلغ إضافي لإصلاح شبكة الكهرباء في الأحياء المتضررة.",
            "12:00 | التقى الوفد بممثلين عن السكان واستمع إلى مطالبهم بشأن المياه والطرق.",
            "13:40 | زار الوفد مدرسة متضررة ووعد بإعادة تأهيلها قبل بداية الفصل الدراسي.",
            "15:20 | غادر الوفد المدينة بعد أن وعد بالعودة خلال شهر لمتابعة تنفيذ المشاريع."]
    doc = arclean.parse("\n".join(rows))
    assert doc.body == "\n".join(rows)


def test_a_spec_table_of_label_bar_value_rows_goes_on_with_the_description() -> None:
    intro = ["يأتي الهاتف الجديد بإطار معدني لأول مرة في هذه الفئة، مع شاشة كبيرة وكاميرا محسنة وبطارية تدوم يوما كاملا من الاستخدام.",
             "السعر الرسمي في السوق المحلية يبدأ من 19 ألف جنيه لنسخة الذاكرة الأساسية، ويتوفر في أربعة ألوان مختلفة."]
    table = ["المواصفات الكاملة", "تاريخ الإعلان | مارس 2024", "تاريخ الطرح في مصر | أبريل 2024", "الوزن | 213 جرام",
             "الشاشة | مقاس 6.6 بوصة، تردد 120 هرتز", "البطارية | 5000 مللي أمبير، شحن سلكي 25 وات", "نظام التشغيل | أندرويد 14"]
    pros = ["المميزات:", "• شاشة ممتازة وسطوع عال تحت الشمس", "• تحديثات نظام مضمونة لأربع سنوات", "• هيكل معدني ومقاومة للماء"]
    text = "\n".join(["الرئيسية › هواتف", "مواصفات وسعر الهاتف الجديد في مصر", "نشر: 14 مارس 2024", *intro, *table, *pros,
                      "نبهني عند انخفاض السعر", "بريدك الإلكتروني", "تابع", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([*intro, *table, *pros])
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-03-14"
    assert rule_of(text, table[3])[2] == "structure.table_rows"


def test_a_listings_section_and_date_bars_are_no_facts_table() -> None:
    from arclean import structure as st
    assert st.bar_row("الوزن | 213 جرام") and st.bar_row("تاريخ الطرح في مصر | أبريل 2024")
    assert not st.bar_row("من الميدان الأول للصيد والزراعة في الجنوب | صيادو المكلا ومواسم الديرك")


def test_a_deck_as_long_as_its_headline_but_written_as_a_sentence_is_not_the_title() -> None:
    headline = "بعد موسم أمطار غير مسبوق.. بيوت المدينة الطينية تسابق الزمن"
    deck = "سكان المدينة القديمة يرممون منازلهم بأيديهم، والطين وحده لا يكفي"
    text = "\n".join(["الرئيسية", "تحقيقات", headline, deck, "المدينة – تقرير: عبدالله باحميد", "الجمعة 30 أغسطس 2024", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, deck)[2] == "zone.subtitle"


def test_a_credited_caption_between_the_headline_and_the_date_is_no_title() -> None:
    headline = "الجمارك تضبط شاحنة سجائر مهربة عند المعبر الحدودي"
    caption = "الشاحنة المضبوطة في باحة مركز المعبر الحدودي (الصورة: المديرية العامة للجمارك)"
    text = "\n".join([headline, caption, "22 تشرين الأول 2024 | 11:20", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([caption, P1, P2, P3])


def test_a_withdrawn_storys_notice_is_no_article() -> None:
    text = "\n".join(["عذراً، هذا المحتوى لم يعد متاحاً",
                      "تم سحب خبر «إغلاق جزئي لطريق الدائري لأعمال الصيانة» المنشور بتاريخ 2 مارس 2025 بناء على طلب الجهة المعنية بعد تعديل المواعيد.",
                      "يمكنك العودة إلى الصفحة الرئيسية أو استخدام البحث للوصول إلى ما تبحث عنه من أخبار ومقالات.",
                      "بحث", "العودة إلى الرئيسية", "الأكثر قراءة", "«الصحة» تطلق حملة التطعيم ضد الإنفلونزا الموسمية", "04 مارس 2025"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_section_fronts_lead_item_with_two_paragraphs_over_its_stamp_is_the_listings() -> None:
    lead = ["أول وحدة لتجفيف الطماطم بالطاقة الشمسية تدخل حيز الاستغلال بالولاية",
            "دخلت أول وحدة لتجفيف الطماطم بالطاقة الشمسية حيز الاستغلال بمعتمدية المكناسي، بطاقة تحويل تبلغ ثلاثة أطنان يوميا.",
            "وتعود الوحدة إلى مجمع تنمية فلاحية يضم 46 فلاحا من المنطقة، وقد مولت بقرض ميسر وبدعم من برنامج جهوي للتنمية.",
            "2024/12/18 - 10:42 التفاصيل «"]
    items = [("القصرين: انطلاق حملة تلقيح ضد داء الكلب في 12 معتمدية", "2024/12/18"),
             ("قفصة: الفلاحون يطالبون بتوفير مياه الري لضيعات الزيتون", "2024/12/18"),
             ("المهدية: تسجيل 37 مخالفة اقتصادية في حملة مراقبة للأسواق", "2024/12/17"),
             ("جندوبة: إعادة فتح الطريق الرابطة بين المدينتين بعد أشغال الصيانة", "2024/12/17"),
             ("باجة: انطلاق موسم جني الزيتون وتوقعات بصابة تفوق الموسم الماضي", "2024/12/16")]
    text = "\n".join(["الرئيسية", "وطنية", "جهات", "أخبار الجهات", *lead, *[x for it in items for x in it], "الصفحات: 1 2 3 التالي »"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, lead[1])[1:] == ("related", "structure.stamped_headlines")


def test_a_two_paragraph_story_over_a_related_list_of_dated_summaries_keeps_its_body() -> None:
    story = ["واصل الريال تراجعه أمام العملات الأجنبية في العاصمة المؤقتة والمحافظات المحررة، إذ تجاوز سعر الدولار 1900 ريال في السوق.",
             "وفي صنعاء، استقرت أسعار الصرف عند 530 ريالا للدولار و140 ريالا للريال السعودي، في ظل الانقسام النقدي القائم منذ سنوات."]
    related = [("البنك المركزي يعلن مزادا جديدا لبيع 30 مليون دولار", "الثلاثاء 30 يوليو 2024", "المزاد يأتي ضمن سلسلة مزادات أسبوعية تهدف إلى تغطية واردات السلع الأساسية."),
               ("أسعار المشتقات النفطية بعد الزيادة الأخيرة", "السبت 27 يوليو 2024", "شركة النفط ترفع سعر الدبة البنزين سعة 20 لترا في المحطات."),
               ("تجار المدينة: تراجع العملة يرفع أسعار المواد الغذائية", "الأربعاء 24 يوليو 2024", "الغرفة التجارية تطالب بإجراءات عاجلة لضبط الأسعار وحماية المستهلك."),
               ("خبير اقتصادي: الحل في توحيد السياسة النقدية", "الأحد 21 يوليو 2024", "يرى أن استمرار الانقسام المصرفي يضاعف الأعباء على المواطنين.")]
    text = "\n".join(["الرئيسية", "اقتصاد", "الريال يواصل التراجع.. والدولار يتجاوز 1900 ريال", "السبت 3 أغسطس 2024 - 10:40 صباحاً", "عدن - صدى المدينة",
                      *story, "وسوم:", "الريال", "سعر الصرف", "أخبار متعلقة", *[x for r in related for x in r], "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(story)
    assert doc.metadata.published is not None


def test_the_headline_printed_again_as_its_credited_hero_caption_is_a_duplicate() -> None:
    headline = "المياه الجوفية تعود إلى الأحياء الشرقية وسكان يغادرون بيوتهم للمرة الثانية"
    text = "\n".join(["الرئيسية", "ليبيا", headline, "بقلم فرج المبروك", "10 فبراير 2025 - 02:35 م", headline + " (المسار)", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([P1, P2, P3])
    assert rule_of(text, headline + " (المسار)")[1:] == ("dup", "repeat.body_line")


def test_a_caption_over_its_photo_credit_line_is_no_headline() -> None:
    caption = "سائق توصيل ينتظر استلام طلب أمام مطعم في منطقة السالمية مساء الخميس"
    story = ["في مساء أي يوم خميس، يكفي أن تقف عند إشارة مرور في شارع الخليج لترى عشرات الدراجات النارية تحمل صناديق التوصيل.", P2, P3]
    headline = "لماذا تخسر تطبيقات التوصيل رغم ارتفاع الطلبات؟"
    text = "\n".join(["اقتصاد رقمي", headline, "دانة العتيبي", "3 ديسمبر 2024 — قراءة في 6 دقائق", caption, "تصوير: فريق التحرير", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join([caption, *story])


@pytest.mark.parametrize("line, rating", [("4.3 من 5 (87 تقييم)", True), ("٤٫٧ من ٥", True), ("8.2 / 10", True),
                                          ("1 / 5", False), ("3 من 5 لاعبين غابوا عن التدريب", False)])
def test_a_rating_score_alone_is_a_widget_but_a_gallery_counter_is_not(line: str, rating: bool) -> None:
    from arclean import rules
    hit = rules.shape_hit(line, len(line.split()))
    assert (hit is not None and hit.rule == "shape.rating") is rating


def test_short_section_headings_over_long_paragraphs_are_one_articles_not_teasers() -> None:
    paras = ["تبدو السيارة أكبر مما هي عليه في الصور، بواجهة أمامية عريضة وشبك كبير ومصابيح نحيفة تمتد على عرض المقدمة، وجوانب مشدودة تنتهي "
             "بمصابيح خلفية متصلة تمنحها حضورا واضحا في الشارع، خاصة بالألوان الداكنة التي تبرز تفاصيلها.",
             "هنا تكمن نقطة القوة الحقيقية: ثلاث شاشات متصلة تمتد على عرض لوحة القيادة، ومقاعد جلدية مريحة مع تدفئة وتبريد، وسقف زجاجي واسع، "
             "ونظام صوتي ممتاز يصعب أن تجده في هذه الفئة السعرية لدى المنافسين المعروفين في السوق.",
             "المحرك التوربيني سعة لترين يقدم استجابة جيدة عند التسارع من الإشارات، وناقل الحركة بثماني سرعات سلس في الزحام، أما التعليق فيميل "
             "إلى الراحة أكثر من الرياضية، وهو ما يناسب الطرق السريعة الطويلة بين المدن والرحلات العائلية."]
    heads = ["التصميم الخارجي", "المقصورة والتقنيات", "الأداء والقيادة"]
    lede = "لم تعد السيارات الصينية في السوق مجرد خيار اقتصادي لمن يبحث عن أقل سعر، وهذه السيارة واحدة من الأمثلة الواضحة على ذلك."
    body = [lede, *[x for h, p in zip(heads, paras) for x in (h, p)]]
    text = "\n".join(["تجارب قيادة", "تجربة قيادة السيارة الجديدة في شوارع المدينة: فخامة بسعر معقول؟", "4.3 من 5 (87 تقييم)", *body])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(body)


def test_a_latest_news_streams_lone_summary_under_its_relative_stamp_is_no_article() -> None:
    items = [("كهرباء المدينة تعلن جدولا جديدا لتخفيف الانقطاعات", "11:05"), ("منتخب الناشئين يتأهل إلى نهائيات كأس آسيا", "10:47"),
             ("اتحاد الصيادلة يطالب بضبط أسعار الأدوية", "10:20"), ("وصول شحنة مساعدات غذائية إلى ميناء المدينة", "09:55"),
             ("البنك المركزي يعلن مزادا جديدا لبيع العملة", "09:30")]
    summary = "عدن - أعلنت مؤسسة الكهرباء عن جدول جديد لتخفيف الانقطاعات يبدأ العمل به من مساء اليوم في جميع المديريات."
    text = "\n".join(["الرئيسية", "آخر الأخبار", "منذ 12 دقيقة", "الأرصاد تحذر من أمطار رعدية على المرتفعات الغربية", "منذ 40 دقيقة", summary,
                      *[x for it in items for x in it], "تحميل المزيد", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == ""


@pytest.mark.parametrize("line, buttons", [("شارك  𝕏  واتساب  تيليجرام", True), ("المزايا  الأسعار  المدونة  مركز المساعدة  جرّب مجانًا 14 يوم", True),
                                           ("اطبع الوصفة   احفظ   شارك", True), ("وزير الصحة  يفتتح مستشفى جديدا في المدينة", False)])
def test_spaced_button_rows(line: str, buttons: bool) -> None:
    from arclean.header import spaced_buttons
    assert spaced_buttons(line) is buttons


def test_a_share_row_or_a_lists_label_line_is_never_the_title() -> None:
    for chrome in ["شارك  𝕏  واتساب  تيليجرام", "المقادير: كيلو لحم غنم بالعظم، 3 أكواب رز بسمتي، بصلتان"]:
        text = "\n".join([chrome, P1, P2, P3])
        assert arclean.parse(text).metadata.title is None, chrome


def test_a_blog_archives_excerpts_over_continue_reading_links_are_no_article() -> None:
    cards = [("29 أكتوبر 2024", "تنظيف بيانات أسعار السوق: دروس من ثلاث سنوات",
              "جمعنا خلال ثلاث سنوات نشرات الأسعار اليومية لسوق الجملة، ووجدنا فيها أخطاء كثيرة في الوحدات والأسماء والتواريخ."),
             ("21 أكتوبر 2024", "خريطة حرارية لأحياء المدينة من صور الأقمار الصناعية",
              "كيف نعرف أي الأحياء أكثر سخونة في الصيف؟ استخدمنا صورا مجانية وأدوات مفتوحة المصدر لرسم خريطة للحرارة."),
             ("12 أكتوبر 2024", "ملخص لقاء أكتوبر: ماذا تقول بيانات ركاب المترو؟",
              "استضاف لقاء هذا الشهر ثلاثة عروض قصيرة عن بيانات النقل العام، وتجدون في هذا الملخص روابط العروض والدفاتر."),
             ("3 أكتوبر 2024", "مدخل إلى معالجة النصوص العربية باللهجة المحلية",
              "لماذا تفشل أدوات تقطيع الكلمات الجاهزة مع تعليقات المستخدمين؟ نعرض هنا تجربتنا مع ثلاث أدوات مختلفة.")]
    text = "\n".join(["المدونة", "الأرشيف", "أكتوبر 2024", *[x for c in cards for x in (*c, "متابعة القراءة")], "السابق", "التالي"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_an_events_calendar_of_timed_date_lines_has_no_article_and_no_date() -> None:
    events = [("الثلاثاء 11 فيفري 2025 - 19:00", "مسرح", "«البرج» عرض جديد للمسرح الوطني", "قاعة الفن الرابع، العاصمة",
               "يروي العرض حكاية عائلة تسكن برجا قديما في قلب المدينة وتتنازع على مصيره بعد رحيل الأب.", "التذكرة: 15 د"),
              ("الأربعاء 12 فيفري 2025 - 18:30", "أدب", "لقاء مع الروائية حول روايتها الجديدة", "دار الثقافة ابن رشيق",
               "يتضمن اللقاء قراءة من الرواية ونقاشا مفتوحا مع الجمهور حول الكتابة عن المدن الساحلية.", "الدخول مجاني"),
              ("الجمعة 14 فيفري 2025 - 20:30", "موسيقى", "سهرة مالوف مع فرقة المدينة", "المسرح البلدي",
               "برنامج من النوبات التقليدية وأغاني الشيوخ بمشاركة عازفين شبان من المعهد الوطني للموسيقى.", "التذكرة: من 20 إلى 40 د"),
              ("السبت 15 فيفري 2025 - 10:00", "فنون تشكيلية", "معرض «ضوء الجنوب» للفنانين الشبان", "قصر المدينة العتيقة",
               "يضم المعرض أعمال اثني عشر فنانا من مدن الجنوب بين الرسم والنحت والتصوير الفوتوغرافي.", "الدخول مجاني"),
              ("الأحد 16 فيفري 2025 - 16:00", "سينما", "عرض الفيلم الوثائقي «مواسم الحلفاء» متبوعا بنقاش", "قاعة سينما المدينة",
               "يتابع الفيلم عائلات تجمع الحلفاء في السهوب وتبيعها لمصانع الورق منذ عقود، ويليه نقاش مع المخرجة.", "التذكرة: 7 د")]
    text = "\n".join(["الأجندة", "أجندة الثقافة", "اليوم | هذا الأسبوع | هذا الشهر", "الولاية: كل الولايات", "النوع: الكل", "من الإثنين 10 إلى الأحد 16 فيفري 2025", *[x for e in events for x in e], "أضف تظاهرتك إلى الأجندة"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None
    assert rule_of(text, events[1][0])[1:] == ("related", "shape.event_date")


def test_the_end_of_a_period_is_no_publication_date() -> None:
    text = "\n".join(["برنامج الأسبوع الثقافي في المدينة", "من الإثنين 10 إلى الأحد 16 فيفري 2025", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.published is None  # (not 16 February: the week's last day)
    assert doc.body.endswith("\n".join([P1, P2, P3]))


def test_a_headed_numbered_list_under_the_story_goes_on_with_it() -> None:
    rows = ["1 مدخل: المصادر والمناهج", "2 – 3 العمارة الدينية: المساجد المبكرة", "4 – 5 القصور الصحراوية", "6 الرسوم الجدارية",
            "7 الامتحان النصفي", "8 – 9 المدن والأسواق القديمة"]
    desc = ["يتناول المقرر آثار الفترة الإسلامية المبكرة في بلاد الشام من خلال المواقع المكتشفة والمصادر المكتوبة، مع التركيز على العمارة والفنون.",
            "ويتعرف الطالب إلى مناهج التأريخ والتوثيق الميداني، ويشارك في رحلة ميدانية إلى أحد القصور الصحراوية في نهاية الفصل."]
    text = "\n".join(["الرئيسية", "الخطة الدراسية", "آثار العصر الإسلامي المبكر", *desc, "الموضوعات الأسبوعية", "الأسبوع الموضوع", *rows,
                      "الأكثر قراءة", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([*desc, "الموضوعات الأسبوعية", "الأسبوع الموضوع", *rows])
    assert rule_of(text, rows[2])[2] == "structure.numbered_rows"


def test_a_numbered_most_read_list_under_its_header_stays_out() -> None:
    rows = ["1 ارتفاع أسعار الذهب في السوق المحلية", "2 الحكومة تقر خطة لدعم المزارعين", "3 افتتاح معرض الكتاب بمشاركة واسعة",
            "4 منتخب الشباب يتأهل إلى النهائي"]
    text = "\n".join(["خبر عاجل عن افتتاح المستشفيات الجديدة", "12 مارس 2024", P1, P2, P3, "الأكثر قراءة", *rows])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])


def test_a_leaflets_short_headings_over_paragraphs_naming_the_medicine_are_its_sections() -> None:
    pairs = [("موانع الاستعمال", "لا يستعمل دواء الميبيفرين في حالة الحساسية للمادة الفعالة أو لأي من مكونات المستحضر."),
             ("الحمل والرضاعة", "لا توجد دراسات كافية على الحوامل، لذلك لا يستعمل الميبيفرين إلا بعد استشارة الطبيب."),
             ("التداخلات الدوائية", "لم تسجل تداخلات دوائية مهمة مع الميبيفرين، لكن يجب إخبار الطبيب بأي أدوية أخرى."),
             ("طريقة الحفظ", "يحفظ الميبيفرين في درجة حرارة لا تزيد على 30 درجة مئوية بعيدا عن متناول الأطفال.")]
    lede = "الميبيفرين دواء مضاد للتقلصات يستعمل لعلاج آلام البطن والتقلصات المرتبطة بمتلازمة القولون العصبي عند البالغين."
    body = [lede, *[x for p in pairs for x in p]]
    text = "\n".join(["الرئيسية › الأدوية", "ميبيفرين: دواعي الاستعمال والجرعة والآثار الجانبية", *body, "إخلاء مسؤولية", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join(body)


# --- a forum's thread list: each thread's counters bar ------------------------------------------

THREADS = [
    ("أفضل طريقة لحفظ جدول الضرب للأطفال؟", "بواسطة أم_ياسين  الردود: 14  المشاهدات: 1,320"),
    ("ملخص دروس الفيزياء للسنة الثالثة متوسط", "بواسطة الأستاذ كريم  الردود: 52  المشاهدات: 9,804"),
    ("سؤال عن التسجيل في الجامعة بعد البكالوريا", "بواسطة sami_31  الردود: 3  المشاهدات: 211"),
    ("تجربتي مع دروس الدعم عبر الإنترنت: هل تستحق ثمنها فعلا أم أن المراجعة الذاتية تكفي الطالب المجتهد؟", "بواسطة نور_الهدى  الردود: 27  المشاهدات: 2,045"),
]


def test_a_thread_lists_counter_bars_are_its_items_stamps() -> None:
    lines = ["منتدى الأسرة التعليمي", "الرئيسية > التعليم > منتدى أولياء الأمور", "مواضيع القسم"]
    for title, bar in THREADS:
        lines += [title, bar, "آخر مشاركة: اليوم 19:40"]
    text = "\n".join(lines + ["الصفحة 1 من 40  1 2 3 ... 40 التالي »"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert rule_of(text, THREADS[0][1])[2] == "shape.listing_stamp"
    assert rule_of(text, THREADS[3][0])[1] == "related"  # the long thread title is an item, no story


def test_counter_bars_need_counters_in_every_field() -> None:
    # a story's three facts lines that name a writer and a count but hold a sentence too stay out
    lines = read_lines("\n".join(["بواسطة سامي  الردود: 14  المشاهدات: 1,320", "بواسطة سامي  الردود: 14  وقال إن الموعد تأجل"]))[0]
    from arclean import segment

    assert segment._counter_bar(lines[0])
    assert not segment._counter_bar(lines[1])


def test_a_threads_first_post_stays_over_its_replies_stat_bars() -> None:
    post = [
        "السلام عليكم، ابني في الصف الرابع ويجد صعوبة كبيرة في حفظ جدول الضرب رغم أننا نراجعه كل مساء.",
        "جربنا البطاقات والأغاني التعليمية لكن النتيجة ما زالت ضعيفة، وصار يكره حصة الرياضيات بسبب ذلك.",
        "هل من تجارب ناجحة مع أبنائكم؟ وهل الألعاب الإلكترونية مفيدة في هذا العمر أم تضيع الوقت فقط؟",
    ]
    replies = []
    for name, stats, reply in [
        ("أم_ياسين", "المشاركات: 1,245  الإعجابات: 87", "جربي تقسيم الجدول على أيام الأسبوع، كل يوم رقم واحد فقط."),
        ("أبو_سلمى", "المشاركات: 310  الإعجابات: 12", "نفس المشكلة عندنا، نفعتنا لعبة الورق مع أخيه الكبير."),
        ("معلمة_رياضيات", "المشاركات: 4,002  الإعجابات: 640", "الفهم قبل الحفظ: علميه أن الضرب جمع متكرر ثم الحفظ يأتي وحده."),
    ]:
        replies += [name, stats, reply]
    text = "\n".join(["منتدى الأسرة التعليمي", "الرئيسية > منتدى أولياء الأمور", "صعوبة حفظ جدول الضرب", "بواسطة أم_يوسف  12 مارس 2025", *post, "الردود", *replies])
    assert arclean.clean(text) == "\n".join(post)


# --- a search-results page ------------------------------------------------------------------------

HITS = [
    ("المحافظة تبدأ صيانة شبكة المياه في الأحياء الشرقية", "2025-03-02", "أعلنت المحافظة بدء أعمال صيانة شبكة المياه في الأحياء الشرقية، على أن تستمر الأعمال أسبوعين كاملين وفق الجدول المعلن."),
    ("انقطاع المياه عن ثلاثة أحياء بسبب أعمال الصيانة", "2025-02-20", "... وأوضح مدير الدائرة أن الانقطاع سيستمر حتى مساء الخميس في أحياء الزهور والنصر والسلام"),
]


@pytest.mark.parametrize(
    "heading",
    ["نتائج البحث عن: المياه", "نتایج جستجو برای: «آب»", "Search results for: المياه", "نتائج البحث",
     "نتائج البحث | بلدية المدينة",  # the page's title with the site's name
     "تم العثور على 14 نتيجة لـ «المياه»",  # a count of hits after "found"
     "عرض النتائج 1 - 10 من أصل 64 نتيجة للبحث عن «المياه»",  # the range shown, then the count
     "عدد النتائج: 47 نتيجة لـ «المياه» - عرض 1 إلى 10"],  # the count under its label
)
def test_a_search_results_heading_makes_the_hits_no_article(heading: str) -> None:
    lines = ["الرئيسية", "محليات", "بحث", heading, "ترتيب حسب: الأحدث | الأكثر صلة"]
    for title, date, snippet in HITS:
        lines += [title, date, snippet]
    doc = arclean.parse("\n".join(lines + ["1 2 3 التالي"]))
    assert doc.body == ""
    assert doc.metadata.published is None


@pytest.mark.parametrize(
    "line",
    ["نتائج البحث العلمي في الجامعات العربية تتحسن", "نتائج البحث العلمي | جامعة المدينة",
     "تم العثور على جثة الطفل «ريان» بعد يومين من البحث",  # research results; a body found
     "عرض 3 أفلام من أصل 12 فيلماً في «مهرجان المدينة»"],  # a count of films, no hits
)
def test_a_headline_about_research_results_is_no_search_heading(line: str) -> None:
    text = "\n".join(["الرئيسية", line, "افتتاح أكبر مكتبة عامة في المدينة", "نشر في: 12 مارس 2024", *STORY])
    assert arclean.clean(text) == "\n".join(STORY)


def test_an_agencys_lede_between_its_headline_and_its_code_and_date_is_the_first_paragraph() -> None:
    lede = ("معاون سازمان جهاد کشاورزی استان از خرید بیش از ۴۲۰ هزار تن گندم از کشاورزان استان از ابتدای فصل برداشت "
            "خبر داد و گفت که مطالبات کشاورزان در کمتر از دو هفته پرداخت شده است.")
    story = [
        "وی افزود: امسال ۵۸ مرکز خرید در شهرستان‌های استان فعال است و کشاورزان می‌توانند محصول خود را به نزدیک‌ترین مرکز تحویل دهند.",
        "به گفته این مقام مسئول، پیش‌بینی می‌شود خرید تضمینی گندم تا پایان خرداد ادامه داشته باشد و به ۸۰۰ هزار تن برسد.",
    ]
    text = "\n".join(["صفحه نخست", "اقتصادی", "کشاورزی", "خرید بیش از ۴۲۰ هزار تن گندم از کشاورزان", lede,
                      "کد خبر: ۸۴۵۲۱۹۳", "۱۴۰۳/۰۲/۱۸ - ۱۰:۴۲", "کمباین‌ها در حال برداشت گندم از مزارع شهرستان دزفول", *story, "انتهای پیام/"])
    doc = arclean.parse(text)
    assert doc.metadata.title == "خرید بیش از ۴۲۰ هزار تن گندم از کشاورزان"
    assert doc.body.startswith(lede)
    assert rule_of(text, lede)[2] == "zone.lede_above_header"
    assert all(p in doc.body for p in story)


def test_a_papers_authors_and_their_affiliations_sit_between_its_title_and_dates() -> None:
    title = "أثر الري بالتنقيط في إنتاجية القمح في المناطق شبه الجافة"
    abstract = [
        "نفذت التجربة في محطة البحوث الزراعية خلال موسمين متتاليين لدراسة أثر ثلاثة مستويات من الري بالتنقيط في إنتاجية القمح.",
        "أظهرت النتائج أن المستوى المتوسط من الري حقق أعلى إنتاجية مع توفير ربع كمية المياه مقارنة بالري السطحي التقليدي.",
    ]
    text = "\n".join(["مجلة العلوم الزراعية", "الرئيسية / الأرشيف / المجلد 12 العدد 3", title,
                      "سامر خليل العبيدي¹ ، منى حسن الجبوري²", "¹ قسم المحاصيل الحقلية، كلية الزراعة، جامعة الموصل",
                      "² مركز البحوث الزراعية، وزارة الزراعة، بغداد", "DOI: https://doi.org/10.1234/jas.2024.12.3.05",
                      "تاريخ الاستلام: 2024-02-11 ، تاريخ النشر: 2024-06-30", "الخلاصة", *abstract, "الكلمات المفتاحية: القمح، الري بالتنقيط"])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert str(doc.metadata.published) == "2024-06-30"  # the publication date among the paper's three
    assert rule_of(text, "² مركز البحوث الزراعية، وزارة الزراعة، بغداد")[1:] == ("other", "zone.affiliation")
    assert rule_of(text, "سامر خليل العبيدي¹ ، منى حسن الجبوري²")[1:] == ("author", "zone.marked_authors")
    assert all(p in doc.body for p in abstract)


@pytest.mark.parametrize("residue", ["Error loading media", "يتطلب تشغيل الفيديو تفعيل جافاسكريبت في متصفحك."])
def test_a_video_players_residue_inside_the_story_leaves_its_caption_and_subheading(residue: str) -> None:
    caption = "فيديو | جولة داخل السوق بعد ترميمه واستقبال أول الزبائن"
    heading = "التجار: ننتظر عودة الحركة"
    text = "\n".join(["افتتاح السوق القديم بعد ترميمه", "نشر في: 12 مارس 2024", P1, P2, residue, caption, heading, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, caption, heading, P3])
    assert rule_of(text, residue)[0] == "boilerplate"


def test_a_one_word_ad_label_or_a_players_clock_between_two_parts_stays_out() -> None:
    text = "\n".join(["افتتاح السوق القديم بعد ترميمه", "نشر في: 12 مارس 2024", P1, P2, "Error loading media", "0:00 / 2:18", "إعلان", P3])
    assert arclean.clean(text) == "\n".join([P1, P2, P3])


def test_an_ad_blocker_and_script_notice_is_no_article() -> None:
    text = "\n".join([
        "يرجى تفعيل جافاسكريبت في متصفحك لعرض محتوى هذه الصفحة بشكل صحيح.",
        "يبدو أنك تستخدم أداة لحظر الإعلانات",
        "نحن نعتمد على الإعلانات لتمويل عمل صحفيينا ومراسلينا، وتساعدنا مشاهدتك للإعلانات على الاستمرار.",
        "كيف أعطّل مانع الإعلانات؟",
        "1. انقر على أيقونة مانع الإعلانات في أعلى يمين المتصفح.",
        "2. اختر السماح بالإعلانات على هذا الموقع ثم أعد تحميل الصفحة.",
        "تسجيل الدخول", "كلمة المرور", "© 2025 جميع الحقوق محفوظة",
    ])
    assert_policy_page(text, "يبدو أنك تستخدم أداة لحظر الإعلانات")
    # a story about online advertising keeps its sentence (one weak term, one strong)
    story = "وقالت الهيئة إن الإعلانات الرقمية نمت بنسبة 12 في المئة هذا العام رغم انتشار أدوات مانع الإعلانات بين المستخدمين."
    assert arclean.clean("\n".join([P1, story, P2])) == "\n".join([P1, story, P2])


def test_a_storys_list_and_gallery_between_its_parts_stay_when_the_story_goes_on_under_them() -> None:
    from arclean import segment

    between = ["أنواع رصدت هذا الأسبوع", "الفلامنغو الكبير: نحو 420 طائرا", "البلشون الرمادي: 65 طائرا",
               "1 / 2", "أسراب الفلامنغو على المسطحات الطينية شمال المحمية", "2 / 2", "بلشون رمادي يترقب فريسته في إحدى البرك الداخلية"]
    goes_on = "ودعا المرصد هواة التصوير والزوار إلى الالتزام بالمسارات المحددة وعدم الاقتراب من مناطق التعشيش خلال الموسم."
    other = "تنظم البلدية مهرجانا للتسوق في نهاية الأسبوع بمشاركة خمسين محلا تجاريا من مختلف المناطق والمدن."
    # (the body runs as the run finder leaves them on an HTML page: the story's two parts)
    lines, _block = read_lines("\n".join([P1, P2, *between, goes_on]))
    assert segment._bridge_widgets(lines, [(0, 2), (9, 10)]) == [(0, 10)]
    assert [lines[k].rule for k in (5, 7)] == ["run.gallery_counter"] * 2
    # without the connective, the lines between are not read as the story's
    lines, _block = read_lines("\n".join([P1, P2, *between, other]))
    assert segment._bridge_widgets(lines, [(0, 2), (9, 10)]) == [(0, 2), (9, 10)]


def test_an_extract_of_numbered_comments_under_their_header_is_no_article() -> None:
    items = [("1 - مواطن من حي المحيط", "السبت 15 مارس 2025 - 21:10", "قبل أن تفرضوا الأداء على الوقوف في كل الشوارع وفروا مواقف كافية للسكان أولا."),
             ("2 - سعيد", "السبت 15 مارس 2025 - 21:44", "أنا مع القرار، الشارع صار مرآبا مجانيا لسيارات لا تتحرك أسابيع."),
             ("3 - رد على سعيد", "الأحد 16 مارس 2025 - 08:02", "المشكلة ليست في السيارات بل في غياب النقل العمومي في المساء.")]
    rules = "المرجو عدم استعمال الكلمات النابية، التعليقات تخضع للمراقبة قبل النشر ولا تعبر عن رأي الموقع."
    text = "\n".join(["التعليقات (3)", *[x for item in items for x in item], "أضف تعليقك", "الإسم", rules, "إرسال التعليق"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None and doc.metadata.title is None
    assert rule_of(text, "3 - رد على سعيد")[1:] == ("comments", "structure.comment_items")
    assert rule_of(text, rules)[1:] == ("comments", "policy.terms")  # (Maghreb "المرجو", "النابية")


def test_a_pages_heading_over_its_jump_links_is_the_title() -> None:
    intro = "تجيب هذه الصفحة عن أكثر الأسئلة التي يطرحها المواطنون المقيمون بالخارج حول الخدمات القنصلية وطريقة الحصول عليها."
    answer = "البطاقة القنصلية وثيقة تثبت تسجيل المواطن لدى القنصلية، وتطلب عند إنجاز أغلب الخدمات الإدارية في بلد الإقامة."
    text = "\n".join(["الرئيسية", "الوزارة", "الخدمات القنصلية", "الرئيسية > الخدمات القنصلية > الأسئلة الشائعة",
                      "الأسئلة الشائعة حول الخدمات القنصلية", "انتقل إلى: البطاقة القنصلية | جواز السفر | عقود الزواج | التصديق",
                      intro, "البطاقة القنصلية", "ما هي البطاقة القنصلية ولماذا أحتاجها؟", answer])
    doc = arclean.parse(text)
    assert doc.metadata.title == "الأسئلة الشائعة حول الخدمات القنصلية"
    assert doc.body.startswith(intro)


def test_an_extracts_headline_over_a_labelled_byline_is_the_title() -> None:
    headline = "سکھر بیراج کے دو دروازوں کی مرمت مکمل، نہروں میں پانی کی فراہمی بحال"
    story = ["سکھر بیراج پر سالانہ بندش کے دوران جاری مرمتی کام مکمل ہونے کے بعد نہروں میں پانی چھوڑ دیا گیا ہے اور کاشتکاروں نے اطمینان کا اظہار کیا ہے۔",
             "بیراج کے چیف انجینئر نے صحافیوں کو بتایا کہ دو دروازوں کی مرمت مکمل کر لی گئی ہے اور باقی کام اگلے سال ہوگا۔"]
    text = "\n".join([headline, "رپورٹ: غلام مصطفیٰ شیخ", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.author == "غلام مصطفیٰ شیخ"
    assert doc.body == "\n".join(story)


def test_a_headline_over_a_font_size_toolbar_and_the_date_is_the_title() -> None:
    headline = "توزيع أربعين مضخة مياه تعمل بالطاقة الشمسية على مزارعي الأغوار"
    text = "\n".join(["الرئيسية", "محليات", headline, "أ+ أ أ- طباعة أرسل لصديق", "تاريخ النشر: ٠٣/١١/٢٠٢٤ - ١١:٢٠ ص", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert str(doc.metadata.published) == "2024-11-03 11:20:00"
    assert doc.body == "\n".join([P1, P2, P3])


def test_an_area_in_square_metres_under_a_listings_headline_is_no_authors_line() -> None:
    headline = "شقة للبيع في حي الياسمين بالقرب من المدارس والحدائق"
    facts = "مساحة 120 م² · الطابق الثالث"
    text = "\n".join(["الرئيسية", "عقارات", headline, facts, "نشر في: 12 مارس 2024", P1, P2])
    assert rule_of(text, facts)[2] != "zone.marked_authors"


def test_an_extracts_headline_asking_after_its_topic_is_the_title_a_qa_question_is_not() -> None:
    headline = "ريدمي نوت 13 برو ضد جالاكسي A35: أيهما يستحق فلوسك في 2024؟"
    text = "\n".join([headline, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline and doc.body == "\n".join([P1, P2])
    # a Q&A's first question stays its body (a question word, or a one-word label before the colon)
    for question in ("ما هو فيتامين د ولماذا يحتاجه الجسم؟", "س: ما هو السخان الشمسي وكيف يعمل؟"):
        assert arclean.clean("\n".join([question, P1, P2])) == "\n".join([question, P1, P2])


def test_a_long_site_suffix_the_page_prints_again_leaves_the_title() -> None:
    suffix = "وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج"
    heading = "الأسئلة الشائعة حول الخدمات القنصلية"
    text = "\n".join(["الرئيسية", "الوزارة", "الرئيسية > الخدمات القنصلية", f"{heading} - {suffix}", P1, P2, f"جميع الحقوق محفوظة © 2024 {suffix}"])
    assert arclean.parse(text).metadata.title == heading
    # a dash inside a quoted name is no suffix's, whatever the page prints again
    headline = "عائدون عبر «جابر – نصيب»: آلاف السوريين يغادرون الأردن قبل الشتاء"
    text = "\n".join(["الرئيسية", "الرئيسية > سوريا", headline, "نشر في: 12 مارس 2024", P1, P2, "نصيب»: آلاف السوريين يغادرون الأردن قبل الشتاء"])
    assert arclean.parse(text).metadata.title == headline


def test_a_menu_lists_header_block_stops_at_the_breadcrumb_trail() -> None:
    # a menu's "latest news" entry opens a list block; the page's trail under the menu ends it
    headline = "امضای ۳۸ نماینده پای سوال از وزیر درباره توزیع نهاده‌های دامی"
    story = ["سی و هشت نماینده مجلس با امضای طرح سوالی از وزیر خواستند درباره تاخیر در توزیع نهاده‌های دامی در استان‌ها توضیح دهد.",
             "به گفته نایب‌رئیس کمیسیون، مرغداران در چند استان از کمبود نهاده و افزایش قیمت در بازار آزاد گله دارند و منتظر پاسخ هستند."]
    text = "\n".join(["صفحه نخست", "سیاسی", "اقتصادی", "آخرین اخبار", "English", "العربیة",
                      f"صفحه اصلی  /  سیاسی  /  مجلس  /  {headline}", "نایب‌رئیس کمیسیون کشاورزی مجلس خبر داد:", headline,
                      "۱۴۰۳/۰۹/۱۴ - ۱۰:۲۵", "کد خبر: ۱۴۰۳۰۹۱۴۰۶۸۳۲", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.body == "\n".join(story)


def test_a_date_line_ending_in_the_print_editions_number_is_read() -> None:
    # a pan-Arab daily's line: weekday, Hijri and Gregorian dates, then its issue number
    headline = "أطباء مهاجرون ينتظرون معادلة شهاداتهم بين قاعات المكتبات ومواعيد الاختبارات"
    for line in ("الثلاثاء - 15 جمادى الآخرة 1446 هـ - 17 ديسمبر 2024 مـ رقم العدد [16854]",
                 "الثلاثاء 15 جمادى الآخرة 1446 هـ الموافق 17 ديسمبر 2024 م - العدد: 16854"):
        text = "\n".join(["الرئيسية", "تحقيقات", headline, line, "لندن: سلمى الطيب", P1, P2])
        doc = arclean.parse(text)
        assert str(doc.metadata.published) == "2024-12-17", line
        assert doc.metadata.title == headline
        assert doc.body == "\n".join([P1, P2])


def test_a_registration_forms_password_rule_and_membership_terms_are_no_article() -> None:
    hint = "يجب أن تتكون كلمة المرور من 8 أحرف على الأقل وأن تحتوي على رقم وحرف كبير."
    terms = "يلتزم العضو بأن تكون تعليقاته خالية من الإساءة والتجريح، وألا تتضمن ما يخالف القوانين المعمول بها."
    text = "\n".join(["صحيفة المدينة", "الرئيسية", "تسجيل الدخول", "إنشاء حساب جديد", "الاسم الكامل *", "كلمة المرور *", hint,
                      "تأكيد كلمة المرور *", "المحافظة", "عمّان", "إربد", "الزرقاء", "شروط العضوية", terms,
                      "أوافق على شروط العضوية", "إنشاء الحساب", "جميع الحقوق محفوظة © 2025"])
    assert_policy_page(text, hint)
    assert rule_of(text, terms)[2] == "policy.terms"


def test_an_email_check_pages_help_line_is_account_text_and_the_page_no_article() -> None:
    # "check your e-mail": the activation link's notice and the spam-folder hint under it
    help_line = "لم تصلك الرسالة؟ تحقق من مجلد الرسائل غير المرغوب فيها أو اطلب رابطا جديدا بعد دقيقة."
    text = "\n".join(["وظائف اليوم", "الوظائف", "الشركات", "تسجيل الدخول", "تحقق من بريدك الإلكتروني",
                      "أرسلنا رابط التفعيل إلى بريدك الإلكتروني، اضغط على الرابط خلال 24 ساعة لتفعيل حسابك.",
                      "إعادة إرسال الرابط", help_line, "العودة إلى الصفحة الرئيسية", "© 2025 وظائف اليوم"])
    assert_policy_page(text, help_line)


def test_a_sign_up_forms_pitch_and_first_fields_are_no_article() -> None:
    # the form's heading, its pitch and first fields with a hint, then the password field and
    # the terms: the pitch is no story
    pitch = "انضم إلى مجتمع التقنية لتتمكن من التعليق على المقالات وحفظ المراجعات المفضلة لديك ومتابعة الكتاب."
    hint = "يجب أن يتكون اسم المستخدم من 4 إلى 20 حرفا لاتينيا أو رقما، دون مسافات أو رموز خاصة."
    text = "\n".join(["موقع التقنية", "الهواتف", "الحواسيب", "تسجيل الدخول", "إنشاء حساب جديد في موقع التقنية", pitch,
                      "الاسم الكامل", "اسم المستخدم *", hint, "البريد الإلكتروني", "كلمة المرور",
                      "يجب ألا تقل كلمة المرور عن ثمانية أحرف، وأن تحتوي على حرف كبير ورقم واحد على الأقل.",
                      "إنشاء الحساب", "© 2025 موقع التقنية"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)
    # (a story whose text names a password is kept)
    story = "\n".join(["الرئيسية", "تقنية", "تسريب ملايين كلمات المرور من منصة تسوق شهيرة", "12 مارس 2025", P1, P2, P3])
    assert arclean.parse(story).body == "\n".join([P1, P2, P3])


def test_a_place_and_name_byline_over_the_date_is_no_headline() -> None:
    headline = "ارتفاع أسعار ثمار الأركان يربك التعاونيات النسوية بإقليم الصويرة"
    text = "\n".join([f"{headline} | مدار الجهات", "الصويرة: عبد الإله الرحموني", "نشر في: الثلاثاء 11 فبراير 2025 - 13:40", "شارك", "فيسبوك", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.author == "عبد الإله الرحموني"
    assert doc.body == "\n".join([P1, P2])


def test_an_extracts_first_line_over_a_font_toolbar_is_the_title_its_date_at_the_end_is_the_date() -> None:
    headline = "بلدية جبيل تطلق خدمة نقل مجانية إلى الأسواق القديمة والشاطئ طوال الصيف"
    tail = ["المصدر: الوكالة الوطنية للإعلام", "12-07-2024 | 10:15", "مشاركة", "أخبار ذات صلة", "زحمة خانقة على أوتوستراد جونية"]
    text = "\n".join([headline, "حجم الخط", "- +", P1, P2, *tail])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert str(doc.metadata.published) == "2024-07-12 10:15:00"
    assert rule_of(text, "12-07-2024 | 10:15")[2] == "tail.date_line"
    assert doc.body == "\n".join([P1, P2])
    # a site's name over the toolbar is no title; an update label, or a list of dated items
    # under the story, gives no publication date
    assert arclean.parse("\n".join(["جريدة الشمال", "حجم الخط", "- +", P1, P2])).metadata.title is None
    assert arclean.parse("\n".join([P1, P2, "آخر تحديث للجدول: 03/01/2025"])).metadata.published is None
    listed = "\n".join([P1, P2, "12-07-2024", "زحمة خانقة على أوتوستراد جونية", "11-07-2024", "انقطاع المياه عن أحياء في البترون"])
    assert arclean.parse(listed).metadata.published is None


def test_a_utility_pages_one_instruction_line_is_no_article() -> None:
    menu = ["بوابة الخدمات", "الرئيسية", "الخدمات", "الأسئلة الشائعة", "تسجيل الدخول", "الرئيسية / الخدمات / المخالفات"]
    form = ["رقم اللوحة", "الحروف", "الأرقام", "المحافظة", "القاهرة", "الجيزة", "استعلام", "جميع الحقوق محفوظة © 2025"]
    for line in ("أدخل بيانات المركبة كما هي مدونة في رخصة التسيير للاستعلام عن المخالفات المسجلة عليها وسدادها إلكترونيا.",
                 "اضغط على اسم الكتاب لبدء التحميل، جميع الكتب بصيغة PDF حسب آخر طبعة معتمدة من الوزارة.",
                 "ملاحظة: يمكن أن تتغير الأوقات أيام الأعياد والعطل الرسمية، يرجى التأكد من شباك التذاكر قبل السفر."):
        text = "\n".join([*menu, "الاستعلام عن مخالفات المرور", line, *form])
        assert arclean.clean(text) == "", line
    # the same line as the whole document, or opening a guide of several paragraphs, stays
    line = "اضغط على زر التشغيل مطولا حتى يظهر الضوء الأزرق، ثم اترك الجهاز يبحث عن الشبكة دقيقة كاملة قبل المحاولة."
    assert arclean.clean(line) == line
    assert arclean.clean("\n".join([*menu, line, P1, P2, *form])) == "\n".join([line, P1, P2])


def test_the_breadcrumbs_last_item_printed_again_over_a_short_subheading_is_the_title() -> None:
    # "... > التوأمة" then "التوأمة" then the text's first subheading (three words) over the text
    text = "\n".join(["بلدية المدينة", "البلدية", "الخدمات", "الرئيسية > البلدية > العلاقات الخارجية > التوأمة", "طباعة",
                      "التوأمة", "قليبية – بنتلاريا (إيطاليا)", P1, P2, "© 2025 بلدية المدينة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == "التوأمة"
    assert doc.body == "\n".join(["قليبية – بنتلاريا (إيطاليا)", P1, P2])
    # under a section word printed so, a story's headline (longer) is the title
    head = "المجلس البلدي يصادق على اتفاقية توأمة جديدة مع جزيرة بنتلاريا الإيطالية"
    story = text.replace("قليبية – بنتلاريا (إيطاليا)", head)
    assert arclean.parse(story).metadata.title == head


def test_a_quoted_names_headline_under_a_labelled_promo_is_no_facts_row() -> None:
    # "حملة الشتاء: ... – ساهم الآن" (a promo) over "«عيون تقرأ»: <headline>" over the date: two
    # "label: value" lines, but a facts card's label is never quoted
    head = "«عيون تقرأ»: نظارة طبية لكل تلميذ يحتاجها في مدارس المدينة"
    text = "\n".join(["جمعية الأمل", "حملاتنا", "تبرّع الآن", "حملة الشتاء: بطاطين لأسر النازحين في المدينة – ساهم الآن", head,
                      "نُشر بتاريخ 03/11/2024", "تم جمع 14,820,000 جنيه من أصل 36,000,000 جنيه", "41%", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (head, "2024-11-03")


def test_an_edit_stamp_printed_a_part_a_line_is_an_update_not_a_publication() -> None:
    # BeautifulSoup prints a wiki's "آخر تعديل بواسطة <name> في <date>" a part a line: the date
    # under the name is the label's, an update
    head = "خرجة ميدانية إلى الحظيرة الوطنية لطلبة السنة الثانية علوم بيئية"
    text = "\n".join(["قسم البيئة", "الرئيسية", "الأخبار والإعلانات", head, "آخر تعديل بواسطة", "يسمينة بن علي",
                      "في 2026/03/09 16:22", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.published, str(m.updated)) == (None, "2026-03-09 16:22:00")


def test_a_tables_instruction_over_rows_whose_cells_hold_commas_is_no_article() -> None:
    # a clinic's schedule: heading, "اضغط على ..." then "|" rows whose cells list items with
    # commas (read as sentences, they ended the form at its second one), then a footnote
    rows = ["العمر | اللقاحات", "عند الولادة | السل، التهاب الكبد (ب)", "شهران | السداسي، المكورات الرئوية، الروتا",
            "4 أشهر | السداسي، المكورات الرئوية، الروتا", "6 أشهر | السداسي",
            "12 شهراً | الحصبة والنكاف والحصبة الألمانية، الجديري المائي، المكورات الرئوية (جرعة منشطة)",
            "18 شهراً | الخماسي، الحصبة والنكاف والحصبة الألمانية، الجديري المائي"]
    text = "\n".join(["عيادات الندى", "احجز موعداً", "خدماتنا", "أطباؤنا", "الرئيسية > طب الأطفال > جدول التطعيمات",
                      "جدول تطعيمات الأطفال", "اضغط على اسم اللقاح لمعرفة المزيد عنه، واحجز موعد التطعيم في أقرب فرع.", *rows,
                      "* الجدول استرشادي، وقد يعدّله الطبيب بحسب الحالة الصحية للطفل.", "احجز موعد تطعيم", "© 2025 عيادات الندى"])
    assert arclean.parse(text).body == ""


def test_a_download_lists_instruction_over_rows_parted_by_dashes_is_no_article() -> None:
    # "اختر السنة ... ثم اضغط «تحميل»", filters, then rows "<subject> – <session> – <branch> (PDF، <size>) – تحميل – <n>"
    rows = [f"{subject} – دورة يونيو {year} – {branch} (PDF، {size}) – تحميل – {n} تحميلاً" for subject, year, branch, size, n in
            [("الرياضيات", 2024, "علوم تجريبية", "1.1 م.ب", 842), ("اللغة العربية", 2024, "آداب", "640 ك.ب", 615),
             ("التربية الإسلامية", 2024, "جميع الشعب", "480 ك.ب", 530), ("اللغة الفرنسية", 2024, "جميع الشعب", "720 ك.ب", 497),
             ("العلوم الطبيعية", 2023, "علوم تجريبية", "2.3 م.ب", 1204)]]
    text = "\n".join(["ثانوية المدينة", "الرئيسية", "الإعلانات", "المكتبة", "نماذج امتحانات البكالوريا – القسم العربي",
                      "اختر السنة والمادة ثم اضغط على «تحميل» لحفظ الملف بصيغة PDF.", "السنة: الكل", "المادة: الكل", "تصفية", *rows,
                      "© 2025 ثانوية المدينة"])
    assert arclean.parse(text).body == ""


def test_a_registrys_help_line_under_its_events_date_is_no_article() -> None:
    # a wedding gift registry: its name, the wedding's day and place ("العرس: <date> – <place>",
    # an event's date: it anchors no story), one help line, then the gifts with their prices
    gifts = ["طقم صحون بورسلين لـ12 شخصًا", "320$", "متوفر", "احجز الهدية", "محمصة خبز كهربائية", "65$", "محجوزة ✓",
             "ماكينة قهوة إسبريسو", "410$", "ساهم", "سجادة صالون", "380$", "متوفر", "احجز الهدية"]
    text = "\n".join(["ليستي", "كيف تعمل الخدمة | ابحث عن لائحة | أنشئ لائحتك | تسجيل الدخول", "لائحة هدايا سامر وريم",
                      "العرس: السبت 13 أيلول 2025 – بيت مري",
                      "اختاروا هدية واحجزوها، وستظهر للعروسين أنها محجوزة. الدفع عند الاستلام أو بتحويل مصرفي.",
                      *gifts, "© 2025 ليستي"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.published) == ("", None)


def test_a_job_boards_cards_with_relative_times_in_their_bars_are_no_article() -> None:
    cards = [
        ("محاسب/ة عام", "شركة توزيع أدوية – عمّان، خلدا", "خبرة لا تقل عن 3 سنوات في المحاسبة العامة وإعداد التقارير الشهرية، وإجادة برامج المحاسبة.", "منذ يومين"),
        ("مندوب/ة مبيعات ميداني", "مصنع مواد غذائية – عمّان، سحاب", "يفضل وجود رخصة قيادة وسيارة خاصة، راتب أساسي مع عمولة على المبيعات الشهرية.", "منذ 3 أيام"),
        ("معلمة لغة إنجليزية", "مدرسة خاصة – عمّان، تلاع العلي", "حاصلة على بكالوريوس أدب إنجليزي أو ما يعادله، وخبرة سنتين في التدريس على الأقل.", "منذ أسبوع"),
        ("مطور/ة تطبيقات", "شركة ناشئة – عمّان، العبدلي", "خبرة في تطوير تطبيقات الهواتف وربط الواجهات البرمجية، وإمكانية العمل عن بعد يومين.", "منذ أسبوعين"),
    ]
    text = ["شغلك", "الوظائف | الشركات | تسجيل الدخول", "وظائف في عمّان – 128 وظيفة"]
    for title, company, blurb, when in cards:
        text += [title, company, blurb, f"دوام كامل · {when}", "تقدّم الآن"]
    page = "\n".join(text + ["1 2 3 … 13 التالي", "© 2025 شغلك"])
    doc = arclean.parse(page)
    assert doc.body == "" and doc.metadata.title is None
    assert rule_of(page, "دوام كامل · منذ يومين")[2] == "shape.listing_stamp"


def test_an_index_of_questions_with_no_answers_is_no_article() -> None:
    sections = [("الفواتير والدفع", ["كيف أدفع فاتورتي إلكترونيا؟", "لماذا ارتفعت قيمة فاتورتي هذا الشهر؟", "كيف أطلب فاتورة مفصلة بالمكالمات؟"]),
                ("الشرائح والأرقام", ["كيف أستبدل شريحتي بشريحة إلكترونية؟", "ماذا أفعل إذا فقدت شريحتي؟"]),
                ("الإنترنت المنزلي", ["الإنترنت بطيء، ماذا أفعل؟", "كيف أغير كلمة مرور الراوتر؟"])]
    text = ["شركة الاتصالات", "مركز المساعدة", "كيف يمكننا مساعدتك؟"]
    for heading, questions in sections:
        text += [heading, *questions, f"عرض الكل ({len(questions) + 6})"]
    assert arclean.clean("\n".join(text + ["جميع الحقوق محفوظة © 2025"])) == ""
    # a Q&A keeps its questions with their answers
    qa = ["س: كيف أدفع فاتورتي إلكترونيا؟", "ج: " + P1, "س: لماذا ارتفعت قيمة فاتورتي هذا الشهر؟", "ج: " + P2,
          "س: كيف أطلب فاتورة مفصلة؟", "ج: " + P3, "س: ماذا أفعل إذا فقدت شريحتي؟", "ج: أبلغ خدمة العملاء فورا لإيقاف الشريحة، ثم زر أقرب فرع ومعك هويتك لتستلم شريحة بديلة بالرقم نفسه."]
    assert arclean.clean("\n".join(qa)) == "\n".join(qa)


def test_a_forms_three_faq_questions_with_no_answers_are_no_article() -> None:
    # a top-up form's fields, then a FAQ of three questions whose answers open on a click
    questions = ["لم يصل الرصيد إلى هاتفي بعد الدفع، ماذا أفعل؟", "هل يمكنني شحن رصيد رقم آخر؟", "كيف أسترجع المبلغ إذا فشلت العملية؟"]
    form = ["شركة الاتصالات", "أفراد", "شركات", "اشحن رصيدك", "دخول", "شحن الرصيد إلكترونيا", "أدخل رقم الهاتف واختر المبلغ ثم طريقة الدفع.",
            "رقم الهاتف", "اختر المبلغ", "500 جنيه", "1000 جنيه", "طريقة الدفع", "بطاقة مصرفية", "محفظة إلكترونية",
            "المبلغ الإجمالي: 0 جنيه", "متابعة الدفع", "بالضغط على «متابعة الدفع» فإنك توافق على الشروط والأحكام."]
    text = "\n".join([*form, "أسئلة شائعة", *questions, "مركز الاتصال: 100", "© 2025 شركة الاتصالات"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.title is None
    assert rule_of(text, questions[0])[0] == "boilerplate"


def test_a_headline_ending_in_its_own_note_in_parentheses_is_no_caption() -> None:
    for headline in ("قراءة ملفات الجداول في بايثون خطوة بخطوة (مع أمثلة عملية)", "دليل التسجيل في الجامعات الحكومية للعام الجديد (الجزء الثاني)"):
        text = "\n".join(["كود بالعربي", "الرئيسية / بايثون / الملفات", headline, "محمود سامي", "3 مارس 2024", P1, P2])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline
        assert str(doc.metadata.published) == "2024-03-03"
        assert doc.body == "\n".join([P1, P2])
    # a photo's caption credited to an agency over the date stays the story's caption
    caption = "عمال يرممون واجهة السوق القديم في المدينة (الأناضول)"
    assert rule_of("\n".join(["الرئيسية", "أخبار", caption, "3 مارس 2024", P1, P2]), caption)[2] == "zone.caption"


def test_a_pages_first_line_naming_it_again_over_its_text_is_the_title() -> None:
    # a service page: its browser title, then the trail ending with the same name
    text = "\n".join(["زراعة الأسنان | عيادات الابتسامة", "الرئيسية » خدماتنا » زراعة الأسنان", P1, P2, "احجز موعدك", "جميع الحقوق محفوظة © 2025 عيادات الابتسامة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == "زراعة الأسنان" and doc.body == "\n".join([P1, P2])
    # a wiki article: its name, the wiki's tagline, the name again as the page's heading
    text = "\n".join(["قصر تيغرمين", "من موسوعة ليبيا الحرة", "اذهب إلى التنقل اذهب إلى البحث", "قصر تيغرمين", P1, P2])
    assert arclean.parse(text).metadata.title == "قصر تيغرمين"
    # a name the footer prints again is the site's, no title
    text = "\n".join(["مركز الشفاء | الرئيسية", "الرئيسية » مركز الشفاء", P1, P2, "جميع الحقوق محفوظة لمركز الشفاء © 2025"])
    assert arclean.parse(text).metadata.title is None


def test_a_decks_sentence_and_a_bare_bullet_between_the_headline_and_the_byline() -> None:
    headline = "ثلج الشمس: كيف أنقذ صيادو المدينة موسمهم من العتمة"
    deck = "في الميناء القديم، تعاونية صغيرة للصيادين ركبت ألواحا شمسية فوق مصنع ثلج متهالك. النتيجة: سمك طازج رغم انقطاع الكهرباء."
    text = "\n".join(["الرئيسية", "تحقيقات", headline, deck, "*", "لينا عسيران", "2 أكتوبر 2024 • 6 دقائق قراءة", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert doc.metadata.author == "لينا عسيران"
    assert str(doc.metadata.published) == "2024-10-02"
    assert doc.body == "\n".join([deck, P1, P2])


def test_a_headline_with_a_topic_colon_over_its_deck_is_the_title() -> None:
    headline = "غرداية: إعادة تأهيل نظام تقسيم مياه السيول التقليدي في واحة بني يزقن"
    deck = "مشروع بتمويل عمومي يشمل ترميم 12 ساقية، وحاجزين مائيين قبل موسم الأمطار"
    text = "\n".join(["الرئيسية", "جهوي", headline, deck, "بواسطة سليمان بوحفص", "17 مارس 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    # a ticker's labelled item over the headline is no headline over a deck
    head = "ملک کے بیشتر علاقوں میں شدید سردی اور دھند کا راج، موٹرویز بند"
    text = "\n".join(["ہوم", "پاکستان", "تازہ ترین: پنجاب میں اسکولوں کی موسم سرما کی تعطیلات کا اعلان", head, "لاہور (نمائندہ خصوصی)", "12 دسمبر 2024", P1, P2])
    assert arclean.parse(text).metadata.title == head


def test_a_bar_of_relative_times_is_metadata_never_the_headline() -> None:
    headline = "مزارعو الرمان يطالبون بثلاجات تبريد قريبة من المزارع مع بدء موسم الحصاد"
    bar = "منذ يوم • آخر تحديث: منذ 21 ساعة"
    text = "\n".join(["الرئيسية", "محليات", headline, "سعيد الزهراني", bar, "3 دقائق قراءة", "شارك", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == headline
    assert rule_of(text, bar)[:2] == ("metadata", "published")
    assert doc.body == "\n".join([P1, P2])


def test_a_consent_walls_choice_line_is_policy_text() -> None:
    choice = "يمكنك قبول جميع الاستخدامات أو رفضها، أو إدارة تفضيلاتك في أي وقت."
    text = "\n".join(["الرئيسية", "العراق", "اقتصاد", "نحن نقدّر خصوصيتك", "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتخزين المعلومات على جهازك.",
                      choice, "تخزين المعلومات على الجهاز", "إعلانات مخصصة", "قبول الكل", "رفض الكل", "© 2025 جميع الحقوق محفوظة"])
    assert_policy_page(text, choice)


def test_a_labelled_byline_with_a_role_between_a_deck_and_the_date_is_no_headline() -> None:
    headline = "لحج: آبار تبن تجف.. والمزارعون يطاردون الماء على عمق 120 متراً"
    deck = "مزارعو تبن يحفرون أعمق كل عام.. والديزل يلتهم نصف الموسم"
    for byline, name in (("كتب/ صالح عبدالله الصبيحي – مراسل «المشهد» في لحج", "صالح عبدالله الصبيحي"), ("تقرير وتصوير: ريبوار عبدالله", "ريبوار عبدالله")):
        text = "\n".join(["الرئيسية", "تقارير", headline, deck, byline, "الاثنين - 03 نوفمبر 2025 - الساعة 09:40 ص", P1, P2])
        doc = arclean.parse(text)
        assert doc.metadata.title == headline, byline
        assert doc.metadata.author == name
        assert str(doc.metadata.published) == "2025-11-03 09:40:00"


def test_the_items_of_a_numbered_list_of_terms_are_terms_one_step_naming_a_password_is_not() -> None:
    terms = ["1. يتعهد المستخدم بأن تكون المعلومات التي يدخلها صحيحة وكاملة، ويتحمل وحده مسؤولية ما ينشره.",
             "2. لا يجوز نشر أرقام الهواتف أو الروابط الإعلانية أو أي معلومات عن الآخرين.",
             "3. تحتفظ إدارة البوابة بحق حذف أي تعليق أو إيقاف أي حساب يخالف هذه الشروط دون إشعار مسبق.",
             "4. التعليقات المنشورة تعبر عن آراء أصحابها، ولا تتحمل البوابة أي مسؤولية قانونية عن مضمونها."]
    text = "\n".join(["البوابة", "الرئيسية", "إنشاء حساب", "الاسم الكامل", "البريد الإلكتروني", "شروط الاستخدام", *terms, "أوافق على الشروط", "إنشاء الحساب"])
    assert arclean.clean(text) == ""
    assert rule_of(text, terms[0])[2] == "policy.list_item"
    # a how-to's numbered steps stay the story's, whatever one naming the password gives
    steps = ["1- افتح المتصفح واكتب عنوان الراوتر في شريط العنوان ثم اضغط زر الدخول.",
             "2- اكتب اسم المستخدم وكلمة المرور المكتوبة على ظهر الجهاز، وغالبا تكون admin.",
             "3- من القائمة اختر إعدادات الشبكة اللاسلكية، ثم افتح خانة الأمان.",
             "4- امسح الرمز القديم واكتب الجديد، ثم احفظ واستنى إعادة التشغيل."]
    text = "\n".join(["تقنية", "طريقة تغيير باسورد الواي فاي خطوة بخطوة", P1, *steps, P2])
    body = arclean.clean(text).split("\n")
    assert all(step in body for step in (steps[0], steps[2], steps[3]))


def test_a_products_name_over_a_price_in_a_maghreb_currency_and_its_facts_is_the_title() -> None:
    name = "عمرة شهر رجب 2025 لمدة 15 يوما بين مكة والمدينة"
    text = "\n".join(["الرئيسية", "عروض العمرة", name, "★★★★☆ (27 تقييما)", "السعر ابتداء من: 265.000 دج للشخص",
                      "المدة: 15 يوما", "الطيران: رحلة مباشرة الجزائر – جدة", "وصف الرحلة | البرنامج | الفنادق | الشروط", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == name
    assert doc.body == "\n".join([P1, P2])


def test_a_numbered_site_name_suffix_printed_in_the_footer_is_cut() -> None:
    headline = "صادرات الطماطم ترتفع رغم موجة البرد وتذبذب كلفة الشحن"
    text = "\n".join([f"{headline} - سوس ماسة 24", "نشر في: 11 فبراير 2025 - 10:42", P1, P2, "© سوس ماسة 24 - جميع الحقوق محفوظة 2025"])
    assert arclean.parse(text).metadata.title == headline
    # a number after a dash that the page prints nowhere else stays the headline's
    text = "\n".join(["الهلال يهزم النصر بهدفين ويبتعد بالصدارة - الجولة 24", "نشر في: 11 فبراير 2025 - 10:42", P1, P2])
    assert arclean.parse(text).metadata.title == "الهلال يهزم النصر بهدفين ويبتعد بالصدارة - الجولة 24"


def test_a_cards_facts_bar_over_the_text_is_no_title() -> None:
    text = "\n".join(["البرمجة", "العروض", "مسرح", "«سطح الجيران»", "كوميديا سوداء • 85 دقيقة • +12", P1, P2])
    assert arclean.parse(text).metadata.title is None


def test_a_heading_under_a_trail_naming_it_is_the_title() -> None:
    text = "\n".join(["كراج النخبة", "الرئيسية", "خدماتنا", "العروض", "خدماتنا / صيانة الگير", "تبديل زيت الگير الأوتوماتيك | كراج النخبة", P1, P2])
    assert arclean.parse(text).metadata.title == "تبديل زيت الگير الأوتوماتيك"


def test_a_tools_instruction_among_its_fields_is_no_article() -> None:
    fields = ["تاريخ بداية العمل", "يوم | شهر | سنة", "تاريخ نهاية العمل", "يوم | شهر | سنة", "آخر راتب شهري (د.ك)",
              "نوع العقد: محدد المدة / غير محدد المدة", "احسب", "مسح البيانات", "مدة الخدمة: -- سنة -- شهر -- يوم",
              "* النتيجة تقديرية ولا تغني عن مراجعة إدارة العمل المختصة."]
    text = "\n".join(["بوابة العمل", "الرئيسية", "الحاسبات", "حاسبة مكافأة نهاية الخدمة",
                      "أدخل بياناتك واضغط «احسب» لمعرفة المكافأة التقريبية حسب قانون العمل في القطاع الأهلي.", *fields, "© 2025"])
    assert arclean.clean(text) == ""
    # a geo-block notice in place of a video, and the player's chrome, are no article
    text = "\n".join(["الرئيسية", "فيديو", "عذراً، هذا المحتوى غير متاح في منطقتك الجغرافية بسبب قيود حقوق البث.", "رمز الخطأ: GEO-403",
                      "إعادة المحاولة", "00:00 / 00:00", "تشغيل", "ملء الشاشة", "فيديوهات قد تعجبك"])
    assert arclean.clean(text) == ""


def test_citations_under_a_references_header_are_the_list_however_sentence_like() -> None:
    refs = ["Kjærum, P. The Dilmun Seals as Evidence of Long Distance Relations. 1983.",
            "تقرير بعثة التنقيب في تلال عالي، الموسم الثالث، إدارة الآثار والمتاحف."]
    text = "\n".join(["المتحف الوطني", "المجموعات", "ختم دائري من الحجر الصابوني يصور رجلين حول جرة", P1, P2, "المراجع", *refs, "كيف تستشهد بهذه القطعة", "© 2025"])
    body = arclean.clean(text)
    assert P1 in body and P2 in body and not any(ref in body for ref in refs)
    assert rule_of(text, refs[0])[:3] == ("boilerplate", "other", "block.lexicon.exact:المراجع")


def test_a_statements_title_over_its_basmala_is_the_title_the_basmala_its_body() -> None:
    title = "بيان صادر عن الجمعية التعاونية لمزارعي الزيتون في لواء المزار الجنوبي"
    text = "\n".join([title, "بسم الله الرحمن الرحيم", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.body == "\n".join(["بسم الله الرحمن الرحيم", P1, P2])


def test_a_forms_status_page_is_no_article() -> None:
    for heading, note in (("تم إلغاء اشتراكك", "لن تصلك رسائل النشرة الأسبوعية على بريدك الإلكتروني بعد اليوم."),
                          ("تم إرسال رسالتك بنجاح", "سيتواصل معك أحد أعضاء فريق خدمة العملاء خلال يومي عمل على الأكثر.")):
        text = "\n".join(["مجلة أصداء", "الرئيسية | أدب | فنون | سينما | ملفات", heading, note, "العودة إلى الصفحة الرئيسية", "© 2025 أصداء"])
        doc = arclean.parse(text)
        assert doc.body == "" and doc.metadata.title is None, heading


def test_a_short_trail_over_the_header_is_no_headline() -> None:
    text = "\n".join(["الرئيسية", "الخدمات", "الخدمات / الطقس", "آخر تحديث: 6 يناير 2025", P1, P2])
    assert arclean.parse(text).metadata.title is None


def test_glued_date_fields_and_a_one_line_share_row_are_never_the_title() -> None:
    # a dumper printed the header's date fields, and the share buttons, each on one line
    for line in ("الأحد 19 يناير 2025 | 19 رجب 1446 آخر تحديث: الأحد 19 يناير 2025 - 04:12 م", "واتساب إكس فيسبوك نسخ الرابط"):
        text = "\n".join(["الرئيسية", "محليات", line, P1, P2])
        assert arclean.parse(text).metadata.title != line


def test_a_question_headline_over_its_lede_then_a_date_bar_and_a_credited_caption() -> None:
    # a data story as a dumper prints it: headline (a topic colon, a question), its lede,
    # a bar of fields with the date, a language switch, the photo's credited caption, then text
    title = "نصف مدارس الولاية بلا تدفئة: ماذا تقول الأرقام؟"
    lede = "جمعنا بيانات مئتي مدرسة ابتدائية في الولاية لنعرف كم منها يملك تدفئة صالحة للاستعمال في هذا الشتاء البارد."
    caption = "تلاميذ بمعاطفهم داخل قسم في مدرسة ابتدائية بالمعتمدية، نوفمبر 2024 (صورة: بيانات)"
    text = "\n".join(["الرئيسية » المقالات", title, lede, "ديسمبر 9, 2024 · 7 دقائق · 1420 كلمة · سلمى الجلاصي", caption, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.metadata.published is not None and doc.metadata.published.isoformat()[:10] == "2024-12-09"
    assert doc.body.split("\n")[:2] == [lede, caption]


def test_a_credited_caption_between_the_date_and_the_text_leaves_the_header_readable() -> None:
    # the photo's caption ends in its credit: no paragraph of the page, so the date over it
    # is the story's and the headline over the date its title (not the caption)
    title = "مدارس الولاية بلا تدفئة مع أول موجة برد"
    caption = "تلاميذ بمعاطفهم داخل قسم في مدرسة ابتدائية بالمعتمدية، نوفمبر 2024 (صورة: بيانات)"
    text = "\n".join(["الرئيسية", "المقالات", title, "9 ديسمبر 2024", caption, "جدول المحتويات", "* كيف جمعنا البيانات", "* المعتمديات الأسوأ", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2024-12-09")
    assert rule_of(text, caption)[:2] == ("body", "body")


@pytest.mark.parametrize("info", ["رنا الخوالدة ثقافة وفنون 17 تشرين2/نوفمبر 2024 الزيارات: 1245",
                                  "رنا الخوالدة ثقافة وفنون 17 نوفمبر 2024 - 1245 مشاهدة"])
def test_a_cms_info_line_glued_with_its_hit_counter_is_the_date_line(info: str) -> None:
    # a dumper glued the CMS's info fields (writer, category, date, hits) into one line
    title = "مدرسة الفسيفساء تخرّج أول دفعة من المرمّمين الشباب بعد عامين من التدريب"
    text = "\n".join(["الرئيسية", "ثقافة وفنون", title, info, "*", "*", "مادبا - البلقاء اليوم", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2024-11-17")


def test_a_line_of_glued_published_and_updated_fields_is_the_date_line_a_toolbar_no_caption() -> None:
    # a dumper glued the source, the published and the updated fields into one line of 22 words
    title = "تعاونيات الأركان تشتكي تراجع المحصول وغلاء الثمار بعد سنوات الجفاف"
    dates = "أصداء سوس - متابعة أضيف في : الأحد 14 يوليوز 2024 - 18:22 آخر تحديث : الأحد 14 يوليوز 2024 - 20:05"
    toolbar = "طباعة أرسل لصديق تعليقات (3) حجم الخط : + -"
    text = "\n".join(["الرئيسية", "اقتصاد", title, dates, toolbar, "تغريد", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert (str(doc.metadata.published), str(doc.metadata.updated)) == ("2024-07-14 18:22:00", "2024-07-14 20:05:00")
    assert doc.body == "\n".join([P1, P2])


def test_a_toolbar_between_the_date_and_a_caption_is_a_share_row_not_a_caption() -> None:
    toolbar = "طباعة أرسل لصديق تعليقات (3) حجم الخط : + -"
    caption = "نساء يكسّرن ثمار الأركان داخل تعاونية بضواحي المدينة"
    text = "\n".join(["الرئيسية", "اقتصاد", "تعاونيات الأركان تشتكي تراجع المحصول بعد سنوات الجفاف", "14 يوليو 2024", toolbar, "تغريد", caption, P1, P2])
    assert rule_of(text, toolbar) == ("boilerplate", "share", "zone.share_row")
    assert toolbar not in arclean.clean(text)


def test_a_price_tables_heading_and_its_one_sentence_note_are_no_article() -> None:
    # "for the month of December 2024" in the heading is no date line; the note is no story
    rows = [x for fuel, a, b in (("سوبر 98", "2.61", "2.74"), ("سوبر 95", "2.50", "2.63"), ("ديزل", "2.68", "2.67")) for x in (fuel, a, b)]
    text = "\n".join(["دليل المستهلك", "الأسعار", "الذهب", "الوقود", "العملات", "أسعار الوقود لشهر ديسمبر 2024",
                      "الأسعار بالدرهم للتر الواحد، وتسري من 1 ديسمبر 2024 حتى نهاية الشهر.", "النوع", "ديسمبر 2024", "نوفمبر 2024",
                      *rows, "اختر الشهر: ديسمبر 2024", "عرض الأرشيف", "أسعار الذهب اليوم | أسعار صرف الدرهم", "© 2024 دليل المستهلك"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


@pytest.mark.parametrize("note", ["Votre session a expiré. يرجى إعادة تسجيل الدخول للمتابعة.",
                                  "املأ الحقول التالية، وسيظهر إعلانك بعد المراجعة خلال ساعة.",
                                  # (the request after a comma: a waiting room's one line)
                                  "سيتم نقلك تلقائياً عند بدء الجلسة، يرجى إبقاء هذه الصفحة مفتوحة."])
def test_a_forms_one_instruction_in_a_later_sentence_or_a_fill_in_verb_is_no_article(note: str) -> None:
    text = "\n".join(["البوابة الرقمية", "الرئيسية", "انتهت صلاحية الجلسة", note, "رقم التسجيل", "كلمة المرور", "تذكرني",
                      "دخول", "نسيت كلمة المرور؟", "أول دخول؟ فعّل حسابك", "للمساعدة: مركز الأنظمة", "support@example.dz", "© 2025 الجامعة"])
    assert arclean.clean(text) == ""


def test_a_products_name_over_its_price_and_a_stock_notice_is_the_title() -> None:
    name = "تحليل الفيريتين (مخزون الحديد)"
    text = "\n".join(["مختبرات الدانة", "التحاليل", "الباقات", "الفروع", "تسجيل الدخول", "🛒 السلة (0)", name, "89 ر.س",
                      "السعر شامل ضريبة القيمة المضافة", "النتيجة خلال: 24 ساعة", "أضف إلى السلة", "اطلب سحباً منزلياً",
                      "متوفر في جميع فروع الرياض وجدة والدمام", "ما هو تحليل الفيريتين؟", P1, P2])
    assert arclean.parse(text).metadata.title == name


def test_a_blog_posts_header_under_its_sections_trail_over_one_section_is_no_teaser_list() -> None:
    # trail, headline, date, byline, lede, then one section (heading and paragraph): the
    # trail is no listed headline, and only the first pair is dated, so no listing
    title = "قلق الامتحانات الرسمية: كيف نساعد أولادنا من دون أن نزيد الضغط؟"
    lede = "مع اقتراب الامتحانات الرسمية يتحوّل كثير من البيوت إلى غرف طوارئ صغيرة، والأهل يسألون كيف يساعدون من دون أن يزيدوا الضغط."
    text = "\n".join(["عيادة مساحة", "الرئيسية", "خدماتنا", "المدونة", "المدونة / الأهل والمراهقون", title, "12 أيار 2025",
                      "بقلم د. ريما حداد – معالجة نفسية", lede, "القلق ليس عدواً", P1, "علامات تستدعي الانتباه", "صعوبة في النوم.", "تجنّب الدراسة تماماً.", P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2025-05-12")
    assert doc.body.startswith(lede + "\nالقلق ليس عدواً\n" + P1)


def test_a_table_of_contents_of_free_entries_between_the_header_and_the_text_is_passed_over() -> None:
    title = "موضوع تعبير عن الرفق بالحيوان بالعناصر والمقدمة والخاتمة"
    text = "\n".join(["بوابة الطالب", "الرئيسية", "مواضيع تعبير", title, "بواسطة: أ. خلفان البلوشي | 2 أكتوبر 2024",
                      "محتويات الموضوع", "مقدمة", "الرفق بالحيوان في ديننا", "صور من الرفق بالحيوان", "خاتمة", "إعلان",
                      "عناصر الموضوع:", "معنى الرفق بالحيوان.", "الرفق بالحيوان في ديننا.", "صور من الرفق بالحيوان.",
                      "مقدمة", P1, "الرفق بالحيوان في ديننا", P2, "صور من الرفق بالحيوان", P3, "خاتمة", P1])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2024-10-02")


def test_a_varietys_name_with_a_number_after_its_dash_is_no_dateline() -> None:
    text = "\n".join(["المركز القومي للبحوث", "الرئيسية / الأصناف المجازة / الذرة الرفيعة", "بُطانة-2", P1, P2])
    assert arclean.parse(text).metadata.dateline is None
    assert arclean.parse("\n".join(["الرياض - واس", P1, P2])).metadata.dateline == "الرياض - واس"


@pytest.mark.parametrize("opening", ["من جهتها، أكدت السلطة المحلية", "بدوره، قال مدير الميناء"])
def test_a_paragraph_opening_with_for_its_part_after_a_read_also_block_goes_on_with_the_story(opening: str) -> None:
    after = opening + " أن العمل جار لتوفير ثلاجات جديدة في الميناء قبل موسم الصيد المقبل، وأن التمويل أصبح متاحاً."
    text = "\n".join([P1, P2, "اقرأ أيضاً:", "المهرة: افتتاح مدرسة جديدة للبنات", "ارتفاع أسعار الدقيق في أسواق الغيضة",
                      "مباحثات لإعادة تشغيل منفذ صرفيت", after, "شارك الخبر"])
    assert arclean.clean(text) == "\n".join([P1, P2, after])


def test_an_extracts_first_line_headline_over_its_section_word_is_the_title() -> None:
    title = "الأمن العام يفتتح مكتبا لجوازات السفر في سراي البلدة"
    doc = arclean.parse("\n".join([title, "محليات", P1, P2]))
    assert (doc.metadata.title, doc.metadata.category, doc.body) == (title, "محليات", "\n".join([P1, P2]))


def test_a_quoted_two_part_headline_over_its_deck_and_a_place_colon_name_byline() -> None:
    # the headline holds a quotation ("«قارون»": its "»" is no trail's chevron) and two parts
    # around dots; the deck under it is longer; "القاهرة: <name>" is the dateline and the writer
    title = "ملوحة «قارون» تطارد صيادي الفيوم... والحكومة تراهن على الجمبري"
    deck = "تراجع حصيلة الصيد اليومية من 40 كيلوغراماً إلى أقل من ثلاثة"
    text = "\n".join(["الرئيسية", "العالم العربي", "مصر", title, deck, "القاهرة: منى عبد الفتاح", "نُشر: 14:05-7 يناير 2025 م ـ 07 رَجب 1446 هـ", P1, P2])
    doc = arclean.parse(text)
    m = doc.metadata
    assert (m.title, m.author, m.dateline, str(m.published)[:10]) == (title, "منى عبد الفتاح", "القاهرة", "2025-01-07")


def test_a_writer_glued_before_the_date_and_update_fields_over_a_short_caption() -> None:
    # the writer's name, the date and the update field on one line, then counters, a share
    # row and the photo's caption (no credit): no dateline is read from the name
    title = "الرشيدية.. سواعد شباب الجرف تعيد الماء إلى خطارات عطشى منذ عقدين"
    text = "\n".join(["الرئيسية", "جهويات", title, "لحسن أيت وكريم 18 نوفمبر، 2024 آخر تحديث: 19 نوفمبر، 2024", "3 1٬284 3 دقائق",
                      "فيسبوك X واتساب تيلقرام طباعة", "شباب من دواوير الجرف خلال أشغال تنقية خطارة أولاد الطاهر، صباح الأحد", "إعلان", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published), str(m.updated), m.dateline) == (title, "2024-11-18", "2024-11-19", None)


@pytest.mark.parametrize("byline", ["بواسطة علي حسين الدليمي", "علي حسين الدليمي بواسطة علي حسين الدليمي"])
def test_a_view_counter_under_the_photo_is_passed_over_for_the_date_above_it(byline: str) -> None:
    # headline, byline (an avatar's alt text glued before it by one dumper), date, section,
    # the photo's caption, then counters and share rows: the views label is no header
    title = "سد حديثة يستعيد نحو 3 مليارات متر مكعب بعد سيول الشتاء.. والموارد المائية تطمئن المزارعين"
    text = "\n".join(["السابق", "الرئيسية الأنبار", title, byline, "21 كانون الثاني 2025", "في الأنبار, تقارير", "0",
                      "بحيرة سد حديثة كما بدت صباح الإثنين بعد ارتفاع مناسيبها", "37", "مشاركة", "1.2k", "مشاهدات",
                      "شارك على فيسبوك شارك على تويتر", "الأنبار – نبأ الأنبار", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published)) == (title, "2025-01-21")


def test_a_forum_topics_bare_tags_and_section_under_its_title_are_no_headline() -> None:
    title = "رصد زخة التوأميات من النفود: حصيلة ليلة 13 ديسمبر وصور المشاركين"
    text = "\n".join(["* الموقع الرئيسي", "* المكتبة", title, "الرصد والتصوير", "شهب, تصوير-فلكي, رحلات-رصد",
                      "nawaf_sky (نواف العتيبي) ديسمبر 14, 2024, 10:41ص 1", "السلام عليكم ورحمة الله وبركاته", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, m.category, m.tags, m.author) == (title, "الرصد والتصوير", ("شهب", "تصوير-فلكي", "رحلات-رصد"), None)


@pytest.mark.parametrize("button", ["اطلب زيارة فنية", "• اطلب زيارة فنية"])
def test_a_question_headline_under_a_button_over_its_shorter_deck_is_the_title(button: str) -> None:
    title = "كيف تختار حجم النظام الشمسي المناسب لمنزلك؟ دليل عملي من واقع فواتير الكهرباء"
    text = "\n".join(["العربية English (US)", button, title, "خطوات بسيطة لتقدير عدد الألواح قبل طلب عرض السعر",
                      "م. لينا الحياري 16 فبراير 2025", P1, P2])
    assert arclean.parse(text).metadata.title == title


@pytest.mark.parametrize("line, tags", [("3,250,000 ج.م", ()), ("شهب، تصوير فلكي، رحلات", ("شهب", "تصوير فلكي", "رحلات"))])
def test_a_price_with_thousands_commas_under_the_title_is_no_tag_list(line: str, tags: Tuple[str, ...]) -> None:
    text = "\n".join(["الرئيسية", "شقة للبيع في التجمع الخامس بإطلالة على حديقة", line, "نُشر: 3 مارس 2025", P1, P2])
    assert arclean.parse(text).metadata.tags == tags


def test_a_numeric_date_with_the_byline_after_it_is_the_date_line() -> None:
    # "06.11.2024 بقلم: <name>": the date and the byline glued; an Arabic label reads it day first
    title = "مختبر لإكثار النخيل بالأنسجة في البصرة يبدأ توزيع أول 20 ألف فسيلة"
    text = "\n".join(["1. الرئيسية", "2. محافظات", "أخبار المحافظات", "زراعة ومياه", title, "06.11.2024 بقلم: حيدر عبد الواحد الساعدي", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published), m.author) == (title, "2024-11-06", "حيدر عبد الواحد الساعدي")


def test_a_ticker_line_of_glued_latest_headlines_is_no_title() -> None:
    ticker = "آخر الأخبار: " + " ✦ ".join(["غلق مؤقت للطريق الوطني رقم 1 بين الشفة والمدية بسبب أشغال الصيانة",
                                          "انطلاق حملة تلقيح الماشية في بلديات الأطلس", "توقعات بتساقط أمطار رعدية على ولايات الوسط",
                                          "افتتاح معرض الصناعات التقليدية بساحة التوت وسط المدينة"])
    text = "\n".join(["* الرئيسية", "* تراث", ticker, "الأحد، 14 أبريل 2024", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title is None and ticker not in doc.body


def test_a_menu_item_books_over_another_item_is_no_byline_label() -> None:
    # "* كتب" is the menu's "books", not "written by", and "* حوارات" no writer
    title = "ليموناضة البترون: عصير صيفي يحرس ذاكرة مدينة"
    text = "\n".join(["القائمة", "* مدن", "* مطبخ", "* كتب", "* حوارات", "* بودكاست", "بحث اشترك EN", "الشرفة / مدن / مدن ومذاقات", title, P1, P2])
    m = arclean.parse(text).metadata
    assert m.author is None and m.title != "بحث اشترك EN"


def test_a_survey_forms_instruction_over_numbered_questions_and_choices_is_no_article() -> None:
    choices = ["راضٍ جداً", "راضٍ", "محايد", "غير راضٍ", "غير راضٍ إطلاقاً"]
    text = "\n".join(["السكك الحديدية للمسافرين", "الرئيسية | مواعيد القطارات | شراء التذاكر | اتصل بنا", "استمارة رضا المسافرين",
                      "شاركنا رأيك في رحلتك الأخيرة، لن تستغرق الاستمارة أكثر من 3 دقائق.", "1. رقم القطار (اختياري)", "2. خط الرحلة",
                      "الدار البيضاء – الرباط", "الرباط – فاس", "3. ما مدى رضاك عن احترام مواعيد الانطلاق والوصول؟", *choices,
                      "4. ما مدى رضاك عن نظافة العربات؟", *choices, "إرسال", "© 2025 جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_a_site_date_bar_over_the_breadcrumb_is_not_the_storys_date() -> None:
    # today's date under the menu, the breadcrumb, then the headline over its byline and date:
    # the header starts at the byline, the date bar is the site's
    title = "مزارعو الموز في دلتا أبين: الأسعار انهارت والديزل التهم الموسم"
    text = "\n".join(["أبين برس", "الرئيسية", "عدن", "محافظات", "تقارير", "اقتصاد", "الإثنين 29 سبتمبر 2025", "أنت هنا: الرئيسية > تقارير",
                      title, "كتب/ صالح ناصر بن عوض", "الثلاثاء 23 سبتمبر 2025 - الساعة: 21:15:12", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published)) == (title, "2025-09-23 21:15:00")


def test_a_persian_search_page_with_a_date_range_filter_and_a_hit_count_is_no_article() -> None:
    hits = ["قیمت جدید نان در تهران اعلام شد؛ سنگک ساده ۸ هزار تومان",
            "... معاون اقتصادی استانداری تهران گفت: از ابتدای هفته آینده نرخ جدید نان در همه نانوایی‌ها اجرا می‌شود و بازرسان بر آن نظارت می‌کنند.",
            "اقتصادی | ۱۴ آذر ۱۴۰۵ - ۱۳:۲۰",
            "صف‌های طولانی نانوایی‌های سنگکی در شرق تهران",
            "... بسیاری از نانوایی‌های سنگکی در محله‌های شرقی شهر به دلیل کمبود آرد تا ظهر تعطیل می‌شوند و مردم ساعت‌ها در صف می‌مانند.",
            "شهری | ۱۱ آذر ۱۴۰۵ - ۰۹:۴۵"]
    text = "\n".join(["شهر و بازار", "صفحه اصلی", "جستجو", "نان سنگک", "جستجوی پیشرفته", "از تاریخ:", "۱۴۰۵/۰۸/۰۱", "تا تاریخ:",
                      "۱۴۰۵/۰۹/۱۶", "مرتب‌سازی بر اساس: جدیدترین | مرتبط‌ترین", "۱۸۴ نتیجه برای «نان سنگک» یافت شد", *hits])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_date_under_a_bare_event_label_is_no_published_date() -> None:
    title = "الشاعر سالم العبدلي يصدر ديوانه الثالث عن دار المنارة"
    text = "\n".join(["الرئيسية", "ثقافة", title, "تاريخ الميلاد:", "15 يونيو 1992", P1, P2])
    assert arclean.parse(text).metadata.published is None


def test_a_works_size_over_its_date_line_is_no_title() -> None:
    text = "\n".join(["دار المزادات", "المزادات القادمة", "عبدالله الكعبي (1948–2011)", "نخيل الذيد عند الظهيرة", "زيت على قماش",
                      "120 × 90 سم", "نُفذت عام 1982", "التقدير: 150,000 – 200,000 درهم", P1, P2])
    assert arclean.parse(text).metadata.title != "120 × 90 سم"


def test_a_consent_walls_cookie_choices_and_legitimate_interest_lines_are_policy_text() -> None:
    lines = ["يمكنك قبول جميع ملفات الارتباط أو رفضها أو تخصيص اختياراتك في أي وقت من خلال رابط إدارة ملفات الارتباط أسفل كل صفحة.",
             "تتم معالجة بعض البيانات على أساس المصلحة المشروعة، ويحق لك الاعتراض على ذلك بالضغط على عرض الشركاء."]
    text = "\n".join(["المغاربية في فرنسا", "نحن نحترم خصوصيتك", *lines, "الأغراض", "قبول الكل", "رفض الكل", "سياسة الخصوصية"])
    assert arclean.clean(text) == ""
    assert [rule_of(text, x)[2] for x in lines] == ["policy.terms", "policy.terms"]


def test_a_themes_hidden_update_date_printed_over_the_publication_date() -> None:
    # a dumper prints the theme's hidden "updated" date first, with the byline, then the
    # publication date: a publication precedes its update
    title = "في راشيا الوادي.. آخر النحّاسين يطرقون على أبواب السوق القديم"
    text = "\n".join(["الرئيسية", "ثقافة", title, "بقلم ريم أبو شقرا أيار 27, 2025", "بقلم ريم أبو شقرا أيار 20, 2025 4 دقائق للقراءة", P1, P2])
    m = arclean.parse(text).metadata
    assert (str(m.published), str(m.updated)) == ("2025-05-20", "2025-05-27")


def test_two_header_dates_decades_apart_are_no_publication_and_update() -> None:
    # a photo's archive date under the story's date: a publication and its update are close
    # in time, so the first written date stays the publication and there is no update
    title = "بلدية بشار تستلم مشروع تأهيل الحديقة العمومية وسط المدينة"
    text = "\n".join(["الرئيسية", "محليات", title, "السبت 22 فيفري 2025", "صورة أرشيفية 14 أكتوبر 1987", P1, P2])
    m = arclean.parse(text).metadata
    assert (str(m.published), m.updated) == ("2025-02-22", None)


def test_a_labelled_publication_date_beats_the_bare_date_bar_above_it() -> None:
    # the site's date bar (today) sits over the section word and the headline; the story's own
    # date is the labelled one under the headline
    title = "19 مارس 1962: يوم صمتت البنادق في الجزائر"
    text = "\n".join(["ذاكرة الوطن", "الثلاثاء 20 مارس 2025", "في مثل هذا اليوم", title,
                      "نشر في: 19 مارس 2025 - 08:00", "بقلم: سليم قاسمي", P1, P2])
    m = arclean.parse(text).metadata
    assert str(m.published) == "2025-03-19 08:00:00"


def test_a_stadium_named_after_a_date_under_the_header_is_no_date() -> None:
    # "ملعب 20 أوت 1955" is a stadium's name (and so is "ملعب 5 جويلية"): not the page's date
    title = "شبيبة الساورة تفوز على ضيفها وتقترب من المربع الذهبي"
    text = "\n".join(["الرئيسية", "رياضة", title, "السبت 22 فيفري 2025", "ملعب 20 أوت 1955 - بشار", P1, P2])
    m = arclean.parse(text).metadata
    assert (str(m.published), m.updated, m.source, m.dateline) == ("2025-02-22", None, None, None)


def test_drupals_submitted_by_line_is_the_date_line() -> None:
    title = "الطفيلة: صقيع آذار يُتلف نصف أزهار اللوز في بصيرا والعيص"
    text = "\n".join(["الرئيسية", "أخبار المحافظات", title, "أرسلت بواسطة عبدالله الرواشدة في الثلاثاء, 03/18/2025 - 10:42", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published)) == (title, "2025-03-18 10:42:00")


def test_a_forms_instruction_its_fields_and_a_footnote_under_them_are_no_article() -> None:
    text = "\n".join(["المؤسسة العامة للكهرباء", "الرئيسية", "الخدمات الإلكترونية", "الاستعلام عن الفاتورة",
                      "أدخل رقم الاشتراك المكوّن من 10 أرقام كما يظهر في أعلى الفاتورة الورقية، ثم اختر نوع الاشتراك.",
                      "رقم الاشتراك", "نوع الاشتراك", "منزلي", "تجاري", "حكومي", "رمز التحقق", "7K4Q", "استعلام", "مسح",
                      "يمكن السداد لدى مراكز التحصيل التابعة للمؤسسة أو عبر المحافظ الإلكترونية المعتمدة.", "© 2025 المؤسسة العامة للكهرباء"])
    assert arclean.clean(text) == ""


def test_a_page_of_table_rows_with_its_key_is_no_article() -> None:
    rows = [f"{code} | {name} | 1 | ن ر | 08:00 – 09:15 | د. سامي الحاج | B-{n}" for n, (code, name) in enumerate(
        [("ACC 201", "مبادئ المحاسبة"), ("ECO 211", "الاقتصاد الجزئي"), ("FIN 300", "الإدارة المالية"), ("MGT 201", "مبادئ الإدارة"),
         ("MKT 220", "مبادئ التسويق"), ("STA 205", "الإحصاء للأعمال")])]
    text = "\n".join(["الجامعة", "الرئيسية", "خروج", "الرمز | المقرر | الشعبة | الأيام | الوقت | المدرّس | القاعة", *rows,
                      "مفتاح الأيام: ن = الإثنين، ث = الثلاثاء، ر = الأربعاء، خ = الخميس.", "للاستفسار: مكتب التسجيل في المبنى الإداري، الطابق الأول."])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_a_board_of_rows_laid_out_with_spaces_and_its_notes_is_no_article() -> None:
    # a bus station's departures as a dumper prints a table: cells parted by runs of spaces,
    # then two standing notices that read like sentences
    rows = [f"{h}  {code}  {town}  شركة النقل الوطني  رصيف {n}  في الموعد" for n, (h, code, town) in enumerate(
        [("06:30", "NT101", "صفاقس"), ("07:15", "NT214", "سوسة"), ("08:00", "NT330", "قابس"), ("09:45", "NT412", "بنزرت"),
         ("10:20", "NT505", "القيروان"), ("11:40", "NT618", "المنستير")], 1)]
    text = "\n".join(["محطة الحافلات الجنوبية", "الرئيسية", "المغادرة", "الوقت  الرحلة  الوجهة  الشركة  الرصيف  الحالة", *rows,
                      "يرجى الحضور إلى المحطة قبل نصف ساعة من موعد الانطلاق لتسجيل الأمتعة.",
                      "المواعيد المعروضة بالتوقيت المحلي وقد تتغير دون إشعار مسبق.", "© 2025 محطة الحافلات الجنوبية"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_a_price_board_of_rows_ending_in_figures_has_no_article_and_no_row_for_title() -> None:
    # a vegetable market's board printed with single spaces: each row a name, a market and its
    # low and high prices; the last row sits over the update line, where a headline would
    rows = ["طماطم الحسينية 0.350 0.500", "بطاطا الحسينية 0.300 0.420", "خيار المحمدية 0.450 0.600", "بصل المحمدية 0.250 0.380",
            "فلفل بارد الزبير 0.900 1.200", "باذنجان الزبير 0.400 0.550"]
    text = "\n".join(["أسعار الخضار اليوم في الأسواق المركزية", "الخميس 6 مارس 2025", "الصنف السوق أقل سعر أعلى سعر", *rows,
                      "آخر تحديث للأسعار: 7:15 صباحا", "الأسعار استرشادية وقد تختلف بحسب الجودة وكمية المعروض في السوق.",
                      "مصدر البيانات: إدارة الأسواق المركزية"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_rates_row_ending_in_figures_over_the_date_is_no_headline() -> None:
    # a currency widget's rows right over the story's date, no headline printed between
    text = "\n".join(["صحيفة الوادي", "الرئيسية", "محليات", "اقتصاد", "الدولار الأمريكي 46.95 47.05", "اليورو الأوروبي 50.98 51.10",
                      "الإثنين 20 مايو 2024", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published), doc.body) == (None, "2024-05-20", "\n".join([P1, P2]))


def test_a_search_page_with_no_results_and_its_hints_is_no_article() -> None:
    text = "\n".join(["مكتبة الجامعة الرقمية", "تسجيل الدخول", "بحث", "بحث متقدم",
                      "لم يتم العثور على نتائج تطابق بحثك «زراعة القمح في سهل الغاب».", "اقتراحات:",
                      "تأكد من كتابة الكلمات بشكل صحيح.", "جرّب كلمات أعم أو أقل عددًا، مثل «القمح» فقط.",
                      "أزل عوامل التصفية ثم أعد البحث من جديد.", "© 2025 مكتبة الجامعة الرقمية"])
    assert arclean.parse(text).body == ""


def test_a_blogs_category_page_whose_featured_post_shows_its_facts_like_the_others_is_no_article() -> None:
    # the newest post printed with its lead and facts (published, updated, by, in, tags: more
    # than three lines between its date and its text), then the other posts with the same facts
    def item(title: str, date: str, lead: str) -> list:
        return [title, f"Published: {date}", "By سلمى الحسن", "In رحلات.", lead, "read more"]

    lines = ["مدونة دروب", "* عن المدونة", "* رحلات", "* مطبخ",
             "قلعة صلاح الدين في الصباح الباكر", "Published: السبت 14 ديسمبر 2024", "Updated: الإثنين 16 ديسمبر 2024",
             "By سلمى الحسن", "In رحلات.", "tags: قلاع تصوير",
             "وصلنا إلى القلعة قبل شروق الشمس بقليل، وكان الضباب يغطي الوادي كله. في هذه التدوينة أحكي عن الساعات الأولى وعن الصور التي عدت بها.",
             "Other articles",
             *item("سوق الحميدية في يوم ممطر", "الثلاثاء 3 ديسمبر 2024", "المطر يغيّر السوق كله، حتى أصوات الباعة تصبح أخفض. صور من جولة قصيرة بين المحلات."),
             *item("بيوت الطين في قرية الشيخ حسن", "الجمعة 22 نوفمبر 2024", "زرت القرية مع صديق يعرف أهلها، وسمعت منهم حكايات البيوت وكيف تُرمّم كل عام."),
             *item("وصفة المقلوبة من جدتي", "الأحد 10 نوفمبر 2024", "لم تكتب جدتي وصفتها يومًا، فكتبتها أنا وهي تطبخ أمامي وتصحح ما أخطئ فيه."),
             "Page 1 / 2 »", "Proudly powered by Pelican"]
    doc = arclean.parse("\n".join(lines))
    assert (doc.body, doc.metadata.published, doc.metadata.title) == ("", None, None)


def test_a_place_and_the_sites_own_name_under_the_headline_is_the_dateline_not_the_title() -> None:
    title = "مزارعو الجزيرة يطالبون بتأجيل سداد قروض الموسم الشتوي بعد تلف المحصول"
    text = "\n".join(["صوت النيل", "الرئيسية", "أخبار", "تقارير", title, "مدني: صوت النيل", "الأحد 9 مارس 2025 | 4:15 مساءً", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, m.dateline, m.author) == (title, "مدني: صوت النيل", None)


def test_a_channels_schedule_of_bare_clock_rows_with_blurbs_is_no_article() -> None:
    # "<clock> <programme>" rows, no bar or dash, in the day's order, a one-line blurb under some
    text = "\n".join(["قناة الساحل", "البث المباشر", "جدول البرامج", "اليوم", "غداً",
                      "06:00 نشرة الصباح", "06:30 قهوة الصباح",
                      "برنامج صباحي يستعرض عناوين الصحف وحالة الطقس ويستضيف ضيوفاً من المدن الساحلية.",
                      "08:00 حديث الاقتصاد", "قراءة في أسعار الطاقة والعملات وأبرز مؤشرات الأسواق.",
                      "09:00 نشرة الأخبار", "09:30 وثائقي: موانئ قديمة", "سلسلة وثائقية عن موانئ المتوسط وتاريخها.",
                      "11:00 نشرة الظهيرة", "© 2025 قناة الساحل"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_an_urdu_schedule_with_parts_of_the_day_over_its_clocks_is_no_article() -> None:
    rows = ["صبح 9:00 — خبرنامہ", "صبح 10:05 — صبح کا مہمان", "دوپہر 2:00 — بلیٹن", "شام 5:30 — کھیلوں کی دنیا",
            "رات 8:00 — آج کی بات", "رات 9:00 — ہیڈلائنز", "رات 10:05 — سیدھی بات"]
    text = "\n".join(["آواز ٹی وی", "ہوم", "لائیو ٹی وی", "آج کا شیڈول", *rows, "© 2025 آواز ٹی وی"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert {s.rule for s in doc.segments if text[s.start : s.end] in rows} == {"structure.clock_rows"}


def test_a_podcasts_chapter_stamps_from_zero_and_a_storys_itinerary_stay_body() -> None:
    chapters = ["00:00 — مقدمة: صوت السوق صباحاً", "03:40 — بدايات العطار في دكان والده", "12:15 — الأعشاب التي كانت تشتريها الجدات",
                "21:30 — السوق في خرائط القرن التاسع عشر", "33:05 — هل يعيش السوق بعد هذا الجيل؟", "40:10 — خاتمة"]
    steps = ["7:30 صباحاً: التجمع أمام المدرسة", "8:00: الانطلاق نحو الغابة", "10:00: زيارة محمية الأرز",
             "12:30: وجبة الغداء في المنتزه", "14:00: ورشة حول حماية الموارد المائية", "17:30: العودة إلى المدرسة"]
    for rows in (chapters, steps):
        text = "\n".join([P1, *rows, P2])
        assert arclean.parse(text).body == text


@pytest.mark.parametrize("byline", ["سطيف: مبعوث الهداف الرياضي كمال. ع", "تل الورد: موفدة الأسبوع العربي"])
def test_a_place_and_the_reporter_sent_there_under_the_headline_is_the_byline(byline: str) -> None:
    title = "«الوفاق» يقلب الطاولة على ضيفه في الدقائق الأخيرة من اللقاء"
    text = "\n".join(["الهداف الرياضي", "الرئيسية", "البطولة الوطنية", title, byline, "السبت 21 ديسمبر 2024 - 09:30", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, m.dateline, m.author) == (title, byline.split(":")[0], byline.split(": ")[1])


def test_a_byline_label_over_a_correspondent_is_no_place() -> None:
    title = "وادي حلفا: افتتاح سوق الخضار الجديد بعد عامين من الانتظار"
    text = "\n".join(["شريان النيل", "الرئيسية", "الولايات", title, "بواسطة: مراسل شريان النيل - وادي حلفا", "نشر: 8 مارس 2025، 3:10 مساءً", P1, P2])
    assert arclean.parse(text).metadata.dateline != "بواسطة"


def test_a_rates_page_of_two_cities_tables_with_three_cells_a_row_and_its_notes_is_no_article() -> None:
    def table(city: str, rates: list) -> list:
        return [city, "العملة | شراء | بيع", *[f"{name} | {buy} | {sell}" for name, buy, sell in rates]]

    text = "\n".join(["بوابة الميناء", "الرئيسية", "أسعار الصرف", "أسعار صرف العملات مقابل الريال اليوم",
                      "آخر تحديث: الأحد 7 ديسمبر 2025 – 10:30 ص",
                      *table("عدن", [("الدولار الأمريكي", 1620, 1632), ("الريال السعودي", 425, 428), ("اليورو", 1872, 1895)]),
                      *table("صنعاء", [("الدولار الأمريكي", 535, 537), ("الريال السعودي", 140, 141), ("اليورو", 620, 628)]),
                      "ملاحظة: تختلف أسعار الصرف بين المدينتين بسبب انقسام السوق المصرفية، وتُحدَّث الأسعار مرتين يوميًا.",
                      "الأسعار المنشورة استرشادية ولا يتحمل الموقع أي مسؤولية عن التعاملات المبنية عليها.",
                      "جميع الحقوق محفوظة © 2025 بوابة الميناء"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published, doc.metadata.updated) == ("", None, None, None)


@pytest.mark.parametrize("title", ["قلعة الحصن: دليل الزائر إلى أكبر قلاع المنطقة", "دليل الزائر إلى قلعة الحصن وأسواقها القديمة"])
def test_an_extracts_headline_over_a_labelled_photo_line_is_the_title(title: str) -> None:
    text = "\n".join([title, "صورة: منظر عام للقلعة عند الغروب", P1, P2])
    assert arclean.parse(text).metadata.title == title


def test_a_form_of_radio_buttons_with_its_consent_and_notes_is_no_article() -> None:
    text = "\n".join(["بلدية الوادي الأخضر", "الرئيسية", "الخدمات", "حجز موعد لدى قسم التراخيص", "نوع الخدمة *",
                      "◯ ترخيص بناء جديد", "◯ تجديد رخصة محل تجاري", "◯ شهادة إشغال", "◯ أخرى", "الاسم الكامل *", "رقم الهاتف *",
                      "☐ أوافق على استخدام بياناتي لمعالجة هذا الطلب فقط، ولن تُشارك مع أي جهة أخرى.", "إرسال الطلب",
                      "بعد الإرسال ستصلك رسالة نصية فيها رقم الموعد. احتفظ بهذا الرقم وأحضره معك إلى مكتب الخدمة.",
                      "للاستفسار اتصل على الرقم المجاني 1515 من الأحد إلى الخميس.", "© 2025 بلدية الوادي الأخضر"])
    assert arclean.parse(text).body == ""


def test_a_story_quoting_a_polls_options_under_its_header_keeps_its_body() -> None:
    options = ["◯ نعم، فوراً", "◯ نعم، بعد دراسة", "◯ لا", "◯ لا أعرف"]
    text = "\n".join(["الرئيسية", "محليات", "البلدية تستفتي السكان حول إغلاق السوق القديم يوم الجمعة", "الأحد 9 مارس 2025",
                      P1, "وجاء في الاستفتاء سؤال واحد: هل تؤيد إغلاق السوق يوم الجمعة؟ مع أربعة خيارات:", *options, P2])
    assert arclean.parse(text).body == "\n".join([P1, "وجاء في الاستفتاء سؤال واحد: هل تؤيد إغلاق السوق يوم الجمعة؟ مع أربعة خيارات:", *options, P2])


def test_a_colon_headline_under_the_breadcrumb_ending_with_it_is_the_title() -> None:
    # (a long headline: the trail holding it is too long to be read as a breadcrumb, and its
    # short head "<trail> / <place>:" reads as a facts row's label)
    title = "ببنين: البلدية تطلق حملة لتنظيف مجرى النهر من النفايات والأعشاب اليابسة قبل موسم الأمطار والفيضانات"
    text = "\n".join(["شبكة أخبار الجرد", "الرئيسية", "عكار", f"الرئيسية / عكار / بيئة / {title}", title,
                      "خاص - شبكة أخبار الجرد", "الثلاثاء 18 حزيران 2024 - 13:05", P1, P2])
    assert arclean.parse(text).metadata.title == title


def test_a_poem_ending_on_a_word_a_link_would_print_keeps_every_line() -> None:
    # short lines, no stanzas, the last line "المزيد." (with its stop: a verse, not a link)
    poem = ["كان أبي يزرع الزيتون", "كأنه يزرع الأيام،", "شجرةً بعد شجرة", "وفي المساء يعدّها", "كما يعدّ أبناءه.",
            "قلت له: لماذا كل هذا؟", "فقال: الأرض تحب", "من يعود إليها،", "وأنا أريد", "المزيد."]
    text = "\n".join(poem)
    assert arclean.parse(text).body == text


def test_a_punjabi_writer_label_under_the_headline_is_the_byline() -> None:
    title = "سیالے وچ گڑ دی منگ ودھی، پر ویلنے والے مہنگے بالن توں پریشان"
    body = ["ضلعے دے پنڈاں وچ گنے دی پڑائی شروع ہو گئی اے تے ویلنیاں اُتے کم کرن والیاں نے دسیا کہ بالن دی قیمت دُگنی ہو گئی اے۔",
            "اک ویلنے دے مالک نے آکھیا کہ جے حکومت نے مدد نہ کیتی تے اگلے سال بہت سارے ویلنے بند ہو جان گے۔"]
    text = "\n".join(["پنجابی خبراں", "مکھ صفحہ", title, "لکھاری: مہر ارشد سیال", "ویروار 9 جنوری 2025", *body])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, "مہر ارشد سیال")


def test_a_rounds_results_page_has_no_article_and_no_date() -> None:
    text = "\n".join(["نتائج الدوري الممتاز", "الجولة 14", "السبت 8 فبراير 2025",
                      "نادي الشاطئ 2 - 1 نجوم الوادي (ملعب المدينة)", "الأهداف: س. الهاشمي 23'، م. عبيد 77' / ك. الفارس 58'",
                      "أهلي الجبل 0 - 0 شباب الساحل (الملعب البلدي)", "اتحاد النخيل 3 - 2 الرمال (ملعب الجامعة)",
                      "الأهداف: ر. سالم 5'، 41'، ع. حمدي 88' / ن. يوسف 30'، ت. قاسم 90+3'",
                      "الترتيب: 1. نادي الشاطئ 33 ن - 2. اتحاد النخيل 30 ن - 3. أهلي الجبل 27 ن", "كل النتائج | المواعيد | الهدافون"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_match_report_under_its_results_keeps_its_sentences() -> None:
    report = ["حسم نادي الشاطئ مواجهته أمام نجوم الوادي بهدفين لهدف، في مباراة سيطر فيها أصحاب الأرض على معظم فتراتها.",
              "وافتتح سالم الهاشمي التسجيل في الدقيقة 23 بتسديدة قوية، قبل أن يعادل كريم الفارس للضيوف بعد نصف ساعة من الشوط الثاني.",
              "ومنح مراد عبيد الفوز لفريقه قبل النهاية بثلاث عشرة دقيقة، ليرفع الشاطئ رصيده إلى 33 نقطة في صدارة الترتيب."]
    text = "\n".join(["الرئيسية", "رياضة", "الشاطئ يعزز صدارته بفوز صعب على نجوم الوادي", "السبت 8 فبراير 2025", *report,
                      "نتائج الجولة", "نادي الشاطئ 2 - 1 نجوم الوادي", "أهلي الجبل 0 - 0 شباب الساحل", "اتحاد النخيل 3 - 2 الرمال"])
    doc = arclean.parse(text)
    assert doc.body.startswith(report[0]) and report[2] in doc.body


def test_a_registration_form_of_required_fields_and_help_text_is_no_article() -> None:
    text = "\n".join(["الهيئة الوطنية للحج", "الرئيسية", "الحج", "العمرة", "استمارة التسجيل الأولي لحجاج الموسم",
                      "آخر أجل للتسجيل نهاية الشهر المقبل، والتسجيل الأولي لا يعني القبول النهائي، إذ تُعلن القوائم بعد القرعة في المساجد الكبرى.",
                      "الاسم الكامل (كما في جواز السفر) *", "مثال: محمد علي سعيد", "تاريخ الميلاد *", "رقم جواز السفر *",
                      "يجب أن يكون الجواز صالحاً لمدة ستة أشهر على الأقل بعد تاريخ العودة المتوقع، وإلا رُفض الطلب تلقائياً.",
                      "رقم الهاتف *", "إرسال الطلب", "مسح الحقول"])
    assert arclean.parse(text).body == ""


def test_a_dated_story_quoting_a_forms_required_fields_keeps_its_body() -> None:
    text = "\n".join(["الرئيسية", "محليات", "البلدية تستقبل طلبات المشاركة في سوق المزارعين الأسبوعي", "الأحد 9 مارس 2025",
                      P1, "وللمشاركة يملأ المزارع الاستمارة التالية في مكتب البلدية أو على موقعها:", "الاسم *", "رقم الهاتف *",
                      "نوع المنتجات *", P2])
    assert arclean.parse(text).body.startswith(P1)


def test_a_writers_role_under_her_bare_name_over_the_date_is_no_headline() -> None:
    title = "كيف خفّضت عيادة الواحة مواعيد الانتظار إلى النصف خلال موسم الصيف"
    text = "\n".join(["المدونة", "قصص العملاء", title, "نوف الشمري", "مديرة العمليات في عيادة الواحة", "July 23, 2024", P1, P2])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, "نوف الشمري")


def test_a_short_headline_opening_with_a_job_title_under_a_section_word_is_the_title() -> None:
    title = "رئيس البلدية يفتتح حديقة الحي"
    text = "\n".join(["الرئيسية", "أخبار محلية", title, "الأحد 9 مارس 2025", P1, P2])
    assert arclean.parse(text).metadata.title == title


def test_a_long_timetable_with_its_rules_is_no_article() -> None:
    days = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "السبت"]
    rows = [f"{d} | {h} | {act} | {who} | المدرب أحمد" for d in days for h, act, who in
            (("6:00 - 7:30 ص", "سباحة حرة", "رجال"), ("4:00 - 5:30 م", "تعليم سباحة", "أطفال"))]
    rules = ["- يلزم إبراز بطاقة العضوية عند المدخل في كل زيارة للمسبح.", "- ارتداء ملابس السباحة المخصصة وغطاء الرأس إلزامي.",
             "- لا يُسمح بدخول الأطفال دون العاشرة إلا برفقة أحد الوالدين.", "- الجدول قابل للتعديل خلال الإجازات الرسمية والمناسبات."]
    text = "\n".join(["المجمع الرياضي", "الرئيسية", "جدول المسبح الأسبوعي", "اليوم | الوقت | النشاط | الفئة | المدرب", *rows,
                      "ملاحظات:", *rules, "للحجز والاستفسار: 2680 0000"])
    assert arclean.parse(text).body == ""


def test_an_undated_story_around_its_table_keeps_its_sentences() -> None:
    rows = [f"{town} | {a} | {b} | {c}" for town, a, b, c in
            (("الرستاق", 12, 30, 41), ("نزوى", 9, 22, 35), ("صحار", 15, 28, 44), ("صور", 7, 19, 26), ("عبري", 11, 25, 39), ("بهلا", 6, 14, 21))]
    story = ["ارتفعت أعداد المزارعين المسجلين في برنامج الري الحديث هذا العام في معظم الولايات، بحسب الأرقام التي نشرتها الوزارة.",
             "وتصدرت صحار القائمة بعد أن أضافت أربعة مشاريع جديدة للري بالتنقيط في المزارع الصغيرة المحيطة بالمدينة.",
             "ويرى مختصون أن الزيادة تعود إلى الدعم الذي قدمته الوزارة لشراء المعدات، وإلى ارتفاع كلفة المياه في الصيف.",
             "وتتوقع الوزارة أن يتضاعف عدد المسجلين خلال ثلاث سنوات إذا استمر الدعم بالوتيرة نفسها في كل المحافظات."]
    text = "\n".join([story[0], "الولاية | 2023 | 2024 | 2025", *rows, *story[1:]])
    assert arclean.parse(text).body == text


def test_an_exclusives_credit_opening_an_extract_is_no_title() -> None:
    text = "\n".join(["صدى الوادي - خاص", "27 مايو، 2025", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published), doc.body) == (None, "2025-05-27", "\n".join([P1, P2]))


def test_a_shops_listing_printing_each_name_twice_over_its_price_is_no_song() -> None:
    # (each product's name comes back once, as a song's refrain would: its prices say it is a listing)
    items = [("فنجان قهوة بنقشة الغزال الذهبي", "12.00"), ("إبريق شاي من الفخار المزخرف", "18.50"), ("طبق تقديم بنقشة شجرة الحياة", "42.00"),
             ("مغناطيس ثلاجة صغير بنقشة الفسيفساء", "6.50"), ("طقم قواعد أكواب من الخشب المحفور", "18.00")]
    lines = ["متجر الفسيفساء", "نتائج البحث"]
    for name, price in items:
        lines += [f"* {name}", name, f"السعر العادي {price} دينار للقطعة", f"السعر العادي سعر البيع {price} دينار"]
    assert arclean.parse("\n".join(lines)).body == ""


def test_a_pages_heading_right_over_the_breadcrumb_ending_with_it_is_the_title() -> None:
    title = "تاريخ مسجد الفتح في الحي القديم"
    text = "\n".join(["جمعية مسجد الفتح", "الرئيسية", "عن المسجد", "الدروس", "تبرع", title, f"الرئيسية / عن المسجد / {title}",
                      "مواقيت الصلاة", "الفجر 05:12", "الظهر 12:30", P1, P2])
    assert arclean.parse(text).metadata.title == title


def test_a_byline_label_joined_by_and_to_another_noun_is_a_role_not_a_byline() -> None:
    # Pashto "لیکوال او څېړونکی" ("writer and researcher") on a writer's page: no byline label
    text = "\n".join(["کور پاڼه", "لیکنې", "نورالحق ساپی", "لیکوال او څېړونکی", FA1, FA2])
    assert arclean.parse(text).metadata.author != "او څېړونکی"


def test_key_points_between_the_headline_and_the_byline_are_body_under_the_title() -> None:
    title = "«بلدية الفروانية» ترفع 214 سيارة مهملة من جليب الشيوخ وخيطان"
    points = ["• إنذارات ملصقة على 380 مركبة ومهلة 7 أيام لأصحابها", "• نقل السيارات المرفوعة إلى ساحة الحجز في منطقة الري",
              "• حملات مسائية على العربات المتنقلة والبسطات المخالفة"]
    text = "\n".join(["الرئيسية", "محليات", "الطقس: الكويت 21° / 9°", title, *points, "كتب سعود العنزي", "الأحد 15 ديسمبر 2024 - 13 جمادى الآخرة 1446", P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, str(doc.metadata.published)) == (title, "2024-12-15")
    assert doc.body == "\n".join([*points, P1, P2])


def test_an_extracts_section_word_over_its_first_line_headline() -> None:
    title = "مؤسسة مياه البقاع تمدد مهلة تسديد اشتراكات زحلة.. ونقاط دفع جديدة"
    text = "\n".join(["لبنان", title, P1, P2])
    doc = arclean.parse(text)
    assert (doc.metadata.title, doc.metadata.category, doc.body) == (title, "لبنان", "\n".join([P1, P2]))
    assert arclean.clean(doc.body) == doc.body


def test_a_pashto_writers_archive_dated_year_first_has_no_article() -> None:
    # a columnist's page: name, role, a bio line, the count of the writer's pieces, then their
    # headlines, each over a compact year-first Solar Hijri date ("۱۴۰۵ لړم ۲۰") and a cut summary
    page = "\n".join([
        "کور پاڼه › لیکوالان › احمد ولي زاهد",
        "احمد ولي زاهد",
        "لیکوال او ژباړن",
        "احمد ولي زاهد د کابل پوهنتون د ژورنالیزم پوهنځي فارغ دی او له اتو کلونو راهیسې په ورځپاڼو کې د ټولنیزو موضوعګانو په اړه لیکنې کوي.",
        "ټولې لیکنې: ۳۸",
        "د دې لیکوال لیکنې",
        "د کلي ښوونځي او د ژمي اوږده رخصتۍ",
        "۱۴۰۵ لیندۍ ۴",
        "په غرنیو سیمو کې د ژمي رخصتۍ درې میاشتې دوام کوي او ماشومان په دې موده کې له درس او کتاب څخه لرې پاتې کېږي ...",
        "د بازار نرخونه او د بېوزلو کورنیو اندېښنې",
        "۱۴۰۵ لړم ۲۰",
        "د غوړیو او اوړو بیې په تېرو دوو میاشتو کې څو ځله لوړې شوې او ډېری کورنۍ اوس خپل ورځني لګښتونه کموي ...",
        "ځوانان ولې له کلیو ښارونو ته کډه کوي؟",
        "۱۴۰۵ لړم ۶",
        "د کار نشتوالی او د زده کړو کمې اسانتیاوې هغه لاملونه دي چې ځوانان یې له خپلو کلیو څخه ښارونو ته اړ کړي ...",
        "د ښوونکو معاشونه او د زده کړې کیفیت",
        "۱۴۰۵ تله ۲۲",
        "کله چې ښوونکی د میاشتې په پای کې خپل معاش په وخت نه ترلاسه کوي، نو د ټولګي پر کیفیت یې اغېز ښکاري ...",
        "© ۲۰۲۶ ټول حقونه خوندي دي",
    ])
    doc = arclean.parse(page)
    assert doc.body == ""
    assert doc.metadata.title is None and doc.metadata.published is None
    label, kind, rule = rule_of(page, page.split("\n")[3])
    assert (label, rule) == ("boilerplate", "structure.teaser_pairs")


POSTMAN_POEM = [
    "ساعي البريد", "",
    "كان يمرّ بنا", "مع أول الضوء", "على دراجته الزرقاء", "",
    "يعرف كل الأبواب", "ويطرق مرتين", "ثم يترك في كف أمي", "رسالة من أخي", "",
    "اليوم لا يمرّ أحد", "الهاتف يرنّ كثيرا", "والصوت قريب جدا", "",
    "لكنني حين أرى", "الصندوق الأحمر القديم", "أمدّ يدي وأنتظر",
]


def test_free_verse_in_stanzas_with_no_marks_is_a_poem_under_its_title() -> None:
    # no line ends as a clause, none is voweled: the stanzas (groups of short lines parted by
    # blank lines) show the poem; the line alone over them is its title
    text = "\n".join(POSTMAN_POEM)
    doc = arclean.parse(text)
    assert doc.metadata.title == "ساعي البريد"
    assert doc.body.split("\n") == [x for x in POSTMAN_POEM[1:] if x]
    assert rule_of(text, "على دراجته الزرقاء")[2] == "structure.verse"
    assert arclean.clean(doc.body) == doc.body


def test_a_poems_title_printed_right_over_its_first_stanza_is_its_title() -> None:
    # no blank line under the title: its word comes back in a verse ("ساعي البريد" / "ساعيًا")
    poem = ["ساعي البريد", "كان يمرّ بنا", "مع أول الضوء", "ساعيًا على دراجته", "",
            "يعرف كل الأبواب", "ويطرق مرتين", "ثم يترك في كف أمي", "رسالة من أخي", "",
            "اليوم لا يمرّ أحد", "الهاتف يرنّ كثيرا", "والصوت قريب جدا"]
    doc = arclean.parse("\n".join(poem))
    assert doc.metadata.title == "ساعي البريد"
    assert rule_of("\n".join(poem), "ساعي البريد")[2] == "structure.verse_title"
    assert doc.body.split("\n") == [x for x in poem[1:] if x]
    # a first line opening with a word that ties verse is the first verse, even when its
    # word comes back ("على الدراجة" ... "ساعيًا على دراجته")
    verse = ["على الدراجة", *poem[1:]]
    doc = arclean.parse("\n".join(verse))
    assert doc.metadata.title is None
    assert doc.body.split("\n")[0] == "على الدراجة"
    # nor is a line the poem repeats whole (its refrain)
    refrain = ["ساعي البريد", *poem[1:4], "ساعي البريد", *poem[4:]]
    assert arclean.parse("\n".join(refrain)).metadata.title is None
    # a title word opening with a letter the crude stem takes for a proclitic ("الكرسي" over
    # "كرسيٌّ") is found in the verse as printed
    chair = ["الكرسي الفارغ", "على مائدة العشاء", "كرسيٌّ", "لا يجلس عليه أحد", "", *poem[5:]]
    assert arclean.parse("\n".join(chair)).metadata.title == "الكرسي الفارغ"


def test_names_printed_in_groups_of_one_word_are_no_poem() -> None:
    groups = [["القاهرة", "الجيزة", "الإسكندرية"], ["أسوان", "الأقصر", "قنا"], ["طنطا", "المنصورة", "الزقازيق"],
              ["دمياط", "بورسعيد", "السويس"]]
    text = "\n\n".join("\n".join(g) for g in groups)
    assert arclean.clean(text) == ""


def test_free_verse_set_line_by_line_with_no_marks_is_a_poem_by_its_particles() -> None:
    # no punctuation, no vowel marks, no stanzas: the particles tying line to line show it
    poem = ["قبل المطر", "يخرج جدي", "كأن الغيم", "يعرف اسمه", "يمشي ببطء", "وينظر إلى التلال", "الحقل الأول",
            "للطيور الصغيرة", "والثاني", "لنا نحن", "الذين نغفو", "ولا ندري", "كم غيمة مرت", "حتى صار الزرع", "أخضر هكذا"]
    text = "\n".join(poem)
    assert arclean.clean(text) == text
    assert rule_of(text, "كأن الغيم")[2] == "structure.verse"


def test_short_lines_of_sections_and_places_are_no_poem() -> None:
    menu = ["الحقل الأول", "أخبار محلية", "رياضة عربية", "ثقافة وفنون", "صحة وجمال", "المحافظات",
            "القاهرة الكبرى", "الدلتا", "الصعيد", "مدن القناة", "البحر الأحمر", "شمال سيناء"]
    assert arclean.clean("\n".join(menu)) == ""


def test_a_sites_faq_beside_its_account_terms_is_all_policy() -> None:
    # a pricing page's FAQ: one answer speaks of cancelling and billing (policy terms); the
    # question-and-answer pairs printed with it (payment, devices) are the same FAQ
    faq = [
        "هل أستطيع إيقاف الاشتراك متى شئت؟",
        "نعم، يمكنك إلغاء الاشتراك من صفحة حسابك، ويستمر وصولك إلى المحتوى حتى نهاية فترة الفوترة الحالية دون استرداد المبلغ.",
        "ما طرق الدفع المقبولة لديكم؟",
        "نقبل البطاقات البنكية والمحافظ الرقمية، وتشمل جميع الأسعار ضريبة القيمة المضافة المعمول بها.",
        "كم جهازا أستطيع أن أستعمل في نفس الوقت؟",
        "يمكنك الدخول من ثلاثة أجهزة كحد أقصى في الوقت ذاته بالحساب نفسه ومن أي مكان.",
    ]
    text = "\n".join(["مجلة الاقتصاد اليوم", "الباقات", "الباقة الشهرية", "39 ريالا / شهريا", "اشترك",
                      "الأسئلة الشائعة", *faq, "شروط الاشتراك", "© 2025 مجلة الاقتصاد اليوم"])
    assert arclean.clean(text) == ""
    assert rule_of(text, faq[1])[2] == "policy.terms"
    assert [rule_of(text, x)[2] for x in faq[2:]] == ["policy.faq"] * 4


def test_an_alphabet_bar_is_navigation_and_a_glossary_index_has_no_article() -> None:
    bar = "أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن هـ و ي"
    terms = ["بروستاتا (Prostate)", "بلعوم (Pharynx)", "بنكرياس (Pancreas)", "بواسير (Hemorrhoids)",
             "التهاب الشعب الهوائية (Bronchitis)", "بهاق – انظر: البرص", "بول سكري (Diabetes)", "بيلة دموية (Hematuria)"]
    text = "\n".join(["قاموس الطب الميسّر", "الرئيسية | القاموس | الأمراض | الأدوية", "المعجم", "اختر الحرف:", bar,
                      "المصطلحات التي تبدأ بحرف (ب) – 96 مصطلحا", *terms, "1 2 3 4 التالي", "© 2025 قاموس الطب الميسّر"])
    assert rule_of(text, bar) == ("boilerplate", "nav", "shape.letter_index")
    assert rules.letter_index("A B C D E F G H I J K L M") is not None
    assert rules.letter_index("و في ب ك ل م ن هـ و ي") is None  # (a word of two letters)
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_a_next_story_header_opens_a_block_of_the_next_storys_teaser() -> None:
    # "الخبر التالي :" then the next story's headline, its date and two paragraphs of it: a
    # teaser of another story, not a second part of this one
    other = ["بدأت مديرية الزراعة صرف الدفعة الأولى من تعويضات مزارعي الخضار في الوادي ممن تضررت محاصيلهم جراء موجة الصقيع الأخيرة.",
             "وقالت المديرية في بيان إن الصرف يتم عبر المحافظ الإلكترونية، داعية المزارعين الذين لم تظهر أسماؤهم إلى مراجعة مكاتبها."]
    text = "\n".join(["الرئيسية", "محليات", "انهيارات أرضية جديدة تقترب من مزارع الغور والأهالي يطالبون بتسييجها",
                      "تاريخ النشر : 2024-12-07 15:12", *STORY, "الخبر التالي :",
                      "مديرية الزراعة تبدأ صرف تعويضات مزارعي الخضار المتضررين من الصقيع", "2024-12-07 13:40", *other,
                      "التفاصيل", "© 2024 جميع الحقوق محفوظة"])
    assert arclean.clean(text) == "\n".join(STORY)
    assert rule_of(text, "الخبر التالي :")[:2] == ("boilerplate", "related")


def test_a_weather_widget_over_an_extracts_headline_leaves_the_headline_the_title() -> None:
    title = "سوق المزارعين في الحديقة النباتية يفتتح موسمه الشتوي بمشاركة 40 مزارعا"
    text = "\n".join(["المنامة 22° غائم جزئيا", title + " - أخبار المدينة", *STORY, "تاريخ النشر: 03 ديسمبر 2025"])
    assert rule_of(text, "المنامة 22° غائم جزئيا") == ("boilerplate", "widget", "shape.weather")
    doc = arclean.parse(text)
    assert (doc.metadata.title, doc.body) == (title, "\n".join(STORY))
    # a sentence about the heat is no widget
    hot = "وسجلت محطة الرصد في المدينة ظهر أمس درجة حرارة بلغت 49° في الظل، وهي الأعلى منذ سنوات."
    assert rule_of("\n".join([title, hot, *STORY]), hot)[0] == "body"


def test_a_caption_credited_after_a_dash_under_an_extracts_headline() -> None:
    # headline, the photo's caption ending "– تصوير <name>", then the story: the first line is
    # the title and the caption the story's (a byline "place - name | تصوير: name" is no caption)
    title = "أم علي.. فرن صغير في حي الروضة يُطعم ثلاثين أسرة"
    caption = "أم علي أمام فرنها الجديد في حي الروضة – تصوير فريق الفرع"
    doc = arclean.parse("\n".join([title, caption, *STORY]))
    assert (doc.metadata.title, doc.body) == (title, "\n".join([caption, *STORY]))
    assert structure.credited_caption(read_lines(caption)[0][0])
    assert not structure.credited_caption(read_lines("شنقيط - محمد الأمين ولد سيدي | تصوير: عبد الله ولد أحمد")[0][0])


def test_a_blogs_question_title_under_its_date_header() -> None:
    # Blogger prints the date over the post's title; a question there is the title (not a Q&A's
    # first question), and the blog's "about" link over the date is no byline
    title = "من أين جاءت كلمة «ياسر» في الدارجة؟"
    text = "\n".join(["كلام مغاربي", "الرئيسية", "الأرشيف", "عن المدونة", "الأحد، 9 مارس 2025", title, *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, m.author, str(m.published)) == (title, None, "2025-03-09")
    assert arclean.clean(text) == "\n".join(STORY)


def test_a_place_in_a_series_is_navigation_and_the_lessons_heading_under_it_the_title() -> None:
    title = "الأولوية عند الدوّار"
    text = "\n".join(["أكاديمية القيادة الآمنة", "الدورات | المواعيد | الأسعار | فروعنا", "الدرس 7 من 12", title, *STORY])
    assert rule_of(text, "الدرس 7 من 12") == ("boilerplate", "nav", "shape.series_counter")
    assert arclean.parse(text).metadata.title == title
    assert rules.series_counter("صفحه ۲ از ۱۵") is not None  # (Persian "page 2 of 15")
    assert rules.series_counter("فاز الفريق في 3 من 5") is None  # (more than a label before the count)


@pytest.mark.parametrize(
    "byline, writer",
    [
        ("إعداد: سامر الخالدي|تحرير: دانا النمري", "سامر الخالدي"),  # fields glued by a bare bar
        ("نص: نادية العلمي صور: يوسف المرابط", "نادية العلمي"),  # the next field's label glued with a space
    ],
)
def test_a_byline_of_two_glued_fields_is_no_headline_and_gives_the_writer(byline: str, writer: str) -> None:
    # a dumper glues the byline's fields: "<label>: <name>" twice on one line under the headline
    title = "طائرات مسيّرة ترصد الحفر الانهدامية في الغور.. والمزارعون يخسرون أرضهم"
    text = "\n".join(["الرئيسية", "مياه وأراضٍ", title, byline, "5 تشرين الثاني 2024", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, writer)


def test_an_urdu_date_line_labelled_without_a_colon_and_its_evening_clock() -> None:
    # "شائع <date> 05:40 شام": the label is no dateline, "شام" (evening) no agency, and the
    # clock is 17:40
    title = "چولستان جیپ ریلی میں ملتان کے ڈرائیور نے پہلی پوزیشن حاصل کر لی"
    body = ["بہاولپور: چولستان ڈیزرٹ جیپ ریلی کے مقابلوں میں ملتان سے تعلق رکھنے والے ڈرائیور نے مقررہ فاصلہ سب سے کم وقت میں طے کر کے پہلی پوزیشن حاصل کی۔",
            "ریلی کا آغاز صبح سویرے قلعے کے قریب بنائے گئے بیس کیمپ سے ہوا جہاں ٹورازم ڈیولپمنٹ کارپوریشن کے حکام نے گاڑیوں کو روانہ کیا۔"]
    text = "\n".join(["ہوم / کھیل", title, "شائع 13 فروری 2026 05:40 شام", "اپ ڈیٹ 13 فروری 2026 09:10 رات", *body])
    m = arclean.parse(text).metadata
    assert (str(m.published), str(m.updated), m.source, m.dateline) == ("2026-02-13 17:40:00", "2026-02-13 21:10:00", None, None)


def test_a_market_tickers_lines_between_header_and_story_are_widgets() -> None:
    title = "إيجارات الواجهة البحرية بعد الطفرة: هل بدأ السوق يميل لصالح المستأجر؟"
    ticker = ["بورصة الدوحة 10,412.35 ▲ 0.42%", "QNBK 17.20 ▲ | IQCD 13.05 ▼ | ORDS 10.88 ▲"]
    text = "\n".join([title, "نشر في: 09 يونيو 2025 - 09:10 ص", *ticker, *STORY])
    assert [rule_of(text, x) for x in ticker] == [("boilerplate", "widget", "shape.market_ticker")] * 2
    assert arclean.clean(text) == "\n".join(STORY)
    assert rules.market_ticker("ارتفع المؤشر ▲ بعد القرار") is None  # (an arrow with no price)


def test_a_tags_block_ends_at_a_label_and_value_row() -> None:
    # the tags under their header, then the match's figures as "label: value" rows: no tags
    text = "\n".join(["الوصل يحسم ديربي المدينة أمام النصر بهدفين ويواصل الضغط على الصدارة", "25 يناير 2025", *STORY,
                      "الوسوم", "الوصل", "النصر", "ديربي المدينة", "الاستحواذ: الوصل 54% - النصر 46%",
                      "التسديدات: 13 - 9", "© 2025 جميع الحقوق محفوظة"])
    assert arclean.parse(text).metadata.tags == ("الوصل", "النصر", "ديربي المدينة")


def test_a_newsletter_sign_up_pages_consent_and_data_notes_are_policy_text() -> None:
    text = "\n".join([
        "إذاعة الساحل الدولية", "الرئيسية", "أخبار", "بودكاست", "النشرات البريدية", "اشترك في نشراتنا البريدية",
        "نرسل إليك أهم ما ننشره باللغة العربية مباشرة إلى بريدك الإلكتروني، من الأخبار اليومية إلى برامج الأسبوع.",
        "اختر النشرات التي تهمك:", "النشرة اليومية - ملخص أهم الأخبار كل صباح", "بودكاست الأسبوع - حلقات جديدة",
        "البريد الإلكتروني *", "الاسم (اختياري)",
        "أوافق على معالجة بياناتي الشخصية لغرض إرسال النشرات المختارة وفق سياسة الخصوصية.", "اشترك",
        "كيف نتعامل مع بياناتك",
        "نستخدم عنوان بريدك الإلكتروني فقط لإرسال النشرات التي اخترتها، ولا نبيعه أو نشاركه مع أي جهة تجارية.",
        "يمكنك إلغاء الاشتراك في أي وقت عبر الرابط الموجود في أسفل كل رسالة، وعندها نحذف عنوانك من القائمة خلال ثلاثين يوما.",
        "إذا كانت لديك أسئلة عن بياناتك أو أردت الاطلاع على ما نحتفظ به عنك، يمكنك مراسلة مسؤول حماية البيانات في الإذاعة.",
        "© إذاعة الساحل الدولية 2025",
    ])
    notes = [x for x in text.split("\n") if x.startswith(("أوافق", "نستخدم", "يمكنك إلغاء", "إذا كانت"))]
    assert [rule_of(text, x)[2] for x in notes] == ["policy.terms"] * 4


def test_a_place_outlet_and_exclusive_line_under_the_headline_is_a_dateline() -> None:
    title = "مزارعون في الوادي يقتلعون القات ويعيدون زراعة البن في المدرجات القديمة"
    text = "\n".join(["الرئيسية", "أخبار محلية", title, "إب - منبر المدينة - خاص", "الثلاثاء, 26 نوفمبر, 2024 - 04:15 مساءً", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, m.author, m.dateline) == (title, None, "إب - منبر المدينة - خاص")
    assert rules.lone_dateline("الأغوار الجنوبية - خاص") and not rules.lone_dateline("هذا خاص")


def test_a_bar_of_short_fields_under_the_headline_is_its_sections_not_the_title() -> None:
    title = "خطة درس عن الماء في حياتنا اليومية للمرحلة الأساسية"
    bar = "العلوم والحياة | الصف الرابع | الفصل الأول"
    text = "\n".join(["الرئيسية", "خطط دروس", title, bar, "تاريخ الإضافة: 2024-09-18", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, rule_of(text, bar)[2]) == (title, "zone.fields_below_title")


def test_a_sitemap_with_the_sites_last_update_in_its_footer_has_no_article() -> None:
    text = "\n".join(["بلدية الوادي", "الرئيسية", "خريطة الموقع", "عن البلدية", "المجلس البلدي", "رئيس البلدية",
                      "الأعضاء", "اللجان", "الخدمات", "رخص البناء", "الإفادات العقارية", "شكاوى المواطنين",
                      "المناقصات", "الأخبار", "البيانات", "معرض الصور", "السياحة", "الأماكن الأثرية",
                      "دفع الرسوم عبر الإنترنت", "آخر تحديث للموقع: 02/06/2025",
                      "بلدية الوادي - ساحة البلدية - الوادي، قضاء الوادي، محافظة الجنوب، هاتف 07 780 123",
                      "© 2025 بلدية الوادي"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.updated) == ("", None, None)


def test_a_kurdish_writers_labelled_byline_is_no_headline() -> None:
    title = "صنّاع «الكلاش» في الجبل.. حرفة عمرها قرون تقاوم الأحذية المستوردة"
    text = "\n".join(["الرئيسية", "تقارير", title, "السليمانية – خاص", "تقرير: ريبوار عبد الرحمن", "21 أيار 2025 - 13:05", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, "ريبوار عبد الرحمن")


def test_a_section_word_between_the_date_and_the_headline_under_it_is_the_category() -> None:
    # breadcrumb, code, date, then the section's name and the headline over the story
    title = "داربست‌های کتیبه تاریخی در بیستون تا پایان آذر برچیده می‌شود"
    body = ["مدیر پایگاه میراث جهانی بیستون از آغاز جمع‌آوری مرحله‌ای داربست‌های فلزی پیرامون کتیبه خبر داد و گفت این کار تا پایان آذر به پایان می‌رسد.",
            "وی افزود: در ماه‌های گذشته گروهی از مرمتگران و زمین‌شناسان روی سطح کتیبه کار کرده‌اند و گزارش نهایی آن به زودی منتشر خواهد شد."]
    text = "\n".join(["خانه / فرهنگ و هنر / میراث فرهنگی", "کد خبر: ۱۴۰۵۰۸۲۱۰۶۱۲۷", "پنجشنبه ۲۱ آبان ۱۴۰۵ - ۱۰:۴۲",
                      "میراث فرهنگی", title, *body])
    m = arclean.parse(text).metadata
    assert (m.title, m.category) == (title, "میراث فرهنگی")


def test_a_breadcrumbs_section_printed_under_the_headline_is_the_category() -> None:
    title = "بلدية المدينة تنقل جمع النفايات إلى الدوام الليلي ابتداء من الإثنين"
    menu = ["جريدة الساحل", "الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات"]
    text = "\n".join([*menu, "الرئيسية » أخبار محلية » كسروان", title, "أخبار محلية", *STORY, "© 2024 جريدة الساحل"])
    m = arclean.parse(text).metadata
    assert (m.title, m.category) == (title, "أخبار محلية")
    # the breadcrumb's last item printed under the headline is no section (it may be the headline)
    text = "\n".join([*menu, "التوثيق › البدء › التثبيت والبدء السريع", "التثبيت والبدء السريع", *STORY, "© 2024"])
    assert arclean.parse(text).metadata.category is None


def test_a_bare_reading_time_under_an_extracts_headline() -> None:
    title = "أفران الفخار في الولاية.. حرفة تتوارثها الأجيال وتبحث عن جيل جديد"
    text = "\n".join([title, "3 دقائق", *STORY])
    doc = arclean.parse(text)
    assert (doc.metadata.title, doc.body) == (title, "\n".join(STORY))
    assert rule_of(text, "3 دقائق") == ("metadata", "other", "zone.reading_time")
    assert arclean.clean(doc.body) == doc.body


def test_a_writers_bio_over_the_list_of_their_pieces_is_no_article() -> None:
    bio = ["كاتب وتربوي متقاعد من محافظة الساحل، عمل في التعليم أكثر من ثلاثين عاما وكتب في صحف محلية عدة.",
           "يكتب عن التعليم والتراث الشعبي في منطقته، وصدر له كتابان عن الأمثال الشعبية والأسواق القديمة."]
    items = ["الفل الساحلي.. من عقد العروس إلى رفوف الأسواق", "2 يناير 2025", "معلم القرية الذي لا ينسى", "19 ديسمبر 2024",
             "أسواق الخميس.. ذاكرة مكان", "5 ديسمبر 2024", "المدارس الليلية وتعليم الكبار", "21 نوفمبر 2024"]
    text = "\n".join(["جريدة الساحل", "الرئيسية", "كتاب الرأي", "علي بن يحيى الساحلي", *bio, "تابع الكاتب على إكس",
                      "مقالات الكاتب (47)", *items, "© 2025 جريدة الساحل"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)
    assert rule_of(text, bio[0])[2] == "structure.writer_profile"
    # the list's header right under the bio, its first items with a summary each taken into the
    # same run: the bio is still all the text over the header (an Urdu reporter's archive)
    urdu_bio = "محمد عبدالقدیر 2014 سے شہر کی بلدی سیاست اور تعلیم پر رپورٹنگ کرتے ہیں، اور پرانے شہر کے مسائل پر لکھتے ہیں۔"
    summary = "چارمینار زون کے کئی سرکاری اسکولوں کی چھتوں سے پلاسٹر گر رہا ہے، والدین نے محکمہ تعلیم سے مرمت کا مطالبہ کیا ہے۔"
    text = "\n".join(["دکن نیوز", "ہوم", "مصنفین", "محمد عبدالقدیر", urdu_bio, "اس مصنف کی تحریریں (412)",
                      "پرانے شہر میں 14 سرکاری اسکولوں کی عمارتیں خستہ حال، والدین پریشان", summary, "06 دسمبر 2026",
                      "میٹرو ریل کے پرانے شہر روٹ پر جائیدادوں کے معاوضے کی دوسری قسط جاری", "04 دسمبر 2026", "© 2026 دکن نیوز"])
    assert arclean.parse(text).body == ""
    # "<name> کے مضامین" (the header ends with the words after the name) over the first card:
    # its headline and date, then its summary (the whole body) and the next card's headline
    cards = ["شہر میں گنا ملوں پر کسانوں کے بقایاجات، دھرنا جاری", "06 دسمبر 2026", summary,
             "مدرسہ بورڈ کے امتحانات کی تاریخوں کا اعلان، فارم بھرنے کی آخری تاریخ قریب", "02 دسمبر 2026",
             "گڑ کی منڈی میں نئی فصل کی آمد، ابتدائی قیمتیں کم", "28 نومبر 2026",
             "نئی ریل لائن کے سروے کا کام شروع", "24 نومبر 2026"]
    text = "\n".join(["قومی صدا", "ہوم", "قومی", "ہوم / مصنفین / شاہد انصاری", "شاہد انصاری", "سینئر نامہ نگار", urdu_bio,
                      "شاہد انصاری کے مضامین", *cards, "گزشتہ", "1 2 3 ... 62", "اگلا", "© 2026 قومی صدا"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.published) == ("", None)


def test_a_storys_sentence_naming_an_events_date_is_no_date_line() -> None:
    # one-sentence paragraphs, one of them "تاريخ الإرجاع المطلوب: 14 أفريل 1993." (a label and a
    # colon, a date, a full stop): the story goes on through it, with no publication date
    story = ["دخل الرجل مكتبة البلدية صباح الخميس، وفي يده كيس بلاستيكي أزرق.", "كان في الستين تقريبا، يلبس قشابية رمادية.",
             "أخرج من الكيس كتابا بغلاف أخضر باهت، تآكلت زواياه.", "فتحت الموظفة الغلاف، فوجدت بطاقة الإعارة القديمة ملصقة فيه.",
             "تاريخ الإرجاع المطلوب: 14 أفريل 1993.", "ضحكت، ثم توقفت عن الضحك حين رأت وجهه.",
             "قال إنه استعار الكتاب وهو تلميذ في الثانوية، ثم انتقلت عائلته فجأة إلى وهران."]
    doc = arclean.parse("\n".join(["كتاب عاد إلى رفه بعد واحد وثلاثين عاما", *story]))
    assert (doc.body, doc.metadata.published) == ("\n".join(story), None)


def test_an_academic_calendars_dates_under_their_labels_give_no_publication_date() -> None:
    # each date (or range) under its own short label: a calendar's items, no story's header
    rows = ["جامعة الرافدين الأهلية", "عن الجامعة", "الكليات", "القبول والتسجيل", "الطلبة", "English",
            "التقويم الجامعي للعام الدراسي 2024 - 2025", "طباعة", "تحميل PDF", "الفصل الدراسي الأول", "النشاط", "التاريخ",
            "مباشرة الهيئة التدريسية", "الأحد 15/9/2024", "بدء الدوام الرسمي للطلبة", "الأحد 29/9/2024",
            "امتحانات نصف الفصل", "17/11/2024 - 24/11/2024", "الفصل الدراسي الثاني", "بدء الدوام للفصل الثاني", "الأحد 2/2/2025",
            "امتحانات نهاية الفصل الثاني", "1/6/2025 - 12/6/2025", "امتحانات الدور الثاني", "27/7/2025 - 7/8/2025",
            "* تعطل الدراسة في المناسبات والعطل الرسمية التي تعلنها الأمانة العامة لمجلس الوزراء، ويعلن عن أي تعديل في حينه على موقع الجامعة.",
            "روابط سريعة", "نتائج الامتحانات", "الجداول الأسبوعية", "المكتبة الإلكترونية", "حقوق النشر © 2024 جامعة الرافدين الأهلية"]
    assert arclean.parse("\n".join(rows)).metadata.published is None


def test_a_caption_credited_after_its_full_stop_stays_in_the_body_over_the_dateline_lede() -> None:
    # Sorani: the photo's caption ends ". وێنە: <agency>" (photo: ...); the lede under it opens
    # with the dateline, which is split off as usual
    title = "کۆیە: هێڵێکی نوێی پاس بۆ گواستنەوەی خوێندکاران بۆ زانکۆ دەستی پێکرد"
    caption = "پاسێکی هێڵە نوێیەکە لە بەردەم دەروازەی سەرەکیی زانکۆ. وێنە: زاگرۆس پرێس"
    lede = "کۆیە - زاگرۆس پرێس: بەڕێوەبەرایەتیی هاتوچۆی شارەکە ڕایگەیاند، لە ئەمڕۆوە هێڵێکی نوێی پاسی گشتی بۆ گواستنەوەی خوێندکاران دەست پێدەکات."
    more = "بەپێی ڕاگەیەندراوەکە، پاسەکان هەموو ڕۆژێک لە کاتژمێر حەوتی بەیانییەوە تا چواری ئێوارە کار دەکەن و نرخی سواربوون کەم دەبێت."
    text = "\n".join(["سەرەکی", "هەواڵ", "خزمەتگوزاری", title, "٢٠٢٤/١١/١٨", caption, lede, more, "هەواڵی پەیوەندیدار"])
    doc = arclean.parse(text)
    assert rule_of(text, caption)[0] == "body"
    assert doc.metadata.dateline == "کۆیە - زاگرۆس پرێس"
    assert structure.credited_caption(read_lines("پاسێک لە بەردەم زانکۆ لە شاری کۆیە. وێنە: زاگرۆس پرێس")[0][0])


def test_a_headline_under_the_date_lines_over_the_writers_bare_name() -> None:
    title = "گوجرانوالہ کے اکھاڑے ویران ہونے لگے، نوجوان پہلوان خوراک کے اخراجات سے پریشان"
    body = ["گوجرانوالہ: شہر کے قدیم اکھاڑوں میں نوجوان پہلوانوں کی تعداد کم ہو رہی ہے کیونکہ دودھ، گھی اور بادام کی قیمتیں ان کی پہنچ سے باہر ہو چکی ہیں۔",
            "اکھاڑے کے استاد نے بتایا کہ پہلے ہر صبح تیس سے زیادہ لڑکے ورزش کے لیے آتے تھے مگر اب یہ تعداد دس سے بھی کم رہ گئی ہے۔"]
    text = "\n".join(["ہوم / کھیل / مقامی کھیل", "اتوار 06 دسمبر 2026 07:40 PM", "اپ ڈیٹ: 06 دسمبر 2026 09:15 PM", title, "محمد عارف بٹ", *body])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, "محمد عارف بٹ")


def test_a_byline_glued_to_its_date_and_reading_time_is_the_date_line() -> None:
    # a dumper glues the header's inline parts: "<name> <date> قراءة في 6 دقائق"
    title = "كيف تحمي شحنات الأدوية من حرارة صيف الخليج: 6 خطوات عملية"
    text = "\n".join(["المدونة › الأدوية والرعاية الصحية", title, "م. ريم الكعبي 18 يونيو 2024 قراءة في 6 دقائق", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published)) == (title, "2024-06-18")


def test_a_labelled_long_hijri_and_gregorian_date_line_is_the_date_line() -> None:
    title = "صيادو المدينة: مراكبنا متوقفة منذ أسبوعين بسبب شح الديزل في محطة الميناء"
    line = "نُشر بتاريخ: الأحد 22 جمادى الأولى 1446 هـ الموافق 24 نوفمبر 2024 م - الساعة 11:35 صباحاً"
    text = "\n".join(["أنت هنا: الرئيسية » اقتصاد", "اقتصاد", title, line, *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, str(m.published)) == (title, "2024-11-24 11:35:00")


def test_a_row_of_counts_is_never_a_headline() -> None:
    row = "1,204 | 9,881 | بكالوريا 2019 فيزياء مع الحل"
    text = "\n".join(["منتدى الهضاب", "الرئيسية", row, "السبت 12 أكتوبر 2024", *STORY])
    assert arclean.parse(text).metadata.title != row


def test_a_photos_year_less_copyright_credit_inside_the_story_does_not_end_it() -> None:
    # a magazine prints "© <photographer> / <outlet>" under each photo between paragraphs
    credit = "© سعاد البقالي / مجلة الواحة"
    first = "في صباح بارد من أواخر الخريف صعدت الشاحنات المحمّلة بالأغنام نحو الهضبة، فيما وقفت على جانبي الطريق حافلات سياحية قادمة من المدن الكبرى."
    caption = "سوق الماشية في اليوم الأول من الموسم قبل الظهر."
    later = "منذ سنوات أضيفت إلى الموسم منصة للعروض الفنية وخيام للصناعة التقليدية، وتحول جزء من الساحة إلى موقف للسيارات والحافلات."
    last = "ويقول مرشد محلي إن الناس هنا يحبون الحكاية، وإن الزوار يحبونها أكثر، لكن السوق يبقى قلب الموسم الحقيقي منذ عقود طويلة."
    text = "\n".join(["الرئيسية › رحلات", "موسم الهضبة بين الأسطورة وكاميرات السياح", "نُشر في 21/10/2024",
                     first, caption, credit, later, last, "© 2024 مجلة الواحة. جميع الحقوق محفوظة."])
    doc = arclean.parse(text)
    assert later in doc.body and last in doc.body
    assert rule_of(text, credit)[0] == "boilerplate"
    assert doc.body.endswith(last)


def test_a_numbered_list_under_a_terms_heading_is_policy_and_a_form_page_has_no_article() -> None:
    # a sign-up form whose conditions are numbered sentences that name no policy word
    terms = ["1. يقتصر التسجيل في الدورات الصيفية على الطلبة الذين تتراوح أعمارهم بين سبع سنوات وست عشرة سنة.",
             "2. يتعهد ولي الأمر بصحة البيانات المدخلة، ويحق للإدارة إلغاء التسجيل إذا تبين خلاف ذلك.",
             "3. تبدأ الدورة بعد انتهاء الامتحانات المدرسية وتستمر ستة أسابيع، ويعلن الموعد النهائي لاحقاً.",
             "4. يلتزم الطالب بالحضور وبالتعليمات المعمول بها في المركز، ويحرم من الشهادة إذا تغيب كثيراً."]
    text = "\n".join(["الرئيسية > الخدمات > إنشاء حساب جديد", "بيانات ولي الأمر", "الاسم الرباعي *", "رقم الهاتف المحمول *",
                     "كلمة المرور *", "الشروط والأحكام", *terms, "آخر تحديث للشروط: 2 أيار 2024",
                     "أقر بأنني قرأت الشروط والأحكام وأوافق عليها", "إنشاء الحساب"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert (doc.metadata.published, doc.metadata.updated) == (None, None)
    assert rule_of(text, terms[0]) == ("boilerplate", "footer", "policy.list_item")
    assert rule_of(text, terms[3])[2] == "policy.list_item"


def test_a_stories_numbered_list_under_an_ordinary_heading_stays_body() -> None:
    items = ["1. تقديم طلب إلكتروني عبر البوابة الرسمية للوزارة قبل نهاية الشهر الجاري.",
             "2. إرفاق صورة عن الهوية الشخصية وشهادة الميلاد للطالب المتقدم.",
             "3. دفع رسوم رمزية في أحد فروع البنوك المعتمدة في المحافظة."]
    lede = "أعلنت وزارة الأوقاف فتح باب التسجيل في الدورات الصيفية لتحفيظ القرآن الكريم في جميع المحافظات، وقالت إن عدد المقاعد المتاحة هذا العام يزيد على عشرة آلاف مقعد."
    text = "\n".join(["الأوقاف تفتح باب التسجيل في الدورات الصيفية", "نشر في: 2 أيار 2024", lede, "خطوات التسجيل", *items])
    doc = arclean.parse(text)
    assert all(x in doc.body for x in items)


def test_a_topic_colon_headline_over_a_place_colon_name_byline_is_the_title() -> None:
    # both lines hold a colon, but the second is a byline and the first a statement: no facts rows
    title = "مزارعو الموز في المدينة: كلفة النقل إلى الميناء تلتهم نصف العائد"
    text = "\n".join([title, "الدمازين: محمد إدريس", *STORY])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (title, "محمد إدريس")


def test_a_short_label_value_row_over_a_name_row_is_still_a_facts_table() -> None:
    # a value of one or two words is a field's, not a headline's statement
    text = "\n".join(["المدينة: القاهرة", "المهندس: حسن فتحي", *STORY])
    assert arclean.parse(text).metadata.title is None


SCHEDULE = ["7:30 – 8:30 الاستقبال واللعب الحر في الساحة", "8:30 – 9:00 حلقة الصباح والنشيد", "9:00 – 9:30 وجبة الفطور",
            "9:30 – 10:30 أركان التعلم: القراءة والفن والمكعبات", "10:30 – 11:15 اللعب في الحديقة", "11:15 – 12:00 نشاط موجّه",
            "12:00 – 12:30 الغداء الخفيف"]


def test_a_schedule_of_time_ranges_between_the_pages_paragraphs_is_its_body() -> None:
    intro = "نؤمن في حضانتنا أن الطفل يتعلم باللعب، وأن اليوم المنظم يمنحه الأمان، لذلك نتبع برنامجًا يوميًا ثابتًا يراعي أعمار الأطفال."
    food = "تقدم الحضانة وجبة فطور صحية يعدها مطبخنا يوميًا، ونطلب من الأهل ألا يرسلوا الحلويات أو المشروبات الغازية مع أطفالهم."
    text = "\n".join(["الرئيسية / برامجنا", "برنامجنا اليومي", intro, "جدول اليوم", *SCHEDULE, "التغذية", food,
                     "سجّل طفلك للعام 2025/2026", "احجز زيارة"])
    doc = arclean.parse(text)
    assert all(row in doc.body for row in SCHEDULE)
    assert rule_of(text, SCHEDULE[0]) == ("body", "body", "run.schedule_rows")
    assert doc.body.endswith(food)
    assert rule_of(text, "سجّل طفلك للعام 2025/2026")[1] != "published"  # a school year, no story's date


def test_a_channels_schedule_page_of_time_ranges_has_no_article() -> None:
    text = "\n".join(["قناة الواحة", "جدول البرامج", *SCHEDULE, "تنبيه: الجدول قابل للتغيير دون إشعار مسبق."])
    assert arclean.clean(text) == ""


def test_a_byline_glued_to_a_date_read_across_a_bar_and_a_reading_time_is_the_date_line() -> None:
    # a dumper glues the header's inline parts: "<name> <weekday> <Hijri> - <date> | <clock> وقت القراءة: 3 دقائق"
    title = "تنظيم جديد لدخول الزوار إلى الوادي يبدأ مطلع ديسمبر"
    line = "يوسف الحجري الأربعاء 18 جمادى الأولى 1446هـ - 20 نوفمبر 2024م | 10:40 ص وقت القراءة: 3 دقائق"
    m = arclean.parse("\n".join(["الرئيسية", "محافظات", title, line, *STORY])).metadata
    assert (m.title, str(m.published)) == (title, "2024-11-20 10:40:00")
    assert rules.bar_fact("وقت القراءة: 3 دقائق") and rules.bar_fact("زمن القراءة 5 دقائق")


def test_a_short_archive_photo_caption_under_the_headline_does_not_hide_it() -> None:
    title = "انقطاع الإنترنت في القرى لليوم الرابع: الهيئة تنتظر المازوت"
    text = "\n".join([title, "سنترال البلدة (أرشيف)", *STORY])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert "سنترال البلدة (أرشيف)" in doc.body  # the story's photo caption stays body
    assert structure.credited_caption(read_lines("مبنى الوزارة (صورة أرشيفية)")[0][0])
    assert not structure.credited_caption(read_lines("الصحة (2)")[0][0])


def test_a_calendar_whose_last_period_is_over_a_footnote_has_no_article() -> None:
    # a date range is a period (an exam's), no page's date: it anchors no story under it
    rows = []
    for name, period in [("امتحانات نصف الفصل", "17/11/2024 - 24/11/2024"), ("امتحانات نهاية الفصل الأول", "5/1/2025 - 16/1/2025"),
                         ("العطلة الربيعية", "19/1/2025 - 30/1/2025"), ("بدء الدوام للفصل الثاني", "الأحد 2/2/2025"),
                         ("امتحانات نهاية الفصل الثاني", "1/6/2025 - 12/6/2025"), ("امتحانات الدور الثاني", "27/7/2025 - 7/8/2025")]:
        rows += [name, period]
    nav = ["جامعة الرافدين", "الرئيسية", "الكليات", "القبول", "التقويم الجامعي", "الأخبار", "اتصل بنا", "English",
           "الرئيسية > الطلبة > التقويم الجامعي", "التقويم الجامعي للعام الدراسي 2024-2025", "الفصل الدراسي الأول",
           "بدء الدوام الرسمي", "الأحد 22/9/2024", "آخر موعد للتسجيل", "الخميس 3/10/2024"]
    note = "* تُعطل الدراسة في المناسبات والعطل الرسمية التي تعلنها الأمانة العامة لمجلس الوزراء."
    text = "\n".join([*nav, *rows, note, "روابط سريعة", "نتائج الامتحانات", "الجداول الأسبوعية", "حقوق النشر © 2024 جامعة الرافدين"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.title is None


def test_an_events_agenda_with_two_word_month_names_has_no_article() -> None:
    items = []
    for day, time, name, place, blurb in [
        ("الخميس 20 تشرين الثاني", "7:00 مساءً", "أمسية شعرية: قصائد من البادية", "رابطة الكتّاب - جبل اللويبدة",
         "يشارك في الأمسية ثلاثة شعراء من محافظتي المفرق ومعان، ويقدمها ناقد معروف. الدخول مجاني."),
        ("السبت 22 تشرين الثاني", "11:00 صباحاً", "معرض ألوان المدينة للفن التشكيلي", "جاليري الدار - عمّان",
         "يضم المعرض أربعاً وثلاثين لوحة لفنانين شباب تستلهم عمارة المدينة وبيوتها الحجرية، ويستمر أسبوعين."),
        ("الثلاثاء 25 تشرين الثاني", "8:00 مساءً", "عرض مسرحي: بيت على التلة", "المركز الثقافي - المسرح الرئيسي",
         "مسرحية عن عائلة تعود إلى بيتها القديم بعد غياب طويل، من إخراج فرقة شبابية حازت جوائز محلية عدة."),
        ("الخميس 27 تشرين الثاني", "6:30 مساءً", "عرض فيلم وحوار مع المخرج", "سينما الرينبو",
         "فيلم وثائقي عن حياة المزارعين في الغور، يتبعه نقاش مفتوح مع المخرج وفريق العمل حول ظروف التصوير.")]:
        items += [day, time, name, place, blurb]
    top = ["عمّان الثقافية", "دليلك إلى الفعاليات والفنون", "الرئيسية", "أخبار ثقافية", "أجندة الفعاليات", "معارض", "مسرح",
           "موسيقى", "سينما", "تسجيل الدخول", "الرئيسية / أجندة الفعاليات", "أجندة الفعاليات", "تشرين الثاني 2025",
           "‹ تشرين الأول", "كانون الأول ›", "تصفية حسب:", "المدينة: الكل", "النوع: الكل", "مجاني فقط"]
    bottom = ["أضف فعاليتك", "اشترك في النشرة", "من نحن", "اتصل بنا", "سياسة الخصوصية", "جميع الحقوق محفوظة © 2025"]
    text = "\n".join([*top, *items, *bottom])
    assert arclean.clean(text) == ""


FA_STORY = ["مدیرعامل شرکت آب و فاضلاب استان از اجرای تعرفه پلکانی برای آب تولیدی آب‌شیرین‌کن‌ها از ابتدای دی‌ماه خبر داد و گفت مشترکان پرمصرف هزینه بیشتری خواهند پرداخت.",
            "به گفته وی، این طرح با هدف مدیریت مصرف در ماه‌های گرم سال اجرا می‌شود و مشترکان کم‌مصرف از تخفیف ویژه برخوردار خواهند شد."]


def test_a_date_bar_over_a_menu_of_one_word_sections_is_the_sites_clock() -> None:
    menu = ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "استان‌ها", "فرهنگی", "ورزشی", "بین‌الملل", "عکس", "فیلم"]
    text = "\n".join(["دوشنبه ۱۶ آذر ۱۴۰۵ - Monday 07 December 2026", "خبرگزاری آوای خلیج", *menu, *FA_STORY])
    assert arclean.parse(text).metadata.published is None


def test_a_persian_report_label_is_a_byline() -> None:
    title = "پاس گرگان با برتری ۶ بر ۴ مقابل فولاد ساری صدرنشین لیگ برتر کشتی آزاد شد"
    text = "\n".join(["خانه / کشتی / کشتی آزاد", title, "چهارشنبه ۱۴ آذر ۱۴۰۳ - ۲۲:۱۵", "گزارش: سجاد ملکی", *FA_STORY])
    assert arclean.parse(text).metadata.author == "سجاد ملکی"


def test_a_job_board_of_offers_each_under_its_own_publication_date_has_no_article() -> None:
    offers = [("مسؤول استقبال بنزل سياحي", "نزل المرسى الذهبي - حمام سوسة", "نُشر في 03/04/2025",
               "يبحث نزل أربع نجوم عن مسؤول استقبال للموسم الصيفي يتقن الفرنسية والألمانية ولديه خبرة سنتين على الأقل."),
              ("فنية في مراقبة الجودة", "شركة كابلاج الساحل - المنطقة الصناعية", "نُشر في 02/04/2025",
               "تنتدب الشركة فنيين وفنيات متحصلين على شهادة في الكهرباء أو الميكانيك للعمل في وحدة مراقبة الجودة بنظام الحصص."),
              ("محاسب بمكتب خبرة", "مكتب الخبير المحاسب - سوسة المدينة", "نُشر في 01/04/2025",
               "مطلوب محاسب متحصل على الإجازة في المحاسبة مع خبرة لا تقل عن ثلاث سنوات في إعداد التصاريح الجبائية."),
              ("مطوّر تطبيقات ويب", "شركة ناشئة - تكنوبول سوسة", "نُشر في 31/03/2025",
               "فرصة عمل لمطور يتقن أطر الواجهات الحديثة وقواعد البيانات، مع إمكانية العمل عن بعد يومين في الأسبوع."),
              ("عاملات في وحدة تعليب", "شركة زيوت الساحل - مساكن", "نُشر في 30/03/2025",
               "تنتدب الشركة عاملات للعمل في وحدة تعليب زيت الزيتون خلال موسم الجني، مع توفير النقل من وإلى المصنع.")]
    lines = ["عروض الشغل في الساحل", "الرئيسية", "عروض الشغل", "126 عرضاً متاحاً", "تصفية النتائج", "بحث"]
    for name, employer, stamp, blurb in offers:
        lines += [name, employer, "عقد محدد المدة", stamp, blurb, "قدّم طلبك"]
    doc = arclean.parse("\n".join(lines + ["جميع الحقوق محفوظة © 2025"]))
    assert doc.body == "" and doc.metadata.published is None


def test_a_page_of_notices_each_of_a_few_paragraphs_under_its_own_publication_date_has_no_article() -> None:
    notices = [
        ("المرحوم الحاج سليم يوسف الخطيب", "نشر في 14/03/2025", [
            "انتقل إلى رحمته تعالى المرحوم الحاج سليم يوسف الخطيب عن عمر ناهز 81 عاماً، وزوجته الحاجة سعاد وأولاده وبناته.",
            "يصلى على جثمانه بعد صلاة العصر اليوم الجمعة في مسجد البلدة الكبير، ويوارى الثرى في جبانة العائلة.",
            "تقبل التعازي يومي السبت والأحد في منزل الفقيد في الحي الشمالي من الساعة الثالثة حتى السابعة مساء."]),
        ("المرحومة وداد نقولا حداد", "نشر في 13/03/2025", [
            "رقدت على رجاء القيامة المرحومة وداد نقولا حداد أرملة المرحوم جورج سمعان، وأولادها وبناتها وعائلاتهم.",
            "يحتفل بالصلاة لراحة نفسها عند الثالثة من بعد ظهر السبت في كنيسة مار الياس، وتقبل التعازي في صالون الكنيسة."]),
        ("الشاب رامي خليل العبدالله", "نشر في 12/03/2025", [
            "انتقل إلى رحمته تعالى الشاب رامي خليل العبدالله إثر حادث سير مؤسف على الطريق الساحلي مساء الأربعاء.",
            "تقبل التعازي في قاعة النادي الثقافي يومي الخميس والجمعة من الساعة الرابعة حتى الثامنة مساء."]),
        ("المرحومة الحاجة فاطمة أحمد درويش", "نشر في 11/03/2025", [
            "انتقلت إلى رحمته تعالى المرحومة الحاجة فاطمة أحمد درويش أرملة المرحوم الحاج محمود سلامة عن 90 عاماً.",
            "صُلّي على جثمانها في مسجد القرية، وتقبل التعازي في منزل نجلها الأستاذ وليد في وسط البلدة."]),
    ]
    lines = ["أخبار المنطقة - وفيات", "الرئيسية", "محليات", "وفيات", "لنشر نعوة يرجى التواصل مع إدارة الموقع"]
    for name, stamp, paragraphs in notices:
        lines += [name, stamp, *paragraphs]
    doc = arclean.parse("\n".join(lines + ["الصفحة التالية", "جميع الحقوق محفوظة © 2025"]))
    assert doc.body == "" and doc.metadata.published is None


def test_a_schedule_among_the_pages_lists_and_a_last_one_clock_row_is_body() -> None:
    intro = "للسنة الثانية عشرة على التوالي يفتح النادي أبواب مخيمه الصيفي للأولاد بين الرابعة والرابعة عشرة، في أجواء آمنة وسط الطبيعة."
    after = "يتوفّر باص للنادي من القرى المجاورة مقابل بدل رمزي، ويُطلب من الأهل إبلاغ الإدارة مسبقاً بأي تغيير في مواعيد الانصراف."
    groups = ["الفئات العمرية", "- البراعم: من 4 إلى 6 سنوات", "- الأشبال: من 7 إلى 10 سنوات", "- الناشئون: من 11 إلى 14 سنة",
              "البرنامج اليومي", *SCHEDULE, "12:30 انصراف"]
    text = "\n".join(["الرئيسية", "المخيم الصيفي 2025", intro, *groups, "النقليات", after, "استمارة التسجيل", "اسم الولد الثلاثي *"])
    doc = arclean.parse(text)
    assert all(x in doc.body for x in groups) and after in doc.body


def test_an_about_me_box_is_never_a_title() -> None:
    post = "في ليلة صافية خرجت إلى الصحراء جنوب المدينة لأصوّر مسارات النجوم، وحملت معي حامل الكاميرا وبطارية إضافية وعدسة واسعة."
    text = "\n".join(["مدونة عدسة الصحراء", "من أنا", "مصور هاوٍ من طرابلس يكتب عن التصوير الليلي والرحلات.", "السبت، 9 نوفمبر 2024",
                     "تصوير مسارات النجوم خطوة بخطوة", post, P1])
    assert arclean.parse(text).metadata.title != "من أنا"
    text2 = "\n".join(["نبذة عني", post, P1])
    assert arclean.parse(text2).metadata.title is None


def test_a_channels_feed_of_posts_each_under_its_name_has_no_article() -> None:
    name = "عدن الآن | أخبار"
    posts = [["⚡عاجل | ساعات انقطاع الكهرباء في المدينة تتجاوز 14 ساعة يوميا", "14.9K views17:10"],
             ["ميناء المدينة يستقبل سفينة محملة بثلاثين ألف طن من القمح",
              "رست صباح اليوم في رصيف الميناء سفينة تجارية تحمل نحو ثلاثين ألف طن من القمح المخصص للمطاحن المحلية، بحسب مصدر في مؤسسة الموانئ.",
              "وقال المصدر إن عمليات التفريغ بدأت فور رسو السفينة وستستمر نحو أسبوع، وسط ارتفاع متواصل في أسعار الدقيق في الأسواق.",
              "18.7K views 19:25"],
             ["تنويه من مؤسسة المياه بانقطاع المياه عن مديريتين يوم الخميس للصيانة", "9.8K views20:40"],
             ["مدير الأمن: ضبط ثلاثة متهمين بسرقة كابلات الكهرباء وإحالتهم إلى النيابة", "11.2K views08:33"],
             ["كلية الطب تعلن نتائج اختبار القبول للعام الجامعي الجديد", "16.4K views09:47"]]
    lines = [name, "48.3K subscribers", "قناة إخبارية مستقلة تنقل أخبار المدينة والمحافظات لحظة بلحظة."]
    for post in posts:
        lines += [name, *post]
    assert arclean.clean("\n".join(lines + ["Telegram · Privacy"])) == ""


def test_a_forum_posts_starter_label_is_never_a_title() -> None:
    post = "انطلقت صباح اليوم الأربعاء هبطة الولاية عند الساحة المقابلة لسوق الماشية القديم، وذلك قبل عيد الأضحى المبارك بأربعة أيام."
    assert arclean.parse("\n".join(["صاحب الموضوع", post, P1])).metadata.title is None


def test_an_extracts_headline_over_a_players_residue_or_a_french_share_row_is_the_title() -> None:
    title = "بحيرة حمرين تستعيد جزءاً من خزينها بعد أمطار الشتاء"
    for chrome in (["Error loading media: File could not be played"], ["Partager", "Facebook", "Twitter", "LinkedIn"]):
        assert arclean.parse("\n".join([title, *chrome, *STORY])).metadata.title == title, chrome


def test_a_published_by_byline_with_its_date_is_the_date_line() -> None:
    title = "لوحة مفاتيح عربية جديدة للأندرويد: مراجعة آخر إصدار"
    m = arclean.parse("\n".join(["الرئيسية » تطبيقات » أدوات", title, "نشر بواسطة: أمين بوزيد في 21 جانفي 2025", *STORY])).metadata
    assert (m.title, str(m.published)) == (title, "2025-01-21")


def test_a_course_pages_basic_references_are_not_its_body() -> None:
    refs = ["1. دوماني، بشارة. إعادة اكتشاف فلسطين: أهالي جبل نابلس 1700-1900. بيروت: مؤسسة الدراسات الفلسطينية، 1998.",
            "2. سجلات محكمة القدس الشرعية، نماذج مختارة (ملف المساق)."]
    text = "\n".join(["الرئيسية » كلية الآداب » دائرة التاريخ", "تاريخ المدن في العهد العثماني", *STORY, "المراجع الأساسية", *refs,
                     "مساقات أخرى في الدائرة"])
    doc = arclean.parse(text)
    assert STORY[0] in doc.body and not any(r in doc.body for r in refs)
    assert rule_of(text, "المراجع الأساسية")[:2] == ("boilerplate", "other")


def test_a_help_centre_articles_feedback_widget_and_section_list_are_not_its_body() -> None:
    steps = ["1. افتح التطبيق واختر «تحويل» من الشاشة الرئيسية، ثم أدخل رقم المحفظة التي تريد التحويل إليها.",
             "2. اكتب المبلغ وتأكد من اسم المستلم الذي يظهر على الشاشة قبل أن تضغط «متابعة».",
             "3. أدخل رمز التحقق الذي يصلك في رسالة قصيرة، وسيصلك إشعار فور إتمام العملية."]
    chrome = ["هل كانت هذه المقالة مفيدة؟", "نعم", "لا", "142 من أصل 168 وجدوا هذا مفيدًا", "هل لديك المزيد من الأسئلة؟ إرسال طلب",
              "المقالات في هذا القسم", "كيف أرسل حوالة إلى شخص ليس لديه محفظة؟", "كيف أسدد فاتورة الكهرباء أو المياه؟"]
    text = "\n".join(["مركز المساعدة", "التحويلات", "كيف أحوّل مبلغاً إلى محفظة أخرى؟", *steps, *chrome])
    body = arclean.parse(text).body
    assert body.endswith("\n".join(steps)) and not set(body.split("\n")) & set(chrome)


def test_an_about_us_page_keeps_its_text_a_privacy_page_does_not() -> None:
    about = ["تأسست الشركة عام 2006 في الميناء الرئيسي على يد مجموعة من المخلصين الجمركيين، وبدأت بمكتب صغير قرب بوابة الميناء.",
             "ومع توسع حركة الاستيراد خلال العقد الماضي، أضافت الشركة خدمات النقل البري والتخزين، وصار لها فرع في العاصمة."]
    menu = ["الرئيسية", "من نحن", "خدماتنا", "تتبع الشحنة", "اتصل بنا"]
    doc = arclean.parse("\n".join([*menu, "من نحن", *about, "جميع الحقوق محفوظة"]))
    assert doc.body == "\n".join(about)
    privacy = ["نحترم خصوصية زوار الموقع، ولا نشارك بياناتهم الشخصية مع أي طرف ثالث دون موافقتهم المسبقة.",
               "يستخدم الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح، ويمكنك تعطيلها من إعدادات المتصفح في أي وقت."]
    doc = arclean.parse("\n".join(["الرئيسية", "سياسة الخصوصية", "اتصل بنا", "سياسة الخصوصية", *privacy, "جميع الحقوق محفوظة"]))
    assert doc.body == ""


def test_a_page_whose_breadcrumb_ends_with_the_newsletter_has_no_article() -> None:
    pitch = ["كل يوم خميس، نرسل إلى بريدك خلاصة ما نشرناه خلال الأسبوع في خمس دقائق قراءة، بلغة بسيطة وبلا إعلانات.",
             "ماذا ستحصل عليه بعد الاشتراك؟",
             "أهم خمسة أخبار طبية في الأسبوع مع شرح مختصر لما تعنيه لك ولعائلتك.",
             "نصيحة غذائية أسبوعية مع وصفة صحية سهلة التحضير من مطبخنا."]
    form = ["الاسم الأول", "البريد الإلكتروني *", "الدولة", "اشترك الآن"]
    text = "\n".join(["صحتك اليوم", "الرئيسية", "أخبار", "الرئيسية / النشرة البريدية", "النشرة الصحية الأسبوعية", *pitch, *form])
    assert arclean.parse(text).body == ""
    story = "\n".join(["صحتك اليوم", "الرئيسية", "أخبار", "الرئيسية / أخبار طبية", "النشرة الصحية الأسبوعية", *STORY])
    assert arclean.parse(story).body == "\n".join(STORY)


def test_an_extracts_headline_over_a_place_slash_outlet_dateline_is_the_title() -> None:
    title = "تجريف وقطع أشجار في غابات الموصل.. والزراعة تطالب بحماية ما تبقى منها"
    m = arclean.parse("\n".join([title, "الموصل/ نينوى الغد", *STORY])).metadata
    assert (m.title, m.dateline) == (title, "الموصل/ نينوى الغد")


def test_a_columns_headline_over_the_writers_abbreviated_title_and_name() -> None:
    title = "موسيقى الغاز"
    m = arclean.parse("\n".join(["الرئيسية", "كتّاب", title, "د. هالة العمري", "10/02/2025", "عدد المشاهدات: 1,532", *STORY])).metadata
    assert (m.title, m.author, str(m.published)) == (title, "د. هالة العمري", "2025-02-10")


def test_a_headlines_second_half_with_a_preposition_is_no_site_suffix() -> None:
    top = ["الدروس", "الإقامة", "كراء المعدات", "احجز الآن", "الرئيسية › الدروس › دروس المبتدئين"]
    title = "دورة ركوب الأمواج للمبتدئين – خمسة أيام في تغازوت"
    assert arclean.parse("\n".join([*top, title, "★★★★★ 4.9 (213 تقييما)", *STORY])).metadata.title == title
    cut = "دورة ركوب الأمواج للمبتدئين – مدرسة الموج"
    assert arclean.parse("\n".join([*top, cut, "★★★★★ 4.9 (213 تقييما)", *STORY])).metadata.title == "دورة ركوب الأمواج للمبتدئين"
    # (a quoted name after the dash goes on with the headline, even when the story names it again)
    quoted = "دورة ركوب الأمواج للمبتدئين – «موسم الخريف»"
    story = ["تبدأ دورات «موسم الخريف» في الأسبوع الأول من أكتوبر، وتستمر خمسة أيام بمعدل ساعتين في اليوم.", *STORY]
    assert arclean.parse("\n".join([*top, quoted, "★★★★★ 4.9 (213 تقييما)", *story])).metadata.title == quoted


def test_readers_comments_under_their_header_do_not_take_the_storys_last_paragraphs() -> None:
    comments = ["تبصرے (3)", "عبدالرحمان — اسکردو", "ہر سال یہی کہانی ہے، سردیوں میں ہم لوگوں کو بھلا دیا جاتا ہے اور کوئی پوچھتا نہیں۔",
                "06 دسمبر 2025 08:14am", "Kashif Ali", "bhai Karachi wali flight band karna galat faisla hai, students kaise jayen ge?",
                "06 دسمبر 2025 10:32am", "نسرین بتول", "شاہراہِ قراقرم بھی برفباری میں بند ہو جاتی ہے، پھر ہم کہاں جائیں، حکومت سوچے۔",
                "06 دسمبر 2025 01:47pm", "اپنا تبصرہ لکھیں"]
    story = ["اسکردو: قومی ایئرلائن نے اسلام آباد اور اسکردو کے درمیان سرمائی پروازوں کا نیا شیڈول جاری کر دیا ہے جس کے تحت ہفتے میں صرف تین دن پروازیں چلیں گی۔",
             "ایئرلائن کے ترجمان کے مطابق سردیوں میں دھند اور برفباری کے باعث پروازوں کی منسوخی کا خدشہ رہتا ہے، اس لیے شیڈول محدود کیا گیا ہے۔",
             "اشتہار",
             "گلگت بلتستان حکومت کے ترجمان نے رابطہ کرنے پر بتایا کہ صوبائی حکومت وفاق سے پروازیں بڑھانے کی درخواست کرے گی۔",
             "واضح رہے کہ اسکردو ایئرپورٹ کو گزشتہ برسوں میں بین الاقوامی درجہ دیا گیا تھا مگر سردیوں میں پروازیں کم ہی رہتی ہیں۔"]
    title = "اسکردو کے لیے سرمائی پروازوں کا شیڈول جاری، ہفتے میں صرف تین دن فلائٹس چلیں گی"
    body = arclean.parse("\n".join(["ہوم", "گلگت بلتستان", title, "شائع 05 دسمبر 2025 11:20pm", *story, *comments])).body
    assert story[-1] in body and story[-2] in body and comments[2] not in body


def test_the_paragraphs_under_a_privacy_heading_on_a_sign_up_form_are_policy() -> None:
    policy = ["تستخدم البلدية البيانات الشخصية لغرض تقديم الخدمات الإلكترونية فقط، ولا تشاركها مع أي جهة دون سند قانوني.",
              "يتم حفظ البيانات في أنظمة مؤمنة، ويحق للمستخدم طلب تصحيحها أو حذف حسابه في أي وقت من صفحة الإعدادات."]
    text = "\n".join(["الرئيسية > الخدمات الإلكترونية > إنشاء حساب", "إنشاء حساب جديد", "الرقم الشخصي *", "كلمة المرور *",
                     "سياسة الخصوصية", *policy, "أقر بأنني قرأت شروط الاستخدام وسياسة الخصوصية", "تسجيل"])
    assert arclean.parse(text).body == ""
    assert rule_of(text, policy[0]) == ("boilerplate", "footer", "policy.under_heading")


def test_a_lessons_sections_under_its_header_and_lede_are_no_teaser_list() -> None:
    lede = "تعلّمنا في الدرس السابق أن التيار الكهربائي هو معدل تدفق الشحنات عبر مقطع الموصل، وفي هذا الدرس نربط التيار بفرق الجهد والمقاومة."
    sections = ["نص قانون أوم", "يتناسب التيار المار في موصل فلزي تناسباً طردياً مع فرق الجهد بين طرفيه عند ثبوت درجة الحرارة.",
                "V = I × R", "حيث: V فرق الجهد بوحدة الفولت، وI التيار بوحدة الأمبير، وR المقاومة بوحدة الأوم.",
                "العوامل التي تعتمد عليها المقاومة", "تعتمد مقاومة الموصل على طوله ومساحة مقطعه ونوع مادته ودرجة حرارته، وتزداد بزيادة طوله.",
                "R = ρ L / A", "حيث ρ المقاومية وتُقاس بوحدة الأوم متر، وهي خاصية للمادة نفسها لا تتغير بتغير أبعاد الموصل.",
                "مثال 1", "سلك نحاسي طوله عشرون متراً ومساحة مقطعه صغيرة، إذا وصل طرفاه ببطارية جهدها ستة فولتات فاحسب التيار المار فيه."]
    text = "\n".join(["منصة الدروس", "الصفوف", "الاختبارات", "الصف الثاني عشر › الفيزياء › الكهرباء", "", "قانون أوم والمقاومة الكهربائية",
                     "نُشر: 2023/08/30", "المعلم: أ. محمد العبادي", "المشاهدات: 48,611", "", lede, *sections, "« الدرس السابق: التيار الكهربائي"])
    body = arclean.parse(text).body
    assert all(x in body for x in sections)


def test_an_faq_index_under_one_instruction_line_has_no_article() -> None:
    topics = ["بطاقة التعريف الوطنية (6)", "كيف أجدد بطاقة التعريف المنتهية الصلاحية؟", "ما الوثائق المطلوبة لاستخراج أول بطاقة للقاصر؟",
              "ماذا أفعل إذا فقدت بطاقتي أو سُرقت؟", "عرض كل الأسئلة", "جواز السفر (4)", "كم يستغرق إصدار جواز السفر البيومتري؟",
              "هل يمكن لولي الأمر تقديم طلب جواز لابنه القاصر؟", "عرض كل الأسئلة"]
    text = "\n".join(["بوابة الخدمات المدنية", "الرئيسية", "الخدمات", "مراكز الاستقبال", "تتبّع الطلب", "الرئيسية / الأسئلة الشائعة",
                     "الأسئلة الشائعة", "اختر الموضوع ثم اضغط على السؤال لعرض الإجابة الكاملة والوثائق المطلوبة.", *topics,
                     "شروط الاستخدام", "اتصل بنا"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.title is None


def test_a_lone_share_button_inside_the_story_does_not_close_it() -> None:
    text = "\n".join(["رسائل من الدلتا", "آخر ورش الكليم اليدوي في المدينة", "منى عبد العزيز", "Mar 12, 2025",
                     P1, "Share", "الصوف والقطن والألوان", P2, P3, "Share", "Subscribe"])
    body = arclean.parse(text).body
    assert P2 in body and P3 in body


def test_an_inline_read_also_link_over_a_longer_subheading_leaves_the_story_whole() -> None:
    # the paragraph under the four-word heading goes on with the story's words ("مرمت", "پایه‌ها"):
    # the story's next section, no listed headline's summary
    story = ["عملیات مرمت دو پایه آسیب‌دیده پل قدیم شهر پیش از آغاز بارش‌های زمستانی با حضور کارشناسان میراث فرهنگی آغاز شد.",
             "به گفته معاون میراث فرهنگی استان، مرمت پایه‌ها با ملات سنتی انجام می‌شود تا با بنای اصلی پل هماهنگ باشد.",
             "این مقام مسئول توضیح داد که در مرمت‌های دهه‌های گذشته از سیمان استفاده شده بود و همین به پایه‌ها آسیب زده است."]
    text = "\n".join(["مرمت پل قدیم شهر پیش از بارش‌های زمستانی آغاز شد", "پنجشنبه ۵ آذر ۱۴۰۵ - ۲۶ نوامبر ۲۰۲۶", story[0], story[1],
                     "بیشتر بخوانید: لایروبی کانال‌های تاریخی شهر آغاز شد", "بازگشت به ملات ساروج", story[2], "منبع: نوای خوزستان"])
    assert arclean.parse(text).body.split("\n") == [story[0], story[1], "بازگشت به ملات ساروج", story[2]]


def test_a_subheading_of_nine_words_under_an_inline_read_also_link_stays_in_the_story() -> None:
    # Urdu headings spend words on particles ("کے لئے", "کی"): nine words here, and the paragraph
    # under it goes on with the story's words ("سرٹیفکیٹ", "درخواست")
    story = ["بلدیہ نے اعلان کیا ہے کہ اب سرٹیفکیٹ کی درخواست آن لائن جمع کرانے کے بعد سات دن میں جاری کیا جائے گا۔",
             "عہدیداروں کے مطابق درخواست کے ساتھ شناختی کارڈ اور اسپتال کی پرچی لازمی ہوگی، ورنہ درخواست واپس کر دی جائے گی۔",
             "ان مراکز میں سرٹیفکیٹ کی درستی کے لئے درخواست گزاروں کو اصل دستاویزات ساتھ لانے ہوں گے۔"]
    heading = "چار علاقوں میں غلطیوں کی درستی کے لئے کیمپ"
    text = "\n".join(["سرٹیفکیٹ اب سات دن میں جاری ہوں گے", "شائع شدہ: 5 دسمبر 2024", story[0], story[1],
                     "یہ بھی پڑھیں: شہر میں پانی کی فراہمی دو دن بند رہے گی", heading, story[2], "Tags: بلدیہ ، سرٹیفکیٹ"])
    assert arclean.parse(text).body.split("\n") == [story[0], story[1], heading, story[2]]


def test_a_ranked_list_keeps_its_question_headlines_over_their_date_rows() -> None:
    # a "most read" page: each headline over its "section | date | views" row; the questions
    # read as sentences, yet sit in the list's rhythm: no article, no date
    rows = [("قطار الساحل يضيف رحلتين مسائيتين خلال موسم الصيف", "النقل | 12 مايو 2025 | 9,120 مشاهدة"),
            ("رسوم جديدة لعبور الشاحنات من المنفذ الشمالي اعتبارا من يونيو", "الطرق | 9 مايو 2025 | 7,804 مشاهدة"),
            ("تذاكر الحافلات الإلكترونية.. ما الذي تغير في طريقة الدفع بعد التحديث الأخير؟", "النقل العام | 7 مايو 2025 | 6,311 مشاهدة"),
            ("تأجيل افتتاح الجسر المعلق إلى نهاية العام الجاري", "المشاريع | 3 مايو 2025 | 5,930 مشاهدة"),
            ("هل تحتاج إلى تصريح جديد لقيادة الدراجة النارية في المدن؟ دليل خطوة بخطوة", "تقارير | 1 مايو 2025 | 4,006 مشاهدة")]
    lines = ["دليل المسافر", "الرئيسية / الأكثر قراءة", "الأكثر قراءة", "الأسبوع", "الشهر"]
    for n, (head, row) in enumerate(rows, 1):
        lines += [str(n), head, row]
    lines += ["النشرة البريدية", "© 2025 دليل المسافر. جميع الحقوق محفوظة."]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.published is None and doc.metadata.title is None
    assert {s.rule for s in doc.segments if "مشاهدة" in s.text_in(doc.source_text)} == {"block.lexicon.prefix:الاكثر قراءه"}


def test_a_question_headline_under_a_ranked_list_is_given_back_to_the_story() -> None:
    # the list's rhythm (a headline over its date row) carries it over the story's own
    # question headline and date line; the lede under them gives the pair back to the story
    head = "هل تنجح الحافلات الكهربائية في شوارع المدينة القديمة؟ تجربة أولى"
    lede = "بدأت بلدية المدينة أمس تجربة تشغيل ثلاث حافلات كهربائية في شوارع المدينة القديمة، على أن تستمر التجربة ستة أشهر قبل تعميمها."
    more = "وقال رئيس البلدية إن التجربة تهدف إلى تقليل الانبعاثات والضجيج في الأحياء التاريخية، وإن الأجرة لن تتغير خلال فترة التجربة."
    text = "\n".join(["الأكثر قراءة", "1", "رسوم جديدة لعبور الشاحنات من المنفذ الشمالي", "9 مايو 2025",
                     "2", "تأجيل افتتاح الجسر المعلق إلى نهاية العام", "3 مايو 2025",
                     head, "14 مايو 2025", lede, more])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and str(doc.metadata.published) == "2025-05-14"
    assert doc.body.split("\n") == [lede, more]


def test_a_polls_archive_is_no_article_and_its_counters_are_no_title() -> None:
    # past polls: each count over its date, its question and the answers' shares
    lines = ["صوت الشمال", "الرئيسية", "استطلاعات الرأي السابقة"]
    polls = [("عدد المشاركين: 5,120", "14/02/2025", "هل تكفي الحافلات الحالية لنقل طلاب الجامعة؟", ["نعم 21%", "لا 70%", "لا أعرف 9%"]),
             ("عدد المشاركين: 8,044", "02/02/2025", "هل تؤيد تمديد ساعات عمل الأسواق في رمضان؟", ["نعم ٦٤٪", "لا ٣١٪", "لا يهمني ٥٪"]),
             # (answers that give their reason: "لا، يسبب ازدحاماً في الشوارع 54%")
             ("عدد المشاركين: 3,310", "20/01/2025", "هل تؤيد نقل السوق الأسبوعي إلى أطراف المدينة؟",
              ["نعم، يخفف الزحام في وسط البلد 38%", "لا، يسبب ازدحاماً في الشوارع الجانبية 54%", "لا يهمني 8%"])]
    for count, day, question, answers in polls:
        lines += [count, day, question, *answers]
    lines += ["الصفحة 1 من 6", "© صوت الشمال 2025"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.title is None and doc.metadata.published is None
    rules = {s.text_in(doc.source_text): s.rule for s in doc.segments}
    assert rules["هل تكفي الحافلات الحالية لنقل طلاب الجامعة؟"] == rules["لا 70%"] == "structure.poll_rows"
    assert rules["لا، يسبب ازدحاماً في الشوارع الجانبية 54%"] == "structure.poll_rows"


def test_shares_in_a_story_without_a_question_over_them_stay_body() -> None:
    lede = "أظهرت نتائج المسح السنوي الذي أجرته البلدية على ألفي أسرة أن غالبية السكان يستخدمون سياراتهم الخاصة للوصول إلى العمل."
    rows = ["السيارة الخاصة 58%", "الحافلات 27%", "سيارات الأجرة 15%"]
    tail = "وقالت البلدية إنها ستعتمد على هذه النتائج في خطة النقل للسنوات الخمس المقبلة، وإنها ستضيف خطوط حافلات جديدة."
    text = "\n".join(["نصف السكان يذهبون إلى العمل بسياراتهم الخاصة", "نشر في 3 مارس 2025", lede, "وجاءت وسائل النقل على النحو الآتي:", *rows, tail])
    assert arclean.parse(text).body.split("\n") == [lede, "وجاءت وسائل النقل على النحو الآتي:", *rows, tail]


@pytest.mark.parametrize("counter", ["عدد المشاركين: 1,204", "عدد المشاركين: ١٬٢٠٤", "المشاهدات: 12,400"])
def test_a_counter_with_thousands_separators_is_no_title(counter: str) -> None:
    lede = "أعلنت مديرية التربية في المحافظة بدء التسجيل في المدارس المسائية للكبار اعتبارا من الأسبوع المقبل، في خمسة مراكز موزعة على الأحياء."
    more = "وقال مدير التربية إن الدراسة مجانية وإن الكتب ستوزع على الدارسين في أول يوم من الدوام."
    doc = arclean.parse("\n".join(["الرئيسية", "أخبار", "تعليم", counter, "12/01/2025", lede, more]))
    assert doc.metadata.title is None and doc.body.split("\n") == [lede, more]


@pytest.mark.parametrize("heading", ["الوسم: الطاقة الشمسية", "أرشيف التصنيف: طاقة", "Tag: الطاقة الشمسية"])
def test_an_archive_heading_over_the_first_card_makes_a_listing(heading: str) -> None:
    # a tag's page: an intro line, then cards (headline, summary, writer, date); the first
    # card, under the heading, reads like a short story but is one of the list's
    cards = [("مزارعو السهل يركبون ألواحا شمسية لتشغيل مضخات الري",
              "لجأ عشرات المزارعين في السهل إلى ألواح الطاقة الشمسية بعد ارتفاع أسعار الوقود، وبلغت كلفة المنظومة الواحدة نحو ألفي دولار.",
              "سامر الخطيب", "19 نوفمبر 2024"),
             ("تراجع أسعار البطاريات في أسواق المدينة مع دخول الشتاء",
              "قال تجار في سوق المدينة إن أسعار بطاريات التخزين تراجعت بنحو عشرة في المئة خلال الشهر الماضي بسبب وفرة المعروض.",
              "فريق التحرير", "12 نوفمبر 2024"),
             ("مدرسة في الريف تعتمد على الشمس لتدفئة صفوفها",
              "ركبت إدارة مدرسة في الريف الشرقي ألواحا شمسية لتشغيل المدافئ الكهربائية بعد انقطاع مخصصات المازوت منذ بداية العام.",
              "هبة العلي", "5 نوفمبر 2024")]
    lines = ["الشمال اليوم", "الرئيسية", "أخبار", "اقتصاد", heading, "كل ما نشره الموقع عن الطاقة الشمسية في الشمال السوري."]
    for c in cards:
        lines += list(c)
    lines += ["الصفحة 1 من 9", "جميع الحقوق محفوظة © 2024 الشمال اليوم"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.title is None and doc.metadata.published is None



def test_an_archive_heading_further_over_the_first_cards_text_makes_a_listing() -> None:
    # the heading, an intro line, a results count, then each card's headline, place, date
    # and summary: the first card's text starts six lines under the heading
    cards = [("تطاوين: انقطاع الماء عن حي المهرجان لليوم الرابع والأهالي يحتجون", "تطاوين الجنوبية", "12 أوت 2024",
              "أغلق عشرات السكان الطريق المؤدية إلى مقر المعتمدية احتجاجاً على تواصل الانقطاع دون موعد لعودة الماء."),
             ("غمراسن: عطب في قناة الجلب الرئيسية يقطع الماء عن ست عمادات", "غمراسن", "9 أوت 2024",
              "أكدت الإدارة الجهوية أن فرق الصيانة تعمل على إصلاح العطب وأن الماء سيعود تدريجياً."),
             ("رمادة: شاحنات صهريجية لتزويد المدارس قبل العودة المدرسية", "رمادة", "3 أوت 2024",
              "قررت السلطات الجهوية تخصيص ثلاث شاحنات لتزويد المؤسسات التربوية إلى حين حل الإشكال."),
             ("البئر الأحمر: السكان يشتكون من ملوحة الماء بعد ربط الحي ببئر جديدة", "البئر الأحمر", "29 جويلية 2024",
              "طالب الأهالي بتحليل عينات من الماء ونشر النتائج قبل مواصلة استغلال البئر."),
             ("الصمار: ماء الحنفية يصل ليلاً فقط", "الصمار", "24 جويلية 2024",
              "يضطر السكان إلى السهر لتعبئة الخزانات والأواني في ساعات متأخرة من الليل.")]
    lines = ["مرصد الماء", "من أجل حق الجميع في الماء", "الرئيسية", "التبليغات", "تقارير", "أخبار", "تطاوين", "مدنين", "من نحن",
             "الرئيسية / الوسوم / انقطاع الماء", "الوسم: انقطاع الماء الصالح للشرب",
             "كل المقالات والتبليغات المتعلقة بانقطاع الماء في ولايات الجنوب الشرقي", "عدد النتائج: 146"]
    for card in cards:
        lines += list(card)
    doc = arclean.parse("\n".join(lines + ["وسوم ذات صلة", "الجفاف", "© 2024 مرصد الماء"]))
    assert (doc.body, doc.metadata.published) == ("", None)


def test_a_tags_line_under_a_story_leaves_the_story() -> None:
    lede = "ركّب مزارعو السهل خلال الشهر الماضي أكثر من مئتي منظومة شمسية لتشغيل مضخات الري، بعدما تضاعف سعر ليتر المازوت في الأسواق."
    more = "وقال أحد المزارعين إن المنظومة تكفي لري خمسة دونمات يوميا، وإن كلفتها تعود خلال موسمين."
    text = "\n".join(["مئتا منظومة شمسية لري السهل خلال شهر", "19 نوفمبر 2024", lede, more, "الوسم: الطاقة الشمسية", "اقرأ أيضا"])
    assert arclean.parse(text).body.split("\n") == [lede, more]


def test_a_pitch_under_a_paywall_line_is_no_article() -> None:
    pitch = "نحن موقع مستقل يعيش من اشتراكات قرائه. باشتراكك تساعدنا على مواصلة التغطية الميدانية ونشر التحقيقات دون إعلانات مزعجة."
    lines = ["أصداء المهجر", "الجالية", "طلاب عرب في مونتريال يبحثون عن سكن قبل بدء الفصل", "هذا المحتوى متاح للمشتركين فقط", pitch,
             "اختر الباقة المناسبة لك", "الباقة الشهرية", "5.99 دولار شهريا", "قراءة غير محدودة", "الباقة السنوية", "49 دولارا سنويا",
             "وفّر 30%", "اشترك الآن", "لديك اشتراك؟ تسجيل الدخول"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == ""
    # the plans first, then a login line over the help paragraph
    help_line = "للاستفسار عن الاشتراكات اتصل بنا على الرقم المخصص من الأحد إلى الخميس، أو راسلنا عبر البريد الإلكتروني وسنرد خلال يوم عمل."
    lines = ["أصداء المهجر", "هذا المحتوى متاح للمشتركين فقط", "الباقة الشهرية", "5.99 دولار شهريا", "قراءة غير محدودة", "اشترك الآن",
             "الباقة السنوية", "49 دولارا سنويا", "وفّر 30%", "اشترك الآن", "لديك اشتراك؟ تسجيل الدخول", help_line,
             "سياسة الخصوصية | شروط الاستخدام", "© 2025 أصداء المهجر. جميع الحقوق محفوظة"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.title is None


def test_a_dated_brief_under_a_promo_line_keeps_its_paragraph() -> None:
    brief = "أعلنت بلدية المدينة إغلاق الجسر القديم أمام السيارات ثلاثة أيام اعتبارا من الأحد لإجراء أعمال صيانة عاجلة في أعمدته."
    lines = ["أصداء المدينة", "محليات", "اقتصاد", "رياضة", "إغلاق الجسر القديم ثلاثة أيام للصيانة", "نشر في 3 مارس 2025",
             "اشترك في نشرتنا اليومية", brief, "شارك الخبر", "فيسبوك", "واتساب", "جميع الحقوق محفوظة © 2025"]
    assert arclean.parse("\n".join(lines)).body == brief


def test_a_latest_news_block_ends_at_the_breadcrumb_over_the_story() -> None:
    # the "latest news" list over the page's breadcrumb (the lexicon's nav line) does not run
    # on over the story's headline and date line (with the site's date bar above the list,
    # nothing would give them back); the reporter's byline under the date is the author, no
    # caption
    head = "المزارعون يبدأون البذر في الوادي بعد انحسار مياه السيول"
    byline = "سيدي محمد ولد أحمد سالم - مراسل صوت الشرق في كيفه"
    lede = "بدأ مئات المزارعين في الوادي بذر الذرة والفاصوليا بعد انحسار مياه السيول التي غمرت الأراضي المنخفضة طيلة شهرين."
    more = "وقال أحد المزارعين إن الأرض لم تشبع بالماء منذ سنوات، وإن الموسم يبشر بخير إذا توفرت البذور المحسنة في الوقت المناسب."
    text = "\n".join(["صوت الشرق", "الثلاثاء 29 أكتوبر 2024", "الرئيسية", "تقارير", "آخر الأخبار:", "وزير الزراعة يزور مزارع الأرز في الجنوب",
                     "انطلاق حملة تلقيح المواشي في الولاية", "الرئيسية > تقارير", head,
                     "الاثنين 25 ربيع الثاني 1446 هـ الموافق 28 أكتوبر 2024 - 16:20", byline, "طباعة", lede, more])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and str(doc.metadata.published)[:10] == "2024-10-28"
    assert doc.metadata.author == "سيدي محمد ولد أحمد سالم" and doc.body.split("\n") == [lede, more]  # (the name, not the role)


def test_a_headline_printed_in_the_breadcrumb_stays_the_title_over_its_longer_deck() -> None:
    head = "صيادو الميناء يطالبون بتعويضات بعد موسم سردين ضعيف"
    deck = "عشرات القوارب بقيت راسية طيلة أسابيع بسبب ضعف المصيد، والجمعية المهنية تدعو الوزارة إلى صرف دعم استثنائي للبحارة"
    lede = "طالبت جمعية صيادي الميناء بصرف تعويضات للبحارة المتضررين من ضعف موسم السردين، الذي لم يتجاوز فيه المصيد نصف معدله المعتاد."
    more = "وقال رئيس الجمعية إن أكثر من ستين قاربا بقيت راسية في الميناء طيلة أسابيع، وإن مئات الأسر فقدت مصدر دخلها الوحيد."
    text = "\n".join(["صوت الساحل", "الرئيسية", "اقتصاد", "رياضة", "الرئيسية » اقتصاد » " + head, "اقتصاد", head, deck,
                     "بقلم: سعيد العلمي", "19 فبراير 2025 - 11:42", "فيسبوك", "واتساب", lede, more])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and doc.body.split("\n") == [lede, more]


def test_a_facts_card_row_over_a_dated_row_is_no_title() -> None:
    # a document's card: its rows run on past the dated one; none of them is the headline,
    # and the card's "التاريخ:" row is the document's date, not the page's
    rows = ["النوع: رسالة مكتوبة باليد", "التاريخ: 3 ماي 1931", "اللغة: العربية", "عدد الأوراق: 2", "مكان الحفظ: أرشيف البلدية، صندوق 7"]
    p1 = "نعرض هذا الشهر رسالة كتبها معلم القرية إلى إدارة المعارف يطلب فيها فتح قسم ثان للبنات، بعدما ضاق القسم الوحيد بتلاميذه."
    p2 = "وتكشف الرسالة، على قصرها، عن حرص الأهالي على تعليم بناتهم في وقت كانت فيه المدارس قليلة والطرق إليها وعرة."
    text = "\n".join(["جمعية صيانة المدينة", "الجمعية", "الأنشطة", "وثيقة الشهر", "تحميل الوثيقة كاملة (PDF)", "بطاقة الوثيقة", *rows, p1, p2])
    doc = arclean.parse(text)
    assert doc.metadata.title not in rows and doc.metadata.published is None and p1 in doc.body
    assert rule_of(text, rows[1]) == ("metadata", "other", "zone.card_date_row")


def test_a_lead_in_ending_with_a_colon_over_the_text_is_no_title() -> None:
    lead = "وزير البلديات والتخطيط العمراني:"
    body = ["بعد الاطلاع على القانون رقم (5) لسنة 2010 بشأن المحال التجارية، وعلى القرار رقم (12) لسنة 2015 بشأن الواجهات،",
            "وبناءً على عرض الوكيل المساعد للخدمات البلدية، وبعد موافقة مجلس الوزراء،",
            "قرر الآتي:", "المادة (1): يُشترط للحصول على ترخيص وضع المظلة أمام المحل أن يقدم صاحبه مخططاً معتمداً من مكتب هندسي."]
    text = "\n".join(["بوابة التشريعات", "الرئيسية", "التشريعات", "الجريدة الرسمية", "طباعة", "النص", lead, *body])
    assert arclean.parse(text).metadata.title != lead


def test_a_headline_ending_in_brackets_under_chrome_is_the_title_not_a_caption() -> None:
    head = "أعمال المزارع في شهر نوفمبر (موسم الزيتون)"
    p1 = "يعد شهر نوفمبر من أهم أشهر السنة لمزارعي الزيتون، إذ يبدأ فيه القطاف في أغلب القرى وتنشط المعاصر ليلا ونهارا."
    p2 = "ابدأ القطاف حين يتحول لون ثلثي الحبات إلى البنفسجي، ولا تضرب الأغصان بالعصي حتى لا تتلف براعم الموسم المقبل."
    text = "\n".join(["جمعية المزارعين", "الرئيسية", "دليل المزارع", "الأخبار", "تواصل معنا", "دليل المزارع / التقويم الشهري", head,
                     "عدد المشاهدات: 1840", p1, p2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and doc.body.split("\n") == [p1, p2]


def test_a_sign_up_forms_terms_under_their_heading_are_no_article() -> None:
    # the terms' heading, a promotion's line and a policy line, then two paragraphs of the
    # terms in words the policy table does not know
    terms = ["تعالج الإذاعة معطياتك الشخصية طبقا لأحكام قانون حماية المعطيات، ويمكنك طلب الاطلاع عليها أو تصحيحها متى شئت.",
             "قد نرسل إليك أحيانا رسائل خاصة بمسابقات الإذاعة أو بتغطياتها الخاصة، ويمكنك رفضها بالضغط على الرابط في أسفل كل رسالة."]
    lines = ["إذاعة الساحل", "استمع مباشرة", "الرئيسية", "الأخبار", "البرامج", "النشرة الإخبارية", "اشترك في النشرة الإخبارية لإذاعة الساحل",
             "الاسم واللقب *", "البريد الإلكتروني *", "رقم الهاتف (اختياري)", "شروط الاشتراك",
             "الاشتراك في النشرة مجاني ويمكنك إلغاؤه في أي وقت عبر الرابط الموجود في أسفل كل رسالة.",
             "نستعمل بريدك الإلكتروني فقط لإرسال النشرة، ولا نبيعه أو نؤجره أو نشاركه مع أي طرف ثالث.", *terms,
             "أوافق على شروط الاشتراك *", "اشترك الآن", "سياسة الخصوصية | شروط الاستخدام", "© 2025 إذاعة الساحل"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == ""
    assert {s.rule for s in doc.segments if s.text_in(doc.source_text) in terms} == {"policy.under_heading"}


def test_a_labelled_publication_row_over_a_documents_created_and_edited_rows_is_the_date() -> None:
    # a notes app's export: the page's properties as rows, "تاريخ النشر" first, its own
    # "Created" and "Last edited time" under the tags; then a contents list over the text
    rows = ["تاريخ النشر| 9 يناير 2025", "الكاتبة| منيرة", "العبدالقادر", "الوسوم| حرف، تراث", "الحالة| منشور",
            "Created| 6 يناير 2025 9:14 م", "Last edited time| 12 يناير 2025 11:02 ص"]
    contents = ["المحتويات", "من أين جاء البشت؟", "لماذا يستغرق وقتا طويلا؟", "من سيحمل الإبرة بعدهم؟", "المراجع", "📬"]
    p1 = "في زقاق ضيق قرب السوق القديم، يجلس الحرفي السبعيني على مقعد خشبي منخفض، ويمرر إبرته بخيط الزري في طرف بشت أسود."
    p2 = "يقول إن البشت الواحد يحتاج إلى أسبوعين من العمل المتواصل، وإن الجيل الجديد لا يصبر على هذا الإيقاع البطيء."
    text = "\n".join(["واحة", "البشت الحساوي: إبرة واحدة وثلاثة أجيال", *rows, *contents, p1, p2])
    assert str(arclean.parse(text).metadata.published) == "2025-01-09"


def test_rows_of_prices_ending_on_zeros_are_no_rhymed_poem() -> None:
    rows = ["يورو EUR 12,180 / 12,340", "ليرة تركية TRY 318 / 326", "ريال سعودي SAR 2,980 / 3,020", "درهم إماراتي AED 3,050 / 3,090",
            "دينار أردني JOD 15,800 / 16,000", "دينار كويتي KWD 36,400 / 36,900"]
    text = "\n".join(["ليرة اليوم", "الرئيسية", "أسعار العملات", "الذهب", "المحوّل", "العملات الأخرى في دمشق", *rows,
                      "أسعار الذهب في دمشق", "غرام عيار 21: 1,018,000 ل.س", "© 2025 ليرة اليوم"])
    doc = arclean.parse(text)
    assert doc.body == "" and all(s.rule != "structure.verse" for s in doc.segments)


def test_a_lone_place_with_a_colon_between_the_byline_and_the_story_is_the_dateline() -> None:
    head = "تراجع أسعار السمسم في أسواق القضارف مع بداية الحصاد"
    p1 = "يشكو مزارعو السمسم في ولاية القضارف من تراجع الأسعار في الأسواق مع بداية موسم الحصاد، بعد أن كانت التوقعات تشير إلى ارتفاعها."
    p2 = "وقال أحد المزارعين إن الكلفة ارتفعت هذا العام بسبب أسعار الوقود، وإن الأسعار الحالية لا تغطي تكاليف الإنتاج."
    text = "\n".join([head, "نشر بواسطة: عثمان محمد أدروب", "القضارف:", p1, p2, "8 أبريل 2025"])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and doc.metadata.author == "عثمان محمد أدروب" and doc.metadata.dateline == "القضارف"
    assert doc.body.split("\n") == [p1, p2]


def test_a_lead_in_and_its_list_under_an_inline_read_also_link_stay_in_the_story() -> None:
    p1 = "فاز الدراج حسين العتيبي بالمرحلة الثالثة من طواف الجزيرة للدراجات، بعد سباق سريع في الأمتار الأخيرة أمام زميله في النادي."
    p2 = "وشهدت المرحلة هجوما مبكرا من ثلاثة دراجين بعد الكيلومتر الثلاثين، قبل أن تلحق بهم المجموعة الرئيسية قرب خط النهاية."
    lead = "وجاء ترتيب المراكز الثلاثة الأولى في المرحلة كالتالي:"
    items = ["1. حسين العتيبي (نادي الجزيرة) 2:11:38", "2. أحمد المحميد (نادي الجزيرة) بالزمن نفسه", "3. يوسف الدوسري (الرفاع) +0:04"]
    p3 = "وبهذه النتيجة حافظ المحميد على القميص الأصفر لمتصدر الترتيب العام قبل مرحلتين من نهاية الطواف."
    text = "\n".join(["العتيبي يخطف المرحلة الثالثة من طواف الجزيرة", "الجمعة 28 فبراير 2025", p1, p2,
                     "اقرأ المزيد: منتخبنا للدراجات يدخل معسكرا خارجيا استعدادا للبطولة الآسيوية", lead, *items, p3, "تابعونا على إنستغرام"])
    assert arclean.parse(text).body.split("\n") == [p1, p2, lead, *items, p3]


def test_story_words_are_shared_across_the_article_and_a_glued_preposition() -> None:
    # the paragraph under the heading says "والمزارعين" and "بالسدود"; the story above said
    # "مزارعين" and "السدود": the heading is the story's next section, no listed headline
    p1 = "اشتكى مزارعين في الوادي من تأخر فتح السدود الترابية هذا الموسم، ما أخر ري الحقول أسابيع عدة."
    p2 = "وقالت الجمعية إن السدود الترابية تحتاج إلى صيانة عاجلة قبل موسم الأمطار المقبل، وإن الكلفة تفوق قدرة القرى."
    heading = "مطالب بخطة صيانة سنوية"
    p3 = "وطالب ممثلو والمزارعين بلجنة دائمة تعنى بالسدود وتضع جدولا سنويا لصيانتها بالتعاون مع البلدية."
    text = "\n".join(["مزارعو الوادي يطالبون بصيانة السدود الترابية", "الخميس 6 مارس 2025", p1, p2,
                     "اقرأ أيضا: افتتاح سوق أسبوعي جديد للخضار في مركز المحافظة", heading, p3, "الوسوم: زراعة، سدود"])
    assert arclean.parse(text).body.split("\n") == [p1, p2, heading, p3]


def test_a_headline_naming_its_year_is_no_date_line() -> None:
    head = "إرشادات موسم صيد السمان لسنة 2024"
    p1 = "تهيب الجمعية بجميع أعضائها وهواة الصيد في المنطقة الالتزام بالإرشادات التالية حفاظا على الطيور المهاجرة وسلامة الصيادين."
    p2 = "أولا: يبدأ الموسم من منتصف شهر سبتمبر ويستمر حتى نهاية أكتوبر، ولا يجوز الصيد قبل شروق الشمس أو بعد غروبها."
    text = "\n".join(["جمعية هواة الصيد", "الرئيسية", "العضوية", "دخول الأعضاء", "كلمة المرور", "دخول", "📢 إعلان مهم", head,
                     "بتاريخ 28-08-2024", p1, p2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and str(doc.metadata.published) == "2024-08-28"


@pytest.mark.parametrize("deadline", ["تقديم الطعون (مفتوح حتى 20/02/2025)", "التسجيل متاح لغاية 20 فبراير 2025", "آخر أجل: 20 فبراير 2025"])
def test_a_deadline_over_the_text_is_no_publication_date(deadline: str) -> None:
    p1 = "تعلن إدارة الكلية للطلبة أن النتائج المعروضة مؤقتة إلى غاية المصادقة عليها من طرف لجنة المداولات، ويمكن تقديم الطعون إلكترونيا."
    p2 = "ويجب أن يتضمن كل طعن رقم التسجيل واسم المقياس وسبب الطعن، ولن ينظر في الطعون المقدمة بعد انقضاء الأجل المحدد."
    doc = arclean.parse("\n".join(["بوابة الطالب", "الرئيسية", "النقاط", "الطعون", "إعلان للطلبة", deadline, p1, p2]))
    assert doc.metadata.published is None


def test_a_file_photo_caption_and_an_inline_read_also_link_leave_the_story_whole() -> None:
    p1 = "شہر کی تاریخی مسجد کی پرانی کاشی ٹائلوں کی بحالی کا کام پیر سے شروع ہو گیا ہے اور یہ کام چھ ماہ میں مکمل ہوگا۔"
    p2 = "محکمہ ثقافت کے مطابق نئی ٹائلیں مقامی کاریگر پرانے نمونوں کے مطابق تیار کر رہے ہیں تاکہ مسجد کی اصل شکل برقرار رہے۔"
    caption = "مسجد کے گنبد کی اندرونی کاشی کاری — فائل فوٹو"
    p3 = "ایک مقامی کاریگر نے بتایا کہ ان کے خاندان نے تین نسلوں سے یہ ہنر سنبھال رکھا ہے اور وہ اس کام پر فخر محسوس کرتے ہیں۔"
    p4 = "شہریوں اور تاجروں نے بحالی کے کام کا خیر مقدم کیا ہے اور امید ظاہر کی ہے کہ اس سے سیاحت کو فروغ ملے گا۔"
    text = "\n".join(["مسجد کی کاشی ٹائلوں کی بحالی کا کام شروع", "شائع 27 جنوری 2026 02:35pm", p1, p2, caption,
                     "مزید پڑھیں: قدیم قبرستان میں سیاحوں کے لیے نئی سہولیات کا اعلان", p3, p4, "متعلقہ خبریں"])
    assert arclean.parse(text).body.split("\n") == [p1, p2, caption, p3, p4]


def test_a_page_headline_with_its_site_suffix_over_its_lede_and_sections_is_one_article() -> None:
    lede = "تقع المدينة في أقصى الجنوب عند ملتقى النهرين، ويغلب على مناخها الحر الشديد صيفا والاعتدال شتاء مع أمطار قليلة."
    sections = [("الصيف (من أيار إلى أيلول)", "الصيف هو الفصل الأطول في المدينة، وتتجاوز درجات الحرارة فيه خمسا وأربعين درجة في أغلب الأيام، مع رطوبة مرتفعة قرب الشط."),
                ("الشتاء (من كانون الأول إلى شباط)", "الشتاء معتدل في النهار وبارد نسبيا في الليل، وتسقط فيه معظم أمطار المدينة القليلة على شكل زخات متفرقة."),
                ("الربيع (آذار ونيسان)", "ربيع المدينة قصير، ترتفع فيه الحرارة بسرعة، وتكثر فيه العواصف الترابية القادمة من الصحراء الغربية."),
                ("الخريف (تشرين الأول وتشرين الثاني)", "تبدأ الحرارة بالتراجع تدريجيا في تشرين الأول، وتصبح الأمسيات لطيفة على الكورنيش وفي الأسواق القديمة."),
                ("أفضل وقت لزيارة المدينة", "الفترة من منتصف تشرين الثاني إلى منتصف آذار هي الأنسب للزيارة، حين تعتدل الحرارة ويقل الغبار.")]
    lines = ["الأنواء", "التوقعات", "الخرائط", "مناخ المدن", "المدينة الآن", "31° غبار خفيف", "الرطوبة 48% | الرياح شمالية غربية 22 كم/س",
             "الخميس 44°/29° | الجمعة 45°/30° | السبت 46°/31°", "عرض توقعات 7 أيام", "مناخ المدن › الجنوب › المدينة",
             "مناخ المدينة: دليل الطقس على مدار السنة | الأنواء", lede]
    for h, s in sections:
        lines += [h, s]
    lines += ["مناخ مدن أخرى", "جميع الحقوق محفوظة © الأنواء 2025"]
    doc = arclean.parse("\n".join(lines))
    assert doc.metadata.title == "مناخ المدينة: دليل الطقس على مدار السنة"
    assert doc.body.split("\n") == [lede] + [x for pair in sections for x in pair]


def test_a_pashto_reporters_byline_with_its_place_under_the_headline_is_no_title() -> None:
    head = "پښتو اکېډمۍ د پښتو قاموس نوې او پراخه شوې نسخه چاپ کړه"
    byline = "د پېښور غږ خبریال، پېښور"
    p1 = "د پېښور پوهنتون پښتو اکېډمۍ د پښتو قاموس نوې نسخه چاپ کړې، چې په کې د لسګونو زرو نویو لغتونو معنا او کارونه راغلې ده."
    p2 = "د اکېډمۍ مشر وویل چې پر دې پروژه شاوخوا پنځه کاله کار شوی او په راتلونکي کال کې به یې انلاین نسخه هم خپره شي."
    text = "\n".join(["د پېښور غږ", "کور", "نړۍ", "لوبې", "ادب", "ادب او فرهنګ", head, byline, "۱۹ فروري ۲۰۲۶ | ۴:۱۵ بجې ماسپښین", p1, p2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head and doc.body.split("\n") == [p1, p2]


@pytest.mark.parametrize("heading", ["استعادة كلمة المرور", "نسيت كلمة المرور؟"])
def test_a_password_reset_forms_help_text_is_no_article(heading: str) -> None:
    lines = ["مصرف الواحة", "الخدمات الإلكترونية", "English", heading,
             "أدخل اسم المستخدم ورقم الهاتف المسجل لدى المصرف، وسنرسل إليك رمز تحقق لمرة واحدة لإعادة تعيين كلمة المرور.",
             "اسم المستخدم", "رقم الهاتف", "إرسال الرمز", "نصائح أمنية",
             "تأكد أن عنوان الموقع يبدأ بـ https قبل إدخال بياناتك، ولا تستخدم أجهزة عامة للدخول إلى حسابك المصرفي.",
             "يتم إيقاف الخدمة مؤقتا بعد ثلاث محاولات خاطئة، ويمكنك إعادة تفعيلها من أقرب فرع أو عبر مركز الاتصال.",
             "© 2025 مصرف الواحة"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.title is None


def test_an_order_confirmation_page_is_no_article() -> None:
    # "thank you for your order" with the customer's name, one short sentence under it, then
    # the order's table: the shop's status page
    lines = ["بيتنا ستور", "كل الأقسام", "عروض اليوم", "ابحث عن منتج...", "حسابي", "السلة (0)", "✓ شكرًا لطلبك يا منى!",
             "استلمنا طلبك وسنرسل إليك رسالة على الهاتف عند خروج الشحنة من المخزن.",
             "رقم الطلب: BT-2025-0418763", "تاريخ الطلب: 18 أبريل 2025 - 11:26 م", "ملخص الطلب", "المنتج | الكمية | السعر",
             "طقم حلل جرانيت 10 قطع - رمادي | 1 | 3,450 ج.م", "كاتل كهربائي ستانلس 1.7 لتر | 1 | 899 ج.م", "الإجمالي: 4,414 ج.م",
             "طريقة الدفع: الدفع عند الاستلام", "تتبع الطلب", "متابعة التسوق", "© 2025 بيتنا ستور - جميع الحقوق محفوظة"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.published is None


def test_a_magazine_issues_contents_with_page_words_is_no_article() -> None:
    entries = ["المدينة التي تقرأ - رئيس التحرير ... ص 3", "مكتبات الأحياء: من الرف إلى الحديقة - هالة العمري ... ص 8",
               "أمين المكتبة: ثلاثون عاما بين الكتب - سامر النابلسي ... ص 15", "كيف تشتري البلديات كتبها؟ - عمر الزعبي ... ص 22",
               "السرد في الرواية الجديدة - د. منى الخطيب ... ص 30", "قصائد - يوسف القرعان ... ص 52"]
    lines = ["مجلة أوراق", "الرئيسية", "الأعداد", "الكتّاب", "الأعداد › 2025 › العدد 214", "العدد 214 - أيار 2025", "فهرس العدد", *entries,
             "الأعداد السابقة", "العدد 213 - نيسان 2025", "© 2025 جميع الحقوق محفوظة"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.title is None
    assert {s.rule for s in doc.segments if s.text_in(doc.source_text) in entries} == {"structure.page_number_contents"}


def test_a_labelled_byline_under_an_undated_headline_leaves_it_the_title() -> None:
    head = "نفوق آلاف الأسماك في البحيرة والصيادون يطالبون بإطلاقات مائية عاجلة"
    p1 = "شهدت سواحل البحيرة خلال الأيام الماضية نفوق آلاف الأسماك، وسط ارتفاع درجات الحرارة وتراجع منسوب المياه إلى أدنى مستوياته."
    p2 = "وقال أحد الصيادين إن الخسائر كبيرة، وإن عشرات العائلات التي تعتمد على الصيد باتت بلا مورد رزق منذ بداية الصيف."
    doc = arclean.parse("\n".join(["الرئيسية / تقارير", head, "متابعة: نور الهدى جاسم", p1, p2]))
    assert doc.metadata.title == head and doc.metadata.author == "نور الهدى جاسم" and doc.body.split("\n") == [p1, p2]


def test_a_menus_section_word_over_the_date_is_the_category_and_the_headline_under_it_the_title() -> None:
    # "أخبار محلية" (a menu's section name the lexicon knows) over the date, the headline under
    # it; the toolbar's words under the dateline stay chrome, no captions
    head = "البلدية تستبدل مئتي خيمة مهترئة بمساكن مؤقتة في مخيم النازحين قبل الشتاء"
    text = "\n".join(["الرئيسية", "أخبار محلية", "تقارير", "رياضة", "الرئيسية", "»", "أخبار محلية", "الأحد 22 ديسمبر 2024 الساعة 05:47 مساءً",
                      head, "صدى المدينة - خاص", "طباعة", "حفظ", "إرسال", P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.category == "أخبار محلية"
    assert str(doc.metadata.published) == "2024-12-22 17:47:00"
    assert doc.body == "\n".join([P1, P2, P3])
    assert rule_of(text, "حفظ")[1] == "share" and rule_of(text, "إرسال")[1:] == ("share", "lexicon.exact:ارسال")



def test_a_menu_items_two_word_section_under_the_date_is_the_category_over_the_headline() -> None:
    # the menu prints "بيئة ومناخ", and the page prints it again under the date, over the headline
    # (a headline holding a semicolon, which the header zone does not read as one)
    head = "حرائق القصب في الأهوار؛ مربو الجواميس ينزحون من ثلاث قرى"
    text = "\n".join(["صوت الجنوب", "الرئيسية", "سياسة", "بيئة ومناخ", "ثقافة", "الرئيسية › بيئة ومناخ › مياه",
                      "الأحد 7 ديسمبر 2025 - 11:42", "بيئة ومناخ", head, P1, P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert (doc.metadata.title, doc.metadata.category) == (head, "بيئة ومناخ")
    assert doc.body == "\n".join([P1, P2, P3])
    # a two-word line the page printed nowhere above is not read as the section so
    own = text.replace("\nبيئة ومناخ\n" + head, "\nالقصب يحترق\n" + head)
    assert arclean.parse(own).metadata.category is None


@pytest.mark.parametrize(
    "row, facts",
    [
        ("الكاميرا: Nikon Z6 II | العدسة: 14-30 مم | f/11 | ISO 100", True),  # a photo's facts
        ("الوزن: 213 جرام | الشاشة: 6.7 بوصة | البطارية: 5000 مللي أمبير", True),
        ("الرئيسية | رياضة | محليات | اتصل بنا", False),  # a menu
        ("فجر 5:31 | ظہر 12:07 | عصر 3:29 | مغرب 5:12", False),  # prayer times: a clock's colon
        ("[طباعة](javascript:print()) | [إرسال](javascript:send()) | حجم الخط: كبير", False),  # a markdown bar of links
        ("المؤلف: سامي الحلبي | الناشر: دار المدينة", False),  # no figure
    ],
)
def test_a_bar_of_labelled_facts_is_no_menu(row: str, facts: bool) -> None:
    assert rules.facts_row(row) is facts


def test_a_photos_facts_row_inside_the_story_does_not_end_it() -> None:
    facts = "الكاميرا: Nikon Z6 II | العدسة: 14-30 مم عند 16 مم | f/11 | 1/60 ثانية | ISO 100"
    tail = ["ما تعلمته", "الصورة الجيدة للبحر تحتاج إلى جدول المد قبل الكاميرا، وإلى احترام أصحاب المكان وصبر طويل على الشاطئ."]
    text = "\n".join(["المدونة", "تواصل", "٣ مارس ٢٠٢٤", "خلف الصورة: فخ الصيد عند الجزر", P1, "التخطيط", P2, P3, facts, *tail,
                      "مشاركة: فيسبوك | إكس | واتساب", "← المنشور السابق", "© جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body.split("\n")[-3:] == [facts, *tail]



def test_a_list_item_opening_with_the_word_source_is_no_source_line() -> None:
    # "مصدر طاقة ..." (a power source) ends as a list's sentence, no label after the word
    items = ["لوحة أردوينو أونو.", "حساس رطوبة التربة من النوع السعوي.", "وحدة ريليه بقناة واحدة.", "مصدر طاقة 5 فولت وأسلاك توصيل."]
    text = "\n".join(["مدونة صانع", "الرئيسية", "مشروع أردوينو: سقي النباتات تلقائيا", "7 يناير 2025", P1, "المكونات", *items, "التوصيل", P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.source is None
    assert doc.body == "\n".join([P1, "المكونات", *items, "التوصيل", P2, P3])
    # with its colon the word is the label
    credited = "\n".join(["خبر عن المدينة", "7 يناير 2025", P1, P2, "المصدر: وكالة الأنباء المحلية."])
    assert arclean.parse(credited).metadata.source == "وكالة الأنباء المحلية"



def test_an_interviews_headline_over_its_first_question_is_the_title() -> None:
    head = "صياد من الساحل: البحر لم يعد كما كان"
    qa = ["متى بدأت الصيد؟", "بدأت مع أبي وأنا في العاشرة، نخرج قبل الفجر ونعود قبل الظهر بما رزقنا الله من سمك.",
          "ما الذي تغير منذ ذلك الوقت؟", "قلّ السمك قرب الشاطئ كثيرا، وصرنا نبحر أبعد ونصرف على الوقود أكثر مما نربح أحيانا."]
    doc = arclean.parse("\n".join([head, *qa]))
    assert doc.metadata.title == head
    assert doc.body == "\n".join(qa)
    assert arclean.clean(doc.body) == doc.body  # (the first question is no headline of the body alone)



def test_a_products_name_of_dashed_fields_over_a_dollar_price_is_the_whole_title() -> None:
    # "$ 480.00": the currency sign before the figure; the name's last field is no site's name
    name = "عود دمشقي احترافي – ظهر جوز وصدر شوح – موديل الشام"
    desc = "عود الشام هو الموديل الذي اشتهر به المشغل منذ عقود، بصوت دافئ وعميق يناسب العزف المنفرد والتخت الشرقي على حد سواء."
    text = "\n".join(["مشغل الأعواد – دمشق", "الرئيسية", "الأعواد", "الأوتار", "السلة: 0 منتجات", "الرئيسية / الأعواد", name, "$ 480.00",
                      "الكمية", "أضف إلى السلة", "الوصف", desc, P2, "منتجات ذات صلة"])
    doc = arclean.parse(text)
    assert doc.metadata.title == name
    assert rule_of(text, name)[2] == "zone.product_name"



def test_a_job_boards_offers_each_over_its_own_date_are_no_article_and_give_no_date() -> None:
    # each offer: its title, a bar of place, hours and pay, one sentence, then "نُشر في <date>"
    offers = [
        ("محاسب - شركة مواد بناء", "المنطقة الصناعية | دوام كامل | 6,000 درهم",
         "مطلوب محاسب بخبرة لا تقل عن سنتين يجيد برامج المحاسبة وإعداد التقارير الشهرية والإقرارات الضريبية.", "نُشر في 28 مايو 2025"),
        ("ممرضة - عيادة أسنان", "الحي الشرقي | دوام كامل | حسب الخبرة",
         "تبحث عيادة أسنان عن ممرضة مرخصة لديها خبرة في التعقيم ومساعدة الطبيب واستقبال المرضى في الفترة المسائية.", "نُشر في 27 مايو 2025"),
        ("معلم لغة عربية - مركز تعليمي", "وسط المدينة | دوام جزئي | 120 درهما للساعة",
         "يعلن مركز تعليمي عن حاجته إلى معلمين لمادة اللغة العربية للمرحلة الابتدائية في الفترة المسائية من الأحد إلى الخميس.", "نُشر في 25 مايو 2025"),
        ("فني صيانة مكيفات", "الحي الغربي | دوام كامل | 4,000 درهم + سكن",
         "مطلوب فنيون لصيانة وتركيب المكيفات المركزية والمنفصلة استعدادا لموسم الصيف، مع توفير السكن والمواصلات.", "نُشر في 24 مايو 2025"),
        ("موظفة استقبال - صالون", "الحي الشمالي | دوام كامل | 4,500 درهم",
         "يطلب صالون تجميل موظفة استقبال تجيد العربية والإنجليزية وتنظيم المواعيد والرد على اتصالات العملاء بلباقة.", "نُشر في 22 مايو 2025"),
    ]
    lines = ["بوابة المدينة", "الرئيسية", "وظائف", "الرئيسية / وظائف", "وظائف شاغرة", "عرض 1 - 5 من أصل 143 وظيفة"]
    for offer in offers:
        lines += [*offer, "تقدم الآن"]
    doc = arclean.parse("\n".join(lines + ["الصفحة التالية", "جميع الحقوق محفوظة"]))
    assert doc.body == ""
    assert doc.metadata.published is None and doc.metadata.title is None



def test_an_indian_urdu_agency_dateline_on_its_own_line_is_no_headline() -> None:
    # "<place>، <day> <month> (<agency>)" over the story, under the share row
    head = "عرس کے موقع پر ریلوے کی بارہ اسپیشل ٹرینیں چلانے کا اعلان"
    dateline = "اجمیر، 28 نومبر (یو این آئی)"
    story = ["ریلوے کے ایک سینئر افسر نے آج یہاں بتایا کہ عرس کے دوران زائرین کی سہولت کے لیے ملک کے مختلف شہروں سے بارہ اسپیشل ٹرینیں چلائی جائیں گی۔",
             "افسر نے بتایا کہ اسٹیشن کے باہر عارضی قیام گاہیں اور طبی کیمپ بھی لگائے جائیں گے تاکہ زائرین کو کسی پریشانی کا سامنا نہ ہو۔"]
    text = "\n".join(["ہوم", "قومی", "ہوم » قومی » راجستھان", head, "ہفتہ، 28 نومبر 2026، 4:35 PM IST", "یو این آئی",
                      "واٹس ایپ", "فیس بک", "کاپی لنک", dateline, *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.dateline == dateline
    assert str(doc.metadata.published)[:10] == "2026-11-28"
    assert doc.body == "\n".join(story)
    assert rules.lone_dateline(dateline) and not rules.lone_dateline("المراجعات (3)")
    assert rule_of(text, "یو این آئی")[:2] == ("metadata", "source")  # the wire's name alone, no caption



def test_a_question_heading_an_explainer_is_its_title_a_faqs_first_question_is_not() -> None:
    head = "ماذا تفعل بطعام الثلاجة عند انقطاع الكهرباء لساعات طويلة؟"
    points = ["أبق باب الثلاجة مغلقا قدر الإمكان، فالثلاجة المغلقة تحفظ برودتها نحو أربع ساعات.",
              "1. ضع زجاجات ماء مجمد في الرفوف العليا.", "2. انقل اللحوم إلى المجمد إن كان أبرد.", P1]
    doc = arclean.parse("\n".join([head, *points]))
    assert doc.metadata.title == head
    assert arclean.clean(doc.body) == doc.body
    # a FAQ: questions one after another, each over its answer; the first is no title
    faq = [head, P1, "هل يمكن إعادة تجميد اللحوم بعد ذوبانها؟", P2]
    assert arclean.parse("\n".join(faq)).metadata.title is None



def test_a_list_of_values_on_one_line_under_the_storys_heading_does_not_close_it() -> None:
    # "الأوزان" over "رفيع · خفيف · عادي · عريض · أسود": a section of the text, no menu
    text = "\n".join(["استوديو الخطوط", "الخطوط", "المدونة", "الدعم", "خط سنديان", P1, "الأوزان", "رفيع · خفيف · عادي · متوسط · عريض · أسود",
                      "اللغات المدعومة", P2, P3, "الرخص", "سطح المكتب – 120$", "© 2025 جميع الحقوق محفوظة"])
    body = arclean.clean(text).split("\n")
    assert body[0] == P1 and body[-2:] == [P2, P3]
    # a menu printed so under the story's last paragraph still closes it
    menu = "\n".join(["خط سنديان", P1, P2, "الرئيسية · الخطوط · المدونة · الدعم · اتصل بنا", "روابط", P3])
    assert P3 not in arclean.clean(menu)



def test_a_newsletter_sign_up_page_with_its_newsletters_over_the_form_is_no_article() -> None:
    # the pitch and the newsletters it offers (a name over a line each) between the sign-up
    # heading and the form's fields and button
    offers = ["اختر النشرات التي تهمك، وستصلك على بريدك الإلكتروني مجانا كل أسبوع دون أي التزام من جانبك.",
              "النشرة الأسبوعية", "ملخص كل يوم أحد بأهم أخبار القطاع الزراعي في المملكة، وقراءة في حركة الأسواق.",
              "نشرة الأسعار", "أسعار الخضار والفواكه في الأسواق المركزية كل صباح، مع مقارنة بأسعار الأسبوع الماضي."]
    text = "\n".join(["مزارع الجنوب", "الرئيسية", "أخبار", "المياه", "اشترك في نشراتنا البريدية", *offers,
                      "الاسم", "البريد الإلكتروني", "المنطقة", "اشترك", "من نحن", "جميع الحقوق محفوظة © 2025"])
    assert arclean.clean(text) == ""
    # four newsletters (nine lines): longer than the bound, read so when a field's bare label
    # opens the form right under them
    more = ["نشرة المياه", "مواعيد الري وحصص الآبار وقرارات الوزارة بشأن المياه الجوفية، مرتين في الشهر.",
            "نشرة الفعاليات", "المعارض والأسواق الموسمية والدورات التدريبية للمزارعين، أول كل شهر."]
    text = "\n".join(["مزارع الجنوب", "الرئيسية", "أخبار", "المياه", "اشترك في نشراتنا البريدية", *offers, *more,
                      "الاسم (اختياري)", "البريد الإلكتروني *", "المنطقة", "الرياض", "جازان", "اشترك الآن", "من نحن"])
    assert arclean.clean(text) == ""
    # without the field under it, the same text stays: nothing says it is a form
    text = "\n".join(["مزارع الجنوب", "الرئيسية", "أخبار", "المياه", "اشترك في نشراتنا البريدية", *offers, *more,
                      "المنطقة", "الرياض", "جازان", "اشترك الآن", "من نحن"])
    assert "نشرة الفعاليات" in arclean.clean(text)



def test_a_date_converters_result_is_no_publication_date() -> None:
    note = "حسب تقويم أم القرى، وقد يختلف التاريخ يوما واحدا بحسب رؤية الهلال في بلدك."
    text = "\n".join(["أدوات", "الرئيسية", "محول التاريخ", "تحويل التاريخ من هجري إلى ميلادي", "اليوم", "15", "الشهر", "رمضان", "السنة", "1446",
                      "تحويل", "النتيجة", "السبت 15 رمضان 1446 هـ", "يوافق", "السبت 15 آذار (مارس) 2025 م", note, "نسخ النتيجة", "© 2025 أدوات"])
    doc = arclean.parse(text)
    assert doc.metadata.published is None
    assert rule_of(text, "السبت 15 آذار (مارس) 2025 م")[1:] == ("other", "zone.result_date")



def test_a_read_also_teasers_headline_and_date_inside_the_story_are_no_header() -> None:
    # the story's list, then "اقرأ أيضاً" with a teased story's headline and date, then more
    # of the story: that date is the teaser's, never the page's
    items = ["جبنة ماعز مملحة تعتق ثلاثة أسابيع وتغطى بالزعتر البري قبل بيعها.", "لبنة مكعبات مجففة ومحفوظة بالزيت، وهي الأكثر طلبا في الأسواق."]
    teaser = "صابون زيت الزيتون في القرية.. تعاونية تبحث عن أسواق جديدة"
    text = "\n".join(["مرصد الريف", "الرئيسية", "زراعة", P1, *items, "اقرأ أيضاً", teaser, "11 كانون الأول 2024", P2, P3, "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.metadata.published is None
    assert doc.metadata.title != teaser
    assert rule_of(text, "11 كانون الأول 2024")[1:] == ("related", "zone.teaser_under_read_also")



def test_a_section_fronts_items_stamped_with_date_and_a_long_writers_name_are_no_article() -> None:
    # each item: its headline, then "<date> | <writer>" (a writer of three words makes the
    # stamp seven words long); the lead item has its summary
    items = [("أمسية شعرية في المدينة القديمة احتفاء بأول ليالي الشتاء", "15 ديسمبر 2025 | عبد الله أحمد الحسن"),
             ("طبعة جديدة من ديوان الشاعر الشعبي في معرض الكتاب", "14 ديسمبر 2025 | سامي محمد العلي"),
             ("مشروع لجمع الأغاني الشعبية في قرى الجبل", "12 ديسمبر 2025 | نور الدين خالد"),
             ("حفل تكريم للشاعر الراحل في المركز الثقافي", "10 ديسمبر 2025 | أحمد عبد الرحمن سالم"),
             ("أرشيف مصور للرقصات الشعبية في الجنوب", "7 ديسمبر 2025 | سامي محمد العلي")]
    summary = "نظمت الجمعيات الأدبية في المدينة أمسية شعرية شارك فيها عشرون شاعرا من المحافظات المجاورة وحضرها جمهور غفير."
    lines = ["صوت الجنوب", "الرئيسية", "ثقافة وأدب", "الرئيسية / ثقافة وأدب", items[0][0], summary, items[0][1]]
    for head, stamp in items[1:]:
        lines += [head, stamp]
    text = "\n".join(lines + ["السابق 1 2 3 التالي", "© 2025 صوت الجنوب"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.title is None and doc.metadata.published is None



def test_a_tickers_labelled_item_over_the_headline_is_no_headline_over_a_deck() -> None:
    # "عاجل: <other story>" right over the story's longer headline: the lower line is the title
    head = "افتتاح أول مصنع لتجفيف التمور في الواحة، والمزارعون يبيعون محصولهم مباشرة دون وسطاء"
    text = "\n".join(["الرئيسية", "اقتصاد", "عاجل: أمطار غزيرة على المناطق الشمالية", head, "السبت 5 ديسمبر 2026 - 04:25 م", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.body == "\n".join([P1, P2])


@pytest.mark.parametrize("codes", ["سرویس: اقتصادی | شناسه خبر: 48213", "القسم: محليات | رقم الخبر: 48213"])
def test_a_bar_of_labelled_codes_over_the_date_is_no_title(codes: str) -> None:
    # a news page's service and item number over its date lines, its headline under them
    title = "اجرای تعرفه پلکانی آب در شهرهای ساحلی از دی‌ماه"
    text = "\n".join(["اخبار استان", "اقتصادی", "ورزش", codes, "۱۴۰۵/۰۹/۱۰ - ۰۸:۳۰", "زمان مطالعه: ۳ دقیقه", title, *FA_STORY])
    doc = arclean.parse(text)
    assert doc.metadata.title == title
    assert doc.body == "\n".join(FA_STORY)


def test_a_lede_over_the_storys_tool_bar_opens_the_body() -> None:
    # "<date>", "<code>", "<headline>", "<lede>", then the share buttons one a line, the
    # font-size buttons, the photo's caption and the agency dateline over the rest
    lede = "مدیرکل بنادر استان از افزایش ۱۲ درصدی تخلیه و بارگیری کالا در بنادر جنوبی استان در هشت ماه نخست امسال خبر داد."
    bar = ["اشتراک‌گذاری", "تلگرام", "واتساپ", "ایکس", "بله", "کپی لینک", "A+ | A-", "ذخیره"]
    menu = ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "استان‌ها", "بین‌الملل", "استان‌ها", "›", "بوشهر"]
    text = "\n".join([*menu, "چهارشنبه / ۱۴ آذر ۱۴۰۳ / ۰۹:۲۳", "کد خبر: ۱۴۰۳۰۹۱۴۰۵۲۷۱",
                      "افزایش ۱۲ درصدی تخلیه و بارگیری کالا در بنادر جنوبی", lede, *bar,
                      "نمایی از اسکله بندر دیر | عکس: آرشیو", "بوشهر - ایسنا", *FA_STORY])
    doc = arclean.parse(text)
    assert doc.metadata.title == "افزایش ۱۲ درصدی تخلیه و بارگیری کالا در بنادر جنوبی"
    assert str(doc.metadata.published)[:10] == "2024-12-04"
    assert doc.body.startswith(lede) and doc.body.endswith("\n".join(FA_STORY))
    assert all(rule_of(text, b)[:2] == ("boilerplate", "share") for b in bar)
    assert rules.lone_dateline("قم- خبرگزاری آوای ایران-")  # (a Persian agency's dateline: the dash on the place)
    assert not rules.lone_dateline("عجلون - خالد العنانزة -")  # (a place and a reporter: a byline)


def test_a_desks_byline_over_the_date_line_is_no_label_of_it() -> None:
    # an Urdu page's "ویب ڈیسک" (web desk) byline over "شائع <date>", the share row under them
    head = "ساہیوال: کپاس کی نئی فصل کی آمد سے قبل جننگ فیکٹریوں میں کام شروع"
    story = ["ساہیوال (نامہ نگار) کپاس کی نئی فصل کی آمد سے قبل ضلع بھر کی جننگ فیکٹریوں میں مشینری کی مرمت اور صفائی کا کام شروع کر دیا گیا ہے۔",
             "فیکٹری مالکان کا کہنا ہے کہ اس سال فصل اچھی ہونے کی توقع ہے اور مزدوروں کی بھرتی بھی شروع کر دی گئی ہے۔"]
    text = "\n".join(["ہوم", "پنجاب", "کاروبار", "ہوم / پنجاب / ساہیوال", head, "ویب ڈیسک", "شائع 06 دسمبر 2026 09:15pm",
                      "فیس بک | ایکس | واٹس ایپ | کاپی لنک", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.author == "ویب ڈیسک"
    assert str(doc.metadata.published) == "2026-12-06 21:15:00"
    assert rule_of(text, "فیس بک | ایکس | واٹس ایپ | کاپی لنک")[1] == "share"


def test_a_section_fronts_top_summary_over_its_read_more_link_is_no_article() -> None:
    # the top story's headline, date and summary, "اقرأ المزيد", then the other stories
    # with their stamps: a listing, whose top summary is no article and whose date no story's
    lines = ["صوت الجنوب", "الرئيسية", "محليات", "اقتصاد", "ثقافة", "رياضة", "ثقافة",
             "مهرجان الفيلم القصير يوزع جوائزه في دورته السابعة", "2026/12/06 - 21:15",
             "وزع مهرجان الفيلم القصير جوائز دورته السابعة في حفل أقيم في قاعة المركز الثقافي بحضور مخرجين من خمس محافظات.",
             "اقرأ المزيد"]
    for head, stamp in [("فرقة المسرح الوطني تعرض «حديقة الشتاء» على خشبة المدينة", "منذ 3 ساعات"),
                        ("المتحف يرقمن مجموعة من المخطوطات القديمة", "منذ 5 ساعات"),
                        ("رحيل مطرب المقام الكبير عن ثمانين عاماً", "2026/12/06"),
                        ("معرض صور «نساء الجبل» يفتتح في العاصمة", "2026/12/05")]:
        lines += [head, stamp]
    doc = arclean.parse("\n".join(lines + ["1", "2", "3", "التالي", "© 2026 صوت الجنوب"]))
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_read_more_link_addressed_to_a_woman_closes_a_lead_summary_too() -> None:
    # a women's magazine's section front: "اقرئي المزيد" under the lead item's summary, then the
    # other items, each a headline, a date and a summary
    lines = ["مجلة ياسمين", "الرئيسية", "موضة", "جمال", "أخبار المرأة", "الرئيسية / أخبار المرأة",
             "مهندسات يقدن مشروع ترميم السوق القديم في المدينة", "بقلم: ريم العلي", "3 أكتوبر 2024",
             "تقود أربع مهندسات شابات فريق ترميم السوق القديم، في مشروع يمتد عامين ويشمل واجهات المحال والأزقة المسقوفة.",
             "اقرئي المزيد", "آخر الأخبار"]
    for n, (head, summary) in enumerate([
            ("طبيبة تطلق عيادة متنقلة للقرى الجبلية", "تجوب العيادة عشر قرى كل شهر وتقدم فحوصاً مجانية للأمهات والأطفال."),
            ("فريق نسائي يفوز ببطولة الشطرنج الإقليمية", "تغلب الفريق على ستة منتخبات في البطولة التي استمرت أسبوعاً."),
            ("معرض للحرفيات في ساحة المدينة الأسبوع المقبل", "تشارك في المعرض أكثر من أربعين حرفية يعرضن منتجات يدوية."),
            ("دراسة: الأمهات العاملات يفضلن العمل عن بعد", "شمل الاستبيان ألفي امرأة عاملة في قطاعات مختلفة من الاقتصاد."),
            ("افتتاح أول ناد للقراءة للفتيات في الحي الشرقي", "يجتمع النادي مساء كل خميس لمناقشة رواية يختارها الأعضاء.")]):
        lines += [head, f"{2 - n // 3} أكتوبر 2024", summary]
    doc = arclean.parse("\n".join(lines + ["تحميل المزيد", "© 2024 مجلة ياسمين"]))
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_an_extracts_section_word_headline_and_outlet_dateline_then_its_date_under_the_tags() -> None:
    # "<section>", "<headline>", "<place> – (<outlet>)", the story, "وسوم: ...", "<date>"
    head = "إحصاء الطيور المائية في المحمية: أعداد النحام في تراجع للعام الثاني"
    text = "\n".join(["بيئة", head, "نواذيبو – (الساحل)", P1, P2, "وسوم: البيئة الطيور المهاجرة", "27 يناير، 2025"])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.dateline == "نواذيبو – (الساحل)" and doc.metadata.source == "الساحل"
    assert str(doc.metadata.published) == "2025-01-27"
    assert doc.body == f"{P1}\n{P2}"


def test_a_rates_widget_over_the_date_is_no_header_the_headline_under_the_date_is_the_title() -> None:
    # "<currency heading>", "<currency> <rate>" rows, the section, the date, then the headline
    head = "افتتاح أول مركز لتصفية الكلى في الولاية بعد سنوات من رحلات المرضى إلى العاصمة"
    text = "\n".join(["الرئيسية", "أخبار", "تقارير", "اقتصاد", "رياضة", "أوقات الصلاة", "العملة الوطنية", "اليورو 41.62",
                      "الدولار 39.88", "الولايات", "الثلاثاء 14 يناير 2025 - 17:05", head, "عدد المشاهدات: 1342", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert str(doc.metadata.published) == "2025-01-14 17:05:00"
    assert rule_of(text, "اليورو 41.62")[1:] == ("widget", "zone.rates_rows")


def test_a_lone_breaking_item_over_the_menu_is_no_start_of_the_body() -> None:
    # the site's date bar, its menu, one "عاجل <headline>" item, the trail, then the story's
    # headline and byline-and-date line: the header is the story's, not the site's date bar
    head = "أسعار الكعك في المدينة هذا العام.. الكيلو بـ 85 جنيهاً والزيادة 30%"
    ticker = ("عاجل المحافظ يعتمد نتيجة الدور الثاني للشهادة الإعدادية بنسبة نجاح 71.4%  •  ضبط سائق حافلة خالف خط السير"
              "  •  قطع المياه عن 8 قرى بالمركز لمدة 10 ساعات غداً")
    rows = ["الصنف\t\tسعر الكيلو 2025\t\tسعر الكيلو 2024", "الكعك السادة\t\t140 جنيهاً\t\t110 جنيهات",
            "الكعك بالعجوة\t\t160 جنيهاً\t\t125 جنيهاً", "الغريبة\t\t130 جنيهاً\t\t100 جنيه"]
    # (a dumper that parts its blocks with blank lines and indents the menu's items)
    text = "\n\n".join(["الأحد 7 ديسمبر 2025 - 16 جمادى الآخرة 1447", "من نحن | اتصل بنا | للإعلان", "بوابة المحافظة اليوم",
                        "إعلان أكاديمية اللغات - وسط المدينة", "  • الرئيسية", "  • أخبار المحافظة", "  • حوادث", "  • تقارير",
                        "  • تعليم", "  • رياضة", ticker, "  1. الرئيسية", "  2. تقارير", head,
                        "كتب - أحمد السيد الخميس، 28 أغسطس 2025 02:15 م 3218", "شارك تويت واتساب طباعة",
                        "أسعار الكعك في المدينة", "الشوادر في محيط المسجد الكبير", P1,
                        "اقرأ أيضاً: ضبط مصنع حلويات بدون ترخيص في القرية المجاورة", "الأسعار بالكيلو", P2, *rows, P3])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert str(doc.metadata.published) == "2025-08-28 14:15:00"
    assert rule_of(text, ticker)[1:] == ("related", "structure.lone_ticker")
    assert doc.body.startswith(P1) and doc.body.endswith(P3)


def test_an_agencys_code_between_its_headline_and_date_leaves_the_headline_the_title() -> None:
    # "<section>", "<headline>", "کد خبر: <n>", "<date>", the share buttons, the story
    head = "بیش از ۴۰ هزار تن محصول کشاورزی پشت در سردخانه‌های شهرستان ماند"
    menu = ["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "استان‌ها", "فرهنگی", "ورزشی", "استان‌ها", "کرمان"]
    text = "\n".join([*menu, "اقتصاد و کشاورزی", head, "کد خبر: ۸۴۶۲۱۹۳", "سه‌شنبه ۲۸ مهر ۱۴۰۵ - ۱۱:۴۶",
                      "اشتراک‌گذاری", "ذخیره", "چاپ", *FA_STORY])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert str(doc.metadata.published) == "2026-10-20 11:46:00"
    # (a forum member's rank over a post counter is no headline over a code)
    post = "\n".join(["موضوع: تجربتي في ترحيل الخلايا إلى المرعى الجبلي", "حمو_النحال", "عضو متميز", "المشاركات: 1,046",
                      "3 سبتمبر 2023", P1, P2])
    assert arclean.parse(post).metadata.author != "عضو متميز"


def test_a_job_boards_offers_each_with_its_date_last_are_no_article() -> None:
    # each offer: title, employer, place, hours, one requirement sentence, its date, "قدّم الآن"
    offers = [("فني صيانة رافعات", "شركة تشغيل ميناء", "يشترط دبلوم في الهندسة الميكانيكية وخبرة لا تقل عن ثلاث سنوات في صيانة المعدات الثقيلة.", "12 أكتوبر 2025"),
              ("مراقب جودة", "مصنع تجهيز الأسماك", "يفضل حملة البكالوريوس في علوم الأغذية، مع إتقان اللغة الإنجليزية والعمل بنظام المناوبات.", "11 أكتوبر 2025"),
              ("محاسب", "مجموعة مقاولات", "شهادة في المحاسبة وإجادة برامج المحاسبة الإلكترونية، وخبرة سنتين في إعداد التقارير الشهرية.", "9 أكتوبر 2025"),
              ("موظف استقبال", "منتجع سياحي", "حسن المظهر والتعامل، والقدرة على العمل في العطل الرسمية ونهاية الأسبوع بنظام الورديات.", "8 أكتوبر 2025")]
    lines = ["وظائف المنطقة", "الرئيسية", "الوظائف", "الشركات", "أضف وظيفة", "148 وظيفة متاحة", "ترتيب حسب: الأحدث"]
    for title, employer, need, day in offers:
        lines += [title, employer, "دوام كامل", need, day, "قدّم الآن"]
    lines += ["السابق | 1 | 2 | 3 | ... | 25 | التالي", "جميع الحقوق محفوظة © 2025"]
    doc = arclean.parse("\n".join(lines))
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_guestbooks_entries_from_the_top_are_no_article_even_with_a_district_after_the_place() -> None:
    # "<name> – <town>، <district>", "<date>", "<message>", one entry after another
    entries = [("عبد الرزاق حسن – جيبوتي، حي بلبلا", "15/01/2025", "جزاكم الله خيراً على الاهتمام بأبنائنا. ابني تحسن كثيراً في القراءة هذا العام."),
               ("أم سعدية – تاجورة", "02/01/2025", "مدرسة ممتازة والمعلمات محترمات. هل يوجد نقل مدرسي من تاجورة؟"),
               ("أحمد علي – باريس", "28/12/2024", "خريج دفعة 2009، مبروك على الموقع الجديد وبالتوفيق دائماً."),
               ("فاطمة يوسف – عرتا", "19/12/2024", "شكراً لإدارة المدرسة على حفل تكريم حفظة القرآن الكريم.")]
    lines = ["مدرسة النجاح الخاصة", "الرئيسية", "عن المدرسة", "التسجيل", "سجل الزوار", "اتصل بنا", "سجل الزوار",
             "يسعدنا أن تترك لنا كلمة أو ملاحظة. تظهر الرسائل بعد مراجعتها من الإدارة.", "✍ وقّع في السجل", "عدد التوقيعات: 137"]
    for name, day, message in entries:
        lines += [name, day, message]
    lines += ["« السابق 1 2 3 ... 28 التالي »", "أضف رسالتك", "الاسم *", "الرسالة *", "إرسال", "جميع الحقوق محفوظة © 2025"]
    doc = arclean.parse("\n".join(lines))
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)


def test_a_forms_check_box_label_is_no_title() -> None:
    # a donation page: the amount buttons, a check box's label, then the campaign's text
    text = "\n".join(["جمعية الدفء الخيرية", "الرئيسية", "حملاتنا", "تبرّع الآن", "25$ | 50$ | 100$ | مبلغ آخر",
                      "☐ اجعل تبرّعي شهرياً", P1, P2])
    assert arclean.parse(text).metadata.title != "☐ اجعل تبرّعي شهرياً"


@pytest.mark.parametrize("heading", ["هذا المقال متاح للمشتركين فقط", "محتوى حصري للمشتركين"])
def test_a_paywall_under_its_subscribers_only_heading_with_a_pitch_and_plans_has_no_article(heading: str) -> None:
    pitch = "انضم إلى أكثر من 12 ألف قارئ يتابعون أخبار الجالية العربية كل أسبوع، وادعم صحافة مستقلة تصدر من المدينة."
    text = "\n".join([heading, pitch, "اختر باقتك", "الباقة الرقمية الشهرية", "4,99 € شهريًا",
                      "وصول غير محدود إلى جميع المقالات والتحقيقات عبر الموقع والتطبيق.", "الباقة السنوية", "49 € سنويًا",
                      "اشترك الآن", "يمكنك إلغاء الاشتراك في أي وقت من صفحة حسابك.", "لديك حساب بالفعل؟ تسجيل الدخول",
                      "سياسة الخصوصية", "اتصل بنا"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title) == ("", None)


def test_a_weather_page_of_cities_under_a_short_bulletin_has_no_article_and_no_date() -> None:
    # the bulletin's heading, date and two sentences over the cities' temperature rows
    bulletin = ["طقس مشمس وحار بأغلب الجهات، مع ظهور سحب عابرة على المرتفعات بعد الظهر.",
                "الرياح جنوبية شرقية قوية نسبياً قرب السواحل ومعتدلة ببقية الجهات."]
    rows = []
    for city in ["توزر", "قبلي", "قفصة", "دوز", "نفطة"]:
        rows += [city, "42°", "27°", "جنوبية شرقية 25 كم/س"]
    text = "\n".join(["إذاعة الواحات", "الرئيسية", "الأخبار", "البرامج", "الطقس", "اتصل بنا", "الطقس في الجنوب الغربي",
                      "الثلاثاء 3 جوان 2025", "آخر تحيين: 06:30", "المصدر: المعهد الوطني للرصد الجوي", *bulletin, *rows,
                      "توقعات الأيام القادمة", "الأربعاء 41° / 26°", "الخميس 40° / 25°", "جميع الحقوق محفوظة © 2025"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.title, doc.metadata.published) == ("", None, None)
    # (a heat-wave story beside a site's weather box keeps its text and its date)
    story = "\n".join(["الرئيسية", "محليات", "موجة حر تضرب الجنوب وتحذيرات من التعرض للشمس", "الثلاثاء 3 جوان 2025", P1, P2, P3,
                       "الطقس الآن", "توزر 42°", "قفصة 40°", "قبلي 43°"])
    assert arclean.parse(story).metadata.published is not None


def test_a_weather_table_of_cities_and_a_farm_bulletin_have_no_article() -> None:
    # a table's rows ("بغداد | 27° | 14° | صحو", longer than a widget's line) under one summary
    summary = "الطقس اليوم صحو إلى غائم جزئياً في عموم البلاد، مع رياح شمالية غربية معتدلة تنشط نهاراً."
    rows = [f"{city} | {hi}° | {lo}° | صحو" for city, hi, lo in
            [("بغداد", 27, 14), ("الموصل", 23, 10), ("أربيل", 22, 11), ("كركوك", 25, 13), ("الرمادي", 27, 13),
             ("الكوت", 29, 15), ("الحلة", 28, 14), ("النجف", 28, 14), ("البصرة", 32, 18)]]
    text = "\n".join(["شبكة الرافدين", "الرئيسية", "سياسة", "الطقس", "طقس العراق", "آخر تحديث: 04-11-2025 06:00",
                      summary, "المدينة | العظمى | الصغرى | الحالة", *rows, "جميع الحقوق محفوظة © 2025"])
    assert (arclean.parse(text).body, arclean.parse(text).metadata.published) == ("", None)
    # a farmers' bulletin: each city's rows with one advice sentence, never two paragraphs in a row
    lines = ["الفلاح اليوم", "الرئيسية", "الطقس الفلاحي"]
    for city, hi, lo in [("معسكر", 24, 11), ("تيارت", 19, 7), ("الجلفة", 18, 4), ("المسيلة", 21, 7)]:
        lines += [city, f"اليوم: غائم جزئياً مع سحب متفرقة – {hi}° / {lo}°", f"الغد: أمطار خفيفة – {hi - 2}° / {lo}°",
                  "الرياح: غربية معتدلة 20 كم/سا",
                  f"نصيحة: يُنصح فلاحو {city} بتأجيل البذر في الأراضي الثقيلة إلى ما بعد زوال الأمطار المتوقعة هذا الأسبوع."]
    bulletin = "\n".join([*lines, "© 2025 الفلاح اليوم"])
    assert arclean.parse(bulletin).body == ""


def test_a_marine_bulletins_port_table_with_its_summary_and_alert_is_no_article() -> None:
    # "الميناء | الرياح | ارتفاع الموج | حالة البحر | التوصية" over twelve ports' rows, with a
    # two-line summary over it and an alert under it: more text than a city table's summary,
    # still at most half as many lines as the rows
    ports = ["خصب", "بخا", "كمزار", "ليما", "دبا", "شناص", "صحار", "مسقط", "صور", "مصيرة", "الدقم", "صلالة"]
    winds = ["ش غ 12-18", "ش غ 12-16", "ش غ 15-20", "ش غ 10-15", "ش 8-12", "ش 8-12", "ش 6-10", "ش غ 8-12", "ش ق 10-14",
             "ش ق 12-16", "ش ق 10-14", "ش ق 8-12"]
    waves = ["1.0-1.5", "0.8-1.2", "1.5-2.0", "0.8-1.2", "0.5-1.0", "0.5-1.0", "0.5-0.8", "0.5-1.0", "1.0-1.5", "1.0-1.5",
             "1.0-1.5", "0.8-1.2"]
    states = ["متوسط", "متوسط", "مضطرب", "متوسط", "خفيف إلى متوسط", "خفيف", "خفيف", "خفيف", "متوسط", "متوسط", "متوسط", "خفيف"]
    advice = ["حذر للقوارب الصغيرة", "مناسب صباحاً", "يُنصح بعدم الإبحار", "مناسب", "مناسب", "مناسب", "مناسب", "مناسب", "حذر",
              "حذر", "مناسب صباحاً", "مناسب"]
    rows = [" | ".join(r) for r in zip(ports, winds, waves, states, advice)]
    text = "\n".join(["صياد الساحل", "بوابة الصيادين والبحارة", "الرئيسية", "أخبار الصيد", "حالة البحر", "أسعار الأسماك",
                      "مواسم الصيد", "اتصل بنا", "حالة البحر والطقس البحري", "النشرة البحرية ليوم الأحد 7 ديسمبر 2025",
                      "صدرت الساعة 05:30 صباحاً",
                      "خليج عمان: رياح شمالية غربية معتدلة تنشط على فترات، والبحر متوسط إلى مضطرب في الشمال.",
                      "بحر العرب: رياح شمالية شرقية خفيفة إلى معتدلة، والبحر خفيف الموج إلى متوسط.",
                      "الميناء | الرياح (عقدة) | ارتفاع الموج (م) | حالة البحر | التوصية", *rows, "تنبيه بحري",
                      "يتوقع أن تنشط الرياح على المضيق بعد الظهر، وينصح أصحاب القوارب الصغيرة بتأجيل الإبحار.",
                      "يرجى من الصيادين التأكد من تشغيل أجهزة التتبع وحمل سترات النجاة قبل الخروج.",
                      "أوقات المد والجزر - خصب", "مد عال: 04:12 ص و 04:48 م", "جزر: 10:31 ص و 10:55 م", "أسعار الأسماك اليوم",
                      "الكنعد: 3.200 ر.ع للكيلو", "الهامور: 2.800 ر.ع للكيلو", "النشرات السابقة", "السبت 6 ديسمبر 2025",
                      "الجمعة 5 ديسمبر 2025", "© 2025 صياد الساحل"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.published) == ("", None)
    # a story with seven such rows and more paragraphs than half of the rows keeps its text
    story = "\n".join(["صياد الساحل", "الرئيسية", "أخبار الصيد", "الأرصاد: أمواج عالية على بحر العرب حتى نهاية الأسبوع",
                       "الأحد 7 ديسمبر 2025", P1, P2, P3, "الميناء | الرياح (عقدة) | ارتفاع الموج (م) | حالة البحر | التوصية",
                       *rows[:7], P1 + " وأكدت الهيئة استمرار المتابعة.", P2 + " وأشارت إلى التحديثات.", "© 2025 صياد الساحل"])
    assert P3 in arclean.parse(story).body


def test_a_weather_table_whose_cells_have_no_degree_sign_is_read_by_its_header() -> None:
    # "المدينة | الحالة | الصغرى | العظمى": the header names the temperature columns; the rows
    # carry bare numbers ("أربيل | غائم | 3 | 13")
    summary = ["توقعات الأرصاد لليوم: غائم جزئياً إلى غائم مع فرصة لأمطار متفرقة على المرتفعات الشمالية والشرقية.",
               "الرياح شمالية غربية خفيفة إلى معتدلة، والرؤية بين ثمانية وعشرة كيلومترات في أغلب المناطق."]
    rows = [f"{city} | {sky} | {lo} | {hi}" for city, sky, lo, hi in
            [("تلعفر", "غائم", 4, 14), ("سنجار", "غائم جزئياً", 3, 13), ("الحمدانية", "أمطار خفيفة", 5, 15),
             ("الشيخان", "غائم", 2, 12), ("زمار", "أمطار متفرقة", 3, 12), ("مخمور", "صحو", 6, 16),
             ("القيارة", "غائم جزئياً", 6, 17), ("الحضر", "صحو", 5, 17)]]
    text = "\n".join(["صوت نينوى", "الرئيسية", "محليات", "الطقس", "الرئيسية / الطقس", "حالة الطقس في نينوى", *summary,
                      "المدينة | الحالة | الصغرى | العظمى", *rows, "الأيام المقبلة", "الإثنين: أمطار | 12° / 4°",
                      "الثلاثاء: غائم | 13° / 3°",
                      "ملاحظة: البيانات الواردة في هذه الصفحة مصدرها هيئة الأنواء الجوية، وتحدّث مرتين في اليوم.",
                      "آخر الأخبار", "© 2025 صوت نينوى"])
    assert arclean.parse(text).body == ""
    # a story's table whose header names no temperature keeps its rows
    story = ["مديرية تربية نينوى تعلن أعداد المدارس المؤهلة في الأقضية", "الأحد 19 كانون الثاني 2025",
             "أعلنت مديرية تربية نينوى اليوم أعداد المدارس التي أنجزت أعمال التأهيل في أقضية المحافظة ونواحيها.",
             "وقال مدير التربية إن الأعمال شملت الصفوف والمرافق الصحية، وإن المدارس ستستقبل الطلبة مطلع الفصل الثاني.",
             "القضاء | المدارس | المؤهلة | المتبقية", *(r.split(" | ", 1)[0] + f" | {n} | {n - 3} | 3" for n, r in zip(range(20, 28), rows))]
    census = "\n".join(["صوت نينوى", "الرئيسية", "محليات", "تربية", *story, "آخر الأخبار", "© 2025 صوت نينوى"])
    assert "تلعفر | 20 | 17 | 3" in arclean.parse(census).body


def test_a_terms_list_under_its_heading_and_revision_date_is_boilerplate_whole() -> None:
    # "شروط الاستعمال", "آخر مراجعة: <date>", then numbered terms, one of them with policy words
    terms = ["1. يلتزم المستعمل بتقديم معطيات صحيحة عند إحداث الحساب وبتحيينها كلما تغيرت طيلة مدة الاستعمال.",
             "2. تحتفظ الإذاعة بحق حذف كل تعليق يتضمن ثلبا أو تحريضا أو إشهارا دون إعلام مسبق لصاحبه.",
             "3. تعبر التعليقات والمداخلات عن آراء أصحابها فقط ولا تعبر عن رأي إدارة الموقع بأي شكل من الأشكال.",
             "4. تتم معالجة المعطيات الشخصية طبقا للقانون الجاري به العمل ولا تحال إلى أي طرف آخر.",
             "5. يمكن للمستعمل في أي وقت طلب الاطلاع على معطياته أو تعديلها أو حذفها بمراسلة الإذاعة."]
    text = "\n".join(["راديو المدينة الجمعياتي", "الرئيسية", "البرامج", "من نحن", "اتصل بنا", "إنشاء حساب",
                      "البريد الإلكتروني *", "كلمة العبور *", "تأكيد كلمة العبور *", "قرأت شروط الاستعمال وأوافق عليها",
                      "شروط الاستعمال", "آخر مراجعة: 2 سبتمبر 2024", *terms, "© 2025 راديو المدينة"])
    doc = arclean.parse(text)
    assert (doc.body, doc.metadata.published) == ("", None)
    assert rule_of(text, terms[4])[2] == "policy.list_item"


def test_an_items_name_over_its_facts_card_is_the_title_and_the_card_is_body() -> None:
    # a ministry's species page: the font buttons, the species' name, its card, then its text
    card = ["الاسم الشائع: الهامور", "الاسم العلمي: Epinephelus coioides", "العائلة: الهاموريات", "متوسط الطول في المصيد: 40 - 90 سم"]
    text = "\n".join(["وزارة الثروة السمكية", "الرئيسية / الثروة السمكية / دليل الأسماك", "طباعة", "مشاركة", "A+ A-", "الهامور",
                      *card, P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == "الهامور"
    assert doc.body == "\n".join([*card, P1, P2])


def test_a_facts_cards_rows_and_the_section_heading_under_them_are_no_title() -> None:
    # a book summary's page: its promo, trail and reading time, then the book's card
    # ("المؤلف: <name>" read as a byline, "الناشر: ...", "سنة النشر: 2021") and the summary's
    # first section heading: neither the publisher's row nor the section's heading is the title
    text = "\n".join(["خلاصة", "ملخصات", "اقرأ في 10 دقائق", "استمع للملخص", "اشترك",
                      "ابدأ تجربتك المجانية لمدة 7 أيام واستمع إلى أكثر من 500 ملخص صوتي", "ملخصات › تطوير الذات › إدارة الوقت",
                      "ملخص كتاب «ساعة الفجر»", "ملخص من إعداد: مريم الكواري", "⏱ 9 دقائق قراءة", "▶ استمع (11:20)", "🔖 حفظ",
                      "بطاقة الكتاب",
                      "المؤلف: د. يوسف العطية", "الناشر: دار المدار للنشر – الدوحة", "سنة النشر: 2021", "عدد الصفحات: 214",
                      "فكرة الكتاب في سطرين", P1, P2, "© 2025 خلاصة"])
    title = arclean.parse(text).metadata.title
    assert title not in ("الناشر: دار المدار للنشر", "الناشر: دار المدار للنشر – الدوحة", "فكرة الكتاب في سطرين")
    # a heading right under two such rows, no header over them: the card's section, no title
    heading = "استشهاد القديس العظيم مرقوريوس (أبي سيفين)"
    card = "\n".join(["كنيسة القرية", "الرئيسية", "السنكسار", "الرئيسية / السنكسار / شهر هاتور", "اختر اليوم: 25", "عرض",
                      "السنكسار: اليوم الخامس والعشرون من شهر هاتور المبارك", "الموافق: الأربعاء 4 ديسمبر 2024",
                      "القراءات: عشية | باكر | القداس | السنكسار", heading, P1, P2])
    assert arclean.parse(card).metadata.title != heading


def test_a_longer_name_naming_the_trails_last_item_over_a_card_is_the_title() -> None:
    # a route's page: the trail ending "حلم الشيخ", the name holding it (longer, with a dash and
    # a comma: no site suffix), the card, the text's first heading, then the text
    name = "مسار «حلم الشيخ» – الجدار الكبير، مضيق تودغى"
    card = ["الدرجة: 6b+", "الطول: 120 مترًا (4 مقاطع)", "نوع الصخر: حجر جيري متماسك", "أول صعود: فريق من متسلقين محليين، ربيع 1998"]
    text = "\n".join(["تسلق المغرب", "المسارات", "الرئيسية » المسارات » قطاع الجدار الكبير » حلم الشيخ", name, *card, "الوصول", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == name
    assert doc.body == "\n".join([*card, "الوصول", P1, P2])
    # a name the trail's last item does not name stays out
    other = text.replace("» حلم الشيخ", "» مسارات الربيع")
    assert arclean.parse(other).metadata.title != name
    # a trail with no home item, its items parted by slashes (no breadcrumb the shape rules
    # read), over a collection's name with its dates
    name = "أوراق بيت «خوري وأولاده» لتجارة القطن (1921–1961)"
    card = ["رقم المجموعة: ARC-COM-017", "الحجم: 14 صندوقاً و6 مجلدات كبيرة", "اللغات: العربية، الفرنسية، الإنجليزية",
            "حالة المعالجة: مفهرسة على مستوى الملف"]
    text = "\n".join(["مركز التوثيق", "المجموعات", "بحث متقدم", "المجموعات / الأرشيفات التجارية / أوراق بيت خوري وأولاده", name,
                      *card, P1, P2])
    assert arclean.parse(text).metadata.title == name
