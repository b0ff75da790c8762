"""The empty state: what qa does, and example questions to pick with the keyboard or mouse."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from qa.answer import BRIEFING, Engine, question_summary

# For the shipped briefing: a figure, a "who", and a count.
EXAMPLES = (
    "How much was patent and trademark pledge financing in 2021?",
    "Who talked about open licensing?",
    "How many universities joined the open licensing pilot?",
)


def examples_for(engine: Engine, count: int = 3) -> tuple[str, ...]:
    """Example questions: the curated ones for the shipped briefing, else the shortest of the
    reporters' own questions (a question the briefing certainly answers)."""
    if engine.source == BRIEFING:
        return EXAMPLES
    asked = [question_summary(t.text) for t in engine.question_turns()]
    asked = [q for q in dict.fromkeys(asked) if len(q) <= 160]
    shortest = sorted(asked, key=len)[:count]
    return tuple(q for q in asked if q in shortest)


class Welcome(Vertical):
    """A short welcome and example questions."""

    @dataclass
    class Picked(Message):
        """An example question was chosen."""

        question: str

    def __init__(self, engine: Engine) -> None:
        super().__init__(id="welcome")
        self.briefing_title = engine.transcript.title or engine.source
        self.examples = examples_for(engine)

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                ("Ask about this briefing: ", "bold"),
                (self.briefing_title, "italic"),
                "\n\n",
                "Answers are verbatim quotes, with who said them. Type a question below"
                + (", or pick an example (Tab, ↓, Enter, or a click):" if self.examples else "."),
            ),
            classes="intro",
        )
        if not self.examples:
            return
        yield OptionList(
            *(Option(Content(q), id=f"example-{i}") for i, q in enumerate(self.examples)),
            markup=False,
            id="examples",
        )

    @on(OptionList.OptionSelected, "#examples")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self.examples[event.option_index]))
