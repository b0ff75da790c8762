"""Answer cards: a question, then its quote with attribution, or a "not covered" card.

Every string from the user or the briefing goes into a ``Content`` built from plain text (or a
``$variable`` of ``Content.from_markup``), so square brackets are shown, never interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.events import Click
from textual.message import Message
from textual.widgets import Collapsible, Static

from qa.answer import Answer, Engine, Hit
from qa.citation import attribution, closest_topics, declined_reason, where

# A question longer than this is shown cut, with the count of characters left out
# (the whole text stays in the history and the export).
SHOWN_QUESTION_CHARS = 2_000
HIGHLIGHT = "bold $text-accent"


def quote_content(hit: Hit) -> Content:
    """The quote with the question's matched terms highlighted."""
    content = Content(hit.quote)
    for start, end in hit.highlights:
        content = content.stylize(HIGHLIGHT, start, end)
    return content


def attribution_content(hit: Hit) -> Content:
    """ "— Speaker, title, answering …" with the speaker in bold."""
    text = "— " + attribution(hit)
    return Content(text).stylize("bold", 2, 2 + len(hit.passage.speaker))


def question_content(question: str) -> Content:
    """The question as asked, cut (and saying so) when it is very long."""
    text = question.strip()
    if len(text) <= SHOWN_QUESTION_CHARS:
        return Content(text)
    shown = SHOWN_QUESTION_CHARS // 4
    return Content.assemble(
        text[:shown], (f" … ({len(text) - shown:,} more characters)", "italic dim")
    )


@dataclass
class OpenContext(Message):
    """The reader wants to see a turn of the briefing in context (with a quote marked)."""

    turn: int
    hit: Hit | None = None


class HitView(Vertical, can_focus=True):
    """One quoted passage: the quote as a block quote, who said it, and where."""

    BINDINGS = [
        Binding("enter", "open", "Context", show=False),
        Binding("c", "copy", "Copy quote", show=False),
    ]

    @dataclass
    class Copy(Message):
        """The reader wants this quote and its citation on the clipboard."""

        hit: Hit

    def __init__(self, hit: Hit, *, who: bool = False, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.hit = hit
        self.who = who

    def compose(self) -> ComposeResult:
        p = self.hit.passage
        if self.who:
            who = Content(p.speaker).stylize("bold")
            if p.title:
                who = Content.assemble(who, (f", {p.title}", "dim"))
            yield Static(who, classes="who")
        yield Static(quote_content(self.hit), classes="quote")
        yield Static(
            Content.assemble(
                attribution_content(self.hit), "\n", (where(self.hit).capitalize(), "dim")
            ),
            classes="attribution",
        )

    def action_open(self) -> None:
        self.post_message(OpenContext(self.hit.passage.turn, self.hit))

    def action_copy(self) -> None:
        self.post_message(self.Copy(self.hit))

    @on(Click)
    def _clicked(self, event: Click) -> None:
        if event.chain == 1:
            self.action_open()


class TopicLink(Static, can_focus=True):
    """A topic offered for a declined question; Enter or a click shows it in context."""

    BINDINGS = [Binding("enter", "open", "Context", show=False)]

    def __init__(self, label: str, turn: int, hit: Hit | None = None) -> None:
        super().__init__(Content.assemble(("• ", "dim"), label), classes="topic")
        self.turn = turn
        self.hit = hit

    def action_open(self) -> None:
        self.post_message(OpenContext(self.turn, self.hit))

    def on_click(self) -> None:
        self.action_open()


class AnswerCard(Vertical):
    """The best quote, then the other passages behind a "N more passages" toggle.

    The other passages are mounted when first expanded: most are never opened, and a card
    with fewer widgets mounts and lays out faster.
    """

    def __init__(self, answer: Answer) -> None:
        super().__init__(classes="card answered")
        self.answer = answer

    def compose(self) -> ComposeResult:
        assert self.answer.best is not None
        yield HitView(self.answer.best, who=self.answer.who, classes="best")
        more = self.answer.alternatives
        if more:
            label = f"{len(more)} more passage{'s' if len(more) > 1 else ''}"
            yield Collapsible(title=label, collapsed=True)

    @on(Collapsible.Expanded)
    async def _expanded(self, event: Collapsible.Expanded) -> None:
        contents = event.collapsible.query_one(Collapsible.Contents)
        if not contents.children:
            await contents.mount_all(
                HitView(hit, who=self.answer.who, classes="alternative")
                for hit in self.answer.alternatives
            )


class NotCoveredCard(Vertical):
    """Why qa declined, and the topics of the closest passages."""

    def __init__(self, answer: Answer, engine: Engine) -> None:
        super().__init__(classes="card declined")
        self.answer = answer
        self.engine = engine

    def compose(self) -> ComposeResult:
        yield Static(Content("Not covered by the briefing"), classes="declined-title")
        reason = declined_reason(self.engine, self.answer)
        yield Static(Content(f"qa found no passage to quote: {reason}."), classes="reason")
        heading, turns = closest_topics(self.engine, self.answer)
        if turns:
            yield Static(Content(heading), classes="topics-title")
        for turn, hit in turns:
            yield TopicLink(self.engine.topic(turn), turn.index, hit)


class Exchange(Vertical):
    """One question and its card."""

    @dataclass
    class Resized(Message):
        """The exchange was laid out anew (first shown, rewrapped, expanded...)."""

        exchange: Exchange

    def __init__(self, answer: Answer, engine: Engine, number: int) -> None:
        super().__init__(classes="exchange")
        self.answer = answer
        self.engine = engine
        self.number = number

    def on_resize(self) -> None:
        self.post_message(self.Resized(self))

    def compose(self) -> ComposeResult:
        yield Static(
            Content.assemble(("❯ ", "bold $text-primary"), question_content(self.answer.question)),
            classes="question",
        )
        if self.answer.corrections:
            read = ", ".join(f"“{typed}” as “{used}”" for typed, used in self.answer.corrections)
            yield Static(Content(f"(reading {read})"), classes="corrections")
        if self.answer.answered and self.answer.best is not None:
            yield AnswerCard(self.answer)
        else:
            yield NotCoveredCard(self.answer, self.engine)
