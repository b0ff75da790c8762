"""The question box: Enter asks, Up/Down recall earlier questions without losing a draft."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """An Input with a shell-like history.

    Up walks back through the questions asked, Down walks forward and finally restores what was
    being typed before (the draft). Editing a recalled question and moving on keeps the edit as
    the new draft, so typed text is never thrown away.
    """

    BINDINGS = [
        Binding("up", "history_previous", "Previous question", show=False),
        Binding("down", "history_next", "Next question", show=False),
    ]

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(placeholder=placeholder, id=id, select_on_focus=False)
        self.history: list[str] = []
        self._position: int | None = None  # index into history while recalling, else None
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add an asked question to the history (not twice in a row) and reset recall."""
        if question.strip() and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = None
        self._draft = ""

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def _edited(self) -> bool:
        return self._position is not None and self.value != self.history[self._position]

    def action_history_previous(self) -> None:
        if not self.history:
            return
        if self._position is None or self._edited():
            self._draft = self.value
            self._position = len(self.history) - 1
        elif self._position > 0:
            self._position -= 1
        else:
            self.app.bell()
            return
        self._show(self.history[self._position])

    def action_history_next(self) -> None:
        if self._position is None:
            return
        if self._edited():
            self._draft = self.value
            self._position = None
        elif self._position < len(self.history) - 1:
            self._position += 1
            self._show(self.history[self._position])
            return
        self._position = None
        self._show(self._draft)
