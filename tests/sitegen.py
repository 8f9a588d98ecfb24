"""Pages of one made-up news site that share a template, with gold bodies.

Written for these tests (no corpus page is copied).  Every page has the
site's menu, a headline, a date line, a story of its own (sentences drawn
from phrase pools, so no story sentence repeats across pages), and the
site's template around it: a slogan and an editorial disclaimer written as
full sentences (the kind of line a one-page rule takes for the story), a
"most read" list drawn from a small pool, and a footer.
"""
from __future__ import annotations

import random
from typing import Dict, List

SITE = "alwadi-news.example"

MENU = "الرئيسية"
SLOGAN = (
    "الوادي نيوز منصة إخبارية مستقلة تنقل إليكم آخر الأخبار المحلية والعربية والدولية "
    "على مدار الساعة، بمهنية وحياد تامين."
)
DISCLAIMER = (
    "جميع المواد المنشورة في هذا الموقع تعبر عن وجهة نظر كتابها، ولا تعكس بالضرورة "
    "السياسة التحريرية للوادي نيوز أو مواقف القائمين عليه."
)
MOST_READ = "الأكثر قراءة"
HEADLINES = (
    "ارتفاع أسعار الذهب في الأسواق المحلية",
    "منتخب الشباب يتأهل إلى نصف النهائي",
    "افتتاح معرض الكتاب بمشاركة واسعة",
    "انخفاض درجات الحرارة نهاية الأسبوع",
    "وزارة التعليم تعلن مواعيد الامتحانات",
    "إطلاق تطبيق جديد لخدمات البلدية",
)
FOOTER = "جميع الحقوق محفوظة © {year} الوادي نيوز"

_SUBJECTS = (
    "أعلنت وزارة الزراعة", "قال مدير الدفاع المدني", "أكد رئيس البلدية", "كشفت دراسة جامعية حديثة",
    "أوضح المتحدث باسم الشرطة", "ذكر تقرير رسمي", "أفاد شهود عيان", "صرح وزير المالية",
    "بين خبير اقتصادي", "أشارت هيئة الأرصاد", "قالت نقابة المعلمين", "أعلنت إدارة المستشفى",
)
_VERBS = (
    "أن العمل بدأ فعليا في", "عن خطة جديدة لتطوير", "أن فرقا ميدانية وصلت إلى", "عن زيادة ملحوظة في",
    "أن السلطات ستراجع", "عن تأجيل افتتاح", "أن المرحلة الأولى تشمل", "عن تخصيص ميزانية إضافية لدعم",
)
_OBJECTS = (
    "شبكة المياه", "الطرق الريفية", "المدارس الحكومية", "أسواق الخضار", "محطات الكهرباء",
    "الحدائق العامة", "المراكز الصحية", "خطوط النقل العام", "المناطق الصناعية", "الملاعب الشعبية",
)
_PLACES = (
    "في المحافظة الشمالية", "في ضواحي العاصمة", "في القرى الحدودية", "في المدينة القديمة",
    "على الساحل الغربي", "في الأحياء الشرقية", "في وادي النخيل", "قرب الميناء التجاري",
)
_TAILS = (
    "وذلك خلال الأشهر الستة المقبلة", "بعد شكاوى متكررة من السكان", "بتمويل من القطاع الخاص",
    "وسط ترحيب واسع من الأهالي", "في إطار برنامج التنمية الوطنية", "على أن تنتهي الأعمال قبل الصيف",
    "رغم الصعوبات المالية الحالية", "بالتعاون مع منظمات محلية",
)
_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر")


def _sentence(rng: random.Random, used: set) -> str:
    while True:
        s = (
            f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_PLACES)}، "
            f"{rng.choice(_TAILS)}، مشيرا إلى أن {rng.choice(_OBJECTS)} {rng.choice(_PLACES)} "
            f"ستشهد تحسنا بحلول عام {rng.randint(2025, 2030)}."
        )
        if s not in used:
            used.add(s)
            return s


def site_pages(n: int, seed: int = 0, start: int = 0) -> List[Dict[str, str]]:
    """``n`` pages: dicts with ``id``, ``url``, ``text`` and ``gold`` (the gold body)."""
    rng = random.Random(seed)
    used: set = set()
    pages = []
    for i in range(start, start + n):
        story = [_sentence(rng, used) for _ in range(rng.randint(3, 5))]
        title = f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        day, month = rng.randint(1, 28), rng.choice(_MONTHS)
        most_read = rng.sample(HEADLINES, 4)
        lines = (
            [MENU, title, f"نشر في: {day} {month} 2024"]
            + story
            + [SLOGAN, DISCLAIMER, MOST_READ]
            + most_read
            + [FOOTER.format(year=rng.choice((2023, 2024)))]
        )
        pages.append(
            {
                "id": f"alwadi-{i:04d}",
                "url": f"https://www.{SITE}/news/{i}",
                "text": "\n".join(lines),
                "gold": "\n".join(story),
            }
        )
    return pages
