"""Personal names printed alone on a line: a byline with no label.

A page often prints its writer as a bare name ("نورهان نبيل") between the date and the
story, or under the story's last paragraph.  A line is a *name line* when it is two to
:data:`NAME_MAX_WORDS` words of letters with no punctuation or digits, and its first
word is a given name of ``data/given_names.tsv`` (or "عبد" + a word: "عبد الله",
"عبدالرحمن").  The callers add where such a line must sit, and that the story does not
mention the name (a photo caption names the story's subject, whom the story mentions).
"""
from __future__ import annotations

import re
from typing import FrozenSet, Iterable, Optional, Sequence, Tuple

from .fold import key_bytes
from .lexicon import data_rows
from .lines import DIGIT, Line
from .rules import SENTENCE_PUNCT

__all__ = ["BYLINE_LABELS", "GIVEN_NAMES", "NAME_MAX_WORDS", "LABEL_MAX_WORDS", "labelled_name", "name_line", "mentioned", "byline_label_first"]

#: A bare name line has at most this many words ("سارة محمد عبد الله").
NAME_MAX_WORDS = 4
#: A labelled byline's name is read on at most this many characters after the label's colon.
NAME_SCAN_CHARS = 80
#: The label of a labelled byline ("تمت المراجعة الطبية بواسطة") has at most this many words.
LABEL_MAX_WORDS = 4
#: Family-name words shorter than this are not looked for in the story ("آل", "بن").
SURNAME_MIN_CHARS = 3


def _load() -> FrozenSet[bytes]:
    rows = data_rows("given_names.tsv", ("name", "sex", "why"))
    if any(r[1] not in ("m", "f") for r in rows):
        raise ValueError("given_names.tsv: the sex column is m or f")
    return frozenset(key_bytes(r[0]) for r in rows)


#: Folded keys of the given names (loaded once at import).
GIVEN_NAMES: FrozenSet[bytes] = _load()
_ABD = key_bytes("عبد")
_WAW = key_bytes("و")


def _load_labels() -> FrozenSet[bytes]:
    return frozenset(key_bytes(r[0]) for r in data_rows("byline_labels.tsv", ("label", "why")))


#: Folded keys of the byline labels of ``data/byline_labels.tsv`` (loaded once at import).
BYLINE_LABELS: FrozenSet[bytes] = _load_labels()
#: Titles printed before a name ("د. سامر النجار", "المهندس ..."), as folded keys.
_HONORIFICS = frozenset(key_bytes(w) for w in ("د", "م", "أ", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة", "المهندس", "الشيخ", "الشيف"))


def opens_with_honorific(key: bytes) -> bool:
    """Does the keyed line open with a title before a name ("الدكتور", "الشيف", "د")?"""
    return key.split(b" ", 1)[0] in _HONORIFICS


#: The separators of a byline's fields: "<name> · <role>", "<name> | <outlet>" (a bar even unspaced:
#: a dumper glues "إعداد: <name>|تحرير: <name>", and no name holds a bar), and the space before
#: the next field's label when a dumper glued the fields ("نص: <name> صور: <name>"; a word of
#: letters and a colon: no name holds a colon).
BYLINE_FIELD_SEP = re.compile(r"\s[·•–—]\s|\s*\|\s*|\s+(?=[^\W\d_]+:)")


# A forum's quote of an earlier post opens with its writer's name after a colon ("اقتباس من:
# <name>", "Quote from: <name>"): a replier quoted, not the page's writer.
_QUOTE_LABELS = frozenset(key_bytes(w) for w in ("اقتباس", "quote"))


def labelled_name(text: str, by_label_only: bool = False) -> bool:
    """Is the line a byline written as a label, a colon and a name ("حوار: منى عبد العزيز",
    "تمت المراجعة الطبية بواسطة: د. سامر النجار، استشاري الغدد")?  The label has at most
    :data:`LABEL_MAX_WORDS` words; the name (before a comma and a role or the byline's next
    field after :data:`BYLINE_FIELD_SEP`, after an honorific)
    is two to :data:`NAME_MAX_WORDS` words with no digit, and either the label ends with a word
    of ``data/byline_labels.tsv`` or (unless ``by_label_only``) the name opens with a given
    name.  Callers read it only where a byline may sit: a headline "عاجل: محمد صلاح يسجل" has
    the same shape."""
    label, colon, value = _label_split(text)
    # (the name ends at a comma or a spaced hyphen, or at the next field of the byline: "... |
    # تمت المراجعة ...", "... – مراسل <outlet>")
    # (read on the value's head only: a name and an honorific fit in it, and a paragraph after
    # a colon is not split at every space)
    name = _DASH_OR_COMMA.split(BYLINE_FIELD_SEP.split(value[:NAME_SCAN_CHARS], 1)[0], 1)[0]
    # (the cheap test first: a clock "1:54" or a date after the colon is no name)
    if not colon or DIGIT.search(name) is not None:
        return False
    # (the label's words as keyed: a check mark or an icon before it is no word, "✔ بواسطة: ...")
    label_words = key_bytes(label).split()
    if not 1 <= len(label_words) <= LABEL_MAX_WORDS or label_words[0] in _QUOTE_LABELS:
        return False
    words = key_bytes(name).split(b" ")
    if words and words[0] in _HONORIFICS:
        words = words[1:]
    if not 2 <= len(words) <= NAME_MAX_WORDS:
        return False  # (letters with their marks: "عبدالرحمٰن" holds a combining alef)
    last = label_words[-1]
    # (the label's last word may carry the conjunction: "تقرير وتصوير"; or its first word is the
    # byline word and the rest says whose work: "إعداد الطلبة", "prepared by the students")
    return (
        last in BYLINE_LABELS
        or (last[:1] == _WAW and last[1:] in BYLINE_LABELS)
        or label_words[0] in BYLINE_LABELS
        or (not by_label_only and _given_first(words))
    )


# A one-word label before a slash or a spaced dash: "كتب/ <name>", "كتب - <name>".
_SLASH_OR_DASH = re.compile(r"\s*/\s*|\s+[-–—]\s+")


def _label_split(text: str) -> Tuple[str, str, str]:
    """``(label, separator, value)`` of "<label>: <value>", or of a one-word byline label
    before a slash or a spaced dash ("كتب/ <name>", "متابعة - <name>"); the separator is
    empty when there is none."""
    label, colon, value = text.partition(":")
    if not colon:
        m = _SLASH_OR_DASH.search(text, 0, NAME_SCAN_CHARS)
        if m is not None and key_bytes(text[: m.start()]) in BYLINE_LABELS:
            return text[: m.start()], m.group().strip(), text[m.end() :]
    return label, colon, value


def byline_name(value: str) -> str:
    """The writer's name in a byline's value, after its label ("تقرير: <name>", "كتب - <name>"):
    the name field when the byline has fields and the name's field is plain (see
    :func:`_name_field`); the value itself otherwise."""
    label, sep, rest = _label_split(value)
    if sep and byline_label_first(label):
        value = rest.strip()
    m = BYLINE_FIELD_SEP.search(value)
    if m is not None:  # "<name> · <role>", "<name> | <outlet>", "<name> – مراسل ...": the first field
        name = value[: m.start()].strip()
        return name if _name_sized(name) else value
    fields = [f.strip() for f in _DASH_OR_COMMA.split(value)]
    if len(fields) < 2:
        return value
    return _name_field(fields) or value


def _name_sized(name: str) -> bool:
    return 2 <= len(name.split()) <= BYLINE_NAME_MAX_WORDS and DIGIT.search(name) is None


def _name_field(fields: Sequence[str]) -> Optional[str]:
    """Which of the fields spaced hyphens or commas part is the name: the first when it opens
    with a given name or a title ("حسين العلي - مراسل ...", "د. منى عوض، مديرة الحفريات") or
    when a reporter's role opens the second ("<name>، نامہ نگار"); else the last when it opens
    with a given name (a place's or an outlet's name first: "رام الله - ميس عودة", "الكرك -
    المشهد - حسين المعايطة"); None when none says."""
    head, tail = fields[0], fields[-1]
    if _name_sized(head) and (opens_with_given_name(head) or opens_with_honorific(key_bytes(head))):
        return head
    if _name_sized(tail) and len(tail.split()) <= NAME_MAX_WORDS and (opens_with_given_name(tail) or opens_with_honorific(key_bytes(tail))):
        return tail
    if _name_sized(head) and key_bytes(fields[1]).split(b" ", 1)[0] in _ROLE_WORDS:
        return head
    return None


#: The name field of a byline has at most this many words.
BYLINE_NAME_MAX_WORDS = 5
# A spaced hyphen or a comma between a byline's fields (read after BYLINE_FIELD_SEP's).
_DASH_OR_COMMA = re.compile(r"\s+-\s+|\s*[،,]\s*")
# A reporter's role opening a byline's second field: "<name> - مراسل <outlet>", "<name>، خبرنگار".
_ROLE_WORDS = frozenset(
    key_bytes(w)
    for w in ("مراسل", "مراسلة", "المراسل", "محرر", "محررة", "مندوب", "مندوبة", "صحفي", "صحفية", "خبرنگار", "نامہ", "روزنامه‌نگار", "خبریال", "پەیامنێری")
)


def _given_first(words: Sequence[bytes]) -> bool:
    """Do a name's keyed words open with a given name, or with a compound of "عبد" ("عبد الإله
    ...", "عبدالرحمن ...": the lexicon lists given names, not every servant-of-God compound)?"""
    first = words[0]
    return first in GIVEN_NAMES or (first.startswith(_ABD) and (len(first) > len(_ABD) or len(words) >= 3))


def opens_with_given_name(text: str) -> bool:
    """Does ``text``, of two words or more, open with a given name ("الشيخ ولد أحمدو" does not;
    "الصادق إبراهيم" and "عثمان محمد أدروب" do)?  A person's name, not an outlet's."""
    words = key_bytes(text).split()
    return len(words) >= 2 and _given_first(words)


def byline_label_first(text: str) -> bool:
    """Does the text open with a byline's label ("بقلم", "كتب:", "بواسطة")?"""
    first = text.split(None, 1)[0].rstrip(":：") if text.strip() else ""
    return key_bytes(first) in BYLINE_LABELS


#: Folded keys of the particles of a lineage ("ولد", "بن", "بنت"): each lets a name run one word
#: longer ("عبد الله ولد سيدي محمد").
_KUNYA = frozenset(key_bytes(w) for w in ("أبو", "ابو", "أم", "ام"))
_LINEAGE = frozenset(key_bytes(w) for w in ("ولد", "بن", "بنت", "ابن"))


def name_line(ln: Line) -> bool:
    """Is the line a bare personal name (see the module's doc)?"""
    if ln.words < 2 or SENTENCE_PUNCT.search(ln.text) is not None:
        return False
    words = ln.key.split(b" ")
    if ln.words > NAME_MAX_WORDS + sum(1 for w in words if w in _LINEAGE):
        return False
    if len(words) != ln.words or any(not w.isalpha() for w in ln.text.split()):
        return False  # a digit, a symbol or a Latin-only token: not a name printed alone
    if words[0] in _KUNYA:  # "أبو فيصل الحربي", "أم خالد": a kunya over a given name
        words = words[1:]
    return _given_first(words)


def mentioned(name: str, story: Iterable[str]) -> bool:
    """Does the story mention the person: the whole name or one of the family-name words?"""
    parts = [w for w in name.split()[1:] if len(w) >= SURNAME_MIN_CHARS]
    for text in story:
        if name in text or any(w in text for w in parts):
            return True
    return False
