"""Account, consent, policy and terms text: boilerplate even in full sentences.

Commenting rules, sign-up and password forms, privacy policies and terms of use
are written as prose, so the body score takes them for an article (on some
pages they are longer than the story).  Their vocabulary gives them away: the
words of ``data/policy_terms.tsv`` are weighted (2 for words rare outside such
text, 1 for common ones), and a line whose key holds distinct terms worth
:data:`POLICY_MIN_WEIGHT` or more is boilerplate of the kind of its heaviest
term (rule ``policy.terms``).

Terms are matched on the line keys (:mod:`arclean.fold`) of the page's free
sentence-sized lines, joined into one block and read in one pass, at word starts
(after an optional proclitic: "والخصوصية"); a page whose such lines hold none of
:data:`PAGE_GATE_WORDS` is not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Sequence, Tuple

from .fold import block_matches, key_bytes
from .lexicon import data_rows, trie_regex

__all__ = ["POLICY_MIN_WEIGHT", "PolicyTerm", "TERMS", "may_hold_policy", "policy_lines"]

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
    out: Dict[bytes, PolicyTerm] = {}
    for term, weight, kind, why in data_rows("policy_terms.tsv", ("term", "weight", "kind", "why")):
        if not weight.isdigit():
            raise ValueError(f"policy_terms.tsv: the weight of {term!r} must be a whole number, not {weight!r}")
        out[key_bytes(term)] = PolicyTerm(term, int(weight), kind, why)
    return out


#: The packaged terms by their key, loaded once at import.
TERMS: Dict[bytes, PolicyTerm] = _load()
# One trie regex over the whole key block (each byte read once, the longest term preferred,
# so "التعليقات" is one term and not "تعليق" plus a suffix).
# Terms are matched at word starts only (after a space or a line break, with an optional
# proclitic و ب ل ف: "والخصوصية"), so the regex engine tries the trie at one byte in five
# rather than at every alef.
_PROCLITICS = b"|".join(re.escape(key_bytes(c)) for c in "وبلف")
_PATTERN = re.compile(b"[ \n](?:" + _PROCLITICS + b")?(" + trie_regex(TERMS) + b")")
#: The page gate: word stems that each kind of policy block uses somewhere: commenting
#: rules (comment), account forms (password, "your account"), privacy and cookie notices
#: (privacy; a cookie notice's "cookies" may come first, its privacy words only past the
#: head of its line that keys hold), terms of use (terms), a shop's returns, delivery and shipping text, a paywall's
#: subscription offer ("اشترك", "الاشتراك").  Stems that news
#: stories use as often are left out or narrowed: "بيانات" (data, statements), "مستخدم"
#: (user), "تسجيل" (recording), and "حساب" (account, expense: "حسابه على تويتر") narrowed to
#: the second person "حسابك" that forms address the reader with.  The blocks that hold
#: them hold one of these too.
#: Lines holding none of them are not scanned: a few substring searches at C speed
#: instead of the trie at every word start.
PAGE_GATE_WORDS = (
    "تعليق", "مرور", "حسابك", "خصوصي", "شروط", "استرجاع", "توصيل", "الشحن", "اشترك", "اشتراك", "تعريف الارتباط", "الكوكيز",
    "معطياتكم",  # (Maghreb "your data": "معطيات" alone is a news word, "according to the data")
    "لا تغني عن",  # (a disclaimer on its own: "... ولا تغني عن مراجعة محامٍ / استشارة الطبيب")
    "جافاسكريبت", "javascript", "الإعلانات",  # (script and ad-blocker notices)
    "تفضيلاتك",  # (a consent dialog's choice: "... أو إدارة تفضيلاتك")
    "ملفات الارتباط", "المصلحة المشروعة",  # (a consent wall's "cookie files", its "legitimate interest")
)
_PAGE_GATE = tuple(key_bytes(w) for w in PAGE_GATE_WORDS)


def may_hold_policy(block: bytes) -> bool:
    """Does a key block (the whole page's, see :func:`arclean.fold.key_block`) hold one of
    :data:`PAGE_GATE_WORDS`?  An empty block (the caller has none) may.  The gate of
    :func:`policy_lines` on the whole page: most pages fail it before their candidate
    lines are even listed."""
    if not block:
        return True
    for k in _PAGE_GATE:
        if k in block:
            return True
    return False


def policy_lines(keys: Sequence[bytes]) -> List[Tuple[int, str]]:
    """``(index, kind)`` of the policy lines among the given line keys (the caller passes
    the keys of the free sentence-sized lines from the first prose line on: see
    :data:`POLICY_MIN_WORDS`; policy sentences above the story's first sentence cannot
    be taken for it).  Those keys are joined into one block, which is gated by
    :data:`PAGE_GATE_WORDS` and then scanned once."""
    block = b"\n" + b"\n".join(keys)
    if not may_hold_policy(block):
        return []  # none of the words every policy block uses somewhere: no scan
    found: Dict[int, Dict[bytes, PolicyTerm]] = {}
    for idx, m in block_matches(_PATTERN, block):
        term = m.group(1)
        found.setdefault(idx, {})[term] = TERMS[term]
    out: List[Tuple[int, str]] = []
    for i, terms in found.items():
        if sum(t.weight for t in terms.values()) >= POLICY_MIN_WEIGHT:
            out.append((i, max(terms.values(), key=lambda t: t.weight).kind))
    return out
