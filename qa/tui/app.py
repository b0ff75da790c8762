"""The chat: ask questions about a briefing, get verbatim quotes with who said them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Header, Input

from qa.answer import Answer, Engine, Hit
from qa.citation import citation
from qa.tui.commands import QACommands
from qa.tui.screens.context import ContextScreen
from qa.tui.screens.help import HelpScreen
from qa.tui.widgets.answer_card import HitView, OpenContext, TopicLink
from qa.tui.widgets.browse import BrowsePanel
from qa.tui.widgets.conversation import Conversation
from qa.tui.widgets.footer import QAFooter
from qa.tui.widgets.question_input import QuestionInput
from qa.tui.widgets.welcome import Welcome

# Actions that act on the conversation: only on the main screen (hidden from the footer elsewhere).
MAIN_SCREEN_ACTIONS = frozenset(
    {"context", "copy_quote", "export", "toggle_browse", "clear", "back", "scroll"}
)


class QAApp(App[None], inherit_bindings=False):
    """Questions in, attributed quotes out."""

    CSS_PATH = "qa.tcss"
    COMMANDS = App.COMMANDS | {QACommands}
    AUTO_FOCUS = "#question"
    BINDINGS = [
        Binding("ctrl+o", "context", "Context"),
        Binding("ctrl+y", "copy_quote", "Copy"),
        Binding("ctrl+s", "export", "Export"),
        Binding("ctrl+b", "toggle_browse", "Browse"),
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+l", "clear", "Clear", show=False),
        Binding("escape", "back", "Back", show=False),
        Binding("pageup", "scroll(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll(1)", "Scroll down", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.answers: list[Answer] = []  # every answer since the last clear, for the export
        t = engine.transcript
        self.title = t.title or engine.source
        self.sub_title = t.date or ""
        self.conversation = Conversation(engine)
        self.question = QuestionInput(
            placeholder="Ask about the briefing (Enter asks, F1 keys)", id="question"
        )
        self.browse = BrowsePanel(engine)

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Horizontal(id="main"):
            yield self.browse
            with Vertical(id="chat"):
                yield self.conversation
                yield self.question
        yield QAFooter()

    def format_title(self, title: str, sub_title: str) -> Content:
        """The date first, so that a long briefing title cut short never hides it."""
        if not sub_title:
            return Content(title)
        return Content.assemble((sub_title, "bold"), ("  ·  ", "dim"), title)

    @property
    def on_main_screen(self) -> bool:
        return self.screen is self.screen_stack[0]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.on_main_screen or action not in MAIN_SCREEN_ACTIONS

    # -- asking ------------------------------------------------------------------------------

    async def ask(self, question: str) -> Answer:
        """Answer ``question`` and show its card (the engine takes about a millisecond).

        However it was asked (typed, an example, the palette), Up recalls it afterwards.
        """
        self.question.remember(question)
        answer = self.engine.ask(question)
        self.answers.append(answer)
        await self.conversation.add(answer)
        return answer

    @on(Input.Submitted, "#question")
    async def _submitted(self, event: Input.Submitted) -> None:
        text = event.value
        if not text.strip():
            return
        self.question.value = ""
        await self.ask(text)

    @on(Welcome.Picked)
    async def _example(self, event: Welcome.Picked) -> None:
        self.question.focus()
        await self.ask(event.question)

    # -- the current answer ------------------------------------------------------------------

    def current_hit(self, quotes_only: bool = False) -> Hit | None:
        """The focused quote (or closest topic), else the newest answer's quote."""
        focused = self.screen.focused if self.on_main_screen else None
        if isinstance(focused, HitView):
            return focused.hit
        if isinstance(focused, TopicLink) and focused.hit and not quotes_only:
            return focused.hit
        return next((a.best for a in reversed(self.answers) if a.answered and a.best), None)

    @on(OpenContext)
    def _open(self, event: OpenContext) -> None:
        self.push_screen(ContextScreen(self.engine, event.turn, event.hit))

    @on(HitView.Copy)
    def _copy(self, event: HitView.Copy) -> None:
        self.copy_hit(event.hit)

    def copy_hit(self, hit: Hit) -> None:
        """Copy the quote with its citation; the notification says which quote."""
        self.copy_to_clipboard(citation(self.engine, hit))
        quote = hit.quote if len(hit.quote) <= 70 else hit.quote[:69].rstrip() + "…"
        self.notify(
            f"“{quote}” — {hit.passage.speaker}",
            title="Copied the quote with its citation",
            markup=False,
        )

    def action_context(self) -> None:
        hit = self.current_hit()
        if hit is None:
            self.notify("Ask a question first: there is no answer to show in context.")
            return
        self.push_screen(ContextScreen(self.engine, hit.passage.turn, hit))

    def action_copy_quote(self) -> None:
        hit = self.current_hit(quotes_only=True)
        if hit is None:
            self.notify("Nothing copied: no answer with a quote yet.", severity="warning")
            return
        self.copy_hit(hit)

    # -- the conversation --------------------------------------------------------------------

    def action_export(self) -> None:
        from qa.tui.export import export_conversation

        if not self.answers:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        try:
            path = export_conversation(self.engine, self.answers, Path.cwd(), datetime.now())
        except OSError as exc:  # a read-only or vanished directory, a full disk...
            target = f" to {exc.filename}" if exc.filename else ""
            self.notify(
                f"Could not write the export{target}: {exc.strerror or exc}.",
                title="Export failed",
                severity="error",
                markup=False,
            )
            return
        n = len(self.answers)
        self.notify(
            str(path),
            title=f"Exported {n} question{'s' if n > 1 else ''} to",
            markup=False,
        )

    async def action_clear(self) -> None:
        self.answers.clear()
        await self.conversation.clear()
        self.question.focus()

    def action_focus_question(self) -> None:
        if self.on_main_screen:
            self.question.focus()

    # -- browse, help ------------------------------------------------------------------------

    def action_toggle_browse(self) -> None:
        self.browse.display = not self.browse.display
        if self.browse.display:
            self.browse.query_one("#turns").focus()
        else:
            self.question.focus()

    @on(BrowsePanel.Chosen)
    def _browse_chosen(self, event: BrowsePanel.Chosen) -> None:
        self.push_screen(ContextScreen(self.engine, event.turn))

    def action_back(self) -> None:
        if self.browse.display and self.browse.has_focus_within:
            self.browse.display = False
        self.question.focus()

    def action_scroll(self, pages: int) -> None:
        self.conversation.stop_following()
        if pages < 0:
            self.conversation.scroll_page_up()
        else:
            self.conversation.scroll_page_down()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
