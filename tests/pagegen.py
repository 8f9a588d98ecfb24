"""Hypothesis strategies that compose realistic scraped Arabic pages.

A page is built from :class:`Block` values (a role such as ``"body"`` or
``"nav"`` plus its lines) and then rendered with a randomly drawn
:class:`Style` (line ending, blank lines, indentation, bullets, digits).
All the text below was written for these tests; none of it is copied from
the dev corpus.

Public strategies:

* :func:`page_blocks` - the structured page (list of blocks, in page order);
* :func:`pages` - a whole-page text dump with header, body and tail boilerplate;
* :func:`articles` - an already-extracted article with a little leftover residue;
* :func:`near_miss_lines` - lines that look almost like boilerplate phrases.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Sequence, Tuple

from hypothesis import strategies as st

__all__ = [
    "Block",
    "Style",
    "BODY_PARAGRAPHS",
    "BOILERPLATE_PHRASES",
    "page_blocks",
    "pages",
    "articles",
    "near_miss_lines",
    "render",
]

# --------------------------------------------------------------------------
# Content pools (original text written for these tests)
# --------------------------------------------------------------------------

SITES: Tuple[str, ...] = ("الخبر اليوم", "صحيفة الوادي", "شبكة النهار", "بوابة المدينة")

NAMES: Tuple[str, ...] = ("أحمد السيد", "منى عبد الله", "خالد الحربي", "سارة يوسف", "عمر النجار")

TITLES: Tuple[str, ...] = (
    "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
    "ارتفاع أسعار الخضروات بسبب موجة الحر",
    "الفريق المحلي يحسم مباراة الديربي في الدقيقة الأخيرة",
    "القهوة العربية: تاريخ طويل من الضيافة",
    "وزارة النقل تطلق خطة لتوسعة الطرق السريعة",
)

BODY_PARAGRAPHS: Tuple[str, ...] = (
    "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، "
    "في إطار خطة تهدف إلى تخفيف الضغط على المرافق القائمة وتحسين الخدمات المقدمة للمرضى.",
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن المستشفيات الجديدة تضم أكثر من خمسمئة سرير، "
    "وإن العمل فيها سيبدأ تدريجيا خلال الأشهر المقبلة.",
    "وأشار إلى أن الحكومة خصصت ميزانية إضافية لتدريب الكوادر الطبية، مؤكدا أن نقص الأطباء "
    "في المناطق الريفية ما زال يمثل التحدي الأكبر.",
    "من جهتهم، رحب سكان المنطقة بالقرار، وقال أحد المواطنين إنه كان يضطر إلى السفر ساعتين "
    "للوصول إلى أقرب مستشفى.",
    "وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار الخضروات خلال الأسبوع الماضي، بسبب موجة "
    "الحر التي ضربت البلاد وأثرت على المحاصيل.",
    "ويرى خبراء الاقتصاد أن هذا الارتفاع مؤقت، وأن الأسعار ستعود إلى مستواها الطبيعي مع بداية "
    "الموسم الجديد.",
    "فاز الفريق المحلي على ضيفه بهدفين مقابل هدف واحد، في مباراة مثيرة أقيمت مساء أمس على "
    "الملعب البلدي وسط حضور جماهيري كبير.",
    "وسجل المهاجم الشاب هدف الفوز في الدقيقة الأخيرة من المباراة، ليمنح فريقه ثلاث نقاط ثمينة "
    "في سباق المنافسة على اللقب.",
    "تعد القهوة من أكثر المشروبات انتشارا في العالم العربي، وترتبط بعادات الضيافة والكرم منذ "
    "مئات السنين.",
    "وتختلف طرق تحضيرها من بلد إلى آخر، فبعضهم يضيف إليها الهيل، وآخرون يفضلونها مع الزعفران "
    "أو القرنفل.",
    "وأضاف: «نحن نعمل على مدار الساعة لضمان وصول المساعدات إلى جميع المتضررين، ولن نتوقف حتى "
    "تعود الحياة إلى طبيعتها».",
    "وبلغ عدد الزوار في عام 2023 نحو 1.5 مليون زائر، بزيادة قدرها 12% مقارنة بالعام السابق.",
    "وأكدت الهيئة أن ٧٥٪ من المشاريع اكتملت قبل نهاية العام، وأن الباقي سيسلم في الربع الأول.",
    # body sentences that contain boilerplate-like words (near misses on purpose)
    "اقرأ الكتاب مرتين قبل أن تحكم عليه، هكذا كان ينصح المعلم طلابه في كل درس.",
    "وطالب المحتجون بضمان جميع الحقوق المدنية للعمال المهاجرين دون تمييز.",
    "وقرر المجلس تحديث اللوائح الداخلية بعد نقاش استمر أكثر من ثلاث ساعات.",
    "وشارك في الاجتماع ممثلون عن عشرين دولة ومنظمة إقليمية.",
)

SUBHEADINGS: Tuple[str, ...] = ("خطة طويلة الأمد", "ردود الفعل", "أرقام وإحصاءات", "ماذا بعد؟")

MENU_ITEMS: Tuple[str, ...] = (
    "الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون",
    "تكنولوجيا", "منوعات", "فيديو", "اتصل بنا", "من نحن", "تسجيل الدخول", "English", "بحث",
)

CATEGORIES: Tuple[str, ...] = ("منوعات", "رياضة", "اقتصاد", "صحة", "محليات")

RELATED_HEADERS: Tuple[str, ...] = (
    "اقرأ أيضا", "إقرأ أيضاً:", "اقرأ أيضًا", "مواضيع ذات صلة", "الأكثر قراءة", "ذات صلة", "المزيد",
)

OTHER_HEADLINES: Tuple[str, ...] = (
    "وزير التعليم يعلن موعد بدء العام الدراسي",
    "انخفاض درجات الحرارة نهاية الأسبوع",
    "افتتاح معرض الكتاب بمشاركة 30 دولة",
    "طريقة سهلة لتحضير الكعك في المنزل",
    "منتخب الشباب يتأهل إلى النهائي",
    "البنك المركزي يثبت أسعار الفائدة",
)

SHARE_ITEMS: Tuple[str, ...] = (
    "شارك", "مشاركة", "فيسبوك", "تويتر", "واتساب", "تلغرام", "طباعة",
    "إرسال بالبريد", "أضف تعليقا", "نسخ الرابط",
)

PROMO_TEMPLATES: Tuple[str, ...] = (
    "حمل تطبيق {site} الآن على هاتفك",
    "حمل تطبيق الأخبار مجانا",
    "إضغط على الصورة لتحميل تطبيق {site}",
    "تابعونا على فيسبوك وتويتر",
    "اشترك في النشرة البريدية ليصلك كل جديد",
    "انضم إلى قناتنا على تلغرام",
    "شاهد البث المباشر",
)

FOOTER_TEMPLATES: Tuple[str, ...] = (
    "جميع الحقوق محفوظة © {year} {site}",
    "© {year} {site}. جميع الحقوق محفوظة",
    "حقوق النشر محفوظة لـ{site}",
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "اتصل بنا",
)

AD_LINES: Tuple[str, ...] = ("إعلان", "مساحة إعلانية", "محتوى مدعوم")

COMMENT_LINES: Tuple[str, ...] = ("التعليقات (3)", "أضف تعليقك", "لا توجد تعليقات بعد")

AUTHOR_TEMPLATES: Tuple[str, ...] = ("كتب: {name}", "بقلم: {name}", "{name} - {site}", "تقرير: {name}")

SOURCE_LINES: Tuple[str, ...] = ("المصدر: وكالات", "المصدر : {site} + وكالات", "(رويترز)")

DATELINES: Tuple[str, ...] = ("القاهرة -", "الرياض - واس", "بيروت/ {site}-", "عمان -")

TAG_HEADERS: Tuple[str, ...] = ("كلمات دلالية:", "الوسوم", "الكلمات الدالة")

TAG_ITEMS: Tuple[str, ...] = ("الصحة", "المستشفيات", "الأسعار", "كرة القدم", "القهوة", "النقل")

MONTHS: Tuple[str, ...] = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
LEVANT_MONTHS: Tuple[str, ...] = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)
SOLAR_MONTHS: Tuple[str, ...] = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
WEEKDAYS: Tuple[str, ...] = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

#: the boilerplate phrases the near-miss generator perturbs
BOILERPLATE_PHRASES: Tuple[str, ...] = (
    "اقرأ أيضا", "إقرأ أيضاً", "آخر تحديث", "تاريخ النشر", "جميع الحقوق محفوظة",
    "حمل تطبيق", "تابعونا على", "كلمات دلالية", "مواضيع ذات صلة", "الأكثر قراءة",
    "شارك", "طباعة", "المصدر", "كتب", "بقلم",
)

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A run of page lines with one role (``"body"``, ``"nav"``, ``"title"`` ...)."""

    role: str
    lines: Tuple[str, ...]


@dataclass(frozen=True)
class Style:
    """How a page is laid out as text."""

    newline: str = "\n"
    blank_lines: int = 0  # blank lines between blocks
    indent: str = ""  # prefix added to some lines
    trailing: str = ""  # suffix added to some lines
    bullet: str = ""  # prefix for list-like boilerplate lines
    arabic_digits: bool = False  # write digits as Arabic-Indic
    final_newline: bool = True
    markdown: bool = False  # html2text-like: boilerplate lines as links, the title as "# <title>"


def render(blocks: Sequence[Block], style: Style) -> str:
    """Lay ``blocks`` out as one text, following ``style``."""
    nl = style.newline
    out: List[str] = []
    for i, block in enumerate(blocks):
        if i and style.blank_lines:
            out.extend([""] * style.blank_lines)
        for j, line in enumerate(block.lines):
            if style.markdown and block.role in {"nav", "related", "share", "footer"}:
                line = f"[{line}](https://site.example/{i}/{j}.html?ref=nav.top)"
            elif style.markdown and block.role == "title":
                line = "# " + line
            if block.role in {"nav", "related", "share", "footer"} and style.bullet and j:
                line = style.bullet + line
            if (i + j) % 3 == 0:
                line = style.indent + line + style.trailing
            out.append(line)
    text = nl.join(out)
    if style.arabic_digits:
        text = text.translate(_ARABIC_INDIC)
    return text + (nl if style.final_newline else "")


# --------------------------------------------------------------------------
# Strategies for single blocks
# --------------------------------------------------------------------------


def _fill(template: str, site: str, name: str = "", year: int = 2024) -> str:
    return template.format(site=site, name=name, year=year)


@st.composite
def _date_text(draw: Callable, prefix: str = "") -> str:
    """A date written the way Arabic news sites write it."""
    year = draw(st.integers(1995, 2030))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    hour = draw(st.integers(1, 12))
    minute = draw(st.integers(0, 59))
    ampm = draw(st.sampled_from(["ص", "م"]))
    forms = (
        f"{day} {MONTHS[month - 1]} {year}",
        f"{day} {LEVANT_MONTHS[month - 1]} {year}",
        f"{day}/{month}/{year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{draw(st.sampled_from(WEEKDAYS))}، {day} {MONTHS[month - 1]} {year} {hour:02d}:{minute:02d} {ampm}",
        f"{day} {MONTHS[month - 1]} {year} - {hour}:{minute:02d} {ampm}",
        f"{year}/{month:02d}/{day:02d} {hour:02d}:{minute:02d}",
        # Persian pages: a Solar Hijri date (read), a numeric one with its marker (read), and a
        # Hijri-looking numeric date with no marker (left unread: lunar or solar?)
        f"{day} {SOLAR_MONTHS[month - 1]} {year - 621}",
        f"{year - 621}/{month:02d}/{day:02d} ه.ش",
        f"{year - 579}/{month:02d}/{day:02d} - {hour}:{minute:02d}",
    )
    return prefix + draw(st.sampled_from(forms))


@st.composite
def _published_block(draw: Callable) -> Block:
    prefix = draw(st.sampled_from(["تاريخ النشر: ", "نشر في ", "نشر بتاريخ: ", ""]))
    return Block("published", (draw(_date_text(prefix)),))


@st.composite
def _updated_block(draw: Callable) -> Block:
    prefix = draw(st.sampled_from(["آخر تحديث: ", "تم التحديث: ", "آخر تحديث "]))
    return Block("updated", (draw(_date_text(prefix)),))


@st.composite
def _nav_block(draw: Callable) -> Block:
    items = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=2, max_size=10, unique=True))
    layout = draw(st.sampled_from(["lines", "pipes", "dashes", "breadcrumb"]))
    if layout == "lines":
        return Block("nav", tuple(items))
    if layout == "breadcrumb":
        return Block("nav", (" > ".join(["الرئيسية"] + items[:2]),))
    sep = " | " if layout == "pipes" else " - "
    return Block("nav", (sep.join(items),))


@st.composite
def _related_block(draw: Callable) -> Block:
    header = draw(st.sampled_from(RELATED_HEADERS))
    items = draw(st.lists(st.sampled_from(OTHER_HEADLINES), min_size=1, max_size=4, unique=True))
    if draw(st.booleans()):
        return Block("related", (header,) + tuple(items))
    return Block("related", tuple(f"{header.rstrip(':')}: {item}" for item in items))


@st.composite
def _share_block(draw: Callable) -> Block:
    items = draw(st.lists(st.sampled_from(SHARE_ITEMS), min_size=1, max_size=6, unique=True))
    return Block("share", tuple(items) if draw(st.booleans()) else ("  ".join(items),))


@st.composite
def _promo_block(draw: Callable, site: str) -> Block:
    lines = draw(st.lists(st.sampled_from(PROMO_TEMPLATES), min_size=1, max_size=3))
    return Block("promo", tuple(_fill(t, site) for t in lines))


@st.composite
def _footer_block(draw: Callable, site: str) -> Block:
    year = draw(st.integers(2000, 2030))
    lines = draw(st.lists(st.sampled_from(FOOTER_TEMPLATES), min_size=1, max_size=4, unique=True))
    return Block("footer", tuple(_fill(t, site, year=year) for t in lines))


@st.composite
def _tags_block(draw: Callable) -> Block:
    header = draw(st.sampled_from(TAG_HEADERS))
    items = draw(st.lists(st.sampled_from(TAG_ITEMS), min_size=1, max_size=4, unique=True))
    if draw(st.booleans()):
        return Block("tags", (header,) + tuple(items))
    return Block("tags", (f"{header.rstrip(':')}: " + "، ".join(items),))


@st.composite
def _body_block(draw: Callable) -> Block:
    paras = draw(st.lists(st.sampled_from(BODY_PARAGRAPHS), min_size=1, max_size=7, unique=True))
    if len(paras) > 2 and draw(st.booleans()):
        paras.insert(draw(st.integers(1, len(paras) - 1)), draw(st.sampled_from(SUBHEADINGS)))
    return Block("body", tuple(paras))


def _one_line(role: str, pool: Sequence[str], site: str, name: str = "") -> st.SearchStrategy[Block]:
    return st.sampled_from(pool).map(lambda t: Block(role, (_fill(t, site, name),)))


# --------------------------------------------------------------------------
# Whole pages
# --------------------------------------------------------------------------


def _optional(draw: Callable, strategy: st.SearchStrategy[Block]) -> List[Block]:
    return [draw(strategy)] if draw(st.booleans()) else []


@st.composite
def page_blocks(draw: Callable) -> List[Block]:
    """The blocks of one whole-page dump: header, article, tail, in page order."""
    site = draw(st.sampled_from(SITES))
    name = draw(st.sampled_from(NAMES))
    blocks: List[Block] = []
    blocks += _optional(draw, _nav_block())
    blocks += _optional(draw, _one_line("category", CATEGORIES, site))
    blocks.append(Block("title", (draw(st.sampled_from(TITLES)),)))
    blocks += _optional(draw, _published_block())
    blocks += _optional(draw, _updated_block())
    blocks += _optional(draw, _one_line("author", AUTHOR_TEMPLATES, site, name))
    blocks += _optional(draw, _one_line("dateline", DATELINES, site))
    blocks += _optional(draw, _one_line("author", ("{name}",), site, name))  # a bare name over the story
    body = draw(_body_block())
    if len(body.lines) > 1 and draw(st.booleans()):
        cut = draw(st.integers(1, len(body.lines) - 1))
        middle = draw(st.one_of(_related_block(), _one_line("ad", AD_LINES, site)))
        blocks += [Block("body", body.lines[:cut]), middle, Block("body", body.lines[cut:])]
    else:
        blocks.append(body)
    tail_parts = [
        _one_line("author", ("{name}",), site, name),  # the writer's bare name under the story
        _one_line("source", SOURCE_LINES, site),
        _tags_block(),
        _share_block(),
        _related_block(),
        _promo_block(site),
        _one_line("comments", COMMENT_LINES, site),
        _nav_block(),
        _footer_block(site),
    ]
    for part in tail_parts:
        blocks += _optional(draw, part)
    return blocks


@st.composite
def styles(draw: Callable) -> Style:
    """A random but realistic text layout."""
    return Style(
        newline=draw(st.sampled_from(["\n", "\n", "\n", "\r\n"])),
        blank_lines=draw(st.integers(0, 2)),
        indent=draw(st.sampled_from(["", "", " ", "\t", "\u00a0", "   "])),
        trailing=draw(st.sampled_from(["", "", " ", "\u00a0", "  "])),
        bullet=draw(st.sampled_from(["", "", "• ", "- ", "* "])),
        arabic_digits=draw(st.booleans()),
        final_newline=draw(st.booleans()),
        markdown=draw(st.sampled_from([False, False, True])),
    )


def pages() -> st.SearchStrategy[str]:
    """Whole-page text dumps: menus, title, dates, body, related, share, promo, footer."""
    return st.builds(render, page_blocks(), styles())


@st.composite
def _article_blocks(draw: Callable) -> List[Block]:
    site = draw(st.sampled_from(SITES))
    blocks: List[Block] = []
    blocks += _optional(draw, _one_line("title", TITLES, site))
    blocks.append(draw(_body_block()))
    blocks += _optional(draw, _one_line("author", ("{name}",), site, draw(st.sampled_from(NAMES))))
    blocks += _optional(draw, _related_block())
    blocks += _optional(draw, _promo_block(site))
    return blocks


def articles() -> st.SearchStrategy[str]:
    """Already-extracted articles: mostly body with a little residue."""
    return st.builds(render, _article_blocks(), styles())


@st.composite
def near_miss_lines(draw: Callable) -> str:
    """A boilerplate phrase bent out of shape: repeated, cut, glued or padded with digits."""
    phrase = draw(st.sampled_from(BOILERPLATE_PHRASES))
    how = draw(st.sampled_from(["repeat", "truncate", "glue", "digits", "tatweel"]))
    n = draw(st.integers(2, 40))
    if how == "repeat":
        return " ".join([phrase] * n)
    if how == "truncate":
        return " ".join(phrase[: max(1, len(phrase) - 1)] for _ in range(n))
    if how == "glue":
        return phrase * n
    if how == "digits":
        return phrase + ": " + "/".join(str(i % 31) for i in range(n))
    return phrase.replace(" ", "\u0640" * 3 + " ")


# --------------------------------------------------------------------------
# Hostile text: any str, biased towards what breaks text processors
# --------------------------------------------------------------------------

#: characters that commonly break line splitting, normalisation or regexes
SPECIAL_CHARS: Tuple[str, ...] = (
    "\x00", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c",
    "\x1c", "\x1d", "\x1e", "\t", " ", "\u00a0", "\u3000", "\u200b", "\ufeff",
    "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
    "\ud800", "\udbff", "\udc00", "\udfff",  # lone surrogates
    "\ufefb", "\ufe8d", "\ufef7", "\ufdf2", "\ufb50", "\ufefc",  # presentation forms
    "\u0640", "\u064b", "\u0651", "\u0670", "\u06e9",  # tatweel, harakat, marks
    "\u0660", "\u0669", "\u06f0", "\u06f9", "٪", "،", "؛", "؟", "/", ":", "-",
    "©", "|", "»", "«", "\U0001f600", "\U000e0001",
)
_SINGLE_SPECIALS: Tuple[str, ...] = tuple(c for c in SPECIAL_CHARS if len(c) == 1)


def hostile_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any ``str`` (lone surrogates included), mixed with page fragments and special characters."""
    anything = st.characters(exclude_categories=())  # () keeps surrogates (Cs) in
    arabic = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
    pieces = st.one_of(
        st.text(st.one_of(anything, arabic, st.sampled_from(_SINGLE_SPECIALS)), max_size=40),
        st.sampled_from(SPECIAL_CHARS),
        st.sampled_from(BOILERPLATE_PHRASES),
        st.sampled_from(BODY_PARAGRAPHS),
        near_miss_lines(),
    )
    return st.lists(pieces, max_size=max(1, max_size // 40)).map("".join)


# --------------------------------------------------------------------------
# The invariants every Document must satisfy (shared by the test modules)
# --------------------------------------------------------------------------


def check_partition(doc: object, text: str) -> None:
    """Assert that ``doc`` is a lossless, ordered partition of its ``source_text``.

    ``text`` is the input given to ``parse``; unless the document carries a
    ``"repair"`` note, ``source_text`` must be that very input.  Whitespace is
    Python's (``str.isspace``, the same set ``str.strip`` removes).
    """
    import arclean  # local import: this module must load without the package

    labels = {"body", "metadata", "boilerplate"}
    kinds = {
        "body": {"body"},
        "metadata": set(arclean.META_KINDS),
        "boilerplate": set(arclean.BOILERPLATE_KINDS),
    }
    src = doc.source_text  # type: ignore[attr-defined]
    assert isinstance(src, str)
    if not any(n.code == "repair" for n in doc.notes):  # type: ignore[attr-defined]
        assert src == text, "source_text differs from the input without a 'repair' note"
    prev_end = 0
    rebuilt: List[str] = []
    for seg in doc.segments:  # type: ignore[attr-defined]
        assert isinstance(seg, arclean.Segment), seg
        assert prev_end <= seg.start < seg.end <= len(src), f"bad or unordered span {seg} after {prev_end}"
        gap = src[prev_end : seg.start]
        assert gap.strip() == "", f"uncovered non-whitespace {gap!r} before {seg}"
        piece = src[seg.start : seg.end]
        assert piece == piece.strip(), f"segment {seg} has outer whitespace: {piece!r}"
        assert seg.label in labels, seg
        assert seg.kind in kinds[seg.label], f"kind {seg.kind!r} not allowed for label {seg.label!r}"
        assert isinstance(seg.rule, str) and seg.rule.strip(), f"segment {seg} has no rule"
        rebuilt += [gap, piece]
        prev_end = seg.end
    tail = src[prev_end:]
    assert tail.strip() == "", f"uncovered non-whitespace {tail[:80]!r} after the last segment"
    assert "".join(rebuilt) + tail == src


def _garble(text: str, codec: str) -> str:
    """``text`` as UTF-8 bytes wrongly decoded with ``codec`` (classic mojibake)."""
    return text.encode("utf-8").decode(codec, errors="replace")


def mojibake_pages() -> st.SearchStrategy[str]:
    """Pages whose UTF-8 bytes were decoded as cp1256 or latin-1, whole or in part."""
    codec = st.sampled_from(["cp1256", "latin-1", "cp1252"])

    @st.composite
    def build(draw: Callable) -> str:
        text = draw(pages())
        how = draw(codec)
        if draw(st.booleans()):
            return _garble(text, how)
        cut = draw(st.integers(0, len(text)))
        return text[:cut] + _garble(text[cut:], how)

    return build()
