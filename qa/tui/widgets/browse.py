"""The browse panel: the briefing's turns in order, each openable in context."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from index.transcript import Turn
from qa.answer import Engine, question_summary


def turn_label(engine: Engine, turn: Turn, number: int | None) -> Content:
    """Two lines: what the turn is (and who answered it), then what it is about."""
    if turn.kind == "question":
        answerers = [t.speaker for t in engine.turns if t.answers_to == turn.index]
        names = ", ".join(dict.fromkeys(answerers)) or "no answer"
        head = Content.assemble((f"Q{number} ", "bold"), (turn.speaker, "bold"), f" → {names}")
        about = question_summary(turn.text)
    else:
        label = {"opening": "Opening statement", "closing": "Closing remarks"}.get(
            turn.kind, "Remarks"
        )
        head = Content.assemble((label, "bold"), f" — {turn.speaker}")
        about = turn.paragraphs[0].text
    if len(about) > 120:
        about = about[:119].rstrip() + "…"
    return Content.assemble(head, "\n", (about, "dim"))


def browsable_turns(engine: Engine) -> list[Turn]:
    """Opening, questions, remarks and closing; answers are reached through their question."""
    return [t for t in engine.turns if t.kind != "answer"]


class BrowsePanel(Vertical):
    """A side panel listing the turns; choosing one asks to show it in context."""

    @dataclass
    class Chosen(Message):
        turn: int

    def __init__(self, engine: Engine) -> None:
        super().__init__(id="browse")
        self.engine = engine
        self.turns = browsable_turns(engine)

    def compose(self) -> ComposeResult:
        yield Static(Content("Briefing turns"), classes="panel-title")
        options: list[Option | None] = []
        number = 0
        for turn in self.turns:
            if turn.kind == "question":
                number += 1
            if options:
                options.append(None)  # a divider line
            options.append(Option(turn_label(self.engine, turn, number), id=f"turn-{turn.index}"))
        yield OptionList(*options, markup=False, id="turns")

    @on(OptionList.OptionSelected, "#turns")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        assert event.option.id is not None
        self.post_message(self.Chosen(int(event.option.id.removeprefix("turn-"))))
