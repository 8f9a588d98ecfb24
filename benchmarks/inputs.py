"""Inputs for the throughput benchmark: real, synthetic and adversarial texts.

Everything here is deterministic: each generator takes a seeded
:class:`random.Random`, so two runs time the same bytes.  Generated texts
differ from one another (numbers, words, layout) so that no cache inside the
engine can turn a benchmark into a lookup.

The synthetic Arabic is assembled from short word lists written for this
file; the real texts (seed page, dev corpus) are read from disk, never copied.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = [
    "TextSet",
    "BOILERPLATE_PHRASES",
    "load_dev_sets",
    "seed_variants",
    "article_doc",
    "page_doc",
    "scaled_sets",
    "line_shape_sets",
    "adversarial_sets",
    "benign_twin",
]

MB = 1_000_000


@dataclass(frozen=True)
class TextSet:
    """A named list of documents timed together (one pass = one call per document)."""

    name: str
    docs: Tuple[str, ...]

    @property
    def nbytes(self) -> int:
        """Total UTF-8 size of the documents (the unit of every MB/s figure)."""
        return sum(len(d.encode("utf-8", "surrogatepass")) for d in self.docs)


# ---------------------------------------------------------------------------
# Word lists and boilerplate phrases
# ---------------------------------------------------------------------------

_SUBJECTS = ("الحكومة", "الوزارة", "المجلس البلدي", "الشركة", "اللجنة", "البنك المركزي", "الجامعة", "المنتخب")
_VERBS = ("أعلنت", "أكدت", "قررت", "ناقشت", "أطلقت", "رفضت", "درست", "وافقت على")
_OBJECTS = (
    "خطة جديدة لتطوير الطرق",
    "مشروعا لدعم المزارعين",
    "ميزانية العام المقبل",
    "برنامجا لتدريب الشباب",
    "اتفاقية للتعاون التجاري",
    "إجراءات لخفض الأسعار",
    "توسعة شبكة المياه",
    "حملة للتوعية الصحية",
)
_TAILS = (
    "خلال الأشهر المقبلة",
    "بعد نقاش طويل",
    "وسط ترحيب واسع من المواطنين",
    "في مؤتمر صحفي عقد أمس",
    "رغم اعتراض بعض الأعضاء",
    "بحسب بيان رسمي",
    "في إطار رؤية طويلة الأمد",
)
_CONNECTORS = ("وأضاف المتحدث أن", "وأشار التقرير إلى أن", "ومن جهة أخرى، قال الخبراء إن", "كما أوضح المسؤول أن")
_FILLERS = ("أيضا", "كذلك", "اليوم", "مجددا", "رسميا", "تقريبا")

#: ~50 boilerplate phrases for the anchored line-start scan baseline
BOILERPLATE_PHRASES: Tuple[str, ...] = (
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "مواضيع ذات صلة",
    "أخبار ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "المزيد", "آخر الأخبار",
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "آخر تحديث", "تم التحديث", "كتب", "بقلم",
    "تمت الكتابة بواسطة", "المصدر", "كلمات دلالية", "الكلمات الدالة", "الوسوم", "شارك",
    "مشاركة", "طباعة", "أضف تعليق", "اضف تعليقاً", "التعليقات", "حمل تطبيق", "إضغط على الصورة لتحميل تطبيق",
    "تابعونا على", "اشترك في النشرة", "انضم الى", "شاهد البث المباشر", "جميع الحقوق محفوظة",
    "حقوق النشر", "سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا", "من نحن", "الرئيسية",
    "تسجيل الدخول", "إعلان", "مساحة إعلانية", "محتوى مدعوم", "حالة الطقس", "مواقيت الصلاة",
    "دقائق للقراءة", "تم التدقيق بواسطة",
)

_NAV = ("الرئيسية", "أخبار", "اقتصاد", "رياضة", "ثقافة", "تكنولوجيا", "منوعات", "فيديو", "اتصل بنا", "من نحن")
_HEADLINES = (
    "ارتفاع الطلب على الطاقة الشمسية في المنطقة",
    "افتتاح مكتبة عامة جديدة وسط المدينة",
    "الأرصاد تتوقع أمطارا غزيرة نهاية الأسبوع",
    "تأجيل مباراة القمة بسبب سوء الأحوال الجوية",
    "خبراء: أسعار العقارات ستستقر العام المقبل",
)
_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")


# ---------------------------------------------------------------------------
# Real texts
# ---------------------------------------------------------------------------


def load_dev_sets(path: Path) -> Optional[Dict[str, TextSet]]:
    """The dev corpus split into ``dev pages`` and ``dev articles+controls``; None if absent."""
    if not path.is_file():
        return None
    pages: List[str] = []
    articles: List[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            (pages if rec["kind"] == "page" else articles).append(rec["text"])
    return {
        "pages": TextSet("dev pages", tuple(pages)),
        "articles": TextSet("dev articles+controls", tuple(articles)),
    }


_DIGITS = re.compile(r"\d+")


def _vary_number(rng: random.Random, match: "re.Match[str]") -> str:
    digits = match.group()
    if len(digits) == 4:
        return str(rng.randint(2000, 2029))
    if len(digits) <= 2:
        return str(rng.randint(1, 28))
    return "".join(rng.choice("0123456789") for _ in digits)


def _vary_page(text: str, rng: random.Random, serial: int) -> str:
    """One small variation of ``text``: new numbers, one filler word, some trailing spaces."""
    text = _DIGITS.sub(lambda m: _vary_number(rng, m), text)
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    words = lines[longest].split(" ")
    words.insert(rng.randrange(1, max(2, len(words))), rng.choice(_FILLERS))
    lines[longest] = " ".join(words)
    for _ in range(2):
        i = rng.randrange(len(lines))
        lines[i] = lines[i] + " "
    lines[0] = f"{lines[0]} {serial}"
    return "\n".join(lines)


def seed_variants(seed_text: str, count: int, rng: random.Random) -> TextSet:
    """``count`` distinct small variations of the seed page."""
    docs = tuple(_vary_page(seed_text, rng, i) for i in range(count))
    return TextSet(f"seed page x{count} (varied)", docs)


# ---------------------------------------------------------------------------
# Synthetic documents
# ---------------------------------------------------------------------------


def _sentence(rng: random.Random) -> str:
    core = f"{rng.choice(_VERBS)} {rng.choice(_SUBJECTS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
    if rng.random() < 0.4:
        core = f"{rng.choice(_CONNECTORS)} {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    if rng.random() < 0.3:
        core += f"، بتكلفة {rng.randint(2, 900)} مليون دولار"
    return core + rng.choice((".", ".", "،", "؛"))


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences)).rstrip("،؛") + "."


def _date_line(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2005, 2029)
    forms = (
        f"تاريخ النشر: {day} {_MONTHS[month - 1]} {year}",
        f"آخر تحديث: {day}/{month}/{year} - {rng.randint(1, 12)}:{rng.randint(0, 59):02d} م",
        f"نشر في {year}-{month:02d}-{day:02d}",
    )
    return rng.choice(forms)


def _header(rng: random.Random) -> List[str]:
    lines = rng.sample(_NAV, k=rng.randint(3, len(_NAV)))
    lines.append(rng.choice(_HEADLINES))
    lines.append(_date_line(rng))
    lines.append(f"كتب: {rng.choice(('سامي', 'هدى', 'ماجد', 'ليلى'))} {rng.choice(('العلي', 'حسن', 'الزين'))}")
    return lines


def _footer(rng: random.Random) -> List[str]:
    lines = ["اقرأ أيضا"] + rng.sample(_HEADLINES, k=3)
    lines += ["شارك", "طباعة", f"حمل تطبيق {rng.choice(('الوادي', 'النهار'))} الآن"]
    lines += [f"جميع الحقوق محفوظة © {rng.randint(2010, 2029)}", "سياسة الخصوصية", "اتصل بنا"]
    return lines


def article_doc(rng: random.Random, size: int) -> str:
    """An article-like document of about ``size`` UTF-8 bytes: title, date, long paragraphs."""
    lines = [rng.choice(_HEADLINES), _date_line(rng)]
    nbytes = sum(len(x.encode()) + 1 for x in lines)
    while nbytes < size:
        para = _paragraph(rng, rng.randint(2, 6))
        lines.append(para)
        nbytes += len(para.encode()) + 1
    return _trim("\n".join(lines), size)


def page_doc(rng: random.Random, size: int) -> str:
    """A page-dump-like document of about ``size`` bytes: menus, article, related, footer blocks."""
    lines: List[str] = []
    nbytes = 0
    while nbytes < size:
        block = _header(rng)
        block += [_paragraph(rng, rng.randint(1, 4)) for _ in range(rng.randint(3, 8))]
        block += _footer(rng)
        lines += block
        nbytes += sum(len(x.encode()) + 1 for x in block)
    return _trim("\n".join(lines), size)


def _trim(text: str, size: int) -> str:
    """Cut ``text`` to about ``size`` UTF-8 bytes, at a line end when one is near."""
    raw = text.encode("utf-8")
    if len(raw) <= size:
        return text
    cut = raw[:size].decode("utf-8", "ignore")
    nl = cut.rfind("\n")
    return cut[:nl] if nl > len(cut) // 2 else cut


def _batch(make, rng: random.Random, size: int, budget: int, name: str) -> TextSet:
    """Enough distinct documents of ``size`` bytes to fill ``budget`` bytes (at least one)."""
    count = max(1, budget // size)
    return TextSet(name, tuple(make(rng, size) for _ in range(count)))


def _label(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size // 1000} KB"


def scaled_sets(rng: random.Random, sizes: Sequence[int], budget: int) -> List[TextSet]:
    """Page-like documents of each size in ``sizes``, batched to about ``budget`` bytes per pass."""
    return [_batch(page_doc, rng, s, max(budget, s), f"page-like {_label(s)} docs") for s in sizes]


def line_shape_sets(rng: random.Random, size: int) -> List[TextSet]:
    """The same amount of text as many short lines and as few long lines."""
    words = [w for p in (_paragraph(rng, 40) for _ in range(60)) for w in p.split(" ")]
    short = _lines_of(words, rng, 3, 6, size)
    long = _lines_of(words, rng, 3000, 5000, size)
    return [TextSet(f"short lines ({_label(size)})", (short,)), TextSet(f"long lines ({_label(size)})", (long,))]


def _lines_of(words: Sequence[str], rng: random.Random, lo: int, hi: int, size: int) -> str:
    out: List[str] = []
    nbytes = 0
    while nbytes < size:
        n = rng.randint(lo, hi)
        start = rng.randrange(len(words))
        line = " ".join(words[(start + k) % len(words)] for k in range(n))
        out.append(line)
        nbytes += len(line.encode()) + 1
    return _trim("\n".join(out), size)


# ---------------------------------------------------------------------------
# Adversarial inputs
# ---------------------------------------------------------------------------


def _repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` UTF-8 bytes."""
    per = len(unit.encode())
    return unit * max(1, size // per)


_NEUTRAL = "سمكةكبيرةفيالبحر"


def benign_twin(text: str) -> str:
    """``text`` with every non-whitespace character replaced by neutral letters.

    The twin keeps the exact line and space layout, so comparing an input's
    cost with its twin's isolates what the phrases (not the shape) cost.
    """
    letters = _NEUTRAL
    return "".join(c if c.isspace() else letters[i % len(letters)] for i, c in enumerate(text))


def adversarial_sets(size: int) -> List[TextSet]:
    """Inputs built to trip regexes and line loops; each about ``size`` bytes (empty lines: 100k)."""
    cases: Iterable[Tuple[str, str]] = (
        ("near-match 'اقرأ' run", _repeat_to("اقرأ ", size)),
        ("near-match 'اقرأ' lines", _repeat_to("اقرأ اقرأ اقرأ\n", size)),
        ("'آخر تحديث' repeated", _repeat_to("آخر تحديث ", size)),
        ("'آخر تحديث:' lines", _repeat_to("آخر تحديث: \n", size)),
        ("date fragments 12/05/20", _repeat_to("12/05/20", size)),
        ("digits+slashes lines", _repeat_to("١٢/٠٥/٢٠٢٤ - 1:54 م\n", size)),
        ("'جميع الحقوق' repeated", _repeat_to("جميع الحقوق ", size)),
        ("no newlines (prose)", _repeat_to("أعلنت الحكومة خطة جديدة لتطوير الطرق، وقال الوزير إن العمل يبدأ قريبا. ", size)),
        ("100k empty lines", "\n" * 100_000),
        ("100k blank lines w/ spaces", " \t\n" * 100_000),
    )
    return [TextSet(name, (text,)) for name, text in cases]
