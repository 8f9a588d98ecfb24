"""Pages printed as markdown (html2text, markdownify): a link reads as its text.

The pages are written for these tests in three house styles; what is checked is the
body, the title without its heading marks, and that a line of links is read as the
menu it is (its targets are no words and no sentence punctuation).
"""
from __future__ import annotations

from typing import Optional

import pytest

import arclean
from arclean.lines import markdown_blanked, markdown_view

from samples import P1, P2, P3


@pytest.mark.parametrize(
    "line, view",
    [
        ("[الرئيسية](https://site.com/) [رياضة](/sport)", "الرئيسية   رياضة"),
        ('[اقرأ المزيد](https://site.com/a/b.html "عنوان الرابط")', "اقرأ المزيد"),
        ("[ويكي](https://ar.wikipedia.org/wiki/مصر_(توضيح))", "ويكي"),  # parentheses inside the target
        ("قال الوزير [في بيان](https://gov.example/x) إن الخطة جاهزة.", "قال الوزير  في بيان  إن الخطة جاهزة."),
        ("[](https://site.com/logo.png)", None),  # no word left: read as printed
        ("*   * [ ](https://twitter.com/share)", None),
    ],
)
def test_markdown_view_reads_links_as_their_text(line: str, view: Optional[str]) -> None:
    assert markdown_view(line) == view
    blanked = markdown_blanked(line)  # the same, every character kept at its offset
    assert len(blanked) == len(line)
    assert all(a == b for a, b in zip(blanked, line) if not a.isspace())
    assert (" ".join(blanked.split()) or None) == (" ".join(view.split()) if view is not None else " ".join(blanked.split()) or None)


_MENU = "[الرئيسية](https://news.example/) [سياسة](https://news.example/politics.html) [اقتصاد](https://news.example/economy.html) [رياضة](https://news.example/sport.html)"


@pytest.mark.parametrize(
    "page, title",
    [
        (  # html2text: a menu of links on one line, "# " headline, links in the story
            [_MENU, "# الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", "نشر في 5 أكتوبر 2024",
             P1, P2.replace("المرضى", "[المرضى](https://news.example/tag/patients)"), P3,
             "## أخبار ذات صلة", "* [الصحة العالمية تحذر من موجة جديدة](https://news.example/1.html)",
             "* [وزير الصحة يتفقد المستشفيات](https://news.example/2.html)"],
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
        ),
        (  # markdownify: bullets of links, a bold linked headline
            ["- [الرئيسية](https://blog.example/)", "- [مقالات](https://blog.example/posts/)",
             "**[الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب](https://blog.example/p/1)**", "12 مارس 2024",
             P1, P2, P3, "- [تواصل معنا](https://blog.example/contact)", "- [سياسة الخصوصية](https://blog.example/privacy)"],
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
        ),
        (  # a page whose links carry long tracking targets (dots and slashes, no sentence)
            ["[تسجيل الدخول](https://id.example.com/login?next=%2Fnews%2F2024%2F05%2Fstory.html&src=nav.top)",
             "### الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", "الأحد 12 مايو 2024",
             P1, P2, P3, "[شارك على فيسبوك](https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example%2Fa.html)"],
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
        ),
    ],
)
def test_a_markdown_page_gives_its_story_and_title(page: list, title: str) -> None:
    doc = arclean.parse("\n".join(page))
    body = [ln for ln in page if any(p[:30] in ln for p in (P1, P2, P3))]
    assert doc.body == "\n".join(body)
    assert doc.metadata.title == title


def test_link_items_under_the_story_leave_the_body() -> None:
    # no "read also" header: the list items that are only links are other stories' headlines
    items = ["* [وزير الصحة يتفقد المستشفيات الجديدة في الجنوب](https://news.example/2.html)",
             "* [الصحة العالمية تحذر من موجة جديدة للوباء](https://news.example/3.html)"]
    doc = arclean.parse("\n".join(["# الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", P1, P2, P3, *items]))
    assert doc.body == "\n".join([P1, P2, P3])
    assert [s.rule for s in doc.segments if s.kind == "related"] == ["shape.link_item"] * 2


def test_a_listing_of_linked_headlines_with_summaries_has_no_article() -> None:
    # each item: a linked headline and its summary cut off with "..." (a search or tag page)
    summaries = [
        "أعلنت الشركة عن طراز جديد من سياراتها الكهربائية يصل مداه إلى خمسمئة كيلومتر بشحنة واحدة ...",
        "تراجعت مبيعات السيارات المستعملة في الربع الأول بنسبة ملحوظة بسبب ارتفاع أسعار الفائدة ...",
        "نصائح مهمة قبل شراء سيارة عائلية تشمل استهلاك الوقود ومساحة الصندوق وأنظمة الأمان ...",
        "افتتح معرض السيارات السنوي أبوابه أمس بمشاركة أكثر من أربعين شركة عالمية ومحلية ...",
    ]
    heads = ["طراز كهربائي جديد بمدى أطول", "تراجع مبيعات السيارات المستعملة", "كيف تختار سيارة العائلة", "افتتاح معرض السيارات السنوي"]
    page = ["[الرئيسية](https://cars.example/) [أخبار](https://cars.example/news)"]
    for n, (h, s) in enumerate(zip(heads, summaries)):
        page += [f"  * [{h}](https://cars.example/a/{n}.html)", s]
    assert arclean.clean("\n".join(page)) == ""


def test_a_date_printed_as_a_link_dates_the_story() -> None:
    # html2text prints a linked date with its target: the date is read, its offsets the line's
    page = [_MENU, "# الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", "كتب [سارة أحمد](https://news.example/author/sara/)",
            "[2024/10/05 - 1:59 صباحًا](https://news.example/%d8%a7%d9%84%d8%b5%d8%ad%d8%a9-2024-10-05/)", P1, P2, P3]
    doc = arclean.parse("\n".join(page))
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.title == "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب"
    assert doc.metadata.published is not None and doc.metadata.published.date().isoformat() == "2024-10-05"
    assert doc.metadata.author == "سارة أحمد"


def _md_page(h1: str, *, wrapped_tail: Optional[str] = None) -> str:
    head = [f"# {h1}"] + ([wrapped_tail] if wrapped_tail else [])
    return "\n".join([
        "[الرئيسية](/) [محليات](/local) [رياضة](/sport)", "",
        "[![شعار الصحيفة](/logo.png)](/)", "",
        "* [محليات](/local)", "",
        *head, "",
        "![صورة المستشفى](/img/h.jpg)", "",
        "* * *", "",
        P1, "", P2, "", P3, "",
        "[فيسبوك](https://facebook.com/sharer) [واتساب](https://wa.me/?text=x)", "",
        "© 2025 صحيفة المدينة",
    ])


def test_a_markdown_level_one_heading_that_names_the_story_is_the_title() -> None:
    h1 = "افتتاح ثلاثة مستشفيات جديدة في المحافظات الشمالية"
    assert arclean.parse(_md_page(h1)).metadata.title == h1
    # a section's name in <h1> names no subject of the story; a wrapped heading holds half a headline
    assert arclean.parse(_md_page("أخبار الصحة")).metadata.title is None
    assert arclean.parse(_md_page("افتتاح ثلاثة مستشفيات جديدة في", wrapped_tail="المحافظات الشمالية")).metadata.title is None
