"""Counts: whether a text counts the things a "how many" question asks about ("employing more
than 865,000 people" for people), not only something else in the same sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from index.analysis import Analyzer, Token
from index.lazy_re import Lazy
from qa.scope import is_year
from qa.text_parts import (
    CLAUSE_BREAK_RE,
    CURRENCY,
    MAGNITUDE,
    NUMBER_WORDS,
    PLURAL_RE,
    SENTENCE_BREAK_RE,
    clauses,
)

__all__ = ["counted_after", "counts", "counts_directly", "has_count"]

# After a number: it is money or a percentage, so it counts nothing.
_NOT_A_COUNT_RE = Lazy(
    rf"^(?:[\d.,]*){MAGNITUDE}\s*(?:%|percent\b|per cent\b|percentage\b|(?:us\s+)?{CURRENCY}\b)",
    re.I,
)
_COUNT_WORD_RE = Lazy(rf"\d+(?:[.,]\d+)*%?|\b(?:{NUMBER_WORDS})\b", re.I)


def counts(text: str, things: tuple[str, ...], analyzer: Analyzer, named: bool = False) -> bool:
    """Whether ``text`` can answer "how many <things>" (``things``: analysed terms, such as the
    head noun from :func:`counted`): it gives a number that is not money, a percentage or a
    year; and when it names any of ``things``, a clause naming one gives such a number
    ("employing more than 865,000 people"), not only a clause about something else ("trademark pledge financing
    reached 309.8 billion yuan"). A quote that never names the things counted may count them
    in other words ("7,345 inclusive projects" for "deals"): that is not held against it,
    unless ``named`` (the briefing has a word for the things, and the quote does not use it)."""
    raw = clauses(text)
    parts = [analyzer.term_set(c) for c in raw]
    counting = [(c, r) for c, r in zip(parts, raw, strict=True) if has_count(r)]
    if not counting:
        return False
    wanted = set(things)
    if not any(c & wanted for c in parts):
        return not named

    return any(c & wanted and not _counts_other(r, wanted, analyzer) for c, r in counting) or any(
        counts_directly(text, t, analyzer, 8, lists=True) for t in wanted
    )


def counts_directly(
    text: str, head: str, analyzer: Analyzer, within: int = 6, *, lists: bool = False
) -> bool:
    """Whether ``text`` puts a count right before ``head`` (an analysed term): a number that is
    not money, a percentage or a year, then ``head`` within ``within`` terms of the same clause
    with no other plural or number between: "17 provinces", "5,729 national intellectual
    property advantage demonstration enterprises", but not "100 universities have opened
    undergraduate programs" for undergraduates. With ``lists``, commas do not end the clause:
    "nearly 20,000 micro, small and medium-sized enterprises" — unless a new phrase follows
    ("more than 150 project investment, a number of invested companies …"). Or after it:
    "the number of cumulative loans in that year was 5981" (see :func:`counted_after`)."""
    tokens = analyzer.tokens(text)
    breaks = SENTENCE_BREAK_RE if lists else CLAUSE_BREAK_RE
    for i, tok in enumerate(tokens):
        if not text[tok.start : tok.start + 1].isdigit() or not _is_count(text, tok.start, tok.end):
            continue
        for nxt in tokens[i + 1 : i + 1 + within]:
            if breaks.search(text[tok.end : nxt.start]):
                break
            if lists and _NEW_PHRASE_RE.search(text[tok.end : nxt.start]):
                break  # "150 project investment, a number of invested companies"
            if nxt.term == head:
                if _modifier(text, tokens, tokens.index(nxt), breaks):
                    break  # "2,100 trademark brand guidance stations" counts stations
                return True
            word = text[nxt.start : nxt.end]
            if word[:1].isdigit() or PLURAL_RE.fullmatch(word):
                break  # "100 universities … undergraduate programs": the number counts those
    return counted_after(text, head, analyzer)


# "The number of cumulative loans in that year was 5981": a count said after the things
_NUMBER_OF_RE = Lazy(
    r"\bnumber of\b([^;:!?.,]{1,80}?)\b(?:was|were|is|are|reached|stood at|totall?ed|hit|"
    r"exceeded)\s+(?:(?:more than|over|nearly|about|around|almost)\s+)?(\d[\d,.]*)",
    re.I,
)


def counted_after(text: str, head: str, analyzer: Analyzer) -> bool:
    """Whether ``text`` says "the number of <… head> was <count>": the things counted are
    named before any "of", "in" …, "the number of patent transfer licenses of universities
    and research institutes" counts licences, not institutes."""
    if "number of" not in text.lower():
        return False
    return any(
        head in analyzer.term_set(_PHRASE_END_RE.split(m.group(1), 1)[0])
        and _is_count(text, m.start(2), m.end(2))
        for m in _NUMBER_OF_RE.finditer(text)
    )


_PHRASE_END_RE = Lazy(r"\b(?:of|in|for|by|from|with|under|at|on|to|and|that|which)\b", re.I)


# A comma opening a new noun phrase, not the next item of a list of modifiers
_NEW_PHRASE_RE = Lazy(
    r",\s*(?:a|an|the|of|which|with|its|their|this|these|those|some|many|most|all)\b", re.I
)


def _counts_other(clause: str, things: set[str], analyzer: Analyzer) -> bool:
    """Whether ``things`` appear in ``clause`` only as words naming what a count counts:
    "2,100 trademark brand guidance stations" counts stations, not trademarks."""
    tokens = analyzer.tokens(clause)
    seen = [i for i, tok in enumerate(tokens) if tok.term in things]
    return bool(seen) and all(
        _modifier(clause, tokens, i, CLAUSE_BREAK_RE) and _after_count(clause, tokens, i)
        for i in seen
    )


def _after_count(text: str, tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` follows a count within a few words, with no punctuation between."""
    for tok in tokens[max(0, i - 8) : i]:
        between = text[tok.end : tokens[i].start]
        if (
            text[tok.start : tok.start + 1].isdigit()
            and _is_count(text, tok.start, tok.end)
            and all(ch.isalpha() or ch in " -'’" for ch in between)
        ):
            return True
    return False


def _modifier(text: str, tokens: list[Token], i: int, breaks: Lazy) -> bool:
    """Whether the word of ``tokens[i]`` is singular and names what a plural after it in the
    same clause is: "trademark" in "2,100 trademark brand guidance stations"."""
    if PLURAL_RE.fullmatch(text[tokens[i].start : tokens[i].end]):
        return False
    for prev, nxt in pairwise(tokens[i : i + 5]):
        between = text[prev.end : nxt.start]
        if breaks.search(between) or not (between.isspace() or between == "-"):
            return False  # (a hyphen joins: "1,000 bank-enterprise docking activities")
        if PLURAL_RE.fullmatch(text[nxt.start : nxt.end]):
            return True
    return False


@lru_cache(maxsize=4096)
def has_count(clause: str) -> bool:
    """Whether a clause gives a number that can count things."""
    return any(_is_count(clause, m.start(), m.end()) for m in _COUNT_WORD_RE.finditer(clause))


def _is_count(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` can count things: not a percentage, a year,
    or a sum of money ("309.8 billion yuan")."""
    word = text[start:end]
    return not (word.endswith("%") or is_year(word) or _NOT_A_COUNT_RE.match(text[end:]))
