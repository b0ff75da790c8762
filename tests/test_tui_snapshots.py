"""Snapshots of the chat's screens (pytest-textual-snapshot): regenerate with --snapshot-update.

Kept deterministic: a fixed theme, no cursor blink, no clock, questions asked through the
question box as typed text (pasted in one go, which is quicker than key by key).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qa.answer import Engine
from qa.tui.app import QAApp

PLEDGE = "How much was patent and trademark pledge financing in 2021?"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No Textual variables or NO_COLOR from the developer's shell; a scratch cwd."""
    for name in list(os.environ):
        if name.startswith("TEXTUAL_") and not name.startswith("TEXTUAL_SNAPSHOT"):
            monkeypatch.delenv(name)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)


def steady(*questions: str):
    """A run_before that fixes the theme, stops the cursor blinking and asks ``questions``."""

    async def run_before(pilot) -> None:
        app = pilot.app
        app.theme = "textual-dark"
        app.question.cursor_blink = False
        for question in questions:
            app.question.insert_text_at_cursor(question)
            await pilot.press("enter")
        await pilot.pause()

    return run_before


def test_empty_state(snap_compare, engine: Engine) -> None:
    assert snap_compare(QAApp(engine), terminal_size=(100, 30), run_before=steady())


def test_empty_state_small(snap_compare, engine: Engine) -> None:
    assert snap_compare(QAApp(engine), terminal_size=(60, 20), run_before=steady())


def test_answer_card(snap_compare, engine: Engine) -> None:
    assert snap_compare(QAApp(engine), terminal_size=(100, 30), run_before=steady(PLEDGE))


def test_answer_and_not_covered_small(snap_compare, engine: Engine) -> None:
    questions = (PLEDGE, "What is the [bold]weather[/] in Paris?")
    assert snap_compare(QAApp(engine), terminal_size=(60, 20), run_before=steady(*questions))


def test_context_screen(snap_compare, engine: Engine) -> None:
    assert snap_compare(
        QAApp(engine), press=["ctrl+o"], terminal_size=(100, 30), run_before=steady(PLEDGE)
    )


def test_browse_panel(snap_compare, engine: Engine) -> None:
    assert snap_compare(
        QAApp(engine), press=["ctrl+b"], terminal_size=(100, 30), run_before=steady(PLEDGE)
    )


def test_help_screen(snap_compare, engine: Engine) -> None:
    assert snap_compare(QAApp(engine), press=["f1"], terminal_size=(100, 30), run_before=steady())
