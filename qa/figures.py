"""The figures a question states — bounds ("more than 370 billion yuan"), claims to check,
numbers spelt out ("three fifths") or written short ("58.7bn") — and whether a quote gives a
figure near them."""

from __future__ import annotations

import re
from functools import lru_cache

from index.analysis import STOPWORDS, Analyzer
from index.lazy_re import Lazy
from qa.answer_type import figure_kind, looks_ahead, named_kind
from qa.scope import is_year
from qa.text_parts import CURRENCY, clauses, sentences

__all__ = [
    "asks_future",
    "bound_start",
    "bounds",
    "forget_questions",
    "near_bound",
    "stated_counts",
    "stated_numbers",
]


# A number a question states (not a year, not "H1", not "23rd"): "How many of the 65 …"
# (not a year, nor the end of a range of years: "2021-25")
_GIVEN_NUMBER_RE = Lazy(
    r"(?<![\w.,])(?<!(?:19|20)\d\d[-–])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*%?(?!\w)"
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_RE = Lazy(rf"\b{_MONTH}\s+$|^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b", re.I)


# A number after these is a threshold, not the things asked about: "projects under 10 million
# yuan" ("more than" and "over" are not: "more than 73,000 institutions" are those asked about)
_THRESHOLD_RE = Lazy(
    r"\b(?:under|below|less than|fewer than|at most|up to|not exceeding|smaller than)\s+$", re.I
)
# …and a number after these is a bound a figure is held against: "Did pledge loans top 370
# billion yuan?", "over 95 percent", "pass 400,000"
_BOUND_RE = Lazy(
    r"\b(?:(?:more|greater|higher|larger|bigger|fewer|less|lower|smaller) than|over|above|"
    r"under|below|beyond|exceed(?:s|ed|ing)?|pass(?:es|ed|ing)?|tops?|topped|topping|"
    r"surpass(?:es|ed|ing)?|at least|at most|up to|not exceeding|in excess of|upwards of|"
    r"nearly|almost|close to|about|around|roughly|approximately)\s+$",
    re.I,
)
# A figure with its magnitude and unit: "372.364 billion yuan", "95.2%", "865,000 people"
_FIGURE_RE = Lazy(
    r"(?<![\w.,])(\d+(?:[.,]\d+)*)(?:(?!\w)|(?=(?:k|mn?|bn|tn|pc|pct)\b))"
    # its scale, written out or short ("372.364 billion", "58.7bn", "420k")
    r"(\s?(?:k|mn?|bn|tn)\b|(?:\s+(?:hundred|thousand|million|billion|trillion))*)"
    rf"\s*(%|percent\b|per cent\b|pc\b|pct\b|percentage points?\b|points?\b|pp\b|ppts?\b|"
    rf"(?:us\s+)?{CURRENCY}\b|"
    r"(?:days?|weeks?|months?|years?|yrs?|hours?)\b)?",
    re.I,
)
_TIME_UNITS = ("day", "week", "month", "year", "hour")
_PERCENT_WORD_RE = Lazy(r"\s*(?:percent|per cent|pct)\b", re.I)
_SCALE = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip


def _figures(text: str, spelled: bool = False) -> list[tuple[float, str]]:
    """The figures ``text`` gives, as (value, unit): unit "%", "points" (percentage points),
    "money", a unit of time ("month") or "" for a bare number; not a year standing alone.
    With ``spelled``, spelt-out ones too ("in the past three years")."""
    found = [f for _, _, digits in _spelled(text) for f in _figures(digits)] if spelled else []
    for m in _FIGURE_RE.finditer(text):
        digits, scale, unit = m.group(1), m.group(2), (m.group(3) or "").lower()
        if not scale and not unit and is_year(digits):
            continue
        if "," in digits and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
            continue  # "1,2": a list, not a number
        value = float(digits.replace(",", ""))
        for word in scale.lower().split():
            value *= _SCALE[word]
        unit = {"yr": "year", "yrs": "year"}.get(unit, unit)
        if unit.startswith(("percentage", "point", "pp")):  # "10.5 points", "3.1pp"
            kind = "points"
        elif unit in ("%", "percent", "per cent", "pc", "pct"):
            kind = "%"
        elif unit.rstrip("s") in _TIME_UNITS:
            kind = unit.rstrip("s")  # "17 months": a length of time, not 17 provinces
        else:
            kind = "money" if unit else ""
        found.append((value, kind))
    return found


# words one of which a question holding a bound has (see _BOUND_RE)
_BOUND_HINTS = (
    "than", "over", "above", "under", "below", "beyond", "exceed", "pass", "top", "surpass",
    "least", "most", "up to", "excess", "upwards", "nearly", "almost", "close to", "about",
    "around", "roughly", "approx",
)  # fmt: skip
_SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# A figure spelt out: "a hundred", "thirty thousand", "twenty-five", "five million yuan"
_SPELLED_RE = Lazy(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<unit>{'|'.join(_SMALL[:9])}))?|"
    rf"(?P<small>a|{'|'.join(_SMALL)}))"
    r"(?P<scale>(?:\s+(?:hundred|thousand|million|billion|trillion))*)\b"
    r"(?P<rest>\s*(?:%|percent\b|per cent\b|[a-z]+\b)?)",
    re.I,
)


def _spelled(question: str) -> list[tuple[int, int, str]]:
    """Figures a question spells out, as (start, end, the figure in digits with what follows
    it): "more than a hundred colleges" → "100 colleges". Not "a" or "one" alone."""
    found = []
    for m in _SPELLED_RE.finditer(question):
        small, scale = (m.group("small") or "").lower(), m.group("scale")
        if small in ("a", "one") and not scale:
            continue
        half = question[max(0, m.start() - 5) : m.start()].lower() == "half "
        if m.group("tens"):
            value = 10 * (_TENS.index(m.group("tens").lower()) + 2)
            value += _SMALL.index(m.group("unit").lower()) + 1 if m.group("unit") else 0
        else:
            value = 1 if small == "a" else _SMALL.index(small) + 1
        if half:  # "half a million"
            value = 0.5 * value
        digits = f"{value:g}{scale}{m.group('rest')}"
        unit = _figures(digits)[0][1] != _figures(f"{value:g}{scale}")[0][1]  # "percent", "yuan"
        found.append(
            (m.start() - 5 if half else m.start(), m.end() if unit else m.end("scale"), digits)
        )
    return found


_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
# A share spelt out: "a third", "three fifths", "two-thirds", "half", "four out of five"
_FRACTION_RE = Lazy(
    rf"\b(?:(?P<num>a|an|{'|'.join(_SMALL[:9])})[\s-]+(?P<den>{'|'.join(_DENOMINATORS)})s?|"
    rf"(?P<half>half)|(?P<n2>{'|'.join(_SMALL[:9])}|\d+)\s+(?:out of|in)\s+"
    rf"(?P<d2>{'|'.join(_SMALL[:10])}|\d+))\b",
    re.I,
)


def _number_word(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else 1 if word in ("a", "an") else _SMALL.index(word) + 1


def _fractions(question: str) -> list[tuple[int, int, float]]:
    """Shares a question spells out, as (start, end, percentage): "over a third" → 33.3,
    "four out of five" → 80."""
    found = []
    for m in _FRACTION_RE.finditer(question):
        if re.match(
            r"\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b", question[m.end() :]
        ):
            continue  # "half a million" is a number (see _spelled), not a share
        if m.group("half"):
            value = 50.0
        elif m.group("den"):
            value = 100 * _number_word(m.group("num")) / _DENOMINATORS[m.group("den").lower()]
        else:
            whole = _number_word(m.group("d2"))
            if not whole:
                continue
            value = 100 * _number_word(m.group("n2")) / whole
        found.append((m.start(), m.end(), value))
    return found


def bound_start(question: str, start: int) -> int:
    """Where the words holding a figure as a bound begin: at "roughly" of "roughly a quarter",
    "top" of "top 370 billion yuan"; ``start`` itself when none come before it."""
    before = question[max(0, start - 20) : start]
    m = _BOUND_RE.search(before)
    return start - len(before) + m.start() if m else start


def bounds(question: str, claimed: bool = False) -> list[tuple[str, float, str]]:
    """The figures a question holds something against (see :func:`_read_bounds`); read once per
    question, though the tests of the quote and of coverage both ask."""
    return list(_read_bounds(question, claimed))


@lru_cache(maxsize=256)
def _read_bounds(question: str, claimed: bool) -> tuple[tuple[str, float, str], ...]:
    """The figures a question holds something against, as (typed, value, unit): "Did pledge
    loans top 370 billion yuan?" → [("370 billion yuan", 3.7e11, "money")]; "more than a
    hundred colleges" → [("a hundred", 100.0, "")]; "over a third" → [("a third", 33.3…,
    "%")]. With ``claimed``, every figure it states (not a year or a day): a claim to check,
    "Did SIPO set up 25 operating funds?", which 20 funds refutes."""
    lower = question.lower()
    if claimed:
        if not any(c.isdigit() for c in question) and not any(w in lower for w in _BOUND_HINTS):
            return ()
    elif not any(word in lower for word in _BOUND_HINTS):
        return ()  # (the patterns are slow to compile, and most questions hold no bound)

    def bounding(start: int) -> bool:
        return _BOUND_RE.search(question[max(0, start - 20) : start]) is not None

    def period(start: int, unit: str) -> bool:  # "over three years": during them, no bound
        before = question[max(0, start - 6) : start].lower().split()
        return unit in _TIME_UNITS and before[-1:] == ["over"]

    found = []
    shares = _fractions(question)
    for start, end, value in shares:
        if bounding(start):
            found.append((question[start:end], value, "%"))

    def in_share(start: int) -> bool:  # "three" of "three fifths", "1" of "1 in 5"
        return any(a <= start < b for a, b, _ in shares)

    for m in _FIGURE_RE.finditer(question):
        day = _DAY_RE.search(question[m.end(2) : m.end(2) + 14])  # not "24 aug"
        if in_share(m.start()) or day or not (claimed or bounding(m.start())):
            continue
        if (figure := _figures(m.group())) and not period(m.start(), figure[0][1]):
            found.append((m.group().strip(), *figure[0]))
    for start, end, digits in _spelled(question):
        if in_share(start):
            continue
        figure = _figures(digits)
        if bounding(start) and figure and not period(start, figure[0][1]):
            found.append((question[start:end].strip(), *figure[0]))
    return tuple(found)


# A question about what will be: "Will open licences top 800 by the end of the year?"
_FUTURE_Q_RE = Lazy(
    r"\b(?:will|going to|expect\w*|forecast\w*|projected|predicted|targets?|targeted)\b", re.I
)


def asks_future(question: str) -> bool:
    """Whether the question asks about what will be ("will", "expected", "forecast")."""
    return _FUTURE_Q_RE.search(question) is not None


def near_bound(
    text: str,
    bound: tuple[str, float, str],
    factor: float,
    ahead: bool = False,
    about: frozenset[str] = frozenset(),
    analyzer: Analyzer | None = None,
) -> bool:
    """Whether ``text`` gives a figure of the bound's unit within ``factor`` of it either way,
    one that tells whether the bound was passed: 372.364 billion yuan for "more than 370
    billion yuan", not 27.1% growth (another unit) or 58.7 billion (another order of size).
    A bare number in the question ("more than 370 billion") may be a sum in the text. With
    ``ahead``, for a question about what will be, only in a sentence looking ahead: the 309.8
    billion yuan of 2021 does not tell whether pledge financing will top 400 billion. With
    ``about`` (analysed terms), only in a clause holding one of them: "more than 1,000 bank-
    enterprise docking activities" says nothing of "more than 1,000 insurance claims"."""
    _, value, unit = bound
    units = {unit, "money"} if unit == "" else {unit}
    for sentence in sentences(text) if ahead else [text]:
        if ahead and not looks_ahead(sentence):
            continue
        for part in _said_of(sentence) if about and analyzer else [sentence]:
            if about and analyzer and about.isdisjoint(analyzer.term_set(part)):
                continue
            if any(
                kind in units and value > 0 and 1 / factor <= figure / value <= factor
                for figure, kind in _figures(part, spelled=True)
            ):
                return True
    return False


_LETTERS_RE = Lazy(r"[A-Za-z][\w'-]*")


def _said_of(sentence: str) -> list[str]:
    """The clauses of a sentence, each with what its figure is said of: a clause of a figure
    and a word or two ("an increase of 60.91%") speaks of the clause before it ("The number
    of cumulative loans in that year was 5981")."""
    out: list[str] = []
    for part in clauses(sentence):
        words = [w for w in _LETTERS_RE.findall(part) if w.lower() not in STOPWORDS]
        out.append(f"{out[-1]}, {part}" if out and len(words) <= 1 else part)
    return out


def _stated(question: str) -> list[re.Match[str]]:
    """The numbers a question states (not a day of a month: "aug 24")."""
    return [
        m
        for m in _GIVEN_NUMBER_RE.finditer(question)
        if not _DAY_RE.search(question[max(0, m.start() - 12) : m.start()])
        and not _DAY_RE.search(question[m.end() : m.end() + 14])
    ]


def stated_numbers(question: str) -> list[str]:
    """The numbers a question states, as typed: "How many of the 65 products …" → ["65"]
    (not a day of a month: "aug 24")."""
    return [m.group() for m in _stated(question)]


_PERIOD_AFTER_RE = Lazy(r"\s*(?:years?|yrs?|months?|mths?|weeks?|days?|decades?)\b", re.I)


def stated_counts(question: str, bounded: bool = False) -> list[str]:
    """The numbers a question states that are not percentages or thresholds: how many things
    it is about ("the 20 funds") or a sum ("the 58.724 billion yuan"), not "under 10 million
    yuan"; with ``bounded``, not a bound either ("more than 370 billion yuan", see
    :func:`bounds`)."""
    return [
        m.group()
        for m in _stated(question)
        if not m.group().endswith("%")
        and not _PERCENT_WORD_RE.match(question, m.end())  # "80 percent" is a percentage too
        and not _PERIOD_AFTER_RE.match(question, m.end())  # "the past 3 years" is a period
        and not _THRESHOLD_RE.search(question[max(0, m.start() - 14) : m.start()])
        and not (bounded and _BOUND_RE.search(question[max(0, m.start() - 20) : m.start()]))
    ]


def forget_questions() -> None:
    """Empty the caches keyed by a question's text (its kind of figure, of name, its bounds):
    they spare one answer the same reading three or four times, and a benchmark of new
    questions must not find them filled by earlier runs of the same ones."""
    figure_kind.cache_clear()
    named_kind.cache_clear()
    _read_bounds.cache_clear()
