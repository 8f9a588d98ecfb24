"""Public entry points: :func:`parse` and :func:`clean`.

Both are pure functions of their arguments: no state is kept between calls, so
batch workers and pipeline steps can call them from any thread or process.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Sequence, Tuple, Union

from .lexicon import DEFAULT_LEXICON, Entry, Lexicon
from .dates import check_reference, day_first_signal
from .metadata import extract_metadata
from .model import BODY, METADATA, DateValue, Document, Metadata, Note, Segment
from .normalize import PROFILES, NormalizeConfig
from .normalize import normalize as _normalize
from .repair import repair_text
from .lines import Line
from .linemodel import DEFAULT_WEIGHTS, BodyWeights
from .segment import line_parts, segment_lines
from .html import looks_like_html
from .profile import SiteTemplate, check_template

__all__ = ["parse", "clean"]


def _check_text(text: object, fn: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"arclean.{fn}() takes str, not {type(text).__name__}: decode it first, "
            f"e.g. {fn}(data.decode('utf-8', errors='replace'))"
        )
    raise TypeError(f"arclean.{fn}() takes the page text as str, not {type(text).__name__}")


def _check_lexicon(lexicon: object) -> Lexicon:
    if lexicon is None:
        return DEFAULT_LEXICON
    if not isinstance(lexicon, Lexicon):
        raise TypeError(
            "lexicon= takes an arclean.lexicon.Lexicon (see arclean.lexicon.load_lexicon), "
            f"not {type(lexicon).__name__}"
        )
    return lexicon


def _check_hints(hints: object, text: str) -> Optional[Sequence[Optional[str]]]:
    if hints is None:
        return None
    if isinstance(hints, (str, bytes)) or not isinstance(hints, Sequence):
        raise TypeError(
            "hints= takes a sequence with one role (str) or None per line of text.splitlines(), "
            f"e.g. ['nav', None, 'footer'], not {type(hints).__name__}"
        )
    for h in hints:
        if h is not None and not isinstance(h, str):
            raise TypeError(f"hints= items must be str roles or None, not {type(h).__name__}")
    n_lines = len(text.splitlines())
    if len(hints) != n_lines:
        raise ValueError(
            f"hints= has {len(hints)} item{'' if len(hints) == 1 else 's'} but the text has {n_lines} "
            f"line{'' if n_lines == 1 else 's'} (text.splitlines()): give one role or None per line"
        )
    return hints


#: Code of the note :func:`parse` adds when no segment is body.
NO_BODY = "no-body"


def _no_body_note(n_segments: int) -> Note:
    if not n_segments:
        return Note(NO_BODY, "no body found: the text is empty or blank")
    return Note(
        NO_BODY,
        f"no body found: all {n_segments} segments are metadata or boilerplate (see Document.explain())",
        (("segments", n_segments),),
    )


#: A note's code: the page has no body, so the dates its lines held are not the article's.
NO_ARTICLE_DATES = "no-article-dates"


def _dates_dropped_note(m: Metadata) -> Note:
    found = tuple((name, value.isoformat()) for name, value in (("published", m.published), ("updated", m.updated)) if value is not None)
    return Note(
        NO_ARTICLE_DATES,
        "no body, so no article date: " + ", ".join(f"{name} {iso}" for name, iso in found)
        + " read on the page's lines left unset (a listing's items' dates)",
        found,
    )


def _check_profile(normalize: object) -> Optional[NormalizeConfig]:
    if normalize is None:
        return None
    if isinstance(normalize, NormalizeConfig):
        return normalize
    if isinstance(normalize, str):
        if normalize not in PROFILES:
            raise ValueError(
                f"normalize= takes one of {sorted(PROFILES)} or a NormalizeConfig, not {normalize!r}"
            )
        return PROFILES[normalize]
    raise TypeError(
        f"normalize= takes a profile name {sorted(PROFILES)} or a NormalizeConfig, not {type(normalize).__name__}"
    )


def _prepare(text: str, repair: bool) -> Tuple[str, Tuple[Note, ...]]:
    """The text the spans will point into: the input, or its mojibake repair (with a note)."""
    if not isinstance(repair, bool):
        raise TypeError(f"repair= takes True or False, not {type(repair).__name__}")
    if not repair:
        return text, ()
    rep = repair_text(text)
    if not rep.changed:
        return text, ()
    note = rep.note()
    return rep.text, ((note,) if note is not None else ())


def _find_date(text: str):
    """Where a line's date is written, for the segmentation (it reads spans only):
    a numeric date that could be read both ways is a date either way, and so is a
    numeric 13xx date with no calendar marker (lunar or solar, a date all the same:
    a listing's "۱۴۰۳/۰۹/۲۰ - ۱۸:۱۰" stamps).  The metadata values are read by
    :func:`arclean.metadata.extract_metadata`, which reads such a date only on a
    Persian page."""
    from .dates import parse_date, parse_solar_numeric

    found = parse_date(text, day_first=True)
    if found is None and ("/" in text or "-" in text or "." in text):
        found = parse_solar_numeric(text)
    return found


def _parse_time(text: str):
    from .dates import parse_time

    return parse_time(text)


def _segments(lines) -> List[Segment]:
    out: List[Segment] = []
    append = out.append
    for ln in lines:
        if ln.parts:
            for p in ln.parts:
                append(Segment(p.start, p.end, p.label, p.kind, p.rule))
        else:
            append(Segment(ln.start, ln.end, ln.label, ln.kind, ln.rule))
    return out


def _body(text: str, lines) -> str:
    """The body segments' text joined by newlines (computed from the lines directly)."""
    pieces: List[str] = []
    for ln in lines:
        if ln.parts:
            pieces.extend(text[p.start : p.end] for p in ln.parts if p.label == BODY)
        elif ln.label == BODY:
            pieces.append(ln.text)
    return "\n".join(pieces)


def _check_model(model: object) -> BodyWeights:
    if model is None:
        return DEFAULT_WEIGHTS
    if not isinstance(model, BodyWeights):
        raise TypeError(
            "model= takes an arclean.linemodel.BodyWeights (the body score's weights, e.g. from "
            f"arclean.linemodel.fit(records)), not {type(model).__name__}"
        )
    return model


def _run(
    text: object,
    fn: str,
    repair: bool,
    normalize: Union[None, str, NormalizeConfig],
    lexicon: Optional[Lexicon],
    hints: Optional[Sequence[Optional[str]]],
    template: Optional[SiteTemplate] = None,
    model: Optional[BodyWeights] = None,
) -> Tuple[str, Tuple[Note, ...], Optional[NormalizeConfig], List[Line]]:
    """Check the arguments, repair, segment: what parse() and clean() share."""
    checked = _check_text(text, fn)
    lex = _check_lexicon(lexicon)
    profile = _check_profile(normalize)
    line_hints = _check_hints(hints, checked)
    site = check_template(template)
    source, notes = _prepare(checked, repair)
    if site is not None:  # the site's template lines become hints (arclean.profile)
        line_hints = site.hints(source, line_hints)
    weights = _check_model(model)
    return source, notes, profile, segment_lines(source, lex, find_date=_find_date, hints=line_hints, weights=weights)


def parse(
    text: str,
    *,
    repair: bool = True,
    normalize: Union[None, str, NormalizeConfig] = None,
    lexicon: Optional[Lexicon] = None,
    hints: Optional[Sequence[Optional[str]]] = None,
    html: Optional[bool] = None,
    profile: Optional[SiteTemplate] = None,
    reference: Optional[DateValue] = None,
    model: Optional[BodyWeights] = None,
) -> Document:
    """Split a scraped page's text into body, metadata and boilerplate.

    Returns a :class:`~arclean.model.Document` whose segments partition every
    non-whitespace character of ``Document.source_text``, each naming the rule
    that labelled it.

    ``repair`` (default on) repairs mojibake (cp1256/UTF-8 mix-ups, see
    :mod:`arclean.repair`) first; it costs nothing on clean text.  When it
    changes the text, ``source_text`` is the repaired text and a note with
    code ``"repair"`` maps it back to the input.

    ``normalize`` (default off) applies an output profile ("safe", "search",
    "persian-fold" or a :class:`~arclean.normalize.NormalizeConfig`) to the body
    and metadata strings; spans keep pointing into ``source_text``, and
    :meth:`Document.body_offsets` maps body characters back.

    ``lexicon`` replaces the packaged phrase lexicon (see
    :func:`arclean.lexicon.load_lexicon`).  ``hints`` gives one structural role
    per line of ``text.splitlines()`` (or None), e.g. from the HTML element the
    line came from; roles in :data:`arclean.segment.HINT_KINDS` ("nav",
    "footer", "aside", "comments", "ad", "share", ...) decide a line before any
    rule, with rule name ``hint.<role>``.

    ``html``: a string that is clearly an HTML page (it starts with a tag and
    has a doctype, ``<html`` or ``<body``) is read by :func:`arclean.parse_html`
    and the result carries a note with code ``"html"``; ``html=False`` reads
    the markup as text, ``html=True`` reads any string as HTML.

    ``profile`` takes one site's learned template (``Profile.site(host)``, see
    :mod:`arclean.profile`): its lines are boilerplate of kind ``template``,
    rule ``template:<profile name>``.

    ``reference`` (a ``datetime`` or ``date``: when the page was fetched) lets
    relative dates ("منذ ساعتين") resolve; see :func:`arclean.parse_date`.

    ``model`` (an :class:`arclean.linemodel.BodyWeights`) replaces the body
    score's weights, e.g. with weights fitted by :func:`arclean.linemodel.fit`.
    """
    check_reference(reference)
    if html is not False and isinstance(text, str) and (html or looks_like_html(text)):
        from .html import parse_routed

        return parse_routed(
            text, repair=repair, normalize=normalize, lexicon=lexicon, hints=hints, profile=profile,
            reference=reference, model=model,
        )
    source, notes, norm, lines = _run(text, "parse", repair, normalize, lexicon, hints, profile, model)
    pieces: List[Tuple[str, str, Optional[Entry], int]] = []
    for ln in lines:
        for p in line_parts(ln):
            if p.label == METADATA:
                pieces.append((p.kind, source[p.start : p.end], p.entry, ln.start))
    date_notes: List[Note] = []
    metadata = extract_metadata(
        pieces, reference=reference, day_first=day_first_signal(source), notes=date_notes, page=source
    )
    notes = notes + tuple(date_notes)
    body = _body(source, lines)
    segments = tuple(_segments(lines))
    if not body:
        notes = notes + (_no_body_note(len(segments)),)
        if metadata.published is not None or metadata.updated is not None:
            # no article, no article date: a listing's or an archive's date lines are its items'
            notes = notes + (_dates_dropped_note(metadata),)
            metadata = replace(metadata, published=None, updated=None)
    if norm is not None:
        body = _normalize(body, norm)
        metadata = _normalize_metadata(metadata, norm)
    return Document(
        source_text=source,
        segments=segments,
        metadata=metadata,
        body=body,
        notes=notes,
        normalization=norm,
    )


def _normalize_metadata(m: Metadata, profile: NormalizeConfig) -> Metadata:
    def n(value: Optional[str]) -> Optional[str]:
        return _normalize(value, profile) if value else value

    return replace(
        m,
        title=n(m.title),
        author=n(m.author),
        source=n(m.source),
        dateline=n(m.dateline),
        category=n(m.category),
        tags=tuple(_normalize(t, profile) for t in m.tags),
    )


def clean(
    text: str,
    *,
    repair: bool = True,
    normalize: Union[None, str, NormalizeConfig] = None,
    lexicon: Optional[Lexicon] = None,
    hints: Optional[Sequence[Optional[str]]] = None,
    html: Optional[bool] = None,
    profile: Optional[SiteTemplate] = None,
    model: Optional[BodyWeights] = None,
) -> str:
    """Return the main body of a scraped page: always equal to ``parse(text, ...).body``,
    computed without building segments or metadata."""
    if html is not False and isinstance(text, str) and (html or looks_like_html(text)):
        from .html import parse_routed

        return parse_routed(
            text, repair=repair, normalize=normalize, lexicon=lexicon, hints=hints, profile=profile, model=model
        ).body
    source, _notes, norm, lines = _run(text, "clean", repair, normalize, lexicon, hints, profile, model)
    body = _body(source, lines)
    return _normalize(body, norm) if norm is not None else body
