"""Media pages (arclean.media): a clip's description over a list of clips is no article."""
from __future__ import annotations

from typing import List

import arclean
from arclean import media
from arclean.lines import read_lines

from samples import P1, P2, P3

CLIPS = [
    ("ملخص مباراة الاتحاد والنصر في الدوري", "06:15", "منذ 3 ساعات"),
    ("جولة في سوق الذهب القديم قبل العيد", "18:40", "منذ 5 ساعات"),
    ("تقرير: ارتفاع الإقبال على الرحلات البحرية", "02:58", "أمس"),
    ("لقاء مع بطل الرماية قبل البطولة الآسيوية", "07:22", "أمس"),
]
DESCRIPTION = "استقبل المعرض زواره في يومه الأول بعروض للصقور الصغيرة ومسابقة للمربين الشباب، وسط إقبال كبير من العائلات والزوار."


def video_section(description: List[str], duration: str = "04:32") -> str:
    lines = ["قناة الخليج", "البث المباشر", "الرئيسية", "فيديو", "الفيديو المميز", "شاهد: معرض الصقور الصغيرة يفتح أبوابه", duration, "الخميس 2 أكتوبر 2025", "12,840 مشاهدة", *description, "تشغيل", "أحدث الفيديوهات"]
    for title, length, stamp in CLIPS:
        lines += [title, length, stamp]
    return "\n".join(lines + ["جميع الحقوق محفوظة © 2025"])


def test_a_featured_clips_description_over_a_list_of_clips_is_no_article() -> None:
    doc = arclean.parse(video_section([DESCRIPTION]))
    assert doc.body == ""
    assert doc.metadata.published is None  # the clip's day, not an article's


def test_a_programmes_latest_episode_with_labelled_lengths_is_no_article() -> None:
    lines = ["الرئيسية / البرامج / حكايات المدن", "أحدث حلقة", "الحلقة 14: سوق المدينة القديم وحكايات الصاغة", "بثت في 7 مارس 2025 · المدة: 46 دقيقة", DESCRIPTION, "جميع الحلقات"]
    for n, (title, _l, _s) in enumerate(CLIPS, 10):
        lines += [f"الحلقة {n}: {title}", f"{n} فبراير 2025 · المدة: 4{n % 10} دقيقة", "شاهد الحلقة »"]
    doc = arclean.parse("\n".join(lines))
    assert doc.body == "" and doc.metadata.published is None


def test_a_story_under_its_video_keeps_its_paragraphs() -> None:
    story = [DESCRIPTION, P1, P2, P3]
    assert arclean.clean(video_section(story)) == "\n".join(story)


def test_durations_read_as_such() -> None:
    lines, _block = read_lines("\n".join(["04:32", "/ 04:12", "1:02:15", "بثت في 7 مارس 2025 · المدة: 46 دقيقة", "مدة الحلقة 45 د", "الساعة الآن 21:32 بتوقيت الجزائر"]))
    assert [media._duration(ln) for ln in lines] == [True, True, True, True, True, False]
