"""Media pages: a video section's, a programme's or a photo gallery's page, whose only text
is one clip's short description or one photo's caption, holds no article.

A channel's video section prints its featured clip (headline, duration, date, a
paragraph of description) over a list of other clips, each with its own duration;
a programme's page prints its latest episode and the episode list the same way.
The featured clip's paragraph is an item's blurb, its date the clip's, not an
article's; so is the first caption of a "photos of the day" page, each photo under
its counter ("3 / 8").  The sign is the durations (or counters): at least
:data:`MEDIA_MIN_DURATIONS` of them on the page ("04:32", "/ 04:12", "المدة: 46
دقيقة", "3 / 8"), one of them within
:data:`MEDIA_HEADER_REACH` lines over the body, and a body of at most
:data:`MEDIA_MAX_BODY_LINES` lines.  A story under a video keeps its paragraphs
(longer than that), and a live blog's clocks stand over sentences, not over one
short body.
"""
from __future__ import annotations

import re
from typing import Sequence, Tuple

from .lines import Line

__all__ = ["MEDIA_HEADER_REACH", "MEDIA_MAX_BODY_LINES", "MEDIA_MIN_DURATIONS", "media_page"]

#: A media page prints at least this many durations (the featured clip's and the list's).
MEDIA_MIN_DURATIONS = 4
#: ...one of them at most this many lines over the first body line (the featured clip's).
MEDIA_HEADER_REACH = 4
#: ...and its body (the clip's description) has at most this many lines.
MEDIA_MAX_BODY_LINES = 3

_D = r"[\d٠-٩۰-۹]"
# A duration: a clock alone ("04:32", "1:02:15", a player's "/ 04:12"), or a labelled length
# anywhere in a card's bar ("المدة: 46 دقيقة", "مدة الحلقة 45 د"); or a photo gallery's
# counter alone ("3 / 8"): each marks one clip or one photo of the page.
_DURATION = re.compile(
    rf"^/?\s*{_D}{{1,2}}[:٫]{_D}{{2}}(?:[:٫]{_D}{{2}})?$"
    rf"|(?:ال)?مدة(?:\s+\S+)?\s*:?\s*{_D}+\s*(?:دقيقة|دقائق|د|ساعة|ثانية)\b"
    rf"|^{_D}{{1,3}}\s*/\s*{_D}{{1,3}}$"
)
#: A duration line is short (a card's bar at most).
_DURATION_MAX_WORDS = 10


def _duration(ln: Line) -> bool:
    return ln.words <= _DURATION_MAX_WORDS and _DURATION.search(ln.text) is not None


def media_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the page a media page whose body is a clip's description (see the module's doc)?"""
    if not runs or sum(e - s for s, e in runs) > MEDIA_MAX_BODY_LINES:
        return False
    first = runs[0][0]
    if not any(_duration(lines[k]) for k in range(max(0, first - MEDIA_HEADER_REACH), first)):
        return False
    return sum(1 for ln in lines if _duration(ln)) >= MEDIA_MIN_DURATIONS
