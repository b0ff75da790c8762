"""The quote: which one to three consecutive sentences of a passage to show, and what to mark."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from index.analysis import Analyzer, Token
from index.passages import Passage


class Sentences(NamedTuple):
    """What quote selection needs of a passage's sentences, computed once per passage."""

    terms: list[frozenset[str]]
    words: list[int]


class QuoteSelector:
    """Chooses quotes inside passages, caching each passage's analysed sentences."""

    def __init__(self, analyzer: Analyzer, max_sentences: int = 3, min_words: int = 15) -> None:
        self.analyzer = analyzer
        self.max_sentences = max_sentences
        self.min_words = min_words
        self._cache: dict[str, Sentences] = {}
        self._tokens: dict[tuple[str, int], list[Token]] = {}  # a sentence's tokens, for marks

    def sentences(self, passage: Passage) -> Sentences:
        info = self._cache.get(passage.id)
        if info is None:
            info = self._cache[passage.id] = Sentences(
                terms=[frozenset(self.analyzer.terms(s)) for s in passage.sentences],
                words=[len(s.split()) for s in passage.sentences],
            )
        return info

    def window(
        self,
        passage: Passage,
        weight: dict[str, float],
        figure: Callable[[str], bool] | None = None,
    ) -> tuple[tuple[int, int], float]:
        """The 1..N consecutive sentences covering most of the question's weight (shortest,
        then earliest, on ties), and the share of that weight they cover."""
        info = self.sentences(passage)
        terms = frozenset(weight)
        sets = [ts & terms for ts in info.terms]
        # a question asking for a figure prefers sentences that give one of its kind
        bonus = max(weight.values(), default=0.0) if figure else 0.0
        figures = [figure(s) for s in passage.sentences] if figure else []
        n = len(sets)
        best_key: tuple[float, int, int] | None = None
        best_span, best_share = (0, 1), 0.0
        for size in range(1, min(self.max_sentences, n) + 1):
            for start in range(n - size + 1):
                covered = sets[start].union(*sets[start + 1 : start + size])
                plain = sum(weight[t] for t in covered)
                gain = plain + bonus if bonus and any(figures[start : start + size]) else plain
                key = (round(gain, 9), -size, -start)
                if best_key is None or key > best_key:
                    best_key, best_span, best_share = key, (start, start + size), plain
        start, end = best_span
        # a very short quote ("Patent open license is a new system …") reads better, and more
        # often holds the answer, with the sentence that follows it; at the paragraph's end,
        # with the one before it ("This is the end of the conference.")
        limit = min(n, start + self.max_sentences)
        while end < limit and sum(info.words[start:end]) < self.min_words:
            end += 1
        while (
            start > max(0, end - self.max_sentences) and sum(info.words[start:end]) < self.min_words
        ):
            start -= 1
        total = sum(weight.values())
        return (start, end), (best_share / total if total else 0.0)

    def highlights(
        self, passage: Passage, start: int, end: int, terms: frozenset[str]
    ) -> tuple[tuple[int, int], ...]:
        """Spans, inside the quote of sentences ``start:end``, of words matching the question."""
        spans: list[tuple[int, int]] = []
        offset = 0
        for k in range(start, end):
            key = (passage.id, k)
            tokens = self._tokens.get(key)
            if tokens is None:
                tokens = self._tokens[key] = self.analyzer.tokens(passage.sentences[k])
            for tok in tokens:
                span = (offset + tok.start, offset + tok.end)
                if tok.term in terms and (not spans or spans[-1] != span):
                    spans.append(span)
            offset += len(passage.sentences[k]) + 1
        return tuple(spans)
