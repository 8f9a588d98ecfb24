"""A datatrove pipeline step that cleans ``document.text`` with arclean.

It follows datatrove's filter convention (:class:`datatrove.pipeline.filters.base_filter.BaseFilter`):
documents it keeps go on with ``text`` replaced by the cleaned body and
``metadata["arclean"]`` holding the page's metadata (title, dates, author,
...; see :meth:`arclean.Metadata.to_dict`); documents left with an empty body
are dropped, counted in the step's stats as ``dropped`` and
``dropped_empty_body``, and handed unchanged to ``exclusion_writer`` if one is
given.  Pages the parser fails on are dropped as ``dropped_parse_failed``.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from arclean.integrations.datatrove import ArcleanFilter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), ArcleanFilter(), JsonlWriter("out/")],
        tasks=8, workers=4, logging_dir="logs/",
    ).run()

The same step runs unchanged under ``SlurmPipelineExecutor`` and
``RayPipelineExecutor`` (see docs/batch.md): the step holds only its
arguments, and each document is cleaned by a pure call.
"""
from __future__ import annotations

from typing import Any, Dict, Union

try:
    from datatrove.data import Document as _DTDocument
    from datatrove.pipeline.filters.base_filter import BaseFilter
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "arclean.integrations.datatrove needs datatrove: pip install 'arclean[datatrove]'"
    ) from exc

from ..api import parse

__all__ = ["ArcleanFilter"]


class ArcleanFilter(BaseFilter):
    """Clean each document's text; drop the ones left without a body.

    ``html``: the text is HTML, read with :func:`arclean.parse_html` (the
    document's ``metadata["url"]`` is passed on).  ``profile``: an
    :class:`arclean.profile.Profile` (or the path of one) whose site template
    applies to each document, its site found from ``metadata`` (``url`` for a
    profile learned ``--by host``, else the profile's field).  ``metadata_key``:
    where the page's metadata goes.  ``keep_segments``: also store the segments
    (``metadata["arclean_segments"]``) and the text they point into.
    """

    name = "🧹 arclean"

    def __init__(
        self,
        html: bool = False,
        profile: Union[None, str, Any] = None,
        metadata_key: str = "arclean",
        keep_segments: bool = False,
        exclusion_writer: Any = None,
    ) -> None:
        super().__init__(exclusion_writer)
        if isinstance(profile, str):
            from ..profile import load_profile

            profile = load_profile(profile)
        self.html = html
        self.profile = profile
        self.metadata_key = metadata_key
        self.keep_segments = keep_segments
        if html:
            from ..batch import html_parser

            # fail now, with a clear message, if parse_html is not there (or takes no profile)
            html_parser(("profile",) if profile is not None else ())

    def _parse(self, doc: _DTDocument):
        template = None
        if self.profile is not None:
            meta = dict(doc.metadata)
            template = self.profile.for_record(meta)
        kwargs: Dict[str, Any] = {"profile": template} if template is not None else {}
        if self.html:
            from ..html import parse_html

            url = doc.metadata.get("url")
            return parse_html(doc.text, url=url if isinstance(url, str) and url else None, **kwargs)
        return parse(doc.text, **kwargs)

    def filter(self, doc: _DTDocument) -> Union[bool, tuple]:
        try:
            result = self._parse(doc)
        except Exception:  # noqa: BLE001 - one bad page must not stop a task
            return False, "parse_failed"
        if not result.body:
            return False, "empty_body"
        doc.text = result.body
        doc.metadata[self.metadata_key] = result.metadata.to_dict()
        if self.keep_segments:
            doc.metadata[self.metadata_key + "_segments"] = [s.to_dict() for s in result.segments]
            doc.metadata[self.metadata_key + "_source_text"] = result.source_text
        self.stat_update("kept_chars", value=len(result.body))
        return True
