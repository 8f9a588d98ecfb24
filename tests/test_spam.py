"""Machine-made sales posts (arclean.spam): no article, no date, each line's rule named."""
from __future__ import annotations

from typing import List

import pytest

import arclean
from arclean import spam
from arclean.lines import read_lines

# A "best of" post in machine-translated Arabic, as an affiliate blog prints it.
SALES_BODY = [
    "هل أنت تبحث عن أفضل مكيف متنقل لغرفة النوم؟ أنت قد جئت إلى المكان الصحيح لأجل معرفة كل شيء عن المكيفات.",
    "المكيف المتنقل هو جدا مفيد لأجل الغرف الصغيرة لأن هو لا يحتاج إلى تركيب في الجدار ويمكن نقله بسهولة.",
    "1. مكيف برودة بلس الصامت",
    "هذا المكيف هو الأفضل الشامل لأن صوته منخفض جدا ويستهلك الكهرباء أقل من الآخرين في نفس الفئة.",
    "2. مكيف كول ماكس للعائلات",
    "إذا أنت تعيش في مدينة حيث الصيف هو حار، هذا المكيف سوف يكون الاختيار الذي نحن نوصي به لك.",
    "الخلاصة",
    "في النهاية، المكيف الأفضل هو الذي يناسب ميزانيتك وحجم غرفتك وطريقة استخدامك في كل يوم.",
]


def sales_page(byline: str = "نشر بواسطة admin في 4 مايو 2025", headline: str = "أفضل 5 مكيفات متنقلة لعام 2025 مراجعة كاملة", commerce: str = "تحقق من السعر على أمازون") -> str:
    return "\n".join(
        ["مراجعات بلس", "الرئيسية", "المنزل", "الإلكترونيات", headline, byline, *SALES_BODY[:4], commerce, *SALES_BODY[4:], "اترك تعليقا", "حقوق النشر © 2025 مراجعات بلس"]
    )


def test_a_sales_post_under_an_admin_byline_holds_no_article() -> None:
    text = sales_page()
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None  # the post's date is no article's date
    assert doc.metadata.title is None
    rules = {s.rule for s, t in doc.iter_text() if t in SALES_BODY}
    assert rules == {"spam.sales_page"}
    assert arclean.clean(text) == ""


@pytest.mark.parametrize(
    "commerce",
    [
        "👉 اضغط هنا للطلب من الموقع الرسمي بخصم 50% 👈",
        "احجز الآن واحصل على أفضل سعر",
        "اتصل الآن: +974 5500 0000",
        "اطلب عرض سعر مجاني",
        "إفصاح: هذه الصفحة تحتوي على روابط تابعة وقد نكسب عمولة من مشترياتكم.",
    ],
)
def test_an_order_button_or_a_disclosure_is_the_third_sign(commerce: str) -> None:
    assert arclean.clean(sales_page(commerce=commerce)) == ""


def test_a_modded_apps_download_post_is_one_too() -> None:
    page = sales_page(headline="تحميل لعبة مزرعة الأحلام مهكرة APK أموال غير محدودة", commerce="⬇ تحميل مزرعة الأحلام مهكرة APK (148MB)")
    assert arclean.clean(page) == ""


def test_the_english_theme_byline_reads_the_same() -> None:
    assert arclean.clean(sales_page(byline="Posted on مايو 4, 2025 by admin")) == ""


@pytest.mark.parametrize(
    "page",
    [
        # an honest review site: buy buttons and a disclosure, but its writer's name
        sales_page(byline="بقلم: سامر الحلبي - 4 مايو 2025"),
        # a news headline that starts with "أفضل", under a site's default account, no selling
        sales_page(commerce="شارك هذا المقال"),
        # the admin account on a post whose headline is no superlative
        sales_page(headline="تجربتي مع المكيف المتنقل في صيف الرياض"),
    ],
    ids=["named-writer", "no-commerce", "plain-headline"],
)
def test_one_or_two_signs_leave_the_article(page: str) -> None:
    doc = arclean.parse(page)
    assert SALES_BODY[0] in doc.body
    assert all(s.rule != "spam.sales_page" for s in doc.segments)


def test_admin_must_follow_a_byline_word() -> None:
    lines, block = read_lines("\n".join(["أفضل 7 تطبيقات للربح 2025", "admin: شكرا لتعليقك", "اضغط هنا للتحميل"]))
    assert spam.sales_page(lines, block) is None  # (an admin's reply in the comments)
    lines, block = read_lines("\n".join(["أفضل 7 تطبيقات للربح 2025", "بواسطة admin", "اضغط هنا للتحميل"]))
    assert spam.sales_page(lines, block) == 1


def test_the_signs_table_names_known_signals_only() -> None:
    assert set(spam._SIGNS) == {"byline", "headline", "cta", "affiliate"}
    assert all(spam._SIGNS.values())
