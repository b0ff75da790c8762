"""Passages: the retrievable units cut from speaker turns, each knowing whose words it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.transcript import QUESTION, Transcript

__all__ = ["Passage", "build_passages", "split_sentences"]

# A sentence ends at . ! ? or ; (optionally followed by a closing quote) before whitespace and an
# upper-case letter, a digit or an opening quote; common abbreviations do not end sentences.
_BOUNDARY_RE = re.compile(r"(?<=[.!?;])[\"'”’)]?\s+(?=[A-Z0-9\"“'‘(])")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof no nos st vs etc e.g i.e fig art inc ltd co jr sr gen gov dept approx".split()
)


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; joined by single spaces they give back the text."""
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        before = text[start : m.start()].rstrip()
        last_word = before.rsplit(None, 1)[-1].rstrip(".").lower() if before else ""
        if text[m.start() - 1] == "." and last_word in _ABBREVIATIONS:
            continue
        end = m.start() + len(m.group(0).rstrip())
        sentences.append(text[start:end].strip())
        start = m.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


@dataclass(frozen=True)
class Passage:
    """A retrievable run of one speaker's sentences, with everything needed to cite it."""

    id: str  # "t02p03" (turn 2, paragraph 3) or "t02p03s04" for a window starting at sentence 4
    text: str
    sentences: tuple[str, ...]
    turn: int  # index of the turn in Transcript.turns
    paragraph: int  # 1-based paragraph within the turn
    number: int  # 1-based paragraph number in the whole source
    line: int  # 1-based source line of the paragraph
    kind: str  # opening | answer | closing | remarks
    speaker: str
    title: str | None
    asked_by: str | None  # outlet whose question this answers
    question: str | None  # the question's text


def build_passages(transcript: Transcript, max_sentences: int | None = None) -> list[Passage]:
    """One passage per speaker paragraph; paragraphs longer than ``max_sentences`` sentences
    become overlapping windows of that many consecutive sentences (stride half a window)."""
    passages: list[Passage] = []
    for turn in transcript.turns:
        if turn.kind == QUESTION:
            continue
        asked = transcript.question_for(turn)
        for k, para in enumerate(turn.paragraphs, start=1):
            sentences = split_sentences(para.text)
            base = f"t{turn.index:02d}p{k:02d}"
            windows: list[tuple[str, list[str]]]
            if max_sentences is None or len(sentences) <= max_sentences:
                windows = [(base, sentences)]
            else:
                stride = max(1, max_sentences // 2)
                starts = list(range(0, len(sentences) - max_sentences + 1, stride))
                if starts[-1] + max_sentences < len(sentences):
                    starts.append(len(sentences) - max_sentences)
                windows = [
                    (f"{base}s{s + 1:02d}", sentences[s : s + max_sentences]) for s in starts
                ]
            for pid, sents in windows:
                passages.append(
                    Passage(
                        id=pid,
                        text=" ".join(sents),
                        sentences=tuple(sents),
                        turn=turn.index,
                        paragraph=k,
                        number=para.number,
                        line=para.line,
                        kind=turn.kind,
                        speaker=turn.speaker,
                        title=turn.title,
                        asked_by=asked.speaker if asked else None,
                        question=asked.text if asked else None,
                    )
                )
    return passages
