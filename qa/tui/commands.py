"""The command palette's qa commands: ask, clear, export, browse, help."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from qa.tui.app import QAApp

# (name, help, action on the app)
COMMANDS = (
    ("Ask a question", "Go to the question box", "focus_question"),
    ("Clear the conversation", "Remove every question and answer", "clear"),
    ("Export the conversation", "Save it as Markdown in the current directory", "export"),
    ("Browse the briefing", "Show or hide the list of the briefing's turns", "toggle_browse"),
    ("Help: keys", "Show every key", "help"),
    ("Copy the current quote", "Copy the quote and its citation", "copy_quote"),
    ("Show in context", "Show the current answer in the whole exchange", "context"),
)


class QACommands(Provider):
    """qa's commands; anything else typed can be asked as a question."""

    @property
    def qa_app(self) -> QAApp:
        return self.app  # type: ignore[return-value]

    async def _run(self, action: str) -> None:
        await self.app.run_action(action)

    @property
    def _from_chat(self) -> bool:
        """Opened over the chat itself (not over the context or help screen)."""
        return self.screen is self.app.screen_stack[0]

    async def discover(self) -> Hits:
        if not self._from_chat:
            return
        for name, help_text, action in COMMANDS:
            yield DiscoveryHit(Content(name), partial(self._run, action), name, help_text)

    async def search(self, query: str) -> Hits:
        if not self._from_chat:
            return
        matcher = self.matcher(query)
        for name, help_text, action in COMMANDS:
            if (score := matcher.match(name)) > 0:
                yield Hit(
                    score, matcher.highlight(name), partial(self._run, action), name, help_text
                )
        question = query.strip()
        if question:
            yield Hit(
                0.2,
                Content.assemble(("Ask: ", "bold"), question),
                partial(self.qa_app.ask, question),
                f"Ask: {question}",
                "Ask this question about the briefing",
            )
