"""Account, consent, policy and terms text: boilerplate even in full sentences.

Commenting rules, sign-up and password forms, privacy policies and terms of use
are written as prose, so the body score takes them for an article (on some
pages they are longer than the story).  Their vocabulary gives them away: the
words of ``data/policy_terms.tsv`` are weighted (2 for words rare outside such
text, 1 for common ones), and a line whose key holds distinct terms worth
:data:`POLICY_MIN_WEIGHT` or more is boilerplate of the kind of its heaviest
term (rule ``policy.terms``).

Terms are matched on the line keys (:mod:`arclean.fold`) in one pass over the
page's key block, inside words too ("والخصوصية" holds "الخصوصية").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Dict, List, Optional, Tuple

from .fold import block_matches, key_bytes

__all__ = ["POLICY_MIN_WEIGHT", "PolicyTerm", "TERMS", "policy_lines"]

#: A line is policy text when its distinct terms weigh this much in all.
POLICY_MIN_WEIGHT = 3
#: Only sentence-sized lines are read (a bare "التعليقات" header is the lexicon's).
POLICY_MIN_WORDS = 6


@dataclass(frozen=True)
class PolicyTerm:
    term: str
    weight: int
    kind: str
    why: str


def _load() -> Dict[bytes, PolicyTerm]:
    text = resources.files("arclean").joinpath("data", "policy_terms.tsv").read_text(encoding="utf-8")
    out: Dict[bytes, PolicyTerm] = {}
    header = True
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if header:
            header = False
            continue
        if len(cols) != 4 or not cols[1].isdigit():
            raise ValueError(f"policy_terms.tsv line {n}: expected term, weight, kind, why")
        out[key_bytes(cols[0])] = PolicyTerm(cols[0], int(cols[1]), cols[2], cols[3])
    return out


#: The packaged terms by their key, loaded once at import.
TERMS: Dict[bytes, PolicyTerm] = _load()
# Longest first, so "التعليقات" is one term and not "تعليق" plus a suffix.
_PATTERN = re.compile(b"|".join(re.escape(k) for k in sorted(TERMS, key=len, reverse=True)))
_LINE_PATTERN = re.compile(b"\n[^\n]*?(?:" + _PATTERN.pattern + b")")


def policy_lines(block: bytes, words: List[int]) -> List[Tuple[int, str]]:
    """``(line index, kind)`` of the policy lines of a page, given its key block
    (:func:`arclean.fold.key_block`) and the word count of each line."""
    out: List[Tuple[int, str]] = []
    for idx, m in block_matches(_LINE_PATTERN, block):
        if words[idx] < POLICY_MIN_WORDS:
            continue
        end = block.find(b"\n", m.start() + 1)
        key = block[m.start() + 1 : end if end >= 0 else len(block)]
        found: Dict[bytes, PolicyTerm] = {}
        for t in _PATTERN.findall(key):
            found[t] = TERMS[t]
        weight = sum(t.weight for t in found.values())
        if weight >= POLICY_MIN_WEIGHT:
            heaviest: Optional[PolicyTerm] = max(found.values(), key=lambda t: t.weight)
            out.append((idx, heaviest.kind))
    return out
