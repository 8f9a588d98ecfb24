"""arclean: clean scraped Arabic web pages.

>>> import arclean
>>> doc = arclean.parse("عنوان الخبر\nنص الخبر الطويل، وفيه جمل كثيرة تشرح ما حدث بالتفصيل في المدينة أمس.")
>>> doc.body.startswith("نص الخبر")
True
"""
from .api import clean, parse
from .model import BOILERPLATE_KINDS, META_KINDS, Document, Metadata, Note, Segment

__version__ = "0.1.0"

__all__ = [
    "parse",
    "clean",
    "Document",
    "Metadata",
    "Segment",
    "Note",
    "META_KINDS",
    "BOILERPLATE_KINDS",
    "__version__",
]
