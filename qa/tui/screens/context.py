"""The context screen: a whole exchange of the briefing, the quoted paragraph highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from index.transcript import Turn
from qa.answer import Engine, Hit
from qa.tui.widgets.answer_card import HIGHLIGHT
from qa.tui.widgets.footer import QAFooter


def exchange_turns(engine: Engine, turn: Turn) -> tuple[Turn | None, list[Turn]]:
    """The question a turn belongs to (if any) and every turn answering it, in order."""
    question = turn if turn.kind == "question" else engine.transcript.question_for(turn)
    if question is None:
        return None, [turn]
    answers = [t for t in engine.turns if t.answers_to == question.index]
    return question, answers


def speaker_line(turn: Turn) -> Content:
    who = Content(turn.speaker).stylize("bold")
    if turn.title:
        who = Content.assemble(who, (f", {turn.title}", "dim"))
    return who


class ContextScreen(Screen[None]):
    """The reporter's question, then the whole answer; Escape goes back."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("ctrl+y", "copy", "Copy quote"),
        Binding("pageup,left", "turn(-1)", "Previous", show=False),
        Binding("pagedown,right", "turn(1)", "Next", show=False),
    ]
    AUTO_FOCUS = "#context"

    def __init__(self, engine: Engine, turn: int, hit: Hit | None = None) -> None:
        super().__init__()
        self.engine = engine
        self.turn = engine.turns[turn]
        self.hit = hit
        question, _ = exchange_turns(engine, self.turn)
        self.title = engine.topic(self.turn) if question is None else self._question_title(question)
        t = engine.transcript
        self.sub_title = t.date or ""

    @staticmethod
    def _question_title(question: Turn) -> str:
        return f"Question from {question.speaker}"

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="context"):
            question, answers = exchange_turns(self.engine, self.turn)
            if question is not None:
                yield Static(
                    Content.assemble(("Question", "bold"), f" — {question.speaker}"),
                    classes="context-heading",
                )
                for para in question.paragraphs:
                    yield Static(Content(para.text), classes="context-question")
            for turn in answers:
                yield Static(speaker_line(turn), classes="context-speaker")
                for k, para in enumerate(turn.paragraphs, start=1):
                    yield self._paragraph(turn, k, para.text)
        yield QAFooter()

    def _paragraph(self, turn: Turn, k: int, text: str) -> Static:
        hit = self.hit
        if hit is None or hit.passage.turn != turn.index or hit.passage.paragraph != k:
            return Static(Content(text), classes="context-paragraph")
        content = Content(text)
        start = text.find(hit.quote)
        if start >= 0:
            for a, b in hit.highlights:
                content = content.stylize(HIGHLIGHT, start + a, start + b)
            content = content.stylize("underline", start, start + len(hit.quote))
        return Static(content, classes="context-paragraph quoted", id="quoted")

    def on_mount(self) -> None:
        quoted = self.query("#quoted")
        if quoted:
            self.call_after_refresh(quoted.first().scroll_visible, top=True, animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action != "copy" or self.hit is not None

    def action_copy(self) -> None:
        if self.hit is not None:
            self.app.copy_hit(self.hit)  # type: ignore[attr-defined]

    def action_turn(self, step: int) -> None:
        """Show the previous or next exchange of the briefing."""
        question, answers = exchange_turns(self.engine, self.turn)
        first = question or answers[0]
        last = answers[-1] if answers else first
        index = first.index - 1 if step < 0 else last.index + 1
        if 0 <= index < len(self.engine.turns):
            self.app.switch_screen(ContextScreen(self.engine, index))
