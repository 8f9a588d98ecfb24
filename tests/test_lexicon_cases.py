"""Phrase-lexicon coverage: the wordings of sites outside the dev corpus.

* ``tests/data/lexicon_cases.tsv`` holds one line of page text a row with what
  :meth:`Lexicon.lookup` must say: the label and kind of the entry that decides
  it (and that entry's mode), or ``-`` for an ordinary body sentence or headline
  that must not match.  Rows marked ``fail`` are known failures and run as
  ``xfail(strict=True)`` so that a fix is noticed.
* Whole pages written for these tests go through :func:`arclean.parse`; the
  checks name the rule that decided each line, not only its label.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, NamedTuple, Optional, Tuple

import pytest

import arclean
from arclean.fold import key_bytes
from arclean.lexicon import DEFAULT_LEXICON, MODES, Entry

from tsvdata import table_rows

CASES_PATH = Path(__file__).parent / "data" / "lexicon_cases.tsv"
PHRASES_PATH = Path(__file__).parent.parent / "src" / "arclean" / "data" / "phrases.tsv"
#: Minimum size of the table, and of its "must not match" part.
MIN_CASES = 150
MIN_NEGATIVES = 50
#: The comment line that opens each block of entries written for unseen sites in phrases.tsv.
COVERAGE_MARK = "# (wordings of sites outside the dev corpus"

LABELS = {"bp": "boilerplate", "meta": "metadata"}


class Case(NamedTuple):
    text: str
    expected: str
    mode: str
    expect: str
    note: str


def load_cases() -> List[Case]:
    """Rows of ``lexicon_cases.tsv`` (comments and the header line skipped)."""
    return [Case(*row) for row in table_rows(CASES_PATH, Case._fields)]


CASES = load_cases()


def _decide(case: Case) -> Tuple[Optional[Entry], Optional[Entry]]:
    """(what lookup() says, what match_outside() says) for the row's text."""
    return DEFAULT_LEXICON.lookup(case.text), DEFAULT_LEXICON.match_outside(key_bytes(case.text))


def _param(case: Case):
    marks = [pytest.mark.xfail(strict=True, reason=case.note)] if case.expect == "fail" else []
    return pytest.param(case, marks=marks, id=case.text[:40])


# --------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------


def test_table_is_well_formed() -> None:
    assert len(CASES) >= MIN_CASES
    assert sum(c.expected == "-" for c in CASES) >= MIN_NEGATIVES
    texts = [c.text for c in CASES]
    assert len(texts) == len(set(texts)), "duplicate rows"
    for c in CASES:
        assert c.expect in ("pass", "fail"), c
        assert c.note.strip(), c
        if c.expected == "-":
            assert c.mode == "", c
            continue
        head, _, kind = c.expected.partition(":")
        assert head in LABELS and kind, c
        assert c.mode in MODES or (c.expect == "fail" and c.mode == ""), c


@pytest.mark.parametrize("case", [_param(c) for c in CASES if c.expected != "-"])
def test_wording_is_decided(case: Case) -> None:
    head, _, kind = case.expected.partition(":")
    found, outside = _decide(case)
    if case.mode == "outside":
        # a word that is only chrome outside the story: never a rule inside the body
        assert found is None, found
        e = outside
    else:
        e = found
    assert e is not None, "no entry decides this line"
    assert (e.label, e.kind) == (LABELS[head], kind), e
    assert e.mode == case.mode, e


@pytest.mark.parametrize("case", [_param(c) for c in CASES if c.expected == "-"])
def test_body_line_is_not_matched(case: Case) -> None:
    found, outside = _decide(case)
    assert found is None, found
    assert outside is None, outside


def _coverage_entries() -> List[Tuple[str, str]]:
    """(mode, key) of every phrases.tsv entry in a block opened by COVERAGE_MARK."""
    out = []
    inside = False
    for raw in PHRASES_PATH.read_text(encoding="utf-8").splitlines():
        if raw.startswith(COVERAGE_MARK):
            inside = True
        elif raw.startswith("# ---"):
            inside = False
        elif inside and raw.strip() and not raw.startswith("#"):
            phrase, _label, mode = raw.split("\t")[:3]
            out.append((mode, Entry.from_phrase(phrase, _label, mode).key))
    return out


def test_every_coverage_entry_has_a_case() -> None:
    """Each entry written for unseen sites is exercised by at least one passing row."""
    decided = set()
    for c in CASES:
        if c.expected == "-" or c.expect == "fail":
            continue
        found, outside = _decide(c)
        e = outside if c.mode == "outside" else found
        if e is not None:
            decided.add((e.mode, e.key))
    entries = _coverage_entries()
    assert len(entries) > 300
    missing = [k for k in entries if k not in decided]
    assert not missing, missing


# --------------------------------------------------------------------------
# Whole pages
# --------------------------------------------------------------------------

PAGE_NEWS = """الرئيسية
أخبار
رياضة
اقتصاد
ثقافة
الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة في المحافظات
كتب: أحمد حسن
تاريخ النشر: الأحد 12 مايو 2024 - 10:30 ص
أعلنت الحكومة اليوم عن خطة جديدة لدعم المشروعات الصغيرة والمتوسطة في المحافظات، تتضمن قروضا ميسرة بفائدة منخفضة وتسهيلات في إجراءات الترخيص.
وقال وزير التجارة في مؤتمر صحفي إن الخطة تستهدف توفير مئة ألف فرصة عمل خلال العامين المقبلين، مع التركيز على المحافظات الأكثر احتياجا.
تابع الوزير أن البنوك الحكومية ستخصص جزءا من محافظها الائتمانية لهذه القروض، وأن فترة السماح قد تصل إلى عام كامل قبل بدء السداد.
شارك في المؤتمر عدد من رجال الأعمال وممثلي الغرف التجارية، الذين رحبوا بالخطة وطالبوا بتبسيط الإجراءات الضريبية أيضا.
مواد ذات صلة
وزير المالية يبحث مع البنك الدولي تمويل مشروعات البنية التحتية
ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع
البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي
شارك هذا المقال
فيسبوك
تويتر
واتساب
انسخ الرابط
روابط سريعة
من نحن
اتصل بنا
سياسة الخصوصية
جميع الحقوق محفوظة © 2024
"""

PAGE_BLOG = """تسجيل الدخول
القائمة
كيف تختار حاسوبك المحمول الأول دون أن تندم؟
بقلم: سارة يوسف
نشر بتاريخ 3 مارس 2023
اختيار الحاسوب المحمول الأول قرار يحتار فيه كثيرون، فالخيارات في السوق كثيرة والأسعار متفاوتة بين طراز وآخر.
المصدر الرئيسي للحيرة هو كثرة المواصفات التقنية التي لا يفهمها المستخدم العادي، مثل نوع المعالج وسعة الذاكرة ونوع وحدة التخزين.
ننصح أولا بتحديد الاستخدام الأساسي للجهاز: الدراسة والعمل المكتبي يختلفان كثيرا عن الألعاب أو تحرير الفيديو.
وأخيرا، لا تنس أن تقرأ مراجعات المستخدمين قبل الشراء، فهي تكشف عيوبا لا تذكرها الشركات في إعلاناتها.
الوسوم:
حواسيب
تقنية
نصائح
أخبار ذات علاقة
أفضل الهواتف الذكية متوسطة السعر لهذا العام
كيف تحمي بياناتك عند استخدام شبكات الواي فاي العامة
خمس طرق لإطالة عمر بطارية الحاسوب المحمول
انضم إلى قناتنا على تلغرام ليصلك كل جديد
اترك تعليقاً
لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
التعليق
الاسم
البريد الإلكتروني
احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.
إرسال التعليق
كل الحقوق محفوظة © 2023
"""

PAGE_MAGHREB = """الرئيسية
سياسة
مجتمع
رياضة
البرلمان يصادق على مشروع قانون المالية للسنة المقبلة بالأغلبية
حرر بتاريخ 12 ماي 2024
صادق مجلس النواب، مساء أمس، على مشروع قانون المالية للسنة المقبلة بأغلبية الأعضاء الحاضرين، بعد نقاش استمر ساعات طويلة داخل الجلسة العامة.
وأوضح وزير الاقتصاد والمالية أن المشروع يراهن على تعزيز الاستثمار العمومي ودعم القدرة الشرائية للأسر، مع الحفاظ على التوازنات الماكرو اقتصادية.
في المقابل، انتقدت فرق المعارضة ما وصفته بغياب إجراءات ملموسة لمواجهة غلاء الأسعار وارتفاع معدلات البطالة في صفوف الشباب.
ومن المنتظر أن يحال المشروع على مجلس المستشارين خلال الأسبوع المقبل لاستكمال مسطرة المصادقة قبل نهاية السنة.
المصدر: وكالات
اقرأ أيضا
الحكومة تعلن موعد الحوار الاجتماعي مع النقابات
ارتفاع أسعار المحروقات يثير غضب المهنيين
الأكثر مشاركة
تعيينات جديدة في مناصب المسؤولية بعدد من القطاعات
انشر على فيسبوك
شارك على تويتر
إعلان
للتواصل معنا: contact@example.com
Tous droits réservés © 2024
"""

BODY = ("body", "body", "body.run")

#: (line, (label, kind, rule)) for every non-blank line of each page, in order.
EXPECTED_NEWS = [
    ("الرئيسية", ("boilerplate", "nav", "lexicon.exact:الرييسيه")),
    ("أخبار", ("boilerplate", "nav", "lexicon.outside:اخبار")),
    ("رياضة", ("boilerplate", "nav", "lexicon.outside:رياضه")),
    ("اقتصاد", ("boilerplate", "nav", "lexicon.outside:اقتصاد")),
    ("ثقافة", ("boilerplate", "nav", "outside.before_body")),
    ("الحكومة تعلن", ("metadata", "title", "zone.headline_above_header")),
    ("كتب:", ("metadata", "author", "lexicon.prefix:كتب")),
    ("تاريخ النشر:", ("metadata", "published", "lexicon.prefix:تاريخ النشر")),
    ("أعلنت الحكومة", BODY),
    ("وقال وزير", BODY),
    ("تابع الوزير", BODY),  # "تابع" opens a sentence here, not a follow-us promo
    ("شارك في المؤتمر", BODY),  # "شارك" opens a sentence here, not a share button
    ("مواد ذات صلة", ("boilerplate", "related", "lexicon.prefix:مواد ذات صله")),
    ("وزير المالية", ("boilerplate", "related", "block.lexicon.prefix:مواد ذات صله")),
    ("ارتفاع أسعار الذهب", ("boilerplate", "related", "block.lexicon.prefix:مواد ذات صله")),
    ("البنك المركزي", ("boilerplate", "related", "block.lexicon.prefix:مواد ذات صله")),
    ("شارك هذا المقال", ("boilerplate", "share", "lexicon.exact:شارك هذا المقال")),
    ("فيسبوك", ("boilerplate", "share", "lexicon.exact:فيسبوك")),
    ("تويتر", ("boilerplate", "share", "lexicon.exact:تويتر")),
    ("واتساب", ("boilerplate", "share", "lexicon.exact:واتساب")),
    ("انسخ الرابط", ("boilerplate", "share", "lexicon.exact:انسخ الرابط")),
    ("روابط سريعة", ("boilerplate", "nav", "lexicon.exact:روابط سريعه")),
    ("من نحن", ("boilerplate", "footer", "lexicon.exact:من نحن")),
    ("اتصل بنا", ("boilerplate", "footer", "lexicon.exact:اتصل بنا")),
    ("سياسة الخصوصية", ("boilerplate", "footer", "lexicon.exact:سياسه الخصوصيه")),
    ("جميع الحقوق", ("boilerplate", "footer", "lexicon.contains:جميع الحقوق محفوظه")),
]

EXPECTED_BLOG = [
    ("تسجيل الدخول", ("boilerplate", "nav", "lexicon.exact:تسجيل الدخول")),
    ("القائمة", ("boilerplate", "nav", "lexicon.exact:القايمه")),
    ("كيف تختار", ("metadata", "title", "zone.headline_above_header")),
    ("بقلم:", ("metadata", "author", "lexicon.prefix:بقلم")),
    ("نشر بتاريخ", ("metadata", "published", "lexicon.prefix:نشر بتاريخ")),
    ("اختيار الحاسوب", BODY),
    ("المصدر الرئيسي", BODY),  # a sentence, not a source line
    ("ننصح أولا", BODY),
    ("وأخيرا", BODY),
    ("الوسوم:", ("metadata", "tags", "lexicon.prefix:الوسوم")),
    ("حواسيب", ("metadata", "tags", "block.lexicon.prefix:الوسوم")),
    ("تقنية", ("metadata", "tags", "block.lexicon.prefix:الوسوم")),
    ("نصائح", ("metadata", "tags", "block.lexicon.prefix:الوسوم")),
    ("أخبار ذات علاقة", ("boilerplate", "related", "lexicon.prefix:اخبار ذات علاقه")),
    ("أفضل الهواتف", ("boilerplate", "related", "block.lexicon.prefix:اخبار ذات علاقه")),
    ("كيف تحمي", ("boilerplate", "related", "block.lexicon.prefix:اخبار ذات علاقه")),
    ("خمس طرق", ("boilerplate", "related", "block.lexicon.prefix:اخبار ذات علاقه")),
    ("انضم إلى قناتنا", ("boilerplate", "promo", "lexicon.prefix:انضم الي قناتنا")),
    ("اترك تعليقاً", ("boilerplate", "comments", "lexicon.prefix:اترك تعليقا")),
    ("لن يتم نشر", ("boilerplate", "comments", "lexicon.prefix:لن يتم نشر عنوان بريدك الالكتروني")),
    ("التعليق", ("boilerplate", "comments", "block.lexicon.prefix:اترك تعليقا")),
    ("الاسم", ("boilerplate", "comments", "block.lexicon.prefix:اترك تعليقا")),
    ("البريد الإلكتروني", ("boilerplate", "comments", "block.lexicon.prefix:اترك تعليقا")),
    ("احفظ اسمي", ("boilerplate", "comments", "lexicon.prefix:احفظ اسمي")),
    ("إرسال التعليق", ("boilerplate", "comments", "lexicon.exact:ارسال التعليق")),
    ("كل الحقوق", ("boilerplate", "footer", "lexicon.contains:الحقوق محفوظه")),
]

EXPECTED_MAGHREB = [
    ("الرئيسية", ("boilerplate", "nav", "lexicon.exact:الرييسيه")),
    ("سياسة", ("boilerplate", "nav", "outside.before_body")),
    ("مجتمع", ("boilerplate", "nav", "lexicon.outside:مجتمع")),
    ("رياضة", ("boilerplate", "nav", "lexicon.outside:رياضه")),
    ("البرلمان يصادق", ("metadata", "title", "zone.headline_above_header")),
    ("حرر بتاريخ", ("metadata", "published", "lexicon.prefix:حرر بتاريخ")),
    ("صادق مجلس", BODY),
    ("وأوضح وزير", BODY),
    ("في المقابل", BODY),
    ("ومن المنتظر", BODY),
    ("المصدر:", ("metadata", "source", "lexicon.prefix:المصدر")),
    ("اقرأ أيضا", ("boilerplate", "related", "lexicon.prefix:اقرا ايضا")),
    ("الحكومة تعلن موعد", ("boilerplate", "related", "block.lexicon.prefix:اقرا ايضا")),
    ("ارتفاع أسعار المحروقات", ("boilerplate", "related", "block.lexicon.prefix:اقرا ايضا")),
    ("الأكثر مشاركة", ("boilerplate", "related", "lexicon.prefix:الاكثر مشاركه")),
    ("تعيينات جديدة", ("boilerplate", "related", "block.lexicon.prefix:الاكثر مشاركه")),
    ("انشر على فيسبوك", ("boilerplate", "share", "lexicon.prefix:انشر علي")),
    ("شارك على تويتر", ("boilerplate", "share", "lexicon.prefix:شارك علي")),
    ("إعلان", ("boilerplate", "ad", "lexicon.exact:اعلان")),
    ("للتواصل معنا", ("boilerplate", "footer", "lexicon.prefix:للتواصل معنا")),
    ("Tous droits", ("boilerplate", "footer", "lexicon.contains:tous droits réservés")),
]


def _segments(page: str) -> List[Tuple[str, Tuple[str, str, str]]]:
    doc = arclean.parse(page)
    return [(doc.source_text[s.start : s.end], (s.label, s.kind, s.rule)) for s in doc.segments]


@pytest.mark.parametrize(
    "page, expected",
    [
        pytest.param(PAGE_NEWS, EXPECTED_NEWS, id="news"),
        pytest.param(PAGE_BLOG, EXPECTED_BLOG, id="blog"),
        pytest.param(PAGE_MAGHREB, EXPECTED_MAGHREB, id="maghreb"),
    ],
)
def test_page_lines_and_rules(page: str, expected: List[Tuple[str, Tuple[str, str, str]]]) -> None:
    got = _segments(page)
    assert len(got) == len(expected), [t for t, _ in got]
    for (text, decided), (head, want) in zip(got, expected):
        assert text.startswith(head), (text, head)
        assert decided == want, text


def test_page_metadata() -> None:
    news = arclean.parse(PAGE_NEWS).metadata
    assert news.title == "الحكومة تعلن خطة جديدة لدعم المشروعات الصغيرة في المحافظات"
    assert news.author == "أحمد حسن"
    assert str(news.published) == "2024-05-12 10:30:00"
    blog = arclean.parse(PAGE_BLOG).metadata
    assert blog.tags == ("حواسيب", "تقنية", "نصائح")
    assert blog.source is None  # "المصدر الرئيسي ..." is a sentence of the post
    maghreb = arclean.parse(PAGE_MAGHREB).metadata
    assert maghreb.source == "وكالات"
    assert str(maghreb.published) == "2024-05-12"


PAGE_TEASER_SUMMARIES = """الرئيسية
ارتفاع صادرات الفوسفات بنسبة عشرين في المئة خلال الربع الأول
نشر في: 2 أبريل 2024
ارتفعت صادرات الفوسفات ومشتقاته بنسبة عشرين في المئة خلال الربع الأول من العام الجاري مقارنة بالفترة نفسها من العام الماضي، بحسب أرقام رسمية.
وعزا خبراء هذا الارتفاع إلى تحسن الطلب في الأسواق الآسيوية والأمريكية الجنوبية، إضافة إلى ارتفاع الأسعار العالمية للأسمدة.
ويتوقع المكتب المسؤول عن القطاع أن تستمر وتيرة النمو خلال الأشهر المقبلة مع دخول وحدات إنتاج جديدة إلى الخدمة.
أخبار ذات علاقة
تراجع عجز الميزان التجاري خلال شهر فبراير بفضل ارتفاع الصادرات الصناعية وتراجع فاتورة الطاقة المستوردة من الخارج.
البنك المركزي يتوقع نموا اقتصاديا بنسبة ثلاثة في المئة هذا العام رغم تأثير الجفاف على المحاصيل الزراعية الأساسية في البلاد.
شارك هذا المقال
"""


def test_related_header_is_decided_by_the_lexicon() -> None:
    got = dict(_segments(PAGE_TEASER_SUMMARIES))
    assert got["أخبار ذات علاقة"] == ("boilerplate", "related", "lexicon.prefix:اخبار ذات علاقه")
    assert got["شارك هذا المقال"] == ("boilerplate", "share", "lexicon.exact:شارك هذا المقال")


def test_teaser_summaries_under_related_header_are_related() -> None:
    # one-paragraph runs past a read-also header that neither open with a connective
    # ("وأضاف") nor end the story (its source or tags line) are other stories' summaries
    got = _segments(PAGE_TEASER_SUMMARIES)
    teasers = [d for t, d in got if t.startswith(("تراجع عجز", "البنك المركزي"))]
    assert [d[:2] for d in teasers] == [("boilerplate", "related")] * 2
