"""Cheap typo tolerance: correct an unknown word to a corpus word one or two edits away."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["Corrector", "edit_distance"]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance, or ``limit + 1`` once past it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Corrector:
    """Suggests the most frequent corpus word within one edit (two for words of 9+ letters)
    that starts with the same letter.

    Candidates come from a symmetric-delete table (SymSpell's idea), built on first use.
    """

    def __init__(self, words: Mapping[str, int], min_length: int = 5) -> None:
        self.words = dict(words)
        self.min_length = min_length
        self._table: dict[str, set[str]] | None = None

    def _build(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}
        for word in self.words:
            if len(word) < self.min_length - 1:
                continue
            table.setdefault(word, set()).add(word)
            for d in _deletes(word):
                table.setdefault(d, set()).add(word)
        return table

    def correct(self, word: str) -> str | None:
        """The corrected word, or None when ``word`` is known, too short or has no close match."""
        if word in self.words or len(word) < self.min_length or not word.isalpha():
            return None
        if self._table is None:
            self._table = self._build()
        limit = 2 if len(word) >= 9 else 1
        probes = {word} | _deletes(word)
        if limit == 2:
            probes |= {d2 for d in _deletes(word) for d2 in _deletes(d)}
        candidates: set[str] = set()
        for probe in probes:
            candidates |= self._table.get(probe, set())
        if len(word) >= 12 and not candidates:
            # the table holds one delete of each corpus word: two edits that are not both on
            # the typed side ("industrialisaton": a letter changed, one dropped) are looked for
            # among the words of about its length; only for long words, since shorter real
            # words lie two edits from others ("excluding", "exceeding")
            candidates = {
                w for w in self.words if w[:1] == word[0] and abs(len(w) - len(word)) <= limit
            }
        best: tuple[int, int, str] | None = None
        for cand in candidates:
            if cand[0] != word[0]:
                continue  # typists rarely miss the first letter; real words often differ there
            dist = edit_distance(word, cand, limit)
            if dist <= limit:
                key = (dist, -self.words[cand], cand)
                if best is None or key < best:
                    best = key
        return best[2] if best else None
