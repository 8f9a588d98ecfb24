"""A Scrapy item pipeline that adds arclean's ``body`` and ``metadata`` to items.

Enable it in the project settings::

    ITEM_PIPELINES = {"arclean.integrations.scrapy.ArcleanPipeline": 300}

An item holding HTML in ``ARCLEAN_HTML_FIELD`` (default ``"html"``) is read
with :func:`arclean.parse_html` (its ``ARCLEAN_URL_FIELD``, default ``"url"``,
is passed on); otherwise one holding text in ``ARCLEAN_TEXT_FIELD`` (default
``"text"``) with :func:`arclean.parse`.  The pipeline sets the item's
``body`` (the cleaned text) and ``metadata`` (:meth:`arclean.Metadata.to_dict`:
title, dates as ISO strings, author, ...), field names set by
``ARCLEAN_BODY_FIELD`` and ``ARCLEAN_METADATA_FIELD``.  Dict items take any
field; ``scrapy.Item`` classes must declare those two fields.  Other items
pass through untouched.  With ``ARCLEAN_DROP_EMPTY = True`` an item left with
an empty body is dropped (:class:`scrapy.exceptions.DropItem`), and
``ARCLEAN_PROFILE`` names a site-template profile (``arclean learn``) applied
by the item's URL.  Counts go to the crawl stats under ``arclean/``.
"""
from __future__ import annotations

from typing import Any, Optional

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("arclean.integrations.scrapy needs Scrapy: pip install 'arclean[scrapy]'") from exc

from ..api import parse

__all__ = ["ArcleanPipeline"]


class ArcleanPipeline:
    """See the module doc; settings are read by :meth:`from_crawler`."""

    def __init__(
        self,
        html_field: str = "html",
        text_field: str = "text",
        url_field: str = "url",
        body_field: str = "body",
        metadata_field: str = "metadata",
        drop_empty: bool = False,
        profile: Any = None,
        stats: Any = None,
    ) -> None:
        if isinstance(profile, str):
            from ..profile import load_profile

            profile = load_profile(profile)
        self.html_field = html_field
        self.text_field = text_field
        self.url_field = url_field
        self.body_field = body_field
        self.metadata_field = metadata_field
        self.drop_empty = drop_empty
        self.profile = profile
        self.stats = stats
        self._parse_html: Optional[Any] = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ArcleanPipeline":
        s = crawler.settings
        return cls(
            html_field=s.get("ARCLEAN_HTML_FIELD", "html"),
            text_field=s.get("ARCLEAN_TEXT_FIELD", "text"),
            url_field=s.get("ARCLEAN_URL_FIELD", "url"),
            body_field=s.get("ARCLEAN_BODY_FIELD", "body"),
            metadata_field=s.get("ARCLEAN_METADATA_FIELD", "metadata"),
            drop_empty=s.getbool("ARCLEAN_DROP_EMPTY", False),
            profile=s.get("ARCLEAN_PROFILE") or None,
            stats=crawler.stats,
        )

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value("arclean/" + key)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        url = adapter.get(self.url_field)
        url = url if isinstance(url, str) and url else None
        kwargs = {}
        if self.profile is not None and url is not None:
            template = self.profile.site(_host(url)) if self.profile.by == "host" else self.profile.for_record(adapter.asdict())
            if template is not None:
                kwargs["profile"] = template
        html = adapter.get(self.html_field)
        if isinstance(html, (str, bytes)) and html:
            if self._parse_html is None:
                from ..batch import BatchError, html_parser

                try:
                    self._parse_html = html_parser(("profile",) if kwargs else ())
                except BatchError as exc:
                    raise RuntimeError(f"arclean pipeline: {exc}") from None
            doc = self._parse_html(html, url=url, **kwargs)
            self._count("html")
        else:
            text = adapter.get(self.text_field)
            if not isinstance(text, str):
                self._count("skipped")
                return item
            doc = parse(text, **kwargs)
            self._count("text")
        adapter[self.body_field] = doc.body
        adapter[self.metadata_field] = doc.metadata.to_dict()
        if not doc.body:
            self._count("empty_body")
            if self.drop_empty:
                raise DropItem("arclean: empty body")
        return item


def _host(url: str) -> Optional[str]:
    from ..profile import record_site

    return record_site({"url": url})
