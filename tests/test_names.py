"""Bare-name bylines (arclean.names): a writer's name alone on a line, above the story or
under its last paragraph; a caption naming the story's subject stays body."""
from __future__ import annotations

from typing import List, Tuple

import pytest

import arclean
from arclean import names
from arclean.lines import read_lines
from samples import FA1, FA2

LEDE = "يصادف اليوم ذكرى ميلاد الفنانة سعاد حسني التي قدمت أكثر من ثمانين فيلما في مسيرة امتدت ثلاثين عاما."
MORE = "وقدمت خلال مسيرتها أدوارا متنوعة بين الكوميديا والدراما، ونالت عددا من الجوائز المحلية والعربية."
SPORT = "فاز المنتخب الوطني على نظيره بثلاثة أهداف مقابل هدف في المباراة التي أقيمت مساء أمس على الملعب الرئيسي."
SPORT2 = "وسجل المهاجم هدفين في الشوط الثاني بعد تمريرات متقنة من خط الوسط، فيما أضاع الفريق المنافس ركلة جزاء."


def rows(text: str) -> List[Tuple[str, str, str, str]]:
    return [(t, s.label, s.kind, s.rule) for s, t in arclean.parse(text).iter_text()]


def rule_of(text: str, line: str) -> Tuple[str, str, str]:
    for t, label, kind, rule in rows(text):
        if t == line:
            return label, kind, rule
    raise AssertionError(f"no segment is {line!r}")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("نورهان نبيل", True),
        ("عبدالله العصيمي", True),  # "عبد" glued to the name
        ("عبد الرحمن يوسف", True),
        ("محمد 2024", False),  # a digit
        ("أخبار مصر", False),  # not a given name
        ("تفاصيل الحادث", False),
        ("سارة", False),  # one word
        ("أحمد علي: القاهرة", False),  # punctuation
        ("محمد بن سلمان يزور عددا من الدول", False),  # too long
    ],
)
def test_name_line(line: str, expected: bool) -> None:
    (ln,), _block = read_lines(line)
    assert names.name_line(ln) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("حوار: منى عبد العزيز", True),  # a byline label ("منى" is no listed given name)
        ("كتابة: هبة الخطيب", True),
        ("تمت المراجعة الطبية بواسطة: د. سامر النجار، استشاري الغدد الصماء", True),  # honorific, role
        ("المصدر: محمد علي", True),  # any label before a listed given name
        ("السيسي: مصر لن تتخلى عن حقوقها", False),  # a speaker and a quote
        ("عاجل: الحكومة تعلن زيادة الأجور", False),  # no byline label, no given name
        ("حوار: 3 أسئلة للوزير", False),  # a digit: no name
        ("حوار مع الوزير", False),  # no colon
        ("تحریر: مولانا عبدالرحمٰن قاسمی", True),  # Urdu label; a combining alef in the name
        ("وزير الخارجية في الحكومة الجديدة المؤقتة: سامر النجار", False),  # a label too long
        ("الصويرة: عبد الإله الرحموني", True),  # a place, then a name opening with a compound of "عبد"
        ("مراكش: عبدالكريم بنعلي", True),
        ("كتب/ صالح عبدالله الصبيحي – مراسل «المشهد» في لحج", True),  # a label and a slash; the role after a dash
        ("تقرير وتصوير: ريبوار عبدالله", True),  # the label's last word with its conjunction
        ("كتب - محمود عبد الحميد، مراسل الموقع في المنيا", True),  # a one-word label before a spaced dash
        ("تقرير: زينب فقيه", True),  # "report by"
        ("تقرير: ارتفاع أسعار الخضار في الأسواق الشعبية", False),  # a report's kicker over its headline
        ("اقتباس من: عبد الرحمن المغربي", False),  # a forum's quote of a replier
        ("Quote from: محمد علي", False),
    ],
)
def test_labelled_name(line: str, expected: bool) -> None:
    assert names.labelled_name(line) is expected


def test_byline_labels_file_gives_every_label_a_reason() -> None:
    assert names.BYLINE_LABELS and all(b" " not in k for k in names.BYLINE_LABELS)


def test_names_file_loads_once_with_its_folded_keys() -> None:
    # the loader rejects a row without a reason; the names are stored as folded keys
    assert len(names.GIVEN_NAMES) >= 200
    assert read_lines("فاطمه")[0][0].key in names.GIVEN_NAMES  # ة/ه folded


@pytest.mark.parametrize(
    "header",
    [
        ["سعاد حسني.. مسيرة فنية لا تنسى", "الأربعاء، 07 أكتوبر 2020 - 12:09 م"],
        ["الرئيسية", "فن", "سعاد حسني.. مسيرة فنية لا تنسى", "نشر في: 7 أكتوبر 2020"],
        ["سعاد حسني.. مسيرة فنية لا تنسى", "2020/10/07 12:09"],
    ],
)
def test_name_between_the_header_and_the_story_is_the_author(header: List[str]) -> None:
    text = "\n".join([*header, "نورهان نبيل", LEDE, MORE])
    doc = arclean.parse(text)
    assert doc.metadata.author == "نورهان نبيل"
    assert rule_of(text, "نورهان نبيل") == ("metadata", "author", "zone.name_over_story")
    assert doc.body == "\n".join([LEDE, MORE])


def test_caption_naming_the_story_subject_is_not_the_author() -> None:
    # "سعاد حسني" is the story's subject: the story mentions her, so the line is a caption
    text = "\n".join(["مسيرة فنية لا تنسى", "الأربعاء، 07 أكتوبر 2020 - 12:09 م", "سعاد حسني", LEDE, MORE])
    doc = arclean.parse(text)
    assert doc.metadata.author is None
    assert rule_of(text, "سعاد حسني")[1] != "author"  # (a caption, or the subtitle under the title)


@pytest.mark.parametrize("story", [[SPORT, SPORT2], [LEDE, MORE], [SPORT]])
def test_name_under_the_last_paragraph_is_the_signature(story: List[str]) -> None:
    text = "\n".join([*story, "عبدالله العصيمي"])
    doc = arclean.parse(text)
    assert doc.metadata.author == "عبدالله العصيمي"
    assert rule_of(text, "عبدالله العصيمي") == ("metadata", "author", "tail.signature")
    assert doc.body == "\n".join(story)


def test_name_the_story_mentions_stays_in_the_body() -> None:
    story = [SPORT, "وأشاد المدرب بأداء اللاعب يوسف النصيري الذي قاد الفريق إلى الفوز في اللقاء الحاسم."]
    text = "\n".join([*story, "يوسف النصيري"])
    assert arclean.parse(text).metadata.author is None


def test_header_byline_stays_the_author_under_a_signature() -> None:
    text = "\n".join(["بقلم: سامي الخطيب", SPORT, SPORT2, "عبدالله العصيمي"])
    assert arclean.parse(text).metadata.author == "سامي الخطيب"


@pytest.mark.parametrize(
    "tail, author",
    [
        # the story printed again after the name: the name heads the copy (dup with it)
        ([SPORT], None),
        (["اقرأ أيضا", "المنتخب يستعد لمواجهة حاسمة الأسبوع المقبل", "مدرب الفريق يعلن قائمة اللاعبين"], "عبدالله العصيمي"),
        (["جميع الحقوق محفوظة © 2024"], "عبدالله العصيمي"),
    ],
)
def test_signature_read_on_the_final_labels_so_clean_is_idempotent(tail: List[str], author: object) -> None:
    text = "\n".join([SPORT, SPORT2, "عبدالله العصيمي", *tail])
    once = arclean.clean(text)
    assert once == "\n".join([SPORT, SPORT2])
    assert arclean.clean(once) == once
    assert arclean.parse(text).metadata.author == author


def test_caption_name_reads_the_same_in_clean_output() -> None:
    # found by the long fuzz run: a bare name (not a listed given name) over the story is a
    # caption in the page; its byline twin further down must not decide how the first line of
    # clean(x) is read, or clean(clean(x)) drops it
    story = "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في إطار خطة تهدف إلى تخفيف الضغط على المرافق القائمة وتحسين الخدمات المقدمة للمرضى."
    head = "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية"
    text = "\n".join(
        [head, story, "الرئيسية", "أخبار محلية", head, "تاريخ النشر: 1 يناير 1995", "منى عبد الله", story,
         "الرئيسية", "أخبار محلية", head, "منى عبد الله - الخبر اليوم", story]
    )
    once = arclean.clean(text)
    assert arclean.clean(once) == once


def test_a_name_with_lineage_particles_may_run_one_word_longer_for_each() -> None:
    from arclean.lines import read_lines

    for name, expected in (("عبد الله ولد سيدي محمد", True), ("مريم بنت أحمد بن سالم الكعبي", True), ("أحمد سالم محمد علي حسن", False)):
        lines, _ = read_lines(name)
        assert names.name_line(lines[0]) is expected, name


def test_a_labelled_name_ends_at_the_bylines_next_field() -> None:
    # "كتابة: <name> | تمت المراجعة الطبية بواسطة: <name>، <role>": two labelled names on one line
    assert names.labelled_name("كتابة: د. هيفاء القحطاني | تمت المراجعة الطبية بواسطة: د. خالد العتيبي، استشاري الأنف والأذن")


@pytest.mark.parametrize("line", ["خبریال: نصرت الله صافي", "خبرنگار: نگار صمدی", "رپورٹر: عامر حسین", "گزارشگر: فرشته رحیمی"])
def test_reporter_labels_of_pashto_persian_dari_and_urdu_bylines(line: str) -> None:
    assert names.labelled_name(line)


def test_a_dari_reporters_byline_under_the_headline_leaves_the_headline_the_title() -> None:
    # date, headline, "گزارشگر: <name>", story: the byline is no caption, the headline the title
    head = "کاروان گندم پیش از بسته شدن راه‌ها به ولسوالی رسید"
    text = "\n".join(["صفحه نخست", "ولایت‌ها", "پنجشنبه ۱۲ قوس ۱۴۰۵ - ۱۴:۳۰", head, "گزارشگر: فرشته رحیمی", FA1, FA2])
    m = arclean.parse(text).metadata
    assert (m.title, m.author) == (head, "فرشته رحیمی")


@pytest.mark.parametrize(
    "value, name",
    [
        ("تقرير: زينب فقيه - مراسلة قناة المدينة في الجنوب", "زينب فقيه"),  # the label off, the role after a dash
        ("كتب - محمود عبد الحميد، مراسل الموقع في المنيا", "محمود عبد الحميد"),  # a dash after the label, the role after a comma
        ("حاوره: سامي الحلبي", "سامي الحلبي"),
        ("د. منى عبد الله، مديرة المشروع", "د. منى عبد الله"),  # a title opens the name
        ("سالم الكثيري - صلالة", "سالم الكثيري"),  # a given name first: the name, then the place
        ("طرابلس - سامي الحلبي", "سامي الحلبي"),  # a place first, the name after it
        ("أخبار المدينة - سامي الحلبي", "سامي الحلبي"),  # an outlet first
        ("هيئة التحرير - القسم المحلي", "هيئة التحرير - القسم المحلي"),  # neither field a name: the value as printed
        ("فيصل العنزي · مهندس أول في فريق البنية التحتية", "فيصل العنزي"),  # a byline's field separator
        ("سامي الحلبي", "سامي الحلبي"),
        ("طرابلس - المدينة نيوز - سامي الحلبي", "سامي الحلبي"),  # a place, an outlet, then the name
    ],
)
def test_byline_name_is_the_writers_name_field(value: str, name: str) -> None:
    assert names.byline_name(value) == name


def test_a_bylines_label_and_role_stay_out_of_the_author() -> None:
    story = [SPORT, SPORT2]
    for byline, author in (("تقرير: زينب فقيه - مراسلة قناة المدينة في الجنوب", "زينب فقيه"),
                           ("كتب - محمود عبد الحميد، مراسل الموقع في المنيا", "محمود عبد الحميد")):
        text = "\n".join(["الرئيسية", "رياضة", "المنتخب يفوز بثلاثية ويتأهل إلى الدور الثاني", byline, "الإثنين 03 فبراير 2025 04:12 م", *story])
        doc = arclean.parse(text)
        assert doc.metadata.title == "المنتخب يفوز بثلاثية ويتأهل إلى الدور الثاني"
        assert doc.metadata.author == author
        assert doc.body == "\n".join(story)


def test_an_urdu_news_desk_byline_under_the_headline_is_the_author() -> None:
    head = "شہر میں پانی کی نئی پائپ لائن بچھانے کا کام اگلے ہفتے سے شروع ہوگا"
    story = ["لاہور (نامہ نگار) شہر کی انتظامیہ نے اعلان کیا ہے کہ پرانے علاقوں میں پانی کی نئی پائپ لائن بچھانے کا کام اگلے ہفتے سے شروع کیا جائے گا۔",
             "حکام کے مطابق منصوبہ تین مرحلوں میں مکمل ہوگا اور اس دوران شہریوں کو متبادل راستے استعمال کرنے کی ہدایت کی گئی ہے۔"]
    text = "\n".join(["ہوم", "شہر", head, "روزنامہ آواز نیوز ڈیسک", "۲۴ نومبر ۲۰۲۵", *story])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.author == "روزنامہ آواز نیوز ڈیسک"
    assert doc.body == "\n".join(story)


def test_a_headline_of_a_topic_and_two_halves_over_a_labelled_byline_is_the_title() -> None:
    # "<topic>: <half>، <half>" has the shape of "<label>: <name>، <role>"; with the byline
    # read under it, it is the headline; a ticker's "clock | headline" over it is none
    head = "خزافو القرية: الطين عندنا، والحطب غائب"
    text = "\n".join(["الرئيسية", "أخبار عاجلة", "10:45 | ارتفاع أسعار الخبز في أسواق المدينة", "09:30 | افتتاح معبر حدودي جديد أمام الشاحنات",
                      "تقارير", head, "بقلم: سامي الحلبي", "تاريخ النشر: 6 ديسمبر 2025", SPORT, SPORT2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.author == "سامي الحلبي"
    assert doc.body == "\n".join([SPORT, SPORT2])


def test_a_label_may_open_with_the_byline_word() -> None:
    # "إعداد الطلبة" (prepared by the students): the label's first word is the byline's
    assert names.labelled_name("إعداد الطلبة: منى عبد العزيز، سامي الحلبي", by_label_only=True)
    assert not names.labelled_name("صيادو الميناء: محمد يعود إلى البحر", by_label_only=True)  # a given name alone does not do
    assert names.labelled_name("صيادو الميناء: محمد يعود إلى البحر")


def test_a_place_outlet_and_name_byline_under_the_headline_is_no_title() -> None:
    head = "الأوقاف تطلق مسارا إرشاديا لزوار المقامات في البلدة القديمة"
    text = "\n".join(["الرئيسية", "محليات", head, "طرابلس - المدينة نيوز - سامي الحلبي", "الثلاثاء 22 نيسان 2025 - 13:05", SPORT, SPORT2])
    doc = arclean.parse(text)
    assert doc.metadata.title == head
    assert doc.metadata.author == "سامي الحلبي"
    assert doc.body == "\n".join([SPORT, SPORT2])
