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

EXAMPLES = (
    "How much was patent and trademark pledge financing in 2021?",
    "Who talked about open licensing?",
    "How many universities joined the open licensing pilot?",
)


class Welcome(Vertical):
    """A short welcome and example questions."""

    @dataclass
    class Picked(Message):
        """An example question was chosen."""

        question: str

    def __init__(self, title: str, examples: tuple[str, ...] = EXAMPLES) -> None:
        super().__init__(id="welcome")
        self.briefing_title = title
        self.examples = examples

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(
                ("Ask about this briefing: ", "bold"),
                (self.briefing_title, "italic"),
                "\n\n",
                "Answers are verbatim quotes, with who said them. Type a question below, "
                "or pick an example (Tab, ↓, Enter, or a click):",
            ),
            classes="intro",
        )
        yield OptionList(
            *(Option(Content(q), id=f"example-{i}") for i, q in enumerate(self.examples)),
            markup=False,
            id="examples",
        )

    @on(OptionList.OptionSelected, "#examples")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self.examples[event.option_index]))
