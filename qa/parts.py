"""Parts and wholes: a figure asked of a whole the question states ("how many of the 65
products …") or names, a figure said beside a number it states, and one thing asked "alone",
which a figure for it and another together ("import and export") does not give."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.analysis import Analyzer
from index.lazy_re import Lazy
from index.passages import split_sentences
from qa.figures import stated_counts
from qa.scope import is_year
from qa.text_parts import clauses, sentences

__all__ = [
    "asks_alone",
    "asks_part_of_named",
    "beside",
    "gives_part",
    "insisted_on",
    "joined",
    "part_of",
    "separately",
    "set_aside",
    "stated_whole",
]

# "How many of the 65 products …", "Of the 4,000 patents …, how many …", "what share of the
# 865,000 employees …", "among the 190 universities": a part of a whole the question states
_ABOUT = r"(?:(?:more than|over|nearly|almost|about|around|roughly|some)\s+)?"
_WHOLE_RE = Lazy(
    r"(?:\bhow (?:many|much)\s+|\b(?:share|proportion|percentage|fraction|portion|part|number)\s+"
    rf"|^\W*|\b(?=among\b))(?:of|among|out of)\s+(?:the\s+|these\s+|those\s+)?{_ABOUT}"
    r"(\d+(?:[.,]\d+)*)(?![.,]?\d)",
    re.I,
)
# …or refers back to it: "With more than 73,000 institutions in China, how many of them …"
_OF_THEM_RE = Lazy(
    r"\b(?:how (?:many|much)|share|proportion|percentage|fraction|portion|part|number)\s+"
    r"(?:of|among)\s+(?:them|these|those|which)\b",
    re.I,
)
# what gives a part after the whole: "2,800 pilot enterprises, including 189 …", "27,000
# times, …, of which 30% of patents …", "…. Among them, the number of inclusive projects …"
_PART_MARKER_RE = Lazy(
    r"\b(?:of which|of whom|among them|among which|of these|of them|in which|including)\b", re.I
)
# …and before it: "408 of the world's leading 5,000 brands"
# (a magnitude may stand between, "1.2 million of the …"; not any word: "4 types of insurance
# and 16 products" gives no part of the 16)
_PART_BEFORE_RE = Lazy(
    r"\d[\d.,]*%?(?:\s+(?:hundred|thousand|million|billion|percent|per cent))?"
    r"\s+of\s+(?:[^\d.;:!?]*?\s)?$"
)
_NUMBER_RE = Lazy(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![.,]?\d)")
_SENTENCE_END_RE = Lazy(r"[.!?;](?=\s|$)")


def stated_whole(question: str) -> str | None:
    """The whole a question asks a part of, as typed: "How many of the 65 IP securitization
    products were issued in Shenzhen?" → "65", "With 73,000 institutions, how many of them …"
    → "73,000"; None when it states none (a year is no whole: "how many of the 2021 deals")."""
    m = _WHOLE_RE.search(question)
    if m and not is_year(m.group(1)):
        return m.group(1)
    if _OF_THEM_RE.search(question) and (stated := stated_counts(question)):
        return stated[0]  # "With more than 73,000 institutions, how many of them …"
    return None


# "How many of China's IP service institutions are patent agencies?": a part of a whole named
# but not numbered
_PART_NAMED_Q_RE = Lazy(r"\bhow many of\s+(?!them\b|these\b|those\b|which\b)(?![^?]*?\d)", re.I)
# a figure given as a part of something: "408 of the world's leading 5,000 brands", "30% of
# patents belong to …"
_PART_OF_RE = Lazy(r"\d[\d.,]*%?\s+(?:[\w-]+\s+)?of\s+(?!\d)[\w'’-]+")


def asks_part_of_named(question: str) -> bool:
    """Whether a question asks how many of a whole it names without a number are something:
    "How many of China's IP service institutions are patent agencies?"."""
    return _PART_NAMED_Q_RE.search(question) is not None


def gives_part(text: str, gives: Callable[[str], bool]) -> bool:
    """Whether a sentence of ``text`` gives what ``gives`` accepts as a part of something: after
    "of which", "among them", "including" …, or as "408 of the world's leading brands". A total
    ("there are more than 73,000 IP service institutions") is no part of itself."""
    for sentence in sentences(text):
        marker = _PART_MARKER_RE.search(sentence)
        if marker and gives(sentence[marker.end() :]):
            return True
        if marker and marker.start() < 2 and gives(sentence):  # "Among them, the number …"
            return True
        if _PART_OF_RE.search(sentence) and gives(sentence):
            return True
    return False


def part_of(text: str, whole: str, gives: Callable[[str], bool]) -> bool:
    """Whether ``text`` gives a part of ``whole`` (a number as the question typed it) that
    ``gives`` accepts: the whole is there, and a figure is given as part of it, after "of
    which", "among them" or "including" in the rest of its sentence or the next one, or just
    before "of … <whole>" ("408 of the world's leading 5,000 brands"). A figure elsewhere in the
    passage is of something else: "Of the 4,000 patents screened, how many are utility models?"
    is not answered by the 20,000 enterprises they were pushed to."""
    digits = whole.replace(",", "")
    for m in _NUMBER_RE.finditer(text):
        if m.group().replace(",", "") != digits:
            continue
        before = text[: m.start()]
        start = max((e.end() for e in _SENTENCE_END_RE.finditer(before)), default=0)
        if _PART_BEFORE_RE.search(before[start:]):
            return True
        after = text[m.end() :]
        ends = [e.end() for e in _SENTENCE_END_RE.finditer(after)][:2]
        span = after[: ends[-1]] if ends else after
        marker = _PART_MARKER_RE.search(span)
        if marker and gives(span[marker.end() :]):
            return True
    return False


def beside(text: str, numbers: list[str], gives: Callable[[str], bool]) -> bool:
    """Whether a sentence of ``text`` holding one of ``numbers`` (as a question typed them)
    gives what ``gives`` accepts: "How much capital do the 20 IP operating funds manage?" is
    answered beside the 20 funds, not by a sum in another sentence."""
    wanted = {n.replace(",", "") for n in numbers}
    for sentence in split_sentences(text):
        said = {m.group().replace(",", "") for m in _NUMBER_RE.finditer(sentence)}
        if said & wanted and gives(sentence):
            return True
    return False


_AND_RE = Lazy(r"\b([^\W\d_][\w'-]*)\s+and\s+([^\W\d_][\w'-]*)\b")


# A question insisting on one thing apart from others: "trademark pledge financing alone"
_ALONE_RE = Lazy(
    r"\b(alone|excluding|exclusive of|apart from|by itself|on (?:its|their) own|separately|"
    r"broken down|breakdown|respectively|not counting|leaving out)\b",
    re.I,
)
# …and what it sets aside: "excluding patents"
_SET_ASIDE_RE = Lazy(
    r"\b(?:excluding|exclusive of|apart from|not counting|leaving out|without)\s+([^,;:.?!]+)",
    re.I,
)


# "How much of China's 2021 IP royalty trade was exports?": a part of a whole, by its name
_PART_NAMED_RE = Lazy(
    r"\bhow (?:much|many) of\b.+?\b(?:was|were|is|are|came from|comes? from|went to|goes to)\s+"
    r"((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s*[?.!]?\s*$",
    re.I,
)


def _part_named(question: str) -> re.Match[str] | None:
    folded = question.lower()
    if "how much of" not in folded and "how many of" not in folded:
        return None  # most questions: spare compiling the pattern
    return _PART_NAMED_RE.search(question)


def asks_alone(question: str) -> bool:
    """Whether a question insists on one thing apart from others ("alone", "excluding …",
    "on its own", "separately", "how much of … was exports")."""
    return _ALONE_RE.search(question) is not None or _part_named(question) is not None


_INSISTED_RE = Lazy(
    r"((?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:alone|on (?:its|their) own|by (?:itself|themselves)|"
    r"separately)\b"
)
# A word that ends the phrase before "alone": "from trademarks alone" → "trademarks"
_PHRASE_BREAK_RE = Lazy(
    r"(?:the|a|an|of|from|for|in|on|by|to|with|and|or|was|were|is|are|did|do|does|came|come|"
    r"get|got|how|what|much|many)",
    re.I,
)
_TIME_WORD_RE = Lazy(
    r"(?:year|years|month|months|quarter|quarters|half|period|time|today|now|\d+)", re.I
)


def insisted_on(question: str) -> str:
    """The words a question insists on, as typed: up to three before "alone", "on its own",
    "by itself", "separately", back to a function word: "… came from trademarks alone?" →
    "trademarks", "trademark pledge financing alone" → all three; "" when the word before is
    a time ("in 2021 alone", "that year alone") or there is none."""
    if part := _part_named(question):
        return re.sub(r"(?i)^the\s+", "", part.group(1))
    m = _INSISTED_RE.search(question)
    if m is None:
        return ""
    words = m.group(1).split()
    if _TIME_WORD_RE.fullmatch(words[-1]):
        return ""
    phrase: list[str] = []
    for word in reversed(words):
        if _PHRASE_BREAK_RE.fullmatch(word):
            break
        phrase.insert(0, word)
    return " ".join(phrase)


def set_aside(question: str) -> list[str]:
    """What a question sets aside, as typed: "… alone, excluding patents?" → ["patents"]."""
    return [m.group(1) for m in _SET_ASIDE_RE.finditer(question)]


def joined(
    clause: str,
    asked: frozenset[str],
    analyzer: Analyzer,
    others: frozenset[str] | None = None,
) -> list[str]:
    """The pairs "A and B" of ``clause`` where the question names one word and not the other,
    and the clause names the one only there: "import and export" for a question about
    exports; its figure is for both together. With ``others``, only pairs whose other word is
    one of them."""
    found = []
    terms = analyzer.terms(clause)
    for m in _AND_RE.finditer(clause):
        a, b = analyzer.terms(m.group(1)), analyzer.terms(m.group(2))
        if len(a) != 1 or len(b) != 1 or a == b:
            continue
        one = a[0] if a[0] in asked else b[0] if b[0] in asked else None
        other = b[0] if one == a[0] else a[0]
        if one is None or other in asked or terms.count(one) > 1:
            continue
        if others is not None and other not in others:
            continue
        found.append(m.group())
    return found


def separately(
    text: str,
    asked: frozenset[str],
    analyzer: Analyzer,
    gives: Callable[[str], bool],
    others: frozenset[str] | None = None,
) -> bool:
    """Whether ``text`` gives what ``gives`` accepts for what the question (terms ``asked``)
    names, not only for a pair it names one of (see :func:`joined`, and ``others`` there):
    "the total import and export volume … reached 378.3 billion yuan" gives no figure for
    exports. Only clauses naming something asked about count; when none does, this has
    nothing to say."""
    about = [c for c in clauses(text) if gives(c) and asked & analyzer.term_set(c)]
    return not about or any(not joined(c, asked, analyzer, others) for c in about)
