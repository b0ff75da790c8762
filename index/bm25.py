"""BM25 scoring on top of rank-bm25, with its traps for small corpora worked around.

rank-bm25 0.2.2 does the term statistics and scoring; this module chooses the variant and fixes:
* ``BM25Okapi`` floors negative IDF at ``epsilon × mean IDF``: on ~70 passages a word in more than
  half of them can then outweigh a rarer one. ``"lucene"`` uses the non-negative IDF
  ``log(1 + (N - n + 0.5) / (n + 0.5))`` instead (Lucene's).
* the released ``BM25L`` multiplies by the term frequency twice; ``"l"`` scores it as published.
* ``get_top_n`` returns no scores and ``argsort`` ties are unstable: :func:`rank` sorts stably.
* passing ``tokenizer=`` starts a process pool that is never closed: corpora arrive tokenized.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from rank_bm25 import BM25L, BM25Okapi, BM25Plus

__all__ = ["BM25", "VARIANTS", "rank"]

VARIANTS = ("okapi", "lucene", "plus", "l")


class _KeepDocFreq:
    """Keeps the document frequencies rank-bm25 counts (it hands them to ``_calc_idf`` only)."""

    doc_freq: dict[str, int]

    def _calc_idf(self, nd: dict[str, int]) -> None:
        self.doc_freq = nd
        super()._calc_idf(nd)  # type: ignore[misc]


class _OkapiBM25(_KeepDocFreq, BM25Okapi):
    pass


class _PlusBM25(_KeepDocFreq, BM25Plus):
    pass


class _LuceneBM25(_KeepDocFreq, BM25Okapi):
    def _calc_idf(self, nd: dict[str, int]) -> None:
        self.doc_freq = nd
        n = self.corpus_size
        self.idf = {word: math.log(1 + (n - df + 0.5) / (df + 0.5)) for word, df in nd.items()}
        self.average_idf = sum(self.idf.values()) / max(1, len(self.idf))


class _FixedBM25L(_KeepDocFreq, BM25L):
    def get_scores(self, query: Sequence[str]) -> np.ndarray:
        score = np.zeros(self.corpus_size)
        doc_len = np.array(self.doc_len)
        for q in query:
            q_freq = np.array([doc.get(q, 0) for doc in self.doc_freqs])
            ctd = q_freq / (1 - self.b + self.b * doc_len / self.avgdl)
            gain = (self.k1 + 1) * (ctd + self.delta) / (self.k1 + ctd + self.delta)
            score += (self.idf.get(q) or 0) * np.where(q_freq > 0, gain, 0.0)
        return score


class BM25:
    """A BM25 index over tokenized documents.

    Parameters
    ----------
    docs : one list of terms per document (at least one document).
    variant : one of ``VARIANTS``.
    k1, b : term-frequency saturation and length normalisation.
    delta : the lower bound of BM25+ / shift of BM25L (ignored by the Okapi variants).
    """

    def __init__(
        self,
        docs: Sequence[Sequence[str]],
        variant: str = "lucene",
        k1: float = 1.2,
        b: float = 0.75,
        delta: float = 1.0,
    ) -> None:
        if not docs:
            raise ValueError("BM25 needs at least one document")
        if variant not in VARIANTS:
            raise ValueError(f"unknown BM25 variant {variant!r}; choose from {', '.join(VARIANTS)}")
        corpus = [list(d) for d in docs]
        if not any(corpus):
            raise ValueError("BM25 needs at least one document with terms")
        self.variant = variant
        if variant == "okapi":
            self._impl: _KeepDocFreq = _OkapiBM25(corpus, k1=k1, b=b)
        elif variant == "lucene":
            self._impl = _LuceneBM25(corpus, k1=k1, b=b)
        elif variant == "plus":
            self._impl = _PlusBM25(corpus, k1=k1, b=b, delta=delta)
        else:
            self._impl = _FixedBM25L(corpus, k1=k1, b=b, delta=delta)
        self.size = len(corpus)
        self._cache: dict[str, np.ndarray] = {}
        self.doc_freq: dict[str, int] = self._impl.doc_freq  # term -> documents holding it

    def idf(self, term: str) -> float:
        """The IDF this variant gives ``term`` (0 for a term in no document)."""
        return float(self._impl.idf.get(term) or 0.0)

    def term_scores(self, term: str) -> np.ndarray:
        """Each document's score for a one-term query, computed by rank-bm25 once and cached.

        BM25 sums independent per-term contributions, so a query's scores are the sum of these
        vectors: a question then costs a few additions instead of a Python loop per document.
        """
        vec = self._cache.get(term)
        if vec is None:
            # an empty document with b = 1 gives 0/0 in rank-bm25: it matched nothing, so 0
            with np.errstate(invalid="ignore", divide="ignore"):
                vec = np.nan_to_num(np.asarray(self._impl.get_scores([term]), dtype=float))
            vec.flags.writeable = False
            self._cache[term] = vec
        return vec

    def scores(self, terms: Sequence[str]) -> np.ndarray:
        """One score per document; each distinct query term counts once."""
        total = np.zeros(self.size)
        for term in dict.fromkeys(terms):
            if term in self.doc_freq:
                total += self.term_scores(term)
        return total


def rank(scores: np.ndarray) -> np.ndarray:
    """Document indices by descending score; ties keep document order."""
    return np.argsort(-scores, kind="stable")
