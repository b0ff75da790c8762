"""The scrolling conversation: the welcome while empty, then one exchange per question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from qa.answer import Answer, Engine
from qa.tui.widgets.answer_card import Exchange, HitView
from qa.tui.widgets.welcome import Welcome

# Exchanges kept mounted; older ones are removed from the screen (not from the export) so that
# a long session stays as quick as a short one.
MAX_MOUNTED = 20


class Conversation(VerticalScroll, can_focus=False):
    """The questions asked and their cards, newest at the bottom.

    Not a focus stop of its own: Page Up/Down scroll it from the question box, and Tab goes
    straight to the examples and answers.
    """

    def __init__(self, engine: Engine) -> None:
        super().__init__(id="conversation")
        self.engine = engine
        self.count = 0  # exchanges added since the last clear

    def compose(self) -> ComposeResult:
        yield Welcome(self.engine.transcript.title or self.engine.source)
        yield Static(id="dropped")

    async def add(self, answer: Answer) -> Exchange:
        """Mount the exchange for ``answer`` and bring it into view."""
        welcome = self.query_one(Welcome)
        if welcome.display:
            welcome.display = False
        self.count += 1
        exchange = Exchange(answer, self.engine, self.count)
        await self.mount(exchange)
        exchanges = self.query_children(Exchange)
        if len(exchanges) > MAX_MOUNTED:
            await self.remove_children(list(exchanges)[: len(exchanges) - MAX_MOUNTED])
            hidden = self.count - MAX_MOUNTED
            dropped = self.query_one("#dropped", Static)
            dropped.update(
                Content(
                    f"{hidden:,} earlier question{'s' if hidden > 1 else ''} not shown "
                    "(↑ recalls them; Export saves them all)"
                )
            )
            dropped.display = True
        self.call_after_refresh(self._bring_into_view, exchange)
        return exchange

    def _bring_into_view(self, exchange: Exchange) -> None:
        # scroll_end rather than anchoring: anchoring stops following after a manual scroll
        # (Textual #6677). An exchange taller than the view is shown from its top instead.
        if exchange.outer_size.height > self.scrollable_content_region.height:
            self.scroll_to_widget(exchange, top=True, animate=False, immediate=True)
        else:
            self.scroll_end(animate=False, immediate=True)

    async def clear(self) -> None:
        await self.remove_children(Exchange)
        self.count = 0
        self.query_one("#dropped", Static).display = False
        self.query_one(Welcome).display = True
        self.scroll_home(animate=False)

    def latest_hit_view(self) -> HitView | None:
        """The best quote of the newest answered exchange, if any."""
        for exchange in reversed(list(self.query_children(Exchange))):
            views = exchange.query(HitView)
            if views:
                return views.first()
        return None
