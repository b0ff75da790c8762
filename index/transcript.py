"""Parse a speaker-labelled briefing transcript into title, date and turns.

The input is the text of a scraped press-conference page: a preamble, then turns that each start
with a short header line — ``Name, title`` for a person, or a news outlet ("Xinhua News Agency
reporter", "Reporter for Zhejiang Daily", "China Intellectual Property News") for a question —
followed by prose paragraphs, then a footer. The rules are structural, never lists of names:

* paragraphs are separated by blank lines (a line of only whitespace, NBSP included, is blank);
* a header is a short line without closing punctuation whose next paragraph is prose;
* a header containing a press word (reporter, news, daily, agency, ...) names an outlet;
  otherwise its part before the first comma must look like a personal name;
* prose belongs to the turn whose header it follows; any other line (an image file name,
  an address, a copyright line, a caption) closes the current turn, and prose that follows no
  header (the duplicated intro, a stray "memoir.", footer blurbs) belongs to no turn.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from index.lazy_re import Lazy

__all__ = [
    "Paragraph",
    "Transcript",
    "TranscriptError",
    "Turn",
    "normalize_space",
    "parse_transcript",
    "speaker_key",
]

OPENING, QUESTION, ANSWER, CLOSING, REMARKS = "opening", "question", "answer", "closing", "remarks"

# Words that make a header line a news organisation rather than a person.
_PRESS_WORDS = frozenset(
    """reporter reporters correspondent journalist news daily times agency magazine herald post
    press radio television tv journal weekly network media gazette tribune broadcasting channel
    newspaper paper review observer monthly evening morning online""".split()
)
_REPORTER_RE = Lazy(
    r"^\s*(?:(?:a|the)\s+)?(?:reporter|correspondent|journalist)s?\s+(?:for|from|of|with|at)\s+"
    r"|\s+(?:reporter|correspondent|journalist)s?\s*$",
    re.IGNORECASE,
)
_NAME_TOKEN_RE = Lazy(r"^(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]*)*|[A-Z]\.)$")
_CLOSING_PUNCT = ".!?;:…。！？"
_TRAILING_QUOTES = "\"'”’)]"
_DATE_PATTERNS = (
    Lazy(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"),
    Lazy(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b"),
    Lazy(r"\b(\d{4})年(\d{1,2})月(\d{1,2})日"),
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        start=1,
    )
}
_MONTH_DATE_RE = Lazy(r"\b([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})\b")
_IMAGE_RE = Lazy(r"\.(?:jpe?g|png|gif|webp|svg|bmp)\s*$", re.IGNORECASE)
# East Asian scripts and full-width forms: every code point from U+3000 up (a short
# class compiles ten times faster than listing the CJK blocks, and start-up matters)
_CJK_RE = Lazy(r"[^\x00-\u2fff]")
_LETTER_RE = Lazy(r"[^\W\d_]")
_TWO_LETTERS_RE = Lazy(r"[^\W\d_].*?[^\W\d_]", re.DOTALL)
_NOTE_RE = Lazy(r"^[\[(（【][^\])）】]{0,40}[\])）】]$")


class TranscriptError(ValueError):
    """The text cannot be read as a speaker-labelled transcript."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a turn: whitespace-normalised text and where it stands in the source."""

    text: str
    line: int  # 1-based line of the source where the paragraph starts
    number: int  # 1-based position among all paragraphs of the source


@dataclass(frozen=True)
class Turn:
    """A header and the prose paragraphs under it."""

    index: int
    kind: str  # opening | question | answer | closing | remarks
    speaker: str  # a person's name, or for a question the outlet's name
    title: str | None  # the person's title, carried over to bare-name turns
    outlet: str | None  # the outlet asking, for questions
    answers_to: int | None  # index of the question turn this answer answers
    header: str  # the header line exactly as written
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True)
class Transcript:
    title: str
    date: str | None  # ISO yyyy-mm-dd, when the preamble gives one
    turns: tuple[Turn, ...]

    def question_for(self, turn: Turn) -> Turn | None:
        """The question a turn answers, if it answers one."""
        return None if turn.answers_to is None else self.turns[turn.answers_to]


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (NBSP included) to one space and strip the ends."""
    return " ".join(text.split())


def speaker_key(name: str) -> str:
    """A key under which "Heng Fuguang" and "Heng Fu Guang" are the same person."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s\-'’.]+", "", folded)


def _is_prose(text: str) -> bool:
    """A sentence-like paragraph: has letters and ends in closing punctuation."""
    stripped = text.rstrip(_TRAILING_QUOTES + " ")
    if not stripped or stripped[-1] not in _CLOSING_PUNCT or stripped[-1] == ":":
        return False
    if _IMAGE_RE.search(text):
        return False
    if not _CJK_RE.search(text):
        return _TWO_LETTERS_RE.search(text) is not None
    letters = len(_LETTER_RE.findall(text))
    return letters >= 2 and len(_CJK_RE.findall(text)) * 3 < letters


def _ends_like_sentence(text: str) -> bool:
    stripped = text.rstrip(_TRAILING_QUOTES + " ")
    return bool(stripped) and stripped[-1] in _CLOSING_PUNCT


def _outlet_name(line: str) -> str | None:
    """The outlet a header names, or None when the line is not an outlet header."""
    if len(line) > 90 or _ends_like_sentence(line) or _CJK_RE.search(line) or "," in line:
        return None
    words = re.findall(r"[A-Za-z']+", line)
    if not words or len(words) > 10 or not any(w.lower() in _PRESS_WORDS for w in words):
        return None
    if not line[0].isupper():
        return None
    name = _REPORTER_RE.sub("", line).strip()
    return name or None


def _person(line: str) -> tuple[str, str | None] | None:
    """(name, title) when the header names a person, optionally followed by ", title"."""
    if len(line) > 220 or _ends_like_sentence(line) or _CJK_RE.search(line):
        return None
    name, _, title = line.partition(",")
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or not all(_NAME_TOKEN_RE.match(t) for t in tokens):
        return None
    if any(t.lower() in _PRESS_WORDS for t in tokens):
        return None
    title = normalize_space(title) or None
    if title is not None and (len(title.split()) > 40 or not re.search(r"[A-Za-z]", title)):
        return None
    return normalize_space(name), title


def _blocks(text: str) -> list[tuple[str, int]]:
    """Paragraphs as (whitespace-normalised text, first line number), blank-line separated."""
    blocks: list[tuple[str, int]] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.strip():
            if not current:
                start = number
            current.append(raw)
        elif current:
            blocks.append((normalize_space(" ".join(current)), start))
            current = []
    if current:
        blocks.append((normalize_space(" ".join(current)), start))
    return blocks


def _find_date(lines: list[str]) -> str | None:
    for line in lines:
        for pattern in _DATE_PATTERNS:
            if m := pattern.search(line):
                y, mo, d = (int(g) for g in m.groups())
                if 1 <= mo <= 12 and 1 <= d <= 31:
                    return f"{y:04d}-{mo:02d}-{d:02d}"
        if (m := _MONTH_DATE_RE.search(line)) and m.group(1).lower() in _MONTHS:
            return f"{int(m.group(3)):04d}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    return None


def parse_transcript(text: str) -> Transcript:
    """Parse transcript text; raise TranscriptError when it holds no speaker turns."""
    if "\x00" in text:
        raise TranscriptError("the text contains NUL bytes; it looks binary")
    blocks = _blocks(text)
    if not blocks:
        raise TranscriptError("the text is empty")

    headers: list[tuple[int, str, str, str | None]] = []  # (block index, kind, name, title)
    prose = [_is_prose(block) for block, _ in blocks]
    for i, (block, _) in enumerate(blocks[:-1]):
        if not prose[i + 1] or prose[i]:
            continue
        if (outlet := _outlet_name(block)) is not None:
            headers.append((i, QUESTION, outlet, None))
        elif (person := _person(block)) is not None:
            headers.append((i, "person", *person))
    if not any(kind == "person" for _, kind, _, _ in headers):
        raise TranscriptError(
            "no speaker turns found: no line of the form 'Name, title' before prose"
        )

    first_header = headers[0][0]
    title = blocks[0][0] if first_header > 0 else ""
    date = _find_date([b for b, _ in blocks[:first_header]])

    # Paragraph ranges of each turn: prose blocks after the header, up to the first non-prose block.
    header_at = {h[0]: h for h in headers}
    raw_turns: list[tuple[tuple[int, str, str, str | None], list[int]]] = []
    current: list[int] | None = None
    for i, (block, _) in enumerate(blocks):
        if i in header_at:
            current = []
            raw_turns.append((header_at[i], current))
        elif current is not None and prose[i]:
            current.append(i)
        elif current is not None and not _NOTE_RE.match(block):
            current = None  # footer, caption, image name...: the turn is over

    titles: dict[str, str] = {}
    names: dict[str, str] = {}
    host: str | None = None
    turns: list[Turn] = []
    last_question: int | None = None
    previous_kind: str | None = None
    for (block_index, kind, name, title_text), members in raw_turns:
        if not members:
            continue
        outlet = None
        if kind == QUESTION:
            outlet = name
            answers_to = None
            speaker, title_out = name, None
            last_question = len(turns)
        else:
            key = speaker_key(name)
            names.setdefault(key, name)
            if title_text:
                titles.setdefault(key, title_text)
            speaker, title_out = names[key], titles.get(key)
            if host is None and last_question is None:
                host = key
                kind = OPENING
            elif previous_kind == QUESTION or (previous_kind == ANSWER and key != host):
                kind = ANSWER  # a second official may add to the previous answer
            else:
                kind = REMARKS
            answers_to = last_question if kind == ANSWER else None
        paragraphs = tuple(
            Paragraph(text=blocks[m][0], line=blocks[m][1], number=m + 1) for m in members
        )
        turns.append(
            Turn(
                index=len(turns),
                kind=kind,
                speaker=speaker,
                title=title_out,
                outlet=outlet,
                answers_to=answers_to,
                header=blocks[block_index][0],
                paragraphs=paragraphs,
            )
        )
        previous_kind = kind
    if turns and turns[-1].kind == REMARKS and speaker_key(turns[-1].speaker) == host:
        turns[-1] = replace(turns[-1], kind=CLOSING)
    # A later turn may carry a title first given after the turn (rare): fill it in.
    turns = [
        t if t.title or t.kind == QUESTION else replace(t, title=titles.get(speaker_key(t.speaker)))
        for t in turns
    ]
    if not any(t.kind in (OPENING, ANSWER) for t in turns):
        raise TranscriptError("no speaker turns found: no prose follows a 'Name, title' line")
    return Transcript(title=title, date=date, turns=tuple(turns))
