"""Fielded BM25 search: analyse a query (with typo correction), score, rank, report matches."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

import numpy as np

from index.analysis import Analyzer, Token
from index.bm25 import BM25, rank
from index.spelling import Corrector

__all__ = ["Query", "Result", "SearchIndex", "pair_key", "pairs_of"]

_WORD_RE = re.compile(r"[^\W\d_]+")
# a word after another word of its sentence (not after ". " or at the start)
_INNER_WORD_RE = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;] ))[^\W\d_]+")


@dataclass(frozen=True)
class Query:
    """An analysed question."""

    text: str
    tokens: tuple[Token, ...]  # analysed terms, after typo correction, with spans in ``text``
    corrections: tuple[tuple[str, str], ...]  # (typed word, corrected word)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.term for t in self.tokens))


def pairs_of(terms: Sequence[str]) -> list[str]:
    """Each term joined to the next: the bigrams a phrase field indexes."""
    return [pair_key(a, b) for a, b in pairwise(terms)]


def pair_key(first: str, second: str) -> str:
    """How the pair field writes two adjacent terms."""
    return f"{first} {second}"


def query_pairs(query: Query) -> list[str]:
    """The question's adjacent term pairs, as typed (a word's several terms each pair on)."""
    return pairs_of([t.term for t in query.tokens])


class Result(NamedTuple):
    """One document's place in a search (a NamedTuple: one per document per question)."""

    doc: int
    score: float
    matched: frozenset[str]  # query terms found in any field of the document


class SearchIndex:
    """BM25 over documents with named text fields, scores summed with per-field weights.

    ``fields`` maps a field name to one text per document; the first field is the body. A weight
    of 0 leaves a field out.
    """

    def __init__(
        self,
        analyzer: Analyzer,
        fields: Mapping[str, Sequence[str]],
        weights: Mapping[str, float] | None = None,
        *,
        variant: str = "lucene",
        k1: float = 1.2,
        b: float = 0.75,
        delta: float = 1.0,
        correct_typos: bool = True,
        phrase_weight: float = 0.0,
    ) -> None:
        if not fields:
            raise ValueError("SearchIndex needs at least one field")
        self.analyzer = analyzer
        self.body = next(iter(fields))
        weights = dict(weights or {})
        self.weights = {name: float(weights.get(name, 1.0)) for name in fields}
        self.field_terms: dict[str, list[list[str]]] = {}
        self.indexes: dict[str, BM25] = {}
        cache: dict[str, list[str]] = {}
        for name, texts in fields.items():
            if self.weights[name] <= 0 and name != self.body:
                continue
            docs = []
            for text in texts:
                if text not in cache:
                    cache[text] = analyzer.terms(text)
                docs.append(cache[text])
            if name != self.body and not any(docs):
                continue  # e.g. no reporter asked anything: the field could match nothing
            self.field_terms[name] = docs
            self.indexes[name] = BM25(docs, variant=variant, k1=k1, b=b, delta=delta)
        self.size = len(self.field_terms[self.body])
        # adjacent pairs of body terms ("pledge financing"), scored as one more field
        self.phrase_weight = phrase_weight
        self._phrases: BM25 | None = None
        pairs = [pairs_of(d) for d in self.field_terms[self.body]]
        self._pair_sets = [frozenset(p) for p in pairs]
        self._pair_counts = Counter(pair for p in self._pair_sets for pair in p)
        if phrase_weight > 0 and any(pairs):
            self._phrases = BM25(pairs, variant=variant, k1=k1, b=b, delta=delta)
        self.vocabulary = frozenset(t for idx in self.indexes.values() for t in idx.doc_freq)
        self._doc_sets = [
            frozenset(t for docs in self.field_terms.values() for t in docs[i])
            for i in range(self.size)
        ]
        self.correct_typos = correct_typos
        self._corrector: Corrector | None = None
        self._names: dict[str, str] = {}  # a word the text capitalises: "zhaozi" → "Zhaozi"
        self._body_texts = fields[self.body]

    def idf(self, term: str) -> float:
        return self.indexes[self.body].idf(term)

    def doc_terms(self, doc: int) -> frozenset[str]:
        """Every term of document ``doc``, in any field."""
        return self._doc_sets[doc]

    def doc_count(self, terms: Iterable[str]) -> int:
        """How many documents hold all of ``terms`` (in any field)."""
        wanted = frozenset(terms)
        return sum(wanted <= d for d in self._doc_sets)

    def doc_pairs(self, doc: int) -> frozenset[str]:
        """The adjacent term pairs of document ``doc``'s body ("pledg financ")."""
        return self._pair_sets[doc]

    def pair_count(self, pair: str) -> int:
        """How many documents' bodies hold the adjacent term pair ``pair``."""
        return self._pair_counts.get(pair, 0)

    def max_idf(self) -> float:
        """The IDF of a term found in a single body document."""
        body = self.indexes[self.body]
        return max((body.idf(t) for t, df in body.doc_freq.items() if df == 1), default=1.0)

    def _corrector_for(self) -> Corrector:
        if self._corrector is None:
            counts: Counter[str] = Counter()
            written: set[str] = set()  # words as written, past the first of a sentence
            for text in self._body_texts:
                counts.update(w.casefold() for w in _WORD_RE.findall(text))
                written.update(_INNER_WORD_RE.findall(text))
            self._corrector = Corrector(counts)
            # names and title words: words the text capitalises inside a sentence ("Li
            # Hanyang", "the Outline for Building a Strong Intellectual Property Country")
            self._names = {w.casefold(): w for w in written if w[:1].isupper()}
        return self._corrector

    def analyze(self, text: str) -> Query:
        """Analyse a question; words unknown to the index are corrected when a close one exists."""
        tokens = self.analyzer.tokens(text)
        corrections: list[tuple[str, str]] = []
        if self.correct_typos and any(t.term not in self.vocabulary for t in tokens):
            fixed: list[Token] = []
            for tok in tokens:
                typed = text[tok.start : tok.end]
                if tok.term in self.vocabulary or not typed.isalpha():
                    fixed.append(tok)
                    continue
                word = self._corrector_for().correct(typed.casefold())
                if word and typed[0].isupper() and tok.start > 0:
                    # a capitalised word past the first is likely a name the user meant
                    # ("Paris"), unless it is one letter off a word the text capitalises
                    # ("Zhaoze", "Bulding a Strong IP Contry")
                    word = self._names.get(word)
                new = [t.term for t in self.analyzer.tokens(word)] if word else []
                if new and all(t in self.vocabulary for t in new):
                    corrections.append((typed, word))
                    fixed.extend(Token(t, tok.start, tok.end) for t in new)
                else:
                    fixed.append(tok)
            tokens = fixed
        return Query(text=text, tokens=tuple(tokens), corrections=tuple(corrections))

    def scores(self, query: Query) -> np.ndarray:
        total = np.zeros(self.size)
        for name, index in self.indexes.items():
            if self.weights[name] > 0:
                total += self.weights[name] * index.scores(query.terms)
        if self._phrases is not None:
            total += self.phrase_weight * self._phrases.scores(query_pairs(query))
        return total

    def search(self, query: Query, limit: int | None = None) -> list[Result]:
        """Documents by descending score (ties in document order), with the terms each matched."""
        scores = self.scores(query)
        order = rank(scores)[: limit if limit is not None else self.size]
        terms = set(query.terms)
        return [
            Result(doc=int(i), score=float(scores[i]), matched=frozenset(terms & self._doc_sets[i]))
            for i in order
        ]
