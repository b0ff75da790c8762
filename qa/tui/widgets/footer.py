"""The footer, compacted on narrow terminals so that every main key still fits."""

from __future__ import annotations

from textual.events import Resize
from textual.widgets import Footer

NARROW = 80  # columns


class QAFooter(Footer):
    """Below 80 columns: no spacing between keys, and no palette key (the help lists it)."""

    def on_resize(self, event: Resize) -> None:
        narrow = event.size.width < NARROW
        if narrow != self.compact or narrow == self.show_command_palette:
            self.compact = narrow
            self.show_command_palette = not narrow
            self.refresh(recompose=True)  # the palette key is only added or dropped in compose
