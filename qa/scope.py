"""What a question is about — places and years — and whether a text covers them.

"How many universities in the united states license patents" names a place the briefing never
mentions; "What was pledge financing in 2019?" names a year its closest quote does not speak
of ("In 2021, … reached 309.8 billion yuan"). Either way the quote does not answer the
question, however many other words it shares with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from index.lazy_re import Lazy
from index.search import Query
from qa.datafiles import data_file

__all__ = [
    "Contrasts",
    "Outlets",
    "dates_in",
    "is_within_country",
    "is_year",
    "mentions",
    "only_in_lists",
    "places_named",
    "relative_years",
    "without_organisations",
    "year_covered",
    "years_in",
    "years_of_date",
]

_PLACE_WORD_RE = re.compile(r"[A-Za-z]+(?:\.[A-Za-z])*\.?")
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")
_RANGE_TERM_RE = re.compile(r"^((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)$")
_CURRENCY_RE = re.compile(
    r"\b(?:U\.?S\.?|US|American|Hong Kong|Singapore|Australian|Canadian|New Taiwan|Japanese|"
    r"Korean|Indian|Swiss)\s+(?:dollars?|yen|won|rupees?|francs?)\b",
    re.I,
)
_PLACES: dict[str, tuple[str, str]] = {}  # folded name -> (name, place)
_NAMES: dict[str, list[str]] = {}  # place -> all its names
_WITHIN: set[str] = set()  # places within a country: provinces, regions, cities


def _gazetteer() -> dict[str, tuple[str, str]]:
    """qa/data/places.txt, read once: each name, keyed by its case-folded form, with the
    place it names ("Chinese" names China)."""
    if not _PLACES:
        links: dict[str, str] = {}
        within = False  # in the section of provinces and cities, not countries
        for line in data_file("places.txt").splitlines():
            if line.startswith("#"):
                within = "provinces" in line or ("adjectives" not in line and within)
            entry = line.split("#", 1)[0].strip()
            if entry and within and "=" not in entry:
                _WITHIN.add(entry.replace(".", ""))
            if entry:
                name, _, place = (part.strip() for part in entry.partition("="))
                links[name.replace(".", "")] = place.replace(".", "") or name.replace(".", "")
        for name in links:
            place = name
            while links.get(place, place) != place:  # "Korean" = "Korea" = "South Korea"
                place = links[place]
            _PLACES[name.casefold()] = (name, place)
            _NAMES.setdefault(place, []).append(name)
    return _PLACES


def places_named(text: str) -> list[tuple[str, str]]:
    """Places from the gazetteer named in ``text``, longest name first, in any case except
    for names in capitals ("US", not "us"): pairs of (as typed, the place)."""
    return list(_places_named(text))


@lru_cache(maxsize=2048)  # the same passages and quotes are read question after question
def _places_named(text: str) -> tuple[tuple[str, str], ...]:
    text = _CURRENCY_RE.sub(lambda m: " " * len(m.group()), text)  # "US dollars": no place
    words = [(m.group(), m.start()) for m in _PLACE_WORD_RE.finditer(text)]
    places = _gazetteer()
    found: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            typed_name = " ".join(w for w, _ in words[i : i + n]).replace(".", "")
            hit = places.get(typed_name.casefold())
            if hit is None or (hit[0].isupper() and typed_name != hit[0]):
                continue
            typed = text[words[i][1] : words[i + n - 1][1] + len(words[i + n - 1][0])]
            if all(typed != t for t, _ in found):
                found.append((typed, hit[1]))
            i += n - 1
            break
        i += 1
    return tuple(found)


def is_within_country(place: str) -> bool:
    """Whether ``place`` (as :func:`places_named` gives it) is a province, region or city."""
    _gazetteer()
    return place in _WITHIN


@lru_cache(maxsize=256)
def _without_currency(text: str) -> str:
    return _CURRENCY_RE.sub(" ", text)


def mentions(text: str, place: str) -> bool:
    """Whether ``text`` names ``place`` by any of its names (one in capitals, such as "US",
    only in capitals). A currency is no mention: "1.6 trillion US dollars" says nothing of
    the United States."""
    _gazetteer()
    text = _without_currency(text)
    for name in _NAMES.get(place, [place]):
        if name.isupper():
            pattern, flags = r"\.?".join(re.escape(c) for c in name), 0
        else:
            pattern, flags = re.escape(name), re.I
        if re.search(rf"\b{pattern}\b", text, flags):
            return True
    return False


# A list of three or more names: "Peking University, Tongji University, Xiamen University and
# other universities", "Zhejiang, Jiangsu, Guangdong, Sichuan, Qingdao, Shenzhen and other places"
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"
_LIST_RE = re.compile(rf"{_NAME}(?:,\s*{_NAME}){{2,}}(?:,?\s+and\s+(?:other\s+\w+|{_NAME}))?")


def only_in_lists(text: str, name: str, question: str = "") -> bool:
    """Whether every mention of ``name`` in ``text`` is one item of a list of three or more
    names: named in passing, as an example, with no figure of its own. Not when ``question``
    names another item of the list too ("schools such as Peking, Tongji and Xiamen"): then the
    list is what it asks about."""
    spans = [m.span() for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I)]
    if not spans:
        return False
    lists = [m for m in _LIST_RE.finditer(text)]
    asked = question.casefold()
    for s, e in spans:
        holding = [m for m in lists if m.start() <= s and e <= m.end()]
        if not holding:
            return False
        for m in holding:
            items = [i.split()[0] for i in re.split(r",\s*|\s+and\s+", m.group()) if i.strip()]
            others = [i for i in items if i.casefold() not in name.casefold()]
            if any(re.search(rf"\b{re.escape(i.casefold())}\b", asked) for i in others):
                return False
    return True


def relative_years(date: str | None) -> list[list[str]]:
    """ "last year", "current year" and "next year" as the years they meant on the day of the
    briefing (2021, 2022 and 2023 on 2022-08-24), for the thesaurus: in passages and questions
    alike. ("This year" cannot be told from "year" once "this" is dropped as a stopword.)"""
    if not date or not date[:4].isdigit():
        return []
    year = int(date[:4])
    return [[str(year - 1), "last year"], [str(year), "current year"], [str(year + 1), "next year"]]


_MONTH_NUMBER = {
    name: i
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DATE_RES = (
    (Lazy(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+((?:19|20)\d\d)\b", re.I), (3, 2, 1)),
    (Lazy(rf"\b{_MONTH}\s+{_DAY},?\s+((?:19|20)\d\d)\b", re.I), (3, 1, 2)),
    (Lazy(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b"), (1, 2, 3)),
)


def dates_in(text: str) -> list[tuple[str, int, int]]:
    """Full dates written in ``text`` ("24 August 2022", "Aug 24, 2022", "2022-08-24"), each as
    (ISO date, start, end)."""
    found = []
    for pattern, (y, m, d) in _DATE_RES:
        for match in pattern.finditer(text):
            month = match.group(m)
            month_no = int(month) if month.isdigit() else _MONTH_NUMBER[month.casefold()]
            day = int(match.group(d))
            if 1 <= month_no <= 12 and 1 <= day <= 31:
                iso = f"{int(match.group(y)):04d}-{month_no:02d}-{day:02d}"
                found.append((iso, match.start(), match.end()))
    return found


_MONTH_YEAR_RE = Lazy(rf"\b{_MONTH}\s+((?:19|20)\d\d)\b", re.I)
_EVENT = r"(?:briefing|press conference|news conference|conference|presser)"
_EVENT_AFTER_RE = Lazy(rf"^\s*(?:[\w()'’-]+\s+){{0,3}}?{_EVENT}\b", re.I)
_EVENT_BEFORE_RE = Lazy(rf"\b{_EVENT}\s+(?:[\w'’-]+\s+){{0,2}}$", re.I)


def _event_months(text: str) -> list[tuple[str, int, int]]:
    """Months written with their year beside a briefing or press conference ("at the August
    2022 SIPO briefing", "the press conference of August 2022"), as (yyyy-mm, start, end)."""
    found = []
    for m in _MONTH_YEAR_RE.finditer(text):
        if _EVENT_AFTER_RE.match(text[m.end() :]) or _EVENT_BEFORE_RE.search(text[: m.start()]):
            month = _MONTH_NUMBER[m.group(1).casefold()]
            found.append((f"{int(m.group(2)):04d}-{month:02d}", m.start(), m.end()))
    return found


def years_of_date(text: str, date: str | None) -> set[str]:
    """Years that ``text`` writes only inside the date ``date`` (ISO): "Who spoke at the 24
    August 2022 press conference?" names the briefing's day, and "at the August 2022 SIPO
    briefing" its month, which ask about no year."""
    if not date:
        return set()
    words = set(text.lower().replace(",", " ").replace(".", " ").split())
    if words.isdisjoint(_MONTH_NUMBER) and "-" not in text and "/" not in text:
        return set()  # no month, no ISO date (and the patterns are slow to compile)
    spans = [(start, end) for iso, start, end in dates_in(text) if iso == date]
    spans += [(start, end) for month, start, end in _event_months(text) if month == date[:7]]
    if not spans:
        return set()
    year = date[:4]
    outside = [
        m
        for m in re.finditer(rf"\b{year}\b", text)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    return set() if outside else {year}


def is_year(word: str) -> bool:
    """Whether ``word`` is a year, 1800–2099 ("2021"; not "309.8", not "5,729")."""
    return _YEAR_RE.fullmatch(word) is not None


def years_in(terms: list[str] | tuple[str, ...]) -> list[str]:
    """The years among analysed terms ("2019"; the ends of a range are terms of their own)."""
    return list(dict.fromkeys(t for t in terms if is_year(t)))


def year_covered(year: str, terms: list[str] | tuple[str, ...] | frozenset[str]) -> bool:
    """Whether analysed ``terms`` speak of ``year``: the year itself, or a range holding it
    ("2021-2035" covers 2025)."""
    if year in terms:
        return True
    for t in terms:
        m = _RANGE_TERM_RE.match(t)
        if m and m.group(1) <= year <= m.group(2):
            return True
    return False


_ORGANISATION_RE = Lazy(
    r"\b(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?)+"
    r"(?:Office|Administration|Bureau|Commission|Ministry|Department|Association|Organi[sz]ation|"
    r"Council|Committee|Agency|Center|Centre|Court|Institute)\b"
)


def without_organisations(text: str) -> str:
    """``text`` without the names of organisations: "the Copyright Office" speaks of no
    copyright, "the Trademark Office" of no trademark."""
    return _ORGANISATION_RE.sub(" ", text)


class Contrasts:
    """Kinds that exclude one another (qa/data/contrasts.txt), analysed once: invention, utility
    model and design patents; undergraduate, master's and doctoral students; the halves and
    quarters of a year."""

    def __init__(self, text: str, terms: Callable[[str], list[str]]) -> None:
        self.sets: list[list[tuple[str, list[tuple[str, ...]]]]] = []
        # sets whose kinds make up the whole: a text naming none of them speaks of them all
        # together ("patents" are invention, utility model and design patents)
        self.whole: set[int] = set()
        # each kind's names as written, to find the kinds a question names in its own words (a
        # pattern's text: compiled, by the re module's cache, only for the rare question naming
        # two kinds of one set; compiled patterns would be compiled again at every unpickling)
        self._written: dict[str, str] = {}
        for line in text.splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("!"):
                self.whole.add(len(self.sets))
                line = line[1:].strip()
            kinds = []
            for part in line.split("|"):
                names = [n.strip() for n in part.split(",") if n.strip()]
                phrases = [tuple(terms(n)) for n in names]
                kinds.append((names[0], [p for p in phrases if p]))
                alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                self._written[names[0]] = rf"(?i)(?<![\w'-])(?:{alternatives})(?![\w-])"
            self.sets.append(kinds)

    def not_covered(self, asked: list[str], said: list[str], question: str = "") -> list[str]:
        """The kinds the analysed terms ``asked`` name when the terms ``said`` name another
        kind of the same set and none of those asked about. When the ``question`` names kinds
        of a set in its own words, those are the kinds asked about, not others the thesaurus
        reads into it: "postgraduate students" asks about postgraduates, though "students"
        alone reads as undergraduates."""
        missing = []
        asked_set, said_set = set(asked), set(said)
        for n, kinds in enumerate(self.sets):
            wanted = self._wanted(kinds, asked, asked_set, question)
            if not wanted:
                continue
            given = {name for name, phrases in kinds if _holds(said, said_set, phrases)}
            if (given or n in self.whole) and not wanted & given:
                missing += sorted(wanted)
        return missing

    def _wanted(
        self,
        kinds: list[tuple[str, list[tuple[str, ...]]]],
        asked: list[str],
        asked_set: set[str],
        question: str,
    ) -> set[str]:
        """The kinds of one set the analysed terms ``asked`` name; of several, those the
        ``question`` writes out, if any."""
        wanted = {name for name, phrases in kinds if _holds(asked, asked_set, phrases)}
        if len(wanted) > 1 and question:
            written = {name for name in wanted if re.search(self._written[name], question)}
            wanted = written or wanted
        return wanted

    def one_asked(
        self, asked: list[str], question: str = ""
    ) -> list[tuple[frozenset[str], frozenset[str]]]:
        """For each set of which the question names one kind only: the one-word names of that
        kind and of the others, as terms ("export" and "import")."""
        found = []
        asked_set = set(asked)
        for kinds in self.sets:
            wanted = self._wanted(kinds, asked, asked_set, question)
            if len(wanted) != 1:
                continue
            one: set[str] = set()
            others: set[str] = set()
            for name, phrases in kinds:
                words = {p[0] for p in phrases if len(p) == 1}
                (one if name in wanted else others).update(words)
            if one and others:
                found.append((frozenset(one), frozenset(others)))
        return found


def _holds(terms: list[str], present: set[str], phrases: list[tuple[str, ...]]) -> bool:
    """Whether ``terms`` (whose set is ``present``) hold any of ``phrases`` as consecutive
    terms."""
    for phrase in phrases:
        if not present.issuperset(phrase):
            continue
        n = len(phrase)
        if any(tuple(terms[i : i + n]) == phrase for i in range(len(terms) - n + 1)):
            return True
    return False


class Outlets:
    """The news outlets whose reporters asked the questions, and how a question names one:
    its whole name ("Guangming Daily", "China Daily"), or a word of it that no passage uses
    and no other outlet shares, capitalised ("Xinhua", "Bauhinia")."""

    _REPORTER_RE = re.compile(r"(?i)reporters?|journalists?|correspondents?")

    def __init__(
        self, names: list[str], terms: Callable[[str], list[str]], known: frozenset[str]
    ) -> None:
        self.terms = {name: tuple(terms(name)) for name in dict.fromkeys(names)}
        owners: dict[str, set[str]] = {}
        for name, words in self.terms.items():
            for term in words:
                owners.setdefault(term, set()).add(name)
        self.own_word = {
            term: next(iter(holders))
            for term, holders in owners.items()
            if len(holders) == 1 and term not in known
        }

    def named(self, query: Query) -> tuple[frozenset[str], Query] | None:
        """The outlets ``query`` names, and the query without their names (and without
        "reporter"), or None when it names none."""
        tokens = query.tokens
        found: set[str] = set()
        used: set[int] = set()
        terms = [t.term for t in tokens]

        def capitalised(i: int) -> bool:
            return query.text[tokens[i].start : tokens[i].start + 1].isupper()

        for name, words in self.terms.items():
            n = len(words)
            for i in range(len(terms) - n + 1):
                # one word alone is a name only capitalised: "The Paper", not "a paper's …"
                if n and tuple(terms[i : i + n]) == words and (n > 1 or capitalised(i)):
                    found.add(name)
                    used.update(range(i, i + n))
        for i, tok in enumerate(tokens):
            name = self.own_word.get(tok.term)
            if name and capitalised(i):
                found.add(name)
                used.add(i)
        if not found:
            return None
        rest = tuple(
            t
            for i, t in enumerate(tokens)
            if i not in used and not self._REPORTER_RE.fullmatch(query.text[t.start : t.end])
        )
        return frozenset(found), Query(query.text, rest, query.corrections)

    def words(self, query: Query) -> frozenset[str]:
        """The terms of the outlets ``query`` names."""
        asked = self.named(query)
        return frozenset(t for name in asked[0] for t in self.terms[name]) if asked else frozenset()
