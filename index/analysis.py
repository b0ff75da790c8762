"""Text analysis shared by passages and questions: one pipeline, so both sides agree on terms.

Pipeline: tokenize (numbers kept whole: "309.8", "5,729" → "5729", "60.5%", "2021-2035")
→ Unicode NFKC + case folding → British→American spelling and irregular forms ("paid" → "pay")
→ stopwords → Snowball stem
→ thesaurus (synonym groups and acronyms, longest phrase first, each member rewritten to the
group's first member). Every term keeps the character span it came from, so callers can
emphasise the matched words of a quote without analysing twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

import Stemmer

from index.lazy_re import Lazy

__all__ = [
    "STOPWORDS",
    "Analyzer",
    "Thesaurus",
    "Token",
    "find_acronyms",
    "load_synonyms",
]

# Standard English function words, plus the scaffolding of questions ("tell me", "how much")
# and the filler of chat ("hey, I was wondering about the IP stuff").
STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
    having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
    i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
    not of off on once only or other ought our ours ourselves out over own same shan't she she'd
    she'll she's should shouldn't so some such than that that's the their theirs them themselves
    then there there's these they they'd they'll they're they've this those through to too under
    until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
    where's which while who who's whom why why's with won't would wouldn't you you'd you'll
    you're you've your yours yourself yourselves also may might must shall will just
    tell please say said says talk talked talking mention mentioned mentions describe explain
    think thinks
    since despite besides among amongst amid amidst beyond toward towards throughout across
    versus via upon unlike regarding concerning according
    give gave much many anything something someone somebody thing things kind sort like
    instead rather whether either neither yet still already even ever
    stuff actually basically guy guys kinda bunch lot anyway hey hi hello ok okay pretty
    wondering wonder curious want wanted heard hear gonna wanna folks thanks cheers literally
    s t ve ll re d m""".split()
)

# British spellings folded to American ones (the stemmer alone does not join these).
_SPELLINGS = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "licencing": "licensing",
    "licensee": "licensee",
    "organisation": "organization",
    "organisations": "organizations",
    "organise": "organize",
    "organised": "organized",
    "organising": "organizing",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "labour": "labor",
    "defence": "defense",
    "analyse": "analyze",
    "analysed": "analyzed",
    "analysing": "analyzing",
    "realise": "realize",
    "realised": "realized",
    "realisation": "realization",
    "utilise": "utilize",
    "utilisation": "utilization",
    "recognise": "recognize",
    "recognised": "recognized",
    "recognition": "recognition",
    "standardise": "standardize",
    "standardised": "standardized",
    "modernisation": "modernization",
    "commercialisation": "commercialization",
    "commercialise": "commercialize",
    "industrialisation": "industrialization",
    "optimise": "optimize",
    "optimised": "optimized",
    "optimisation": "optimization",
    "prioritise": "prioritize",
    "digitalisation": "digitalization",
    "securitisation": "securitization",
    "authorisation": "authorization",
    "favour": "favor",
    "favourable": "favorable",
    "behaviour": "behavior",
    "honour": "honor",
    "colour": "color",
    "catalogue": "catalog",
    "enrol": "enroll",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "judgement": "judgment",
    "cheque": "check",
    "tonne": "ton",
    "tonnes": "tons",
    "grey": "gray",
    "travelled": "traveled",
    "modelling": "modeling",
}

# Words the stemmer would join to an unrelated word, kept apart: "customs" (the border
# authority) is not "customers", "goods" are not "good" results, "closely related" does not
# "close" a press conference. And nouns it leaves apart from their verb: "guidance" is
# guiding, a "payment" paying.
_OWN_STEMS = {
    "customs": "customs",
    "goods": "goods",
    "closely": "closely",
    "guidance": "guid",
    "payment": "pay",
    "payments": "pay",
}

# Irregular forms the stemmer cannot join to their base word: "paid" is "pay", "grew" is
# "grow", "smaller" is "small" (Snowball leaves comparatives alone). Not "lower": a verb too.
_IRREGULAR = {
    word: base
    for base, forms in {
        "arise": "arose arisen",
        "bear": "bore borne",
        "begin": "began begun",
        "bring": "brought",
        "build": "built",
        "buy": "bought",
        "choose": "chose chosen",
        "come": "came",
        "draw": "drew drawn",
        "drive": "drove driven",
        "fall": "fell fallen",
        "find": "found",
        "get": "got gotten",
        "go": "went gone",
        "grow": "grew grown",
        "hold": "held",
        "keep": "kept",
        "know": "knew known",
        "lay": "laid",
        "lead": "led",
        "lend": "lent",
        "lose": "lost",
        "make": "made",
        "meet": "met",
        "pay": "paid",
        "rise": "rose risen",
        "run": "ran",
        "see": "saw seen",
        "seek": "sought",
        "sell": "sold",
        "send": "sent",
        "show": "shown",
        "spend": "spent",
        "stand": "stood",
        "take": "took taken",
        "teach": "taught",
        "think": "thought",
        "undertake": "undertook undertaken",
        "understand": "understood",
        "win": "won",
        "write": "wrote written",
        "big": "bigger biggest",
        "good": "better best",
        "bad": "worse worst",
        "large": "larger largest",
        "small": "smaller smallest",
        "high": "higher highest",
        "fast": "faster fastest",
        "slow": "slower slowest",
        "strong": "stronger strongest",
        "weak": "weaker weakest",
        "great": "greater greatest",
        "wide": "wider widest",
        "early": "earlier earliest",
        "late": "later latest",
        "new": "newer newest",
        "old": "older oldest",
        "man": "men",
        "woman": "women",
        "child": "children",
    }.items()
    for word in forms.split()
}

_NUMBER = (
    r"\d+(?:[.,]\d+)*(?:\s?%)?(?:\s?[-–/]\s?\d+(?:[.,]\d+)*%?)?"
    r"(?:st|nd|rd|th|(?i:k|mn?|bn|tn|pc|pct))?"  # "23rd"; shorthand: "420k", "58.7bn", "1.5pc"
)
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_TOKEN_RE = re.compile(rf"(?P<num>{_NUMBER})(?![^\W\d_])|(?P<word>{_WORD})")
_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_RANGE_RE = re.compile(r"^([\d.,]+%?)\s?[-–/]\s?([\d.,]+%?)$")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_PERCENT_AFTER_RE = re.compile(r"\s+(?:percent|per\s+cent|pct)\b", re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\(([A-Z][A-Z&]{1,7})s?\)")
# "-ize" words keep one stem of their own: Snowball folds "commercialization" into
# "commercial" and "industrialization" into "industrial", which are other concepts.
_IZE_RE = re.compile(r"^([a-z]{4,})iz(?:e|es|ed|ing|ation|ations)$")
_TERM_SET_CACHE = 20_000  # memoised term sets kept at most (the briefing has ~1,500 clauses)
_HAS_WORD_RE = re.compile(r"[^\W\d_]")  # a letter: a word (a stopword) between two terms
_LINK_WORDS = frozenset({"of", "and", "the", "for", "on", "in", "to", "&"})


class Token(NamedTuple):
    """An analysed term and the span of the source text it came from (a NamedTuple: made by
    the thousand, and cheaper to define and create than a frozen dataclass)."""

    term: str
    start: int
    end: int


_Raw = tuple[str, int, int]  # (term, start, end) inside the pipeline; Token at the edge


_SHORTHAND_RE = Lazy(r"^(\d+(?:[.,]\d+)*)(k|mn?|bn|tn|pc|pct)$", re.IGNORECASE)
_SCALES = {"m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}


def _shorthand(number: str, suffix: str) -> list[str]:
    """A number written short, as it is written out: "420k" → ["420000"], "58.7bn" →
    ["58.7", "billion"], "1.5pc" → ["1.5%"]."""
    if _THOUSANDS_RE.match(number):
        number = number.replace(",", "")
    suffix = suffix.lower()
    if suffix in ("pc", "pct"):
        return [number + "%"]
    if suffix == "k":
        try:
            value = float(number) * 1000
        except ValueError:
            return [number]
        return [f"{value:.0f}" if value.is_integer() else f"{value:g}"]
    return [number, _SCALES[suffix]]


def _canonical_number(raw: str) -> list[str]:
    text = raw.replace(" ", "").replace("–", "-")
    if text[-1:].isalpha() and (short := _SHORTHAND_RE.match(text)) is not None:
        return _shorthand(*short.groups())
    if _THOUSANDS_RE.match(text.rstrip("%")):
        text = text.replace(",", "")
    m = _RANGE_RE.match(text)
    if m and "/" not in text:
        parts = [_canonical_number(p)[0] for p in m.groups()]
        if _YEAR_RE.match(parts[0]) and len(parts[1]) == 2 and parts[1].isdigit():
            parts[1] = parts[0][:2] + parts[1]  # "2021-25" is 2021 to 2025
        return [f"{parts[0]}-{parts[1]}", *parts]
    return [text]


def find_acronyms(text: str) -> list[tuple[str, str]]:
    """Acronyms defined in the text as "Long Name (LN)": pairs of (acronym, long name)."""
    found: list[tuple[str, str]] = []
    for m in _ACRONYM_RE.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym.lower() if c.isalpha()]
        words = re.findall(r"[A-Za-z][\w'-]*", text[max(0, m.start() - 160) : m.start()])
        i, j = len(letters) - 1, len(words) - 1
        first = None
        while i >= 0 and j >= 0:
            word = words[j].lower()
            if word[0] == letters[i]:
                first, i = j, i - 1
            elif word not in _LINK_WORDS:
                break
            j -= 1
        if i < 0 and first is not None:
            found.append((acronym, " ".join(words[first:])))
    return found


def load_synonyms(text: str) -> list[list[str]]:
    """Synonym groups from a text file: one group a line, members separated by commas; # comments."""
    groups = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            members = [m.strip() for m in line.split(",") if m.strip()]
            if len(members) > 1:
                groups.append(members)
    return groups


@dataclass
class Thesaurus:
    """Phrase rewrites on stem sequences, longest match first."""

    rules: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...]]]] = field(
        default_factory=dict
    )

    def add(
        self, phrase: Sequence[str], canonical: Sequence[str], tight: Sequence[bool] = ()
    ) -> None:
        """``tight``: for each pair of the phrase's words, whether they must stand side by
        side in a text, with no stopword between ("last year"); empty when any may."""
        phrase, canonical = tuple(phrase), tuple(canonical)
        if not phrase or not canonical or phrase == canonical:
            return
        bucket = self.rules.setdefault(phrase[0], [])
        if any(p == phrase for p, _, _ in bucket):
            return  # the first group to claim a phrase keeps it
        bucket.append((phrase, canonical, tuple(tight)))
        bucket.sort(key=lambda rule: -len(rule[0]))

    def apply(self, tokens: list[_Raw], text: str = "") -> list[_Raw]:
        """Rewrite (term, start, end) triples of ``text``; a rewritten phrase's terms share its
        span. Words a tight phrase has side by side must be so in the text: "last few years"
        is not "last year"."""
        rules = self.rules
        heads = [i for i, t in enumerate(tokens) if t[0] in rules]  # few: skip the rest fast
        if not heads:
            return tokens
        out: list[_Raw] = []
        done = 0  # tokens before this index are in ``out``
        for i in heads:
            if i < done:
                continue  # inside a phrase already rewritten
            for phrase, canonical, tight in rules[tokens[i][0]]:
                n = len(phrase)
                if tuple(t[0] for t in tokens[i : i + n]) == phrase and not (
                    text
                    and any(
                        close and _HAS_WORD_RE.search(text, tokens[k][2], tokens[k + 1][1])
                        for k, close in enumerate(tight, start=i)
                    )
                ):
                    out.extend(tokens[done:i])
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    out.extend((term, start, end) for term in canonical)
                    done = i + n
                    break
        out.extend(tokens[done:])
        return out


class Analyzer:
    """Turns text into index terms. Use the same instance for passages and questions."""

    def __init__(
        self,
        *,
        stemming: bool = True,
        spellings: bool = True,
        stopwords: Iterable[str] = STOPWORDS,
        synonyms: Iterable[Sequence[str]] = (),
        acronyms: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.stemming = stemming
        self.spellings = spellings
        self.stopwords = frozenset(stopwords)
        self._stemmer = Stemmer.Stemmer("english") if stemming else None
        self._stems: dict[str, str] = {}
        self._words: dict[str, str | None] = {}
        self._term_sets: dict[str, frozenset[str]] = {}
        self.thesaurus = Thesaurus()
        for group in synonyms:
            self.add_group(group)
        for acronym, long_name in acronyms:
            self.add_group([long_name, acronym])

    def __getstate__(self) -> dict[str, object]:
        state = self.__dict__.copy()
        state["_stemmer"] = None  # a C object: made again on unpickling
        state["_term_sets"] = {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        if self.stemming:
            self._stemmer = Stemmer.Stemmer("english")

    def add_group(self, members: Sequence[str]) -> None:
        """Make every member of a group analyse to the first member's terms."""
        canonical = [t[0] for t in self._base_tokens(members[0])]
        for member in members[1:]:
            tokens = self._base_tokens(member)
            # a phrase read as a year ("last year" → 2021) must be written as it is: "the last
            # few years" are no year; other phrases take words between theirs ("selling off
            # their patents" is "selling patents")
            tight = (
                [not _HAS_WORD_RE.search(member, a[2], b[1]) for a, b in pairwise(tokens)]
                if len(canonical) == 1 and canonical[0].isdigit()
                else []
            )
            self.thesaurus.add([t[0] for t in tokens], canonical, tight)

    def _word(self, raw: str) -> str | None:
        """The term for one word as written (None for a stopword); memoised per spelling."""
        try:
            return self._words[raw]
        except KeyError:
            term = self._words[raw] = self._analyse_word(raw)
            return term

    def _analyse_word(self, raw: str) -> str | None:
        word = unicodedata.normalize("NFKC", raw).casefold().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if self.spellings:
            word = _SPELLINGS.get(word, word)
            word = _IRREGULAR.get(word, word)
        if word in self.stopwords:
            return None
        if self._stemmer is None:
            return word
        if word in _OWN_STEMS:
            return _OWN_STEMS[word]
        if (ize := _IZE_RE.match(word)) is not None:
            return ize.group(1) + "iz"
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = self._stemmer.stemWord(word)
        return stem

    def _base_tokens(self, text: str) -> list[_Raw]:
        """(term, start, end) for each word and number, before the thesaurus."""
        tokens: list[_Raw] = []
        words, word = self._words, self._word
        append = tokens.append
        skip_to = -1
        for m in _TOKEN_RE.finditer(text):
            start = m.start()
            if start < skip_to:
                continue  # the "percent" already folded into the number before it
            raw = m.group()
            if m.lastgroup == "word":
                term = words[raw] if raw in words else word(raw)
                if term is not None:
                    append((term, start, m.end()))
                continue
            end = m.end()
            if not raw.endswith("%") and (pct := _PERCENT_AFTER_RE.match(text, end)):
                raw, end = raw + "%", pct.end()
                skip_to = end
            for term in _canonical_number(unicodedata.normalize("NFKC", raw)):
                if term.isalpha():  # "billion" of "58.7bn"
                    term = word(term)
                    if term is None:
                        continue
                append((term, start, end))
        return tokens

    def tokens(self, text: str) -> list[Token]:
        """Analysed terms with their source spans."""
        make = Token._make
        return [make(t) for t in self.thesaurus.apply(self._base_tokens(text), text)]

    def terms(self, text: str) -> list[str]:
        """Analysed terms only (what an index needs)."""
        return [t[0] for t in self.thesaurus.apply(self._base_tokens(text), text)]

    def term_set(self, text: str) -> frozenset[str]:
        """The set of ``text``'s terms, memoised: answering asks it of the same clauses and
        passages again and again."""
        found = self._term_sets.get(text)
        if found is None:
            if len(self._term_sets) >= _TERM_SET_CACHE:
                self._term_sets.clear()
            found = self._term_sets[text] = frozenset(self.terms(text))
        return found
