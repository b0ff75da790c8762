"""The declining rules: whether a question asks about something its best passage does not say.

Each rule is one method of :class:`DecliningRules`, which :class:`qa.answer.Engine` inherits:
names, places and years the briefing never mentions or the passage does not speak of; how much
of the question the passage covers; a lone matching word. ``Engine.ask`` applies them in order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.lazy_re import Lazy
from index.search import Query, SearchIndex
from qa.answer_type import NAME, figure_kind
from qa.scope import (
    Contrasts,
    Outlets,
    is_year,
    mentions,
    only_in_lists,
    places_named,
    without_organisations,
    year_covered,
    years_in,
    years_of_date,
)

if TYPE_CHECKING:
    from index.analysis import Analyzer
    from index.passages import Passage
    from index.transcript import Transcript
    from qa.answer import Hit
    from qa.config import Settings

_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
_MID_CAPITAL_RE = Lazy(r"(?<=[\w,;:(\"“] )([A-Z][\w'’-]*)")
_TITLE_PERIOD_RE = re.compile(r"\(\s*(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\s*\)")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # "in Sept 2019"
)
_THIS_YEAR_RE = re.compile(r"\bthis year\b", re.I)
# the time of the briefing itself: what holds "at present" holds in the briefing's year
_PRESENT_RE = re.compile(
    r"\b(?:at present|currently|so far|to date|up to now|until now|this month|last month)\b", re.I
)
# a month named: "May" only capitalised (the verb "may" is no month)
_MONTH_RE = re.compile(
    r"\b(?i:january|february|march|april|june|july|august|september|october|november|"
    r"december)\b|\bMay\b"
)
# Words that open a question without naming anything, capitalised only for being first
_OPENING = " \t\"'“‘("
_OPENING_WORDS = frozenset(
    "roughly approximately about around exactly overall briefly apart aside besides beyond "
    "given excluding including compared according regarding concerning considering since "
    "after before during following despite also currently today recently specifically "
    "generally typically usually please tell give explain describe summarize summarise "
    "show quote cite looking turning speaking moving going finally lastly now although though "
    "while whereas along alongside together unlike comparing compare contrasting contrast name "
    "list identify assuming supposing focusing".split()
)
# "the 14th Five-Year Plan", "the 13th five-year plan period": a numbered period or session
# "the 4th amendment" is "the fourth amendment"
_ORDINAL_WORDS = {
    str(n): word
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
}
_ORDINAL_RE = re.compile(r"\b(\d+(?:st|nd|rd|th))\b((?:[\s-]+(?:[A-Z][\w]*|\w+-[\w-]+|plan))*)")
_ORDINAL_TERM_RE = re.compile(r"\d+(?:st|nd|rd|th)")


def _title_case(text: str) -> bool:
    """Whether most words of ``text`` after the first are capitalised, as in a headline."""
    words = _WORD_RE.findall(text)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _asks_figure(question: str) -> bool:
    """Whether the question asks for a figure (not a name: "which provinces" wants the list)."""
    return figure_kind(question) not in (None, NAME)


class DecliningRules:
    """The checks behind a declined answer; they read the engine's index and settings."""

    index: SearchIndex
    analyzer: Analyzer
    settings: Settings
    passages: list[Passage]
    transcript: Transcript
    _text: str
    _passage_index: dict[str, int]
    _unknown_idf: float
    contrasts: Contrasts
    _outlets: Outlets

    def _missing_names(self, query: Query) -> list[str]:
        """Names and years the question asks about that the briefing never mentions.

        A capitalised word (stopwords such as "What" never get here), an acronym, or a year,
        unknown to the index and not a corrected typo: "Japan", "Tencent", "PCT", "2024".
        Asking about something the briefing never names means it cannot be answered from it.
        """
        if not self.settings.decline_unknown_names:
            return []
        corrected = {typed for typed, _ in query.corrections}
        outlet = self._outlets.words(query)  # "Xinhua": a reporter's outlet, named in no passage
        # a phrase the thesaurus reads as one the briefing uses: "the Beijing Winter Games"
        # are its Winter Olympics, though it never names Beijing
        known = [
            (t.start, t.end)
            for t in query.tokens
            if " " in query.text[t.start : t.end] and t.term in self.index.vocabulary
        ]
        missing = [
            typed
            for typed, place in places_named(query.text)
            if not mentions(self._text, place)
            and not any(a <= query.text.find(typed) < b for a, b in known)
        ]
        in_places = {w for place in missing for w in place.split()}
        for tok in query.tokens:
            word = query.text[tok.start : tok.end]
            if (
                tok.term in self.index.vocabulary
                or tok.term in outlet
                or word in corrected
                or word in in_places
                or word in missing
            ):
                continue
            year = is_year(word)
            is_name = word[:1].isupper() and len(word) > 1 and word.casefold() not in _MONTHS
            if (
                is_name
                and not query.text[: tok.start].strip(_OPENING)
                and (word.casefold() in _OPENING_WORDS)
            ):
                continue  # "Roughly what was …", "Apart from …": a sentence's first word
            if year or is_name:
                missing.append(word)
        return missing

    def _years_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """The years the question asks about, when the quote speaks of none of them (a range
        covers its years, "this year" the briefing's): "pledge financing in 2019" against "In
        2021, … reached 309.8 billion yuan". A quote that names no year is read with its
        paragraph: "In 2021, …" may open it and hold for the sentences after."""
        # the briefing's own day ("at the 24 August 2022 press conference") is no year asked
        own = years_of_date(query.text, self.transcript.date)
        asked = [y for y in years_in(query.terms) if y not in own]
        if not asked:
            return []

        date = self.transcript.date
        periods = not any("-" in t for t in query.terms)

        # a plan's period in its title, "the Outline … (2021-2035)", is no figure for 2021,
        # unless the question asks about a period itself ("the roadmap for 2021-25")
        def years_said(text: str) -> set[str]:
            if periods:
                text = _TITLE_PERIOD_RE.sub(" ", text)
            said = set(self.analyzer.term_set(text))
            if date and _THIS_YEAR_RE.search(text):  # "by the end of this year"
                said.add(date[:4])
            return said

        # a quote naming years of its own is held to them ("the added value … in 2020 reached
        # 12.13 trillion yuan" is no figure for 2021, though the paragraph speaks of 2021 too)
        quoted = years_said(hit.quote)
        said = quoted if any(is_year(t[:4]) for t in quoted) else years_said(hit.passage.text)
        if periods and date:
            # ...but a title period's end still to come when the briefing was given is the
            # plan's horizon, which only the plan speaks of: "the blueprint running to 2035"
            said.update(
                m.group(1) for m in _TITLE_PERIOD_RE.finditer(hit.quote) if m.group(1) > date[:4]
            )
        if date and (present := _PRESENT_RE.search(hit.quote)):
            # "At present, 17 provinces …", "so far has facilitated …": the briefing's own time
            # ("How many … as of 2022?"), without the quote being held to it alone
            last_month = present.group().lower() == "last month" and date[5:7] == "01"
            said.add(str(int(date[:4]) - 1) if last_month else date[:4])
        return [] if any(year_covered(y, said) for y in asked) else asked

    def _periods_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """Numbered periods the question asks about ("the 14th Five-Year Plan"), when the quoted
        paragraph speaks of none of them: it may give the same figure for the 13th."""
        asked = {
            m.group(1).casefold(): (m.group(1) + m.group(2)).strip("- ")
            for m in _ORDINAL_RE.finditer(query.text)
        }
        for tok in query.tokens:  # "2021-25": the thesaurus's 14th Five-Year Plan
            if _ORDINAL_TERM_RE.fullmatch(tok.term) and tok.term not in asked:
                asked[tok.term] = query.text[tok.start : tok.end]
        if not asked:
            return []
        said = self.analyzer.term_set(hit.passage.text)
        words = set(_WORD_RE.findall(hit.passage.text.casefold()))
        return (
            []
            if any(o in said or _ORDINAL_WORDS.get(o[:-2]) in words for o in asked)
            else list(asked.values())
        )

    def _months_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """Months the question asks about ("SIPO's September press conference") when the quoted
        paragraph names other months and none of them ("the regular press conference … in
        August"). A paragraph naming no month says nothing either way ("by December" is "by
        the end of this year")."""
        asked = {m.group().casefold(): m.group() for m in _MONTH_RE.finditer(query.text)}
        if not asked:
            return []
        said = {m.group().casefold() for m in _MONTH_RE.finditer(hit.passage.text)}
        return [] if not said or said & asked.keys() else list(asked.values())

    def _kinds_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """Kinds the question asks about ("utility model patents") when the quoted paragraph
        names another kind of the same set ("invention patents") and not the one asked about:
        its figure is for the other kind."""
        asked = [t.term for t in query.tokens]
        if query.corrections:  # "median" is no typo of "media": the words as typed count too
            asked += self.analyzer.terms(query.text)
        return self.contrasts.not_covered(asked, self._kind_terms(hit.passage), query.text)

    def _kind_terms(self, passage: Passage) -> list[str]:
        """The terms of ``passage`` that may name a kind: its text less the names of
        organisations ("the Copyright Office" is no mention of copyright). Once per passage."""
        cache: dict[str, list[str]] | None = getattr(self, "_kind_term_cache", None)
        if cache is None:
            cache = self._kind_term_cache = {}
        if passage.id not in cache:
            cache[passage.id] = self.analyzer.terms(without_organisations(passage.text))
        return cache[passage.id]

    def _places_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """Places the question asks about that the briefing names in only a few passages, when
        the quoted paragraph does not name them: "IP service institutions in Shenzhen" against the
        national figure. (A place the briefing names throughout, like China, is its setting,
        not a restriction.)"""
        missing = []
        figure = self.settings.in_passing and _asks_figure(query.text)
        for typed, place in places_named(query.text):
            if mentions(hit.passage.text, place) and not (
                figure and only_in_lists(hit.passage.text, typed, query.text)
            ):
                continue
            if 0 < self._passages_naming(place) <= self.settings.rare_passages:
                missing.append(typed)
        return missing

    def _passages_naming(self, place: str) -> int:
        """How many passages name ``place`` (by any of its names), counted once per place: a
        place named throughout, like China, is the briefing's setting."""
        counts: dict[str, int] | None = getattr(self, "_place_counts", None)
        if counts is None:
            counts = self._place_counts = {}
        if place not in counts:
            counts[place] = sum(mentions(p.text, place) for p in self.passages)
        return counts[place]

    def _names_not_covered(self, query: Query, hit: Hit) -> list[str]:
        """Names the question asks about (a capitalised word, an acronym with its expansion)
        that the briefing gives in only a few passages, when the chosen passage does not give
        them: "Who is the director general of the World Intellectual Property Organization?"
        against the spokesman introducing himself as a deputy director general."""
        # In a headline ("Patent Open License Pilot Results") a capital says little: only words the
        # briefing capitalises too are taken for names, and a name whose words no passage holds
        # together ("People's Bank") is taken for one missing only outside headlines.
        headline = _title_case(query.text)
        # the speaker's own name and title count: "MIIT's collaborative work system" is Ren
        # Aiguang's to speak of, whose answers never spell out his ministry
        p = hit.passage
        here = self.index.doc_terms(self._passage_index[p.id]) | self.analyzer.term_set(
            f"{p.speaker}, {p.title or ''}"
        )
        # a name is a run of capitalised words: "World Intellectual Property Organization"
        names: list[tuple[int, int, set[str]]] = []
        for (start, end), terms in self._units(query).items():
            if not all(w[:1].isupper() for w in query.text[start:end].split()):
                continue  # "IP fees" (one unit: royalties) is no name
            if query.text[start:end].casefold() in _MONTHS:
                continue  # "by December": a date, which the year rules look after
            if headline and query.text[start:end].casefold() not in self._capitalised():
                continue
            if not query.text[:start].strip(" \t\"'“‘(") and (
                query.text[start:end].casefold() not in self._capitalised()
            ):
                continue  # "List the forms …": a sentence's first word, which the briefing
                # never capitalises inside a sentence, is no name
            if names and not query.text[names[-1][1] : start].strip():
                names[-1] = (names[-1][0], end, names[-1][2] | set(terms))
            else:
                names.append((start, end, set(terms)))
        figure = self.settings.in_passing and _asks_figure(query.text)
        return [
            query.text[start:end]
            for start, end, terms in names
            if (
                not terms <= here
                or (figure and only_in_lists(hit.passage.text, query.text[start:end], query.text))
            )
            and (self.index.doc_count(terms) > 0 or (not headline and len(terms) > 1))
            and self.index.doc_count(terms) <= self.settings.rare_passages
        ]

    def _capitalised(self) -> frozenset[str]:
        """Words the passages capitalise inside a sentence (names and titles), case-folded."""
        words = getattr(self, "_capitalised_words", None)
        if words is None:
            words = frozenset(
                m.group(1).casefold()
                for p in self.passages
                for m in _MID_CAPITAL_RE.finditer(p.text)
            )
            self._capitalised_words = words
        return words

    def _lone_match(self, query: Query, matched: tuple[str, ...]) -> bool:
        """One word of the question is in the passage, and some other word is nowhere in the
        briefing: "what's for lunch today", "[bold]x[/]", "who won the football world cup"."""
        found = unknown = 0
        for terms in self._units(query).values():
            if any(t in matched for t in terms):
                found += 1
            elif not any(t in self.index.vocabulary for t in terms):
                unknown += 1
        return found <= 1 and unknown >= 1

    def _units(self, query: Query) -> dict[tuple[int, int], list[str]]:
        """The question's terms grouped by the words typed (an acronym's expansion is one)."""
        units: dict[tuple[int, int], list[str]] = {}
        for tok in query.tokens:
            units.setdefault((tok.start, tok.end), []).append(tok.term)
        return units

    def _coverage(self, query: Query, matched: frozenset[str]) -> float:
        """Share of the question's weight found in a passage.

        Each word typed is one unit (an acronym expanded to four terms is still one), weighing
        its rarest term's IDF; a word not in the briefing weighs ``unknown_weight`` times the
        rarest word's. A unit counts in proportion to its terms matched, a typo-corrected one
        at half, since the correction may be wrong.
        """
        units = self._units(query)
        corrected = {typed for typed, _ in query.corrections}
        total = found = 0.0
        for (start, end), terms in units.items():
            weight = max(self.index.idf(t) or self._unknown_idf for t in terms)
            share = sum(t in matched for t in terms) / len(terms)
            if query.text[start:end] in corrected:
                share *= 0.5
            total += weight
            found += weight * share
        return found / total if total else 0.0
