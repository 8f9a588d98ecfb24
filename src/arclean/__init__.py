"""arclean: clean scraped Arabic web pages.

>>> import arclean
>>> doc = arclean.parse("عنوان الخبر\nنص الخبر الطويل، وفيه جمل كثيرة تشرح ما حدث بالتفصيل في المدينة أمس.")
>>> doc.body.startswith("نص الخبر")
True
"""
from .api import clean, parse
from .html import parse_html
from .dates import DateMatch, find_dates, parse_date
from .normalize import PROFILES, NormalizeConfig, normalize, normalize_with_offsets
from .repair import Repair, repair_text
from .model import BOILERPLATE_KINDS, META_KINDS, Document, Metadata, Note, Segment

__version__ = "0.1.0"

__all__ = [
    "parse",
    "clean",
    "parse_html",
    "Document",
    "Metadata",
    "Segment",
    "Note",
    "parse_date",
    "find_dates",
    "DateMatch",
    "normalize",
    "normalize_with_offsets",
    "NormalizeConfig",
    "PROFILES",
    "repair_text",
    "Repair",
    "META_KINDS",
    "BOILERPLATE_KINDS",
    "__version__",
]
