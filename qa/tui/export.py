"""The conversation as a Markdown file: each quote as a block quote with its citation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from qa.answer import Answer, Engine
from qa.citation import answer_markdown


def conversation_markdown(engine: Engine, answers: Sequence[Answer], when: datetime) -> str:
    """A heading naming the briefing, then each question and its answer."""
    t = engine.transcript
    title = t.title or engine.source
    lines = [f"# {title}", ""]
    briefing = f"Briefing of {t.date}. " if t.date else ""
    lines += [f"*{briefing}Questions asked with qa on {when:%Y-%m-%d at %H:%M}.*", ""]
    body = "\n".join(answer_markdown(engine, a) for a in answers)
    return "\n".join(lines) + "\n" + body.rstrip("\n") + "\n"


def export_conversation(
    engine: Engine, answers: Sequence[Answer], directory: Path, when: datetime
) -> Path:
    """Write a new ``qa-conversation-YYYYmmdd-HHMMSS.md`` in ``directory``; raise OSError."""
    text = conversation_markdown(engine, answers, when)
    stem = f"qa-conversation-{when:%Y%m%d-%H%M%S}"
    for n in range(1, 100):
        path = directory / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        try:
            with path.open("x", encoding="utf-8") as f:  # never overwrite an earlier export
                f.write(text)
        except FileExistsError:
            continue
        return path.absolute()
    raise FileExistsError(f"{directory / stem}.md and 98 numbered variants already exist")
