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


def test_a_photos_of_the_day_page_is_no_article() -> None:
    captions = [
        "مزارعون يحصدون محصول بنجر السكر في إحدى قرى المحافظة صباح اليوم وسط أجواء مشمسة.",
        "أمواج عالية تضرب الكورنيش مع اشتداد الرياح على السواحل الشمالية.",
        "زحام على أجنحة دور النشر في معرض الكتاب خلال عطلة نهاية الأسبوع.",
        "ركاب ينتظرون القطار على رصيف المحطة في ساعة الذروة المسائية.",
        "مراكب شراعية تنقل السائحين في النهر أمام الجزيرة عند الغروب.",
    ]
    lines = ["الرئيسية", "صور اليوم", "صور اليوم.. الأربعاء 5 فبراير 2025", "5 صور · فريق التصوير"]
    for n, caption in enumerate(captions, 1):
        lines += [f"{n} / {len(captions)}", caption, "تصوير: فريق الموقع", "تحميل"]
    doc = arclean.parse("\n".join(lines + ["ألبومات أخرى", "© 2025 عدسة اليوم"]))
    assert doc.body == "" and doc.metadata.published is None


def test_a_gallery_story_keeps_its_paragraphs_and_captions() -> None:
    story = [P1, P2, P3]
    lines = ["بالصور: افتتاح المستشفى الجديد", "نشر في: 12 مارس 2024", *story]
    for n in range(1, 5):
        lines += [f"{n} / 4", f"جانب من جولة الوزير في أقسام المستشفى الجديد، الصورة رقم {n}"]
    doc = arclean.parse("\n".join(lines))
    assert all(p in doc.body for p in story)


def test_a_gallerys_counters_mark_its_photos_as_durations_mark_clips() -> None:
    text = "\n".join(["صور اليوم.. الأربعاء 5 فبراير 2025", "1 / 4", "مزارعون يحصدون محصول بنجر السكر في إحدى القرى صباح اليوم.",
                      "تصوير: فريق الموقع", "2 / 4", "أمواج عالية تضرب الكورنيش.", "3 / 4", "زحام في معرض الكتاب.", "4 / 4", "ركاب ينتظرون القطار."])
    lines, _block = read_lines(text)
    assert media.media_page(lines, [(2, 3)])  # the first photo's caption, under its counter
    assert not media.media_page(lines, [(2, 6)])  # a body longer than a caption is read as one


def test_a_players_fallback_text_over_the_featured_clip_is_no_story_line() -> None:
    # "your browser does not support this video" printed where the player was, in three languages
    for notice in ("متصفحك لا يدعم تشغيل هذا الفيديو.", "مرورگر شما از پخش این ویدئو پشتیبانی نمی‌کند.", "آپ کا براؤزر یہ ویڈیو چلانے کی سپورٹ نہیں کرتا۔"):
        lines = ["قناة الخليج", "الرئيسية", "فيديو", "الفيديو المميز", notice, "04:32", "شاهد: معرض الصقور الصغيرة يفتح أبوابه", DESCRIPTION, "أحدث الفيديوهات"]
        for title, length, stamp in CLIPS:
            lines += [length, title, stamp]
        text = "\n".join(lines)
        doc = arclean.parse(text)
        assert doc.body == "", notice
        assert any(s.rule.startswith("lexicon.") and s.kind == "widget" for s in doc.segments if s.text_in(text) == notice)
