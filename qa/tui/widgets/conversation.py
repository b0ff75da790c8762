"""The scrolling conversation: the welcome while empty, then one exchange per question."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Collapsible, Static

from qa.answer import Answer, Engine
from qa.tui.widgets.answer_card import Exchange
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
        self._following: Exchange | None = None  # the new exchange kept in view
        # held, not queried: an add() still finishing while the app shuts down must not fail
        self.dropped = Static(id="dropped")
        self.welcome = Welcome(engine)

    def compose(self) -> ComposeResult:
        yield self.welcome
        yield self.dropped

    async def add(self, answer: Answer) -> Exchange:
        """Mount the exchange for ``answer`` and bring it into view."""
        if self.welcome.display:
            self.welcome.display = False
        self.count += 1
        exchange = Exchange(answer, self.engine, self.count)
        self._following = exchange
        await self.mount(exchange)
        exchanges = self.query_children(Exchange)
        if len(exchanges) > MAX_MOUNTED:
            await self.remove_children(list(exchanges)[: len(exchanges) - MAX_MOUNTED])
            hidden = self.count - MAX_MOUNTED
            dropped = self.dropped
            dropped.update(
                Content(
                    f"{hidden:,} earlier question{'s' if hidden > 1 else ''} not shown "
                    "(↑ recalls them; Export saves them all)"
                )
            )
            dropped.display = True
        return exchange

    @on(Exchange.Resized)
    def _follow_newest(self, event: Exchange.Resized) -> None:
        """Keep a new exchange in view while it is laid out (its height settles over a frame
        or two: a scroll bar appearing rewraps the text) until the reader scrolls or expands.

        scroll_end rather than anchoring: anchoring stops following after a manual scroll
        (Textual #6677). An exchange taller than the view is shown from its top instead.
        """
        exchange = event.exchange
        if exchange is not self._following or not exchange.size.height:
            return
        if exchange.outer_size.height > self.scrollable_content_region.height:
            self.scroll_to_widget(exchange, top=True, animate=False, immediate=True)
        else:
            self.scroll_end(animate=False, immediate=True)

    def stop_following(self) -> None:
        """The reader took over the scrolling: leave the view where they put it."""
        self._following = None

    @on(Collapsible.Toggled)
    def _toggled(self) -> None:
        self.stop_following()

    def on_mouse_scroll_up(self) -> None:
        self.stop_following()

    def on_mouse_scroll_down(self) -> None:
        self.stop_following()

    async def clear(self) -> None:
        await self.remove_children(Exchange)
        self.count = 0
        self.dropped.display = False
        self.welcome.display = True
        self.scroll_home(animate=False)
