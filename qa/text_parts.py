"""The parts of a text that answer-type tests read (clauses, sentences, a part holding the
question's words), and the pattern pieces they share: currencies, magnitudes, number words,
plural nouns."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.analysis import Analyzer
from index.lazy_re import Lazy

__all__ = [
    "CLAUSE_BREAK_RE",
    "CURRENCY",
    "MAGNITUDE",
    "NUMBER_WORDS",
    "PLURAL_RE",
    "SENTENCE_BREAK_RE",
    "clauses",
    "said_with",
    "sentences",
]

# Currencies, number words and magnitudes, as questions and quotes write them
CURRENCY = r"(?:yuan|rmb|renminbi|dollars?|euros?|pounds sterling|yen|usd|cny)"
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|trillion|twice|double|half|dozen"
)
MAGNITUDE = r"(?:\s+(?:hundred|thousand|million|billion|trillion))*"
# A plural noun: "colleges", "companies", "people" (not "business", "status", "analysis",
# "overseas", "its")
PLURAL_RE = Lazy(
    r"\b(?!(?:overseas|news|series|species|always|perhaps|whereas)\b)"
    r"(?:[a-z][a-z-]*[a-hj-rtv-z]s|people|children|men|women|staff|personnel)\b(?!')",
    re.I,
)
# Where a clause, and a sentence, ends
CLAUSE_BREAK_RE = Lazy(r"[;:!?]|[.,](?=\s|$)")
SENTENCE_BREAK_RE = Lazy(r"[;:!?]|[.](?=\s|$)")


def said_with(
    text: str,
    gives: Callable[[str], bool],
    terms: frozenset[str],
    need: int,
    analyzer: Analyzer,
    parts: Callable[[str], list[str]] | None = None,
) -> bool:
    """Whether one sentence of ``text`` (or one of ``parts(text)``, such as its clauses) gives
    what ``gives`` accepts and holds ``need`` of ``terms``: the figure, date or method said of
    the thing asked about, not somewhere else in the quote."""
    return any(
        gives(part) and len(terms & analyzer.term_set(part)) >= need
        for part in (parts or sentences)(text)
    )


def sentences(text: str) -> list[str]:
    """The sentences of a text (split at full stops, semicolons, colons, ! and ?)."""
    return [s for s in SENTENCE_BREAK_RE.split(text) if s.strip()]


def clauses(text: str) -> list[str]:
    """The clauses of a text: split at commas, semicolons and full stops."""
    return [c for c in CLAUSE_BREAK_RE.split(text) if c.strip()]
