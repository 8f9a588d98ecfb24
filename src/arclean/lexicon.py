"""Phrase lexicons: loaded once from ``data/*.tsv`` into immutable lookup tables.

A lexicon entry says: a line that *is* (``exact``), *starts with* (``prefix``)
or *contains* (``contains``) this phrase is boilerplate or metadata of a given
kind.  Matching happens on the line key (:func:`line_key`): the fold of
:mod:`arclean.fold` with punctuation turned into single spaces, so one entry
covers its hamza, alef, ya, ta-marbuta, diacritic, tatweel and spacing
variants.  The tables hold the key in its byte spelling
(:func:`arclean.fold.key_bytes`), which is how the segmentation computes it
for every line at C speed; :meth:`Lexicon.lookup` takes plain text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Dict, FrozenSet, Iterable, List, Mapping, Optional, Pattern, Sequence, Tuple

from .fold import KEY_TABLE, block_matches, key_bytes
from .model import BOILERPLATE, BOILERPLATE_KINDS, META_KINDS, METADATA

__all__ = ["Entry", "Lexicon", "line_key", "load_lexicon", "DEFAULT_LEXICON", "MODES"]

MODES = ("exact", "outside", "prefix", "contains")

#: Contains rules look at lines of at most this many words.
CONTAINS_MAX_WORDS = 40
#: How many characters of a long line are keyed: prefix rules only need the head.
KEY_HEAD_CHARS = 160

#: Runs of spaces left where punctuation was (collapsed to one).
SPACE_RUNS = re.compile(r"  +")


def line_key(text: str) -> str:
    """Fold ``text`` and reduce punctuation/symbols/space runs to single spaces."""
    return SPACE_RUNS.sub(" ", text.translate(KEY_TABLE)).strip()


#: The kinds an entry of each label may have.
ENTRY_KINDS: Mapping[str, Tuple[str, ...]] = {BOILERPLATE: BOILERPLATE_KINDS, METADATA: META_KINDS}


@dataclass(frozen=True)
class Entry:
    """One lexicon line.

    Built entries are checked: ``label`` is ``"boilerplate"`` or
    ``"metadata"``, ``kind`` one of that label's kinds
    (:data:`arclean.model.BOILERPLATE_KINDS`, :data:`arclean.model.META_KINDS`),
    ``mode`` one of :data:`MODES`, ``key`` a non-empty line key, ``max_words``
    an int >= 0 and ``opens`` a bool; anything else raises ``ValueError`` (a
    wrong value) or ``TypeError`` (a wrong type).
    """

    phrase: str
    key: str
    label: str  # "boilerplate" or "metadata"
    kind: str
    mode: str
    max_words: int  # 0 = any length
    opens: bool
    why: str
    bkey: bytes = field(init=False, repr=False, compare=False)  # the key in the byte spelling

    def __post_init__(self) -> None:
        for name in ("phrase", "key", "label", "kind", "mode", "why"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise TypeError(f"Entry {name} must be a str, not {type(value).__name__}")
        if self.label not in ENTRY_KINDS:
            raise ValueError(f"Entry label must be 'boilerplate' or 'metadata', not {self.label!r}")
        kinds = ENTRY_KINDS[self.label]
        if self.kind not in kinds:
            raise ValueError(f"Entry kind of a {self.label} entry must be one of {', '.join(kinds)}; not {self.kind!r}")
        if self.mode not in MODES:
            raise ValueError(f"Entry mode must be one of {', '.join(MODES)}; not {self.mode!r}")
        if not self.key.strip():
            raise ValueError(f"Entry key must hold letters (phrase {self.phrase!r})")
        if isinstance(self.max_words, bool) or not isinstance(self.max_words, int):
            raise TypeError(f"Entry max_words must be an int, not {type(self.max_words).__name__}")
        if self.max_words < 0:
            raise ValueError(f"Entry max_words must be 0 (any length) or more, not {self.max_words}")
        if not isinstance(self.opens, bool):
            raise TypeError(f"Entry opens must be True or False, not {type(self.opens).__name__}")
        object.__setattr__(self, "bkey", key_bytes(self.key))

    @classmethod
    def from_phrase(
        cls, phrase: str, label: str, mode: str = "exact", max_words: int = 0, opens: bool = False, why: str = ""
    ) -> "Entry":
        """Build an entry as a TSV line would: ``label`` is ``bp:<kind>`` or ``meta:<kind>``."""
        cols = [phrase, label, mode, str(int(max_words)), "yes" if opens else "no", why or "user entry"]
        entry = _parse_line("\t".join(cols), 0, "Entry.from_phrase")
        assert entry is not None
        return entry

    @property
    def rule(self) -> str:
        """The rule name reported on segments this entry decides."""
        return f"lexicon.{self.mode}:{self.key}"


_LABEL_PREFIX = {"bp": "boilerplate", "meta": "metadata"}


def _parse_line(raw: str, lineno: int, source: str) -> Optional[Entry]:
    if not raw.strip() or raw.lstrip().startswith("#"):
        return None
    cols = raw.rstrip("\n").split("\t")
    if len(cols) != 6:
        raise ValueError(f"{source}:{lineno}: expected 6 TAB-separated columns, got {len(cols)}")
    phrase, label, mode, max_words, opens, why = cols
    head, _, kind = label.partition(":")
    if head not in _LABEL_PREFIX or not kind:
        raise ValueError(f"{source}:{lineno}: label must be bp:<kind> or meta:<kind>, got {label!r}")
    if mode not in MODES:
        raise ValueError(f"{source}:{lineno}: mode must be one of {MODES}, got {mode!r}")
    key = line_key(phrase)
    if not key:
        raise ValueError(f"{source}:{lineno}: phrase {phrase!r} has no letters")
    if not max_words.isdigit():
        raise ValueError(f"{source}:{lineno}: max words must be a number (0 = any length), got {max_words!r}")
    try:
        return Entry(phrase, key, _LABEL_PREFIX[head], kind, mode, int(max_words), opens == "yes", why)
    except ValueError as exc:
        raise ValueError(f"{source}:{lineno}: {exc}") from None


#: A line at most this many tokens over an entry's ``max_words`` is recounted without its
#: punctuation tokens ("الكاتب : سامي الخطيب ." is three words, not five)...
PUNCT_TOKEN_SLACK = 3
#: ...for entries of short lines (bylines and labels) only: a line of so few tokens is
#: keyed whole, so its key holds all its words and none of its punctuation.
RECOUNT_MAX_WORDS = 12


def _words_besides_punct(key: bytes, n_words: int, max_words: int) -> bool:
    """Is a short line a few tokens over ``max_words`` within it once its punctuation
    tokens are left out?"""
    return max_words <= RECOUNT_MAX_WORDS and n_words <= max_words + PUNCT_TOKEN_SLACK and key.count(b" ") + 1 <= max_words


@dataclass(frozen=True)
class Lexicon:
    """Immutable lookup tables built from entries."""

    entries: Tuple[Entry, ...]
    exact: Mapping[bytes, Entry]  # all tables are keyed by Entry.bkey
    outside: Mapping[bytes, Entry]
    prefix_re: Optional[Pattern[bytes]]
    prefix: Mapping[bytes, Entry]
    contains_re: Optional[Pattern[bytes]]
    contains: Mapping[bytes, Entry]
    prefix_first_words: FrozenSet[bytes] = frozenset()  # a line can match a prefix only if it starts so
    contains_first_words: FrozenSet[bytes] = frozenset()  # ...and a contains entry only if it has one
    prefix_scan: Optional[Pattern[bytes]] = None  # prefix keys at line starts in a block of keys

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> "Lexicon":
        entries = tuple(entries)
        tables: Dict[str, Dict[bytes, Entry]] = {m: {} for m in MODES}
        for e in entries:
            tables[e.mode].setdefault(e.bkey, e)  # first entry wins on duplicates
        return cls(
            entries=entries,
            exact=tables["exact"],
            outside=tables["outside"],
            prefix_re=_alternation(tables["prefix"], anchored=True),
            prefix_scan=_alternation(tables["prefix"], anchored=True, block=True),
            prefix=tables["prefix"],
            contains_re=_alternation(tables["contains"], anchored=False),
            contains=tables["contains"],
            prefix_first_words=frozenset(k.split(b" ", 1)[0] for k in tables["prefix"]),
            contains_first_words=frozenset(k.split(b" ", 1)[0] for k in tables["contains"]),
        )

    def lookup(self, text: str) -> Optional[Entry]:
        """The entry that decides a line reading ``text``, or None (see :meth:`match`)."""
        key = key_bytes(text)
        return self.match(key, len(key.split()))

    def match(self, key: bytes, n_words: int) -> Optional[Entry]:
        """The entry that decides a line with this byte key (:func:`arclean.fold.key_bytes`), or None.

        Order: exact, then the longest prefix, then contains.  ``outside``
        entries are not consulted here (see :meth:`match_outside`).
        """
        e = self.exact.get(key)
        if e is not None:
            return e
        sp = key.find(b" ")
        if self.prefix_re is not None and (key if sp < 0 else key[:sp]) in self.prefix_first_words:
            m = self.prefix_re.match(key)
            if m is not None:
                e = self.prefix[m.group(1)]
                if not e.max_words or n_words <= e.max_words or _words_besides_punct(key, n_words, e.max_words):
                    return e
        if (
            self.contains_re is not None
            and n_words <= CONTAINS_MAX_WORDS
            and not self.contains_first_words.isdisjoint(key.split())
        ):
            m = self.contains_re.search(key)
            if m is not None:
                e = self.contains[m.group(1)]
                if not e.max_words or n_words <= e.max_words:
                    return e
        return None

    def match_block(self, block: bytes, keys: Sequence[bytes], n_words: Sequence[int]) -> Dict[int, Entry]:
        """:meth:`match` for many lines at once: ``{line index: entry}``.

        ``block`` is ``b"\n" + b"\n".join(keys)``.  Exact keys are dict
        look-ups; prefix keys are found by one scan of the block (a regex that
        starts with a literal line break, so the engine jumps from line start to
        line start); contains keys are searched only in lines that hold one of
        their first words.  Precedence per line is that of :meth:`match`.
        """
        exact = self.exact
        out = {i: exact[k] for i, k in enumerate(keys) if k in exact}
        if self.prefix_scan is not None:
            for idx, m in block_matches(self.prefix_scan, block):
                if idx not in out:
                    e = self.prefix[m.group(1)]
                    if not e.max_words or n_words[idx] <= e.max_words or _words_besides_punct(keys[idx], n_words[idx], e.max_words):
                        out[idx] = e
        if self.contains_re is not None:
            gate = self.contains_first_words
            search = self.contains_re.search
            for i, k in enumerate(keys):
                if n_words[i] <= CONTAINS_MAX_WORDS and i not in out and not gate.isdisjoint(k.split()):
                    found = search(k)
                    if found is not None:
                        e = self.contains[found.group(1)]
                        if not e.max_words or n_words[i] <= e.max_words:
                            out[i] = e
        return out

    def match_outside(self, key: bytes) -> Optional[Entry]:
        """Entries that only apply to lines outside the body region."""
        return self.outside.get(key)


def _trie(keys: Iterable[bytes]) -> bytes:
    """A regex matching any of ``keys``, written as a trie (``ab|ac`` -> ``a(?:b|c)``), so
    the engine reads each byte once instead of trying every key in turn.  At one
    position it prefers the longest key, like a longest-first alternation."""
    root: Dict[Optional[int], dict] = {}
    for k in keys:
        node = root
        for b in k:
            node = node.setdefault(b, {})
        node[None] = {}  # a key ends here

    def emit(node: Dict[Optional[int], dict]) -> bytes:
        alts = [re.escape(bytes([b])) + emit(child) for b, child in sorted((b, c) for b, c in node.items() if b is not None)]
        if not alts:
            return b""
        ends = None in node
        if len(alts) == 1 and not ends:
            return alts[0]
        group = b"(?:" + b"|".join(alts) + b")"
        return group + b"?" if ends else group

    return emit(root)


def trie_regex(keys: Iterable[bytes]) -> bytes:
    """The trie regex source of :func:`_trie`, for other modules' key tables."""
    return _trie(keys)


def _alternation(table: Mapping[bytes, Entry], anchored: bool, block: bool = False) -> Optional[Pattern[bytes]]:
    """One compiled pattern of byte keys ending at a word break (in a key every byte
    but the space belongs to a word; in a block of keys, lines end at ``\n``).

    ``anchored``: at the start of a key (``block``: at every line start of a block,
    written as a literal ``\n`` so the regex engine finds candidates with memchr)."""
    if not table:
        return None
    body = _trie(table)
    if anchored:
        return re.compile((rb"\n(" if block else rb"(") + body + rb")(?![^ \n])")
    return re.compile(rb"(?<![^ \n])(" + body + rb")(?![^ \n])")


def data_rows(name: str, header: Optional[Sequence[str]] = None) -> List[List[str]]:
    """The rows of the packaged table ``data/<name>``: TAB-separated, blank lines and
    ``#`` comments skipped, the first row a header (not returned).

    With ``header``, the file's header must be exactly those columns, and every row must
    have as many, the last one (why the row exists) not empty; otherwise ValueError
    names the file and the line."""
    text = (resources.files("arclean") / "data" / name).read_text(encoding="utf-8")
    rows: List[List[str]] = []
    seen_header = False
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if not seen_header:
            seen_header = True
            if header is not None and cols != list(header):
                raise ValueError(f"{name} line {n}: expected the header {'<TAB>'.join(header)}")
            continue
        if header is not None and (len(cols) != len(header) or not cols[-1].strip()):
            raise ValueError(f"{name} line {n}: expected {len(header)} columns ({', '.join(header)}), the last not empty")
        rows.append(cols)
    return rows


def _read_entries(names: Iterable[str]) -> List[Entry]:
    out: List[Entry] = []
    pkg = resources.files("arclean") / "data"
    for name in names:
        text = (pkg / name).read_text(encoding="utf-8")
        for i, raw in enumerate(text.splitlines(), 1):
            e = _parse_line(raw, i, name)
            if e is not None:
                out.append(e)
    return out


def load_lexicon(extra: Iterable[Entry] = ()) -> Lexicon:
    """Build a lexicon from the packaged phrase files plus ``extra`` entries.

    Entries given in ``extra`` take precedence over packaged ones.
    """
    return Lexicon.from_entries(list(extra) + _read_entries(["phrases.tsv"]))


#: The packaged lexicon, built once at import.
DEFAULT_LEXICON: Lexicon = load_lexicon()
