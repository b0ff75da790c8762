"""Answers as plain terminal text for ``qa ask`` (ANSI emphasis only when writing to a terminal)."""

from __future__ import annotations

import textwrap

from qa.answer import Answer, Engine, Hit
from qa.citation import attribution, closest_topics, declined_reason, where

_BOLD, _DIM, _RESET = "\x1b[1;33m", "\x1b[2m", "\x1b[0m"


def emphasise(text: str, spans: tuple[tuple[int, int], ...], color: bool) -> str:
    """``text`` with the given spans in bold (only with ``color``); the words are never changed."""
    if not color:
        return text
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [text[pos:start], _BOLD, text[start:end], _RESET]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _wrap(text: str, indent: str, width: int = 88) -> str:
    return textwrap.fill(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _hit_block(engine: Engine, hit: Hit, color: bool, indent: str = "  ") -> list[str]:
    quote = "\u201c" + hit.quote + "\u201d"
    spans = tuple((s + 1, e + 1) for s, e in hit.highlights)
    # wrap first, then emphasise line by line, so escape codes never count as width
    lines, pos = [], 0
    for line in _wrap(quote, indent).splitlines():
        body = line[len(indent) :]
        start = quote.index(body, pos)
        local = tuple(
            (max(s, start) - start, min(e, start + len(body)) - start)
            for s, e in spans
            if s < start + len(body) and e > start
        )
        lines.append(indent + emphasise(body, local, color))
        pos = start + len(body)
    dim, reset = (_DIM, _RESET) if color else ("", "")
    lines.append(_wrap("\u2014 " + attribution(hit), indent + "  "))
    lines.append(f"{indent}  {dim}{where(hit)} · score {hit.score:.2f}{reset}")
    return lines


def format_answer(engine: Engine, answer: Answer, color: bool = False) -> str:
    lines: list[str] = []
    for typed, used in answer.corrections:
        lines.append(f"(reading \u201c{typed}\u201d as \u201c{used}\u201d)")
    if answer.answered and answer.best:
        hit = answer.best
        if answer.who:
            title = f" ({hit.passage.title})" if hit.passage.title else ""
            lines.append(f"{hit.passage.speaker}{title}:")
        lines += _hit_block(engine, hit, color)
        if answer.alternatives:
            lines.append("")
            lines.append("Also in the briefing:")
            for alt in answer.alternatives:
                lines.append("")
                lines += _hit_block(engine, alt, color)
        return "\n".join(lines)
    lines.append(f"The briefing does not seem to answer this: {declined_reason(engine, answer)}.")
    heading, turns = closest_topics(engine, answer)
    lines.append(heading)
    topics = [engine.topic(turn) for turn, _ in turns]
    lines += [textwrap.fill(t, 88, initial_indent="  - ", subsequent_indent="    ") for t in topics]
    return "\n".join(lines)
