"""The help screen: every key, in one modal."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Asking",
        (
            ("Enter", "ask the question typed"),
            ("↑ / ↓", "recall earlier questions (what you were typing comes back)"),
            ("Tab / Shift+Tab", "move between the examples, answers and the question box"),
            ("PgUp / PgDn", "scroll the conversation"),
        ),
    ),
    (
        "Answers",
        (
            ("Ctrl+O", "show the current answer in context (or Enter / click on an answer)"),
            ("Ctrl+Y", "copy the current quote with its citation (or c on an answer)"),
            ("Ctrl+S", "export the conversation to a Markdown file here"),
            ("Ctrl+L", "clear the conversation"),
        ),
    ),
    (
        "Briefing",
        (
            ("Ctrl+B", "show or hide the list of the briefing's turns"),
            ("Escape", "go back; close the panel; return to the question box"),
            ("← / →", "in context: the previous or next exchange"),
        ),
    ),
    (
        "App",
        (
            ("F1 / ?", "this help (? when not typing)"),
            ("Ctrl+P", "commands: ask, clear, export, browse, help"),
            ("Ctrl+Q", "quit"),
        ),
    ),
)


class HelpScreen(ModalScreen[None]):
    """All keys; Escape, F1, ? or q closes it."""

    BINDINGS = [Binding("escape,f1,question_mark,q", "app.pop_screen", "Close")]
    AUTO_FOCUS = "#help"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Content("qa — keys"), classes="help-title")
            for group, rows in KEYS:
                yield Static(Content(group), classes="help-group")
                for key, what in rows:
                    with Horizontal(classes="help-row"):
                        yield Static(Content(key), classes="help-key")
                        yield Static(Content(what), classes="help-what")
            yield Static(Content("Escape closes this help."), classes="help-hint")
