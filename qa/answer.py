"""Answering: the best passage, the quote inside it, its attribution, or a plain "not covered".

This is the one code path behind ``qa ask``, ``qa eval`` and the chat.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from index.analysis import Analyzer, find_acronyms, load_synonyms
from index.lazy_re import Lazy
from index.passages import Passage, build_passages
from index.search import Query, Result, SearchIndex, pair_key, pairs_of
from index.transcript import QUESTION, Transcript, TranscriptError, Turn, parse_transcript
from qa.answer_type import (
    COUNT,
    DATE,
    MONEY,
    NAME,
    SHARE,
    asked_post,
    asked_when,
    asks_definition,
    asks_forecast,
    asks_method,
    asks_name,
    asks_ranking,
    asks_reason,
    asks_where,
    asks_winner,
    asks_yes_no,
    counted,
    dated,
    expand_contractions,
    figure_kind,
    gives_figure,
    gives_method,
    gives_rate,
    gives_reason,
    looks_ahead,
    method_terms,
    money_nouns,
    named_kind,
    names_holder,
    names_one,
    names_other,
    post_body,
    price_subject,
    ranked_terms,
    ranks,
    rate_kind,
)
from qa.config import Settings
from qa.counting import counted_after, counts, counts_directly
from qa.datafiles import data_file
from qa.declining import DecliningRules
from qa.figures import asks_future, bound_start, bounds, near_bound, stated_counts, stated_numbers
from qa.parts import (
    asks_alone,
    asks_part_of_named,
    beside,
    gives_part,
    insisted_on,
    part_of,
    separately,
    set_aside,
    stated_whole,
)
from qa.quote import QuoteSelector
from qa.scope import Contrasts, Outlets, is_year, places_named, relative_years
from qa.text_parts import clauses, said_with, sentences

__all__ = ["Answer", "DocumentError", "Engine", "Hit", "read_document", "read_text"]

BRIEFING = "sipo-2022-08-24.txt"
_WHO_RE = Lazy(
    r"^\W*(who|whom|whose|which\s+(?:[\w'’-]+\s+){0,2}?"
    r"(officials?|speakers?|persons?|ministry|department|officer|representative))\b",
    re.I,
)
_WORD_RE = re.compile(r"[^\W_][\w'’-]*")

# East Asian scripts and full-width forms: every code point from U+3000 up (a short
# class compiles ten times faster than listing the CJK blocks, and start-up matters)
_CJK_RE = Lazy(r"[^\x00-\u2fff]")  # (only a question matching nothing is searched)

# Why a question was declined (Answer.reason).
EMPTY, TOO_LONG, NOT_ENGLISH, NO_TERMS, NO_MATCH, UNKNOWN, NO_FIGURE, WEAK, LONE = (
    "empty",
    "too long",
    "not English",
    "no content words",
    "no match",
    "unknown name",
    "no figure",
    "weak match",
    "lone match",
)
OTHER_YEAR, OTHER_PLACE, OTHER_NAME = "other year", "other place", "other name"
OTHER_KIND = "other kind"
NOT_SAID = "not said"
NO_NAME, NO_RANKING, NO_FORECAST, NO_METHOD = "no name", "no ranking", "no forecast", "no method"
NO_PART, NO_HOLDER, NOT_BESIDE = "no part", "no holder", "not beside"
ONLY_TOGETHER, NO_PLACE, NUMBER_UNSAID = "only together", "no place", "number not said"


class DocumentError(Exception):
    """A transcript file cannot be used; the message is one sentence for the user."""


@dataclass(frozen=True)
class Hit:
    """A passage chosen for a question, the quote taken from it, and what matched."""

    passage: Passage
    quote: str  # one to three consecutive sentences of the passage, verbatim
    score: float
    matched: tuple[str, ...]  # query terms found in the passage or its fields
    highlights: tuple[tuple[int, int], ...]  # spans of ``quote`` whose terms match the question

    def to_json(self) -> dict[str, object]:
        p = self.passage
        return {
            "quote": self.quote,
            "passage": p.text,
            "speaker": p.speaker,
            "title": p.title or "",
            "asked_by": p.asked_by,
            "question_asked": p.question,
            "passage_id": p.id,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    best: Hit | None
    alternatives: tuple[Hit, ...]  # further passages; when declined, the closest ones
    reason: str | None  # why not answered, one of the reasons above
    who: bool  # the question asks who said something
    coverage: float  # share of the question's weight the best passage covers
    corrections: tuple[tuple[str, str], ...]  # typos corrected: (typed, used)
    missing: tuple[str, ...] = ()  # names or years asked about that the briefing never mentions

    def to_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.best.to_json() if self.answered and self.best else None,
            "alternatives": [h.to_json() for h in self.alternatives],
        }


def read_text(path: str | os.PathLike[str]) -> str:
    """A user's UTF-8 text file, or a DocumentError saying in one line why it cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DocumentError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:65536]:
        raise DocumentError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(f"{path}: is not UTF-8 text") from None


def read_document(path: str | os.PathLike[str] | None = None) -> str:
    """The transcript text at ``path`` (the shipped briefing when None), or a DocumentError."""
    if path is None:
        return data_file(BRIEFING)
    text = read_text(path)
    if not text.strip():
        raise DocumentError(f"{path}: the file is empty")
    return text


class Engine(DecliningRules):
    """A parsed transcript, its passages and index; :meth:`ask` answers one question."""

    def __init__(self, text: str, settings: Settings | None = None, source: str = BRIEFING) -> None:
        self.settings = s = settings or Settings()
        self.source = source
        try:
            self.transcript: Transcript = parse_transcript(text)
        except TranscriptError as exc:
            raise DocumentError(f"{source}: not a transcript ({exc})") from None
        synonyms = load_synonyms(data_file("synonyms.txt")) if s.synonyms else []
        if s.synonyms:
            synonyms = [*relative_years(self.transcript.date), *synonyms]
        self.analyzer = Analyzer(
            stemming=s.stemming,
            spellings=s.spellings,
            synonyms=synonyms,
            acronyms=find_acronyms(text) if s.acronyms else (),
        )
        self._text = text
        self.passages: list[Passage] = build_passages(self.transcript, s.max_sentences)
        self._passage_index = {p.id: i for i, p in enumerate(self.passages)}
        self.turns: tuple[Turn, ...] = self.transcript.turns
        try:
            self.index = self._build_index()
        except ValueError as exc:  # nothing searchable: every passage is stopwords
            raise DocumentError(f"{source}: nothing to search ({exc})") from None
        self._unknown_idf = self.index.max_idf() * s.unknown_weight
        self.quotes = QuoteSelector(self.analyzer, s.quote_sentences, s.quote_min_words)
        self.contrasts = Contrasts(data_file("contrasts.txt"), self.analyzer.terms)
        self._speaker_terms = {
            p.speaker: frozenset(self.analyzer.terms(p.speaker)) for p in self.passages
        }
        self._outlets = Outlets(
            [p.asked_by for p in self.passages if p.asked_by],
            self.analyzer.terms,
            self.index.vocabulary,
        )

    def _build_index(self) -> SearchIndex:
        s = self.settings
        return SearchIndex(
            self.analyzer,
            {
                "body": [p.text for p in self.passages],
                "question": [p.question or "" for p in self.passages],
                "speaker": [f"{p.speaker}, {p.title or ''}" for p in self.passages],
            },
            {"body": 1.0, **s.field_weights},
            variant=s.variant,
            k1=s.k1,
            b=s.b,
            delta=s.delta,
            correct_typos=s.typos,
            phrase_weight=s.phrase_weight,
        )

    @classmethod
    def load(
        cls, path: str | os.PathLike[str] | None = None, settings: Settings | None = None
    ) -> Engine:
        """The engine over the shipped briefing, or over the transcript at ``path``, from the
        disk cache when it holds one built from the same text, settings and code."""
        from qa.cache import cached_engine

        return cached_engine(read_document(path), settings, source=str(path) if path else BRIEFING)

    def warm(self) -> None:
        """Fill the per-passage caches that answering would otherwise fill on first use."""
        for p in self.passages:
            self.quotes.sentences(p)

    # -- answering -------------------------------------------------------------------------

    def ask(self, question: str, top: int = 3) -> Answer:
        """Answer ``question`` with the best passage and up to ``top`` alternatives."""
        text = expand_contractions(question.strip())  # "What's …" asks as "What is …" does
        # (most questions are not "who / which official …": spare compiling the pattern)
        lower = text.lower()
        who = ("who" in lower or "which" in lower) and bool(_WHO_RE.match(text))

        def declined(reason: str, hits=(), coverage=0.0, query=None, missing=()) -> Answer:
            corrections = query.corrections if query else ()
            return Answer(
                question,
                False,
                None,
                tuple(hits[:top]),
                reason,
                who,
                coverage,
                corrections,
                tuple(missing),
            )

        if not text:
            return declined(EMPTY)
        if len(text) > self.settings.max_question_chars:
            return declined(TOO_LONG)
        query = self.index.analyze(text)
        if not query.terms:
            return declined(NOT_ENGLISH if _CJK_RE.search(text) else NO_TERMS, query=query)
        results = self.index.search(query)
        unsaid: list[str] = []
        if self.settings.speaker_filter and (spoken := self._said_by(query)):
            # "What did Lei Zhaozi say about universities?": his passages, searched for the rest
            # (the intro names every official, and would win on the names alone)
            rest, speakers = spoken
            theirs = [
                r for r in self.index.search(rest) if self.passages[r.doc].speaker in speakers
            ]
            # only a question about what they spoke of ("what did Heng Fuguang say about AI?",
            # "Ren Aiguang on insurance products") is declined when they never speak of its
            # topic; one naming them as its source ("…, according to Li Hanyang?") or asking a
            # figure or a name of theirs is a question like any other, in their words
            about_them = _SOURCE_RE.search(text) is None and figure_kind(text) is None
            unsaid = self._not_said(rest, speakers) if about_them else []
            if (theirs and theirs[0].matched) or unsaid:
                query, results = rest, theirs
            # else "Li Hanyang's title": nothing the briefing says of it, the intro says it
        if self.settings.outlet_filter and (asked := self._outlets.named(query)):
            # "the official who answered the Xinhua question on …": that reporter's answers,
            # searched for the rest (the outlet's name is in no passage), and of the official
            # named, if one is
            outlets, rest = asked
            allowed = {r.doc for r in results}
            theirs = [
                r
                for r in self.index.search(rest)
                if self.passages[r.doc].asked_by in outlets and r.doc in allowed
            ]
            if who and theirs and not self._missing_names(query):
                # "Which MIIT official answered the Guangming Daily question?": the answer to
                # that reporter is the answer, its speaker and title shown first
                return self._answer_to(question, rest, theirs, top)
            if theirs and theirs[0].matched:
                query, results = rest, theirs
        best = results[0] if results else None
        if unsaid and (best is None or not best.matched):
            # nothing of theirs matches: offer the turns they did speak in
            turns = dict.fromkeys(self.passages[r.doc].turn for r in results)
            offered = [
                Hit(p, _opening_sentence(p), 0.0, (), ())
                for p in self.passages
                if p.turn in turns and p.paragraph == 1
            ]
            return declined(NOT_SAID, offered, query=query, missing=unsaid)
        if best is None or not best.matched:
            if _CJK_RE.search(text):
                return declined(NOT_ENGLISH, query=query)
            if missing := self._missing_names(query):  # "GERMANY": say what it never mentions
                return declined(UNKNOWN, query=query, missing=missing)
            return declined(NO_MATCH, query=query)
        wants = self._wants(text, query)
        figure = _remembered(_all_of([test for _, test in wants]))
        # "why …": a quote giving a reason ("Due to time, …") over one that only shares words
        prefer = figure or (
            gives_reason if self.settings.prefer_reasons and asks_reason(text) else None
        )
        hits = self._hits(query, results, top + 1, figure, prefer)
        if figure and any(reason == NO_HOLDER for reason, _ in wants):
            self._holder_fallback(query, hits, figure)
        missing = self._missing_names(query)
        if missing:
            coverage = self._coverage(query, frozenset(hits[0].matched))
            return declined(UNKNOWN, hits, coverage, query, missing)
        if unsaid:
            coverage = self._coverage(query, frozenset(hits[0].matched))
            return declined(NOT_SAID, hits, coverage, query, unsaid)
        problem = self._scope_problem(query, hits[0])
        if (
            problem
            and problem[0] == OTHER_NAME
            and all(" " in name for name in problem[1])  # "Patent Law", not "AI"
            and self._name_fallback(query, hits, figure)
        ):
            problem = None
        if (
            problem
            and problem[0] == OTHER_YEAR
            and self.settings.period_fallback
            and all(
                any(_ORDINAL_START_RE.match(t) for t in self.analyzer.terms(p))  # "2021-25" too
                or (is_year(p) and self._passages_naming(p) <= self.settings.rare_passages)
                for p in problem[1]
            )
            and self._period_fallback(query, hits, figure)
        ):
            problem = None
        coverage = self._coverage(
            query, frozenset(hits[0].matched) | self._bounds_met(query, hits[0])
        )
        if coverage < self.settings.min_coverage:
            return declined(WEAK, hits, coverage, query)
        if self.settings.decline_lone_match and self._lone_match(query, hits[0].matched):
            return declined(LONE, hits, coverage, query)
        if problem:
            return declined(*problem[:1], hits, coverage, query, problem[1])
        quote = hits[0].quote
        if self.settings.decline_without_figure and figure and not figure(quote):
            reason = next(r for r, test in wants if not test(quote))  # the figure or name first
            return declined(reason, hits, coverage, query)
        if coverage < self.settings.yes_no_coverage and asks_yes_no(text):
            # "Can AI-generated works be protected by copyright?" states what it asks about
            return declined(WEAK, hits, coverage, query)
        return _answered(question, hits, top, who, coverage, query)

    def _answer_to(self, question: str, query: Query, theirs: list[Result], top: int) -> Answer:
        """The answer to one reporter's question, for "who answered …": the passage of it the
        rest of the question matches best, or its first paragraph when it matches none."""
        if theirs[0].matched:
            hits = self._hits(query, theirs, top + 1)
        else:
            hits = []
            for r in sorted(theirs, key=lambda r: self.passages[r.doc].number)[: top + 1]:
                p = self.passages[r.doc]
                (start, end), _ = self.quotes.window(p, {})
                hits.append(Hit(p, " ".join(p.sentences[start:end]), 0.0, (), ()))
        coverage = self._coverage(query, frozenset(hits[0].matched)) if query.terms else 1.0
        return _answered(question, hits, top, True, coverage, query)

    def _name_fallback(
        self, query: Query, hits: list[Hit], figure: Callable[[str], bool] | None
    ) -> bool:
        """When the best passage lacks a name of several words the question asks about, which
        the briefing gives in only a few passages, a close second that gives it (scoring at
        least ``name_fallback`` times the best, within the first three, in scope and with the
        figure asked for) goes first: "Which revision of the Patent Law brought in …" is
        answered where the Patent Law is named. (A single word or acronym is weaker evidence:
        "Can an AI system be named as the inventor …" is no question about the passage that
        mentions artificial intelligence.) Whether one was found."""
        return _promote(
            hits,
            self.settings.name_fallback,
            lambda alt: (
                self._scope_problem(query, alt) is None and (figure is None or figure(alt.quote))
            ),
        )

    def _holder_fallback(
        self, query: Query, hits: list[Hit], figure: Callable[[str], bool]
    ) -> None:
        """When the best passage names no one in the post a "who is the …" question asks
        about, a close second (scoring at least ``holder_fallback`` times the best, among the
        first three, in scope) that does goes first: a name followed by the post is direct
        evidence. "Who is the SIPO spokesperson who introduced the guests …" is answered by
        "I'm Heng Fuguang, Spokesperson …", not the welcome that says "introduce"."""
        if not figure(hits[0].quote):
            _promote(
                hits,
                self.settings.holder_fallback,
                lambda alt: figure(alt.quote) and self._scope_problem(query, alt) is None,
            )

    def _period_fallback(
        self, query: Query, hits: list[Hit], figure: Callable[[str], bool] | None
    ) -> bool:
        """When the best passage speaks of another numbered period, or of no year the briefing
        names only in a few passages, than the one asked about, a close second (scoring at
        least ``period_fallback`` times the best, among the first three) that names it, covers
        as much of the question and gives what is asked goes first: "What will MIIT draw up
        for the 14th Five-Year Plan period?" is answered where the 14th is named, not where
        the 13th's plan is; "cumulative IP pledge loans since 2017" where 2017 is. (Without the
        coverage, such a second answered near misses: tried before, +1 −5. A year named in
        many passages, such as 2021, is no evidence: +3 −5.) Whether one was found."""
        best = self._coverage(query, frozenset(hits[0].matched))
        # "how many X": a quote that counts X by name (a count in other words answers near
        # misses: "How many IP operation platforms will be supported by 2025?")
        head = counted(query.text, self.analyzer)[-1:] if figure_kind(query.text) == COUNT else ()
        return _promote(
            hits,
            self.settings.period_fallback,
            lambda alt: (
                self._scope_problem(query, alt) is None
                and (figure is None or figure(alt.quote))
                and (not head or head[0] in self.analyzer.term_set(alt.quote))
                and self._coverage(query, frozenset(alt.matched)) >= best
            ),
        )

    def _bounds(self, query: Query) -> list[tuple[Callable[[str], bool], frozenset[str]]]:
        """For each bound the question holds a figure against (see :func:`bounds`; in a yes/no
        question, any figure it states), a test of whether a text gives a figure near it, said
        of something the question names, and the question's terms typed in the bound."""
        s = self.settings
        factor = s.bound_near
        if not factor:
            return []
        text = query.text
        held = bounds(text, s.yes_no_claims and asks_yes_no(text))
        if not held:
            return []
        ahead = asks_future(text)
        found = []
        for bound in held:
            start = text.find(bound[0])
            end = start + len(bound[0])
            start = bound_start(text, start)  # "roughly", "top": words of the bound too
            own = frozenset(t.term for t in query.tokens if start <= t.start and t.end <= end)
            about = (
                frozenset(t for t in query.terms if not t[:1].isdigit()) - own
                if s.bound_said_with
                else frozenset()
            )

            def test(
                quote: str, bound: tuple[str, float, str] = bound, about: frozenset[str] = about
            ) -> bool:
                return near_bound(quote, bound, factor, ahead, about, self.analyzer)

            found.append((test, own))
        return found

    def _bounds_met(self, query: Query, hit: Hit) -> frozenset[str]:
        """The question's terms typed in a bound the quote gives a figure near: "over 95
        percent" is met by "95.2%", though 95% is said nowhere (see :func:`near_bound`)."""
        return frozenset().union(*(own for test, own in self._bounds(query) if test(hit.quote)))

    def speakers_named(self, question: str) -> frozenset[str]:
        """The transcript's speakers a question names ("what did lei zhaozi say …")."""
        terms = set(self.index.analyze(question).terms)
        return frozenset(name for name, words in self._speaker_terms.items() if words <= terms)

    def _said_by(self, query: Query) -> tuple[Query, frozenset[str]] | None:
        """When the question names a speaker of the transcript and asks about something more:
        the question without the name, and the speakers it names."""
        terms = set(query.terms)
        speakers = frozenset(name for name, words in self._speaker_terms.items() if words <= terms)
        if not speakers:
            return None
        names = set().union(*(self._speaker_terms[n] for n in speakers))
        rest = tuple(t for t in query.tokens if t.term not in names)
        if not rest:
            return None  # "Heng Fuguang": the name is the question
        return Query(query.text, rest, query.corrections), speakers

    def _not_said(self, query: Query, speakers: frozenset[str]) -> list[str]:
        """Topics of the question the briefing speaks of and the named speakers never do: pairs
        of words it puts side by side in a few passages, "artificial intelligence" for Heng
        Fuguang (Lei Xiaoyun mentions it), "open licensing" (he says "open" and "licensing"
        apart)."""
        rare = self.settings.rare_passages
        theirs = [i for i, p in enumerate(self.passages) if p.speaker in speakers]
        # what they said, and what they are: "Is Ren Aiguang a deputy director?" is about him
        titles = {f"{self.passages[i].speaker}, {self.passages[i].title or ''}" for i in theirs}
        their_pairs = frozenset().union(
            *(self.index.doc_pairs(i) for i in theirs),
            *(pairs_of(self.analyzer.terms(title)) for title in titles),
        )
        # only topics: a pair of words the briefing puts side by side in a few passages
        # ("artificial intelligence", "open licensing"); a single everyday word the speaker
        # happens not to use ("staff", "brands") says nothing of what they spoke about
        spans: list[tuple[int, int]] = []
        # a word the thesaurus spells out ("MIIT": … Information Technology) pairs with no
        # neighbour: "MIIT will formulate" is no "technology formulate" topic
        spelled = Counter((t.start, t.end) for t in query.tokens)
        for a, b in pairwise(query.tokens):
            pair = pair_key(a.term, b.term)
            if (
                a.start != b.start
                and spelled[a.start, a.end] == 1
                and spelled[b.start, b.end] == 1
                and not (_is_figure(a.term) or _is_figure(b.term))  # "yuan in 2021": no topic
                and 0 < self.index.pair_count(pair) <= rare
                and pair not in their_pairs
            ):
                spans.append((a.start, b.end))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and (start <= merged[-1][1] or not query.text[merged[-1][1] : start].strip()):
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))  # one phrase
            else:
                merged.append((start, end))
        return [query.text[start:end] for start, end in merged]

    def _scope_problem(self, query: Query, hit: Hit) -> tuple[str, list[str]] | None:
        """Why ``hit`` is out of the question's scope (another year, place or name, with what
        it lacks), or None."""
        s = self.settings
        if s.decline_other_year and (years := self._years_not_covered(query, hit)):
            return OTHER_YEAR, years
        if s.decline_other_year and (periods := self._periods_not_covered(query, hit)):
            return OTHER_YEAR, periods
        if s.decline_other_month and (months := self._months_not_covered(query, hit)):
            return OTHER_YEAR, months
        if s.decline_other_kind and (kinds := self._kinds_not_covered(query, hit)):
            return OTHER_KIND, kinds
        if s.decline_other_place and (places := self._places_not_covered(query, hit)):
            return OTHER_PLACE, places
        if s.decline_other_name and (names := self._names_not_covered(query, hit)):
            return OTHER_NAME, names
        return None

    def _wants(self, question: str, query: Query) -> list[tuple[str, Callable[[str], bool]]]:
        """What the question asks a quote to give, each with its decline reason and its test:
        the figure or name of its kind (see :meth:`_kind_test`; a number the question states
        is not it, and the figure is given beside it, or as a part of a whole it states: "how
        many of the 65 products"; for one thing "alone", not a figure for it and another
        together), a number the question states (said), then where (a place), who holds a post
        (someone named in it), the largest or the most (a ranking of the thing), what is
        expected (a passage looking ahead), how a figure is calculated (a method)."""
        s = self.settings
        wanted: list[tuple[str, Callable[[str], bool]]] = []
        if (test := self._kind_test(question, query)) is not None:
            given = stated_numbers(question) if s.not_the_given_figure else []
            reason = NO_NAME if figure_kind(question) == NAME else NO_FIGURE
            test = _without_numbers(test, given) if given else test
            wanted.append((reason, test))
            if s.part_of_whole and reason == NO_FIGURE and (whole := stated_whole(question)):
                # "Of the 4,000 patents screened, how many …": a part of that whole
                wanted.append((NO_PART, lambda text: part_of(text, whole, test)))
            elif s.part_of_named and reason == NO_FIGURE and asks_part_of_named(question):
                # "How many of China's IP service institutions are patent agencies?": not the
                # total of them
                wanted.append((NO_PART, lambda text: gives_part(text, test)))
            elif s.beside_given and reason == NO_FIGURE and (stated := stated_counts(question)):
                # "How much capital do the 20 funds manage?": said of the 20 funds
                wanted.append((NOT_BESIDE, lambda text: beside(text, stated, test)))
        if (
            s.decline_only_together
            and wanted
            and wanted[0][0] == NO_FIGURE
            and asks_alone(question)
        ):
            # "trademark pledge financing alone": not the figure for "patent and trademark"
            # together (asked without "alone", the quote itself says what its figure is of)
            # the one thing is the word before "alone" when it names one ("trademarks alone",
            # of "the 2021 patent and trademark pledge financing"), else all the question names
            one = frozenset(self.analyzer.terms(insisted_on(question)))
            asked = one or self.words_asked(question, query)
            gives = wanted[0][1]
            wanted.append(
                (ONLY_TOGETHER, lambda text: separately(text, asked, self.analyzer, gives))
            )
        elif s.decline_only_together and wanted and wanted[0][0] == NO_FIGURE:
            # "What were China's IP royalty exports in yuan?": not the figure for "import and
            # export" together. Only for kinds that exclude one another (qa/data/contrasts.txt):
            # asked about "trademark pledge financing", the figure for "patent and trademark"
            # pledge financing is the briefing's answer, and its quote says what it is of
            gives = wanted[0][1]
            for one, others in self.contrasts.one_asked(list(query.terms), question):
                wanted.append(
                    (
                        ONLY_TOGETHER,
                        lambda text, one=one, others=others: separately(
                            text, one, self.analyzer, gives, others
                        ),
                    )
                )
        if s.stated_number_said and not wanted:
            # "Did he say the number of open licences will reach 1,500?": only if the quote
            # says 1,500; "Did pledge loans top 370 billion yuan?": if it gives a sum near it
            # (372.364 billion yuan), either way of it, which tells whether it was passed
            factor = s.bound_near
            claims = bool(factor) and s.yes_no_claims and asks_yes_no(question)
            stated = [] if claims else stated_counts(question, bounded=bool(factor))
            tests = [test for test, _ in self._bounds(query)]
            if stated or tests:
                wanted.append(
                    (
                        NUMBER_UNSAID,
                        lambda text: (
                            (not stated or beside(text, stated, _anything))
                            and all(test(text) for test in tests)
                        ),
                    )
                )
            if tests and s.decline_only_together and asks_alone(question):
                # "Did trademark pledge financing alone exceed 100 billion yuan?": not a sum
                # for patents and trademarks together
                one = frozenset(self.analyzer.terms(insisted_on(question)))
                asked = one or self.words_asked(question, query)

                def near(text: str) -> bool:
                    return any(test(text) for test in tests)

                wanted.append(
                    (ONLY_TOGETHER, lambda text: separately(text, asked, self.analyzer, near))
                )
        if s.decline_without_winner and (asks_winner(question) or asks_name(question)):
            # "Who won gold at the 23rd China Patent Award?": a name the question does not give
            wanted.append((NO_NAME, lambda text: names_other(text, question)))
        if s.decline_without_place and asks_where(question):
            # "where was the press conference held": a place, other than the briefing's setting
            wanted.append((NO_PLACE, self._names_a_place))
        if s.decline_without_holder and (post := asked_post(question)):
            # "who is the director general of SIPO": someone named in that post, not a deputy,
            # and of the body the question names ("of the CBIRC Regulatory Department")
            body = frozenset(self.analyzer.terms(post_body(question)))
            wanted.append((NO_HOLDER, lambda text: names_holder(post, text, body, self.analyzer)))
        if s.decline_without_ranking and asks_ranking(question):
            about = ranked_terms(question, self.analyzer)
            wanted.append((NO_RANKING, lambda text: ranks(text, about, self.analyzer)))
        if s.decline_without_forecast and asks_forecast(question):
            wanted.append((NO_FORECAST, looks_ahead))
        if s.decline_without_method and asks_method(question):
            topic = method_terms(question, self.analyzer)
            how = not asks_definition(question)  # "how is it measured", not "what criteria"
            wanted.append((NO_METHOD, lambda text: gives_method(text, topic, self.analyzer, how)))
        return wanted

    def words_asked(self, question: str, query: Query | None = None) -> frozenset[str]:
        """What ``question`` names, as terms (see :meth:`_words_asked`), less what it sets
        aside ("excluding patents")."""
        query = query or self.index.analyze(question)
        return self._words_asked(query) - self._words_excluded(question)

    def _words_asked(self, query: Query) -> frozenset[str]:
        """What the question names, as terms: the thesaurus's ("changed hands" is a transfer),
        but not an organisation's name spelt out ("the industry ministry" names no information
        technology), and each word on its own ("lent against patents" is a pledge loan to the
        thesaurus, and still names patents). Typos as corrected."""
        spans: dict[tuple[int, int], list[str]] = {}
        for tok in query.tokens:
            spans.setdefault((tok.start, tok.end), []).append(tok.term)
        named = {t for terms in spans.values() if len(terms) <= 2 for t in terms}
        fixed = dict(query.corrections)
        words = (fixed.get(w, w) for w in _WORD_RE.findall(query.text))
        return frozenset(named).union(*map(self.analyzer.term_set, words))

    def _names_a_place(self, text: str) -> bool:
        """Whether ``text`` names a place other than the briefing's setting (a place named in
        more than ``rare_passages`` passages, such as China: it is in every organisation's
        name)."""
        rare = self.settings.rare_passages
        return any(self._passages_naming(place) <= rare for _, place in places_named(text))

    def _words_excluded(self, question: str) -> frozenset[str]:
        """The terms a question sets aside: "excluding patents" → {patent}."""
        return frozenset(t for words in set_aside(question) for t in self.analyzer.terms(words))

    def _kind_test(self, question: str, query: Query) -> Callable[[str], bool] | None:
        """For a question asking for a figure, a test of whether a text gives it: a
        percentage for a share, a sum for money, a duration, a number; for "how many X",
        a number of X ("20 … operating funds"), not some other number in the same sentence;
        for "which bank", a bank's name."""
        kind = figure_kind(question)
        if kind is None:
            return None
        if kind == NAME:
            wanted = named_kind(question) or ""
            return lambda text: names_one(wanted, text)
        if (
            kind == SHARE
            and self.settings.count_the_noun
            and (rate := self.index.analyze(rate_kind(question)).terms)
        ):
            # "the default rate": a percentage said of defaults, not some other growth rate;
            # "the growth rate": of growth, which "an increase of 64.43%" says without "rate"
            changes = frozenset(self.analyzer.terms("growth"))
            if len(rate) > 1 and changes <= frozenset(rate):
                rate = tuple(t for t in rate if t in changes)
            return lambda text: gives_rate(text, rate, self.analyzer)
        if kind == COUNT and self.settings.count_the_noun:
            head = counted(question, self.analyzer)[-1:]
            if head:
                named = self.settings.count_named_things and head[0] in self.index.vocabulary
                return lambda text: counts(text, head, self.analyzer, named)
        if (
            kind == MONEY
            and self.settings.count_the_noun
            and (who := price_subject(question, self.analyzer))
        ):
            # "what does an IP agent earn": a sum, in a text about agents
            return lambda text: gives_figure(kind, text) and who[-1] in self.analyzer.term_set(text)
        if (
            kind == MONEY
            and self.settings.count_the_noun
            and (nouns := money_nouns(question, self.analyzer))
        ):
            # "the average salary": a sum named as one, not revenue that happens to be nearby
            return lambda text: (
                gives_figure(kind, text) and not nouns.isdisjoint(self.analyzer.term_set(text))
            )
        if kind == DATE and self.settings.date_of_thing:
            # "when will it be rolled out nationwide": a date said of the thing, not "by the end
            # of this year" said of something else in the quote
            # (the words asking it are no topic: "by what year" is not said of "this year")
            asked = self._words_asked(query) - frozenset(self.analyzer.terms(asked_when(question)))
            return lambda text: dated(text, asked, self.analyzer)
        return lambda text: gives_figure(kind, text)

    def _hits(
        self,
        query: Query,
        results: list[Result],
        count: int,
        figure: Callable[[str], bool] | None = None,
        prefer: Callable[[str], bool] | None = None,
    ) -> list[Hit]:
        """The best ``count`` passages, each with its quote.

        The top candidates are re-scored with a proximity bonus: the share of the question's
        weight that its best one-to-three-sentence window covers, times ``proximity_weight``
        times the top BM25 score. Terms close together beat terms scattered over a paragraph.
        A window giving the figure the question asks for ("how many" … a count of the thing)
        gains ``figure_weight`` times the top score: small, since a large one would carry
        questions the briefing cannot answer to any passage that happens to hold a number. For
        "why", a window giving a reason gains ``reason_weight`` times it.
        """
        weight = self.settings.proximity_weight
        depth = max(count, self.settings.rerank_depth if weight else count)
        terms = frozenset(query.terms)
        term_weight = {t: self.index.idf(t) + 0.1 for t in terms}
        fits = self.settings.figure_weight if figure else 0.0
        # "why …": a window giving a reason gains a little too ("Due to time, …")
        reasons = self.settings.reason_weight if prefer is not figure else 0.0
        top_score = results[0].score if results else 0.0
        candidates: list[tuple[float, int, Result, tuple[int, int]]] = []
        seen: set[tuple[int, int]] = set()
        for r in results:
            if len(candidates) >= depth or not r.matched:
                break
            p = self.passages[r.doc]
            if (p.turn, p.paragraph) in seen:
                continue  # an overlapping window of a paragraph already shown
            seen.add((p.turn, p.paragraph))
            span, share = self.quotes.window(p, term_weight, figure)
            if prefer is not None and prefer is not figure:
                # the reason only chooses the quote: the passage is ranked by its words
                span = self.quotes.window(p, term_weight, prefer)[0]
            score = r.score + weight * top_score * share
            if fits and figure and figure(" ".join(p.sentences[slice(*span)])):
                score += fits * top_score
            if reasons and prefer is not None and prefer(" ".join(p.sentences[slice(*span)])):
                score += reasons * top_score
            candidates.append((score, len(candidates), r, span))
        candidates.sort(key=lambda c: (-c[0], c[1]))
        self._count_fallback(query, candidates, figure)

        hits = []
        for score, _, r, (start, end) in candidates[:count]:
            p = self.passages[r.doc]
            quote = " ".join(p.sentences[start:end])
            highlights = self.quotes.highlights(p, start, end, terms)
            matched = tuple(t for t in query.terms if t in r.matched)
            hits.append(Hit(p, quote, score, matched, highlights))
        return hits

    def _count_fallback(
        self,
        query: Query,
        candidates: list[tuple[float, int, Result, tuple[int, int]]],
        figure: Callable[[str], bool] | None,
    ) -> None:
        """When the best window lacks the figure asked for, a close second with direct evidence
        goes first. For "how many X" (scoring at least ``count_fallback`` times the best): a
        number right before X ("17 provinces"), also when the best gives a count that never
        names X ("nearly 30,000 enterprises participating" for "how many people work …" loses
        to "employing more than 865,000 people"). For other figures (``figure_fallback``): a
        clause giving the figure and two of the question's words ("pledge financing reached
        309.8 billion yuan"). Only such direct evidence: any number would do the same for
        questions the briefing cannot answer."""
        if figure is None or not candidates:
            return
        kind = figure_kind(query.text)
        if kind == COUNT:
            close = self.settings.count_fallback
            head = counted(query.text, self.analyzer)[-1:]
            if not close or not head:
                return

            def evidence(text: str) -> bool:
                return counts_directly(text, head[0], self.analyzer)
        else:
            # "which universities …": a sentence naming one with two of the question's words;
            # other figures: a clause giving one with two of them
            close = self.settings.named_fallback if kind == NAME else self.settings.figure_fallback
            if not close:
                return
            terms = frozenset(query.terms)
            parts = sentences if kind == NAME else clauses

            def evidence(text: str) -> bool:
                return said_with(text, figure, terms, 2, self.analyzer, parts)

        def window(c: tuple[float, int, Result, tuple[int, int]]) -> str:
            return " ".join(self.passages[c[2].doc].sentences[slice(*c[3])])

        first = window(candidates[0])
        if figure(first) and (
            kind != COUNT
            or evidence(first)
            # "the number of inclusive projects … reached 7,345" for "how many small-ticket
            # loans": a count of what the question names in the thesaurus's word
            or any(
                counted_after(first, t, self.analyzer) for t in counted(query.text, self.analyzer)
            )
        ):
            return  # (a count that never names the things it counts is direct evidence of none)
        for i, c in enumerate(candidates[1:], 1):
            if c[0] < close * candidates[0][0]:
                break
            text = window(c)
            if figure(text) and evidence(text):
                candidates.insert(0, candidates.pop(i))
                return

    # -- for displays ------------------------------------------------------------------------

    def question_turns(self) -> list[Turn]:
        return [t for t in self.turns if t.kind == QUESTION]

    def topic(self, turn: Turn) -> str:
        """A one-line label for a speaker turn: who spoke, and about what."""
        asked = self.transcript.question_for(turn)
        if asked is None:
            label = {"opening": "Opening statement", "closing": "Closing remarks"}.get(
                turn.kind, "Remarks"
            )
            return f"{label} — {turn.speaker}"
        return f"{turn.speaker} answering {asked.speaker}: {question_summary(asked.text)}"


def _answered(
    question: str, hits: list[Hit], top: int, who: bool, coverage: float, query: Query
) -> Answer:
    """An answer: the first of ``hits`` quoted, up to ``top`` more as alternatives."""
    return Answer(
        question,
        True,
        hits[0],
        tuple(hits[1 : top + 1]),
        None,
        who,
        coverage,
        query.corrections,
        (),
    )


def _all_of(tests: list[Callable[[str], bool]]) -> Callable[[str], bool] | None:
    """One test passing when all of ``tests`` pass (None when there are none)."""
    if len(tests) <= 1:
        return tests[0] if tests else None
    return lambda text: all(test(text) for test in tests)


def _without_numbers(test: Callable[[str], bool], numbers: list[str]) -> Callable[[str], bool]:
    """``test`` run on a text with ``numbers`` blanked out: "How many of the 65 products …"
    states 65, so a quote's 65 is not the answer."""
    given = re.compile(r"(?<![\d.,])(?:" + "|".join(map(re.escape, numbers)) + r")(?!\d|[.,]\d)")
    return lambda text: test(given.sub("…", text))


def _remembered(test: Callable[[str], bool] | None) -> Callable[[str], bool] | None:
    """``test`` remembering its verdicts for this question: the same sentences and windows are
    tested for the quote, the re-ranking, the close seconds and the decline."""
    if test is None:
        return None
    seen: dict[str, bool] = {}

    def remembered(text: str) -> bool:
        verdict = seen.get(text)
        if verdict is None:
            verdict = seen[text] = test(text)
        return verdict

    return remembered


def _is_figure(term: str) -> bool:
    """Whether an analysed term is a number, a year or a percentage ("2021", "309.8")."""
    return term[:1].isdigit()


def _promote(hits: list[Hit], close: float, accept: Callable[[Hit], bool]) -> bool:
    """Move to the front the first of the second and third hits that scores at least
    ``close`` times the best and that ``accept`` takes (a close second with direct evidence of
    what the best lacks). Whether one was moved; never, when ``close`` is 0."""
    if not close:
        return False
    for i, alt in enumerate(hits[1:3], 1):
        if alt.score < close * hits[0].score:
            break
        if accept(alt):
            hits.insert(0, hits.pop(i))
            return True
    return False


_ORDINAL_START_RE = re.compile(r"\d+(?:st|nd|rd|th)\b")
# an official named as the source of a question: "according to Li Hanyang", "as reported by …"
_SOURCE_RE = Lazy(
    r"\b(?:according to|as (?:cited|reported|presented|stated|said|noted|mentioned|described|"
    r"quoted|explained|put) by|(?:cited|reported|quoted) by|per)\b|['’]s answer\b",
    re.I,
)


def _anything(text: str) -> bool:
    return True


def _opening_sentence(passage: Passage) -> str:
    """A passage's first sentence past "Thank you for your question."."""
    for sentence in passage.sentences:
        if not sentence.lower().startswith("thank"):
            return sentence
    return passage.sentences[0]


def question_summary(text: str) -> str:
    """The sentence of a reporter's question that asks it: its last full one ending in "?"."""
    from index.passages import split_sentences

    sentences = split_sentences(text)
    asks = [s for s in sentences if s.endswith("?")]
    full = [s for s in asks if len(s.split()) >= 6]  # not a coda like "With what results?"
    return full[-1] if full else asks[-1] if asks else sentences[0]
