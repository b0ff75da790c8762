"""The chat, driven with Textual's pilot: asking, cards, context, browse, copy, export, robustness."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from textual.widgets import Collapsible, OptionList, Static

from qa.answer import Engine
from qa.citation import citation
from qa.tui.app import QAApp
from qa.tui.screens.context import ContextScreen
from qa.tui.screens.help import HelpScreen
from qa.tui.widgets.answer_card import AnswerCard, Exchange, HitView, NotCoveredCard, TopicLink
from qa.tui.widgets.browse import BrowsePanel
from qa.tui.widgets.conversation import MAX_MOUNTED
from qa.tui.widgets.question_input import QuestionInput
from qa.tui.widgets.welcome import Welcome

PLEDGE = "How much was patent and trademark pledge financing in 2021?"
MARKUP = ["[bold]x[/]", "[/", "[@click=app.quit]q[/]", "list[int]", "[inaudible]"]

# A small briefing whose own text looks like markup: it must be shown as written too.
MARKUP_BRIEFING = """\
Press conference on list[int] and [bold]x[/] matters

2024-05-06

Wang Wei, Director of the [bold]Things[/] Office

Good morning. The [inaudible] budget for tea rose to 12 million yuan [/ this year.

Our reporter from [b]Daily[/b] News

How big was the tea budget, and who decided on [@click=app.quit]q[/]?

Wang Wei

The tea budget was decided by the [@click=app.quit]q[/] committee in March.
"""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep a developer's own settings out: no Textual variables, no NO_COLOR, a scratch cwd.

    (``engine`` is the session fixture of conftest.py: the shipped briefing.)
    """
    for name in list(os.environ):
        if name.startswith("TEXTUAL_") and not name.startswith("TEXTUAL_SNAPSHOT"):
            monkeypatch.delenv(name)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.chdir(tmp_path)


def text_of(widget: Static) -> str:
    """The plain text a Static shows (its content with any styling dropped)."""
    return str(widget.visual).replace("\xa0", " ") if widget.visual else ""


def card_texts(app: QAApp) -> list[str]:
    return [text_of(s) for s in app.screen.query(Static) if s.visual is not None]


async def ask(pilot, question: str) -> None:
    """Paste ``question`` into the box and press Enter (typing key by key costs ~60 ms a key)."""
    pilot.app.screen.query_one(QuestionInput).insert_text_at_cursor(question)
    await pilot.press("enter")
    await pilot.pause()


async def type_and_ask(pilot, question: str) -> None:
    """Type ``question`` key by key, as a person would, and press Enter."""
    await pilot.press(*question, "enter")
    await pilot.pause()


def latest(app: QAApp) -> Exchange:
    return list(app.screen.query(Exchange))[-1]


# -- empty state ------------------------------------------------------------------------------


async def test_empty_state_shows_the_briefing_and_examples(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)):
        assert app.screen.query_one(Welcome).display
        assert "2022-08-24" in str(app.format_title(app.title, app.sub_title))
        assert "Transformation and Application" in app.title
        examples = app.screen.query_one("#examples", OptionList)
        assert examples.option_count == 3
        assert isinstance(app.focused, QuestionInput)
        assert not app.screen.query(Exchange)


async def test_an_example_is_asked_by_keyboard(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#examples")
        await pilot.press("down", "enter")
        await pilot.pause()
        exchange = latest(app)
        assert exchange.answer.question == "Who talked about open licensing?"
        assert not app.screen.query_one(Welcome).display
        assert isinstance(app.focused, QuestionInput)


async def test_another_briefing_offers_its_own_reporters_questions() -> None:
    engine = Engine.load(Path(__file__).parent / "data" / "nhc-2023-03-15.txt")
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "2023-03-15" in str(app.format_title(app.title, app.sub_title))
        examples = app.screen.query_one("#examples", OptionList)
        prompts = [str(examples.get_option_at_index(i).prompt) for i in range(3)]
        assert all(p.endswith("?") and "pledge" not in p for p in prompts)
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert latest(app).answer.question == prompts[0]
        assert app.screen.query_one(AnswerCard)


async def test_an_example_is_asked_by_click(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.click("#examples", offset=(4, 0))
        await pilot.pause()
        assert latest(app).answer.question == PLEDGE


# -- answers ----------------------------------------------------------------------------------


async def test_the_answer_card_quotes_and_attributes(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await type_and_ask(pilot, PLEDGE)
        card = app.screen.query_one(AnswerCard)
        best = card.query_one(HitView)
        quote = best.query_one(".quote", Static)
        assert "309.8 billion yuan" in text_of(quote)
        attribution = text_of(best.query_one(".attribution", Static))
        assert attribution.startswith("— Heng Fuguang, spokesman")
        assert "opening statement" in attribution
        # The matched terms are highlighted: styled spans over "pledge" and "financing".
        content = quote.visual
        styled = {content.plain[s.start : s.end] for s in content.spans}
        assert {"pledge", "financing", "2021"} <= styled
        # The input is emptied for the next question and the card is in view.
        assert app.screen.query_one(QuestionInput).value == ""
        conversation = app.screen.query_one("#conversation")
        assert conversation.scroll_y == conversation.max_scroll_y


async def test_more_passages_expand_to_the_alternatives(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 40)) as pilot:
        await ask(pilot, PLEDGE)
        more = app.screen.query_one(Collapsible)
        assert re.fullmatch(r"\d more passages?", str(more.title))
        assert more.collapsed
        await pilot.click(more.query_one("CollapsibleTitle"))
        await pilot.pause()
        assert not more.collapsed
        alternatives = more.query(HitView)
        assert len(alternatives) == len(latest(app).answer.alternatives) >= 1
        assert all(v.query_one(".attribution", Static).visual for v in alternatives)


async def test_who_questions_name_the_speaker(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Who talked about open licensing?")
        who = app.screen.query_one(AnswerCard).query_one(".who", Static)
        assert text_of(who).startswith("Lei Xiaoyun")


async def test_a_question_not_covered_gets_a_not_covered_card(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "What is the weather in Paris?")
        card = app.screen.query_one(NotCoveredCard)
        texts = [text_of(s) for s in card.query(Static)]
        assert texts[0] == "Not covered by the briefing"
        assert "qa found no passage to quote" in texts[1]
        assert not app.screen.query(AnswerCard)
        # With no close passage, it offers what the briefing does cover.
        if not latest(app).answer.alternatives:
            assert "The briefing covers, for example:" in texts
            assert len(card.query(TopicLink)) == 3


async def test_a_name_the_briefing_never_mentions_is_named(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Did the pledge financing help volcano tourism in Antarctica?")
        answer = latest(app).answer
        reason = text_of(app.screen.query_one(NotCoveredCard).query_one(".reason", Static))
        if answer.missing:  # the engine names what it could not find
            assert "never mentions “Antarctica”" in reason
        else:
            assert reason.startswith("qa found no passage to quote")


async def test_closest_topics_of_a_weak_match_open_in_context(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        answer = await app.ask("What about pledge weather umbrellas volcanoes?")
        await pilot.pause()
        assert not answer.answered
        topics = app.screen.query(TopicLink)
        assert len(topics) == len({h.passage.turn for h in answer.alternatives}) >= 1
        label = text_of(topics.first())
        turn = engine.turns[answer.alternatives[0].passage.turn]
        assert label == f"• {engine.topic(turn)}"
        await pilot.click(topics.first())
        await pilot.pause()
        assert isinstance(app.screen, ContextScreen)
        assert app.screen.hit is answer.alternatives[0]


async def test_typo_corrections_are_shown(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How much was pledge finacing in 2021?")
        corrections = latest(app).query_one(".corrections", Static)
        assert text_of(corrections) == "(reading “finacing” as “financing”)"


# -- input and history ------------------------------------------------------------------------


async def test_up_and_down_recall_questions_and_keep_the_draft(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.screen.query_one(QuestionInput)
        await ask(pilot, "first question")
        await ask(pilot, "second question")
        await pilot.press(*"a draft")
        await pilot.press("up")
        assert box.value == "second question"
        await pilot.press("up")
        assert box.value == "first question"
        await pilot.press("up")  # at the oldest: stays
        assert box.value == "first question"
        await pilot.press("down")
        assert box.value == "second question"
        await pilot.press("down")
        assert box.value == "a draft"
        await pilot.press("down")  # nothing newer: the draft stays
        assert box.value == "a draft"


async def test_an_edited_recalled_question_is_kept(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.screen.query_one(QuestionInput)
        await ask(pilot, "first question")
        await pilot.press("up", *" edited", "up")
        assert box.value == "first question"
        await pilot.press("down")
        assert box.value == "first question edited"


async def test_enter_on_an_empty_box_asks_nothing(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "space", "space", "enter")
        assert not app.screen.query(Exchange)
        assert app.answers == []


# -- context and browse -----------------------------------------------------------------------


async def test_context_shows_the_whole_answer_with_the_question_above(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many universities joined the open licensing pilot?")
        hit = latest(app).answer.best
        assert hit is not None and hit.passage.asked_by
        await pilot.press("ctrl+o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ContextScreen)
        turn = engine.turns[hit.passage.turn]
        paragraphs = screen.query(".context-paragraph")
        assert len(paragraphs) >= len(turn.paragraphs)
        quoted = screen.query_one("#quoted", Static)
        assert hit.quote in text_of(quoted)
        assert "quoted" in quoted.classes
        # The reporter's question comes first.
        order = list(screen.query(Static))
        question = screen.query_one(".context-question", Static)
        assert order.index(question) < order.index(quoted)
        assert text_of(question) == engine.transcript.question_for(turn).text
        # The quoted paragraph is scrolled into view.
        scroller = screen.query_one("#context")
        assert scroller.scrollable_content_region.contains_region(quoted.region) or (
            quoted.region.y >= scroller.region.y and quoted.region.y < scroller.region.bottom
        )
        # Here Ctrl+Y copies the quote shown; the chat's own keys are off (and not in the footer).
        await pilot.press("ctrl+y")
        assert app.clipboard == citation(engine, hit)
        await pilot.press("ctrl+o", "ctrl+b")
        assert len(app.screen_stack) == 2 and not app.screen_stack[0].query_one(BrowsePanel).display
        shown = {b.key for _, b, _, _ in screen.active_bindings.values() if b.show}
        assert "ctrl+o" not in shown and "ctrl+s" not in shown and "escape" in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, ContextScreen)


async def test_a_click_on_an_answer_opens_its_context(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, PLEDGE)
        await pilot.click(app.screen.query_one(HitView), offset=(6, 1))
        await pilot.pause()
        assert isinstance(app.screen, ContextScreen)
        assert app.screen.hit is app.answers[-1].best
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one(AnswerCard)


async def test_enter_on_a_focused_answer_opens_its_context(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, PLEDGE)
        app.screen.query_one(HitView).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ContextScreen)
        assert app.screen.hit is app.answers[-1].best


async def test_browse_lists_turns_and_opens_one_in_context(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        panel = app.screen.query_one(BrowsePanel)
        assert not panel.display
        await pilot.press("ctrl+b")
        assert panel.display
        turns = panel.query_one("#turns", OptionList)
        assert app.focused is turns
        labels = [str(turns.get_option_at_index(i).prompt) for i in range(turns.option_count)]
        assert labels[0].startswith("Opening statement — Heng Fuguang")
        assert labels[1].startswith("Q1 Xinhua News Agency → Lei Xiaoyun")
        assert labels[-1].startswith("Closing remarks — Heng Fuguang")
        await pilot.press("down", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ContextScreen)
        assert screen.turn.index == 1
        assert text_of(screen.query_one(".context-question", Static)).startswith("Just now")
        speakers = [text_of(s) for s in screen.query(".context-speaker")]
        assert speakers[0].startswith("Lei Xiaoyun")
        await pilot.press("right")  # the next exchange
        await pilot.pause()
        assert app.screen.turn.index == 3
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # closes the panel, back to the question box
        assert not panel.display
        assert isinstance(app.focused, QuestionInput)


# -- copy and export --------------------------------------------------------------------------


async def test_copy_puts_the_quote_and_citation_on_the_clipboard(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+y")
        assert app.clipboard == ""
        assert "Nothing copied" in list(app._notifications)[-1].message
        await ask(pilot, PLEDGE)
        await pilot.press("ctrl+y")
        hit = latest(app).answer.best
        assert app.clipboard == citation(engine, hit)
        assert "309.8 billion yuan" in app.clipboard
        assert "Heng Fuguang" in app.clipboard and "2022-08-24" in app.clipboard
        note = list(app._notifications)[-1]
        assert note.title == "Copied the quote with its citation"
        assert note.message.startswith("“In 2021") and "Heng Fuguang" in note.message
        # After a declined question, the latest quote is still the one copied.
        await ask(pilot, "What is the weather in Paris?")
        app.copy_to_clipboard("")
        await pilot.press("ctrl+y")
        assert app.clipboard == citation(engine, hit)


async def test_c_on_a_focused_alternative_copies_that_one(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 40)) as pilot:
        await ask(pilot, PLEDGE)
        more = app.screen.query_one(Collapsible)
        more.collapsed = False
        await pilot.pause()
        view = more.query(HitView).first()
        view.focus()
        await pilot.press("c")
        assert app.clipboard == citation(engine, view.hit)
        await pilot.press("ctrl+y")
        assert app.clipboard == citation(engine, view.hit)


async def test_export_writes_markdown_and_says_where(engine: Engine, tmp_path: Path) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+s")
        assert not list(tmp_path.iterdir())
        await ask(pilot, PLEDGE)
        await ask(pilot, "What is the weather in Paris?")
        await pilot.press("ctrl+s")
        files = list(tmp_path.glob("qa-conversation-*.md"))
        assert len(files) == 1
        assert re.fullmatch(r"qa-conversation-\d{8}-\d{6}\.md", files[0].name)
        text = files[0].read_text(encoding="utf-8")
        assert text.startswith(f"# {engine.transcript.title}\n")
        assert "Briefing of 2022-08-24" in text
        assert f"## {PLEDGE}" in text
        assert "> In 2021, the amount of national patent and trademark pledge financing" in text
        assert "— Heng Fuguang, spokesman" in text
        assert "## What is the weather in Paris?" in text
        assert "*Not covered by the briefing" in text
        note = list(app._notifications)[-1]
        assert note.message == str(files[0])
        assert note.title == "Exported 2 questions to"
        await pilot.press("ctrl+s")  # a second export in the same second gets a new name
        assert len(list(tmp_path.glob("qa-conversation-*.md"))) == 2


async def test_an_unwritable_directory_is_an_error_notification(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.geteuid() != 0:
        readonly = tmp_path / "readonly"
        readonly.mkdir()
        readonly.chmod(0o500)
        monkeypatch.chdir(readonly)
    else:  # root writes anywhere: make the file system say no instead
        import qa.tui.export as export

        def refuse(self, *args, **kwargs):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(export.Path, "open", refuse)
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ask(pilot, PLEDGE)
        await pilot.press("ctrl+s")
        note = list(app._notifications)[-1]
        assert note.severity == "error"
        assert note.title == "Export failed"
        assert "Permission denied" in note.message
        assert app.is_running


async def test_export_from_a_vanished_directory_does_not_crash(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ask(pilot, PLEDGE)
        await pilot.press("ctrl+s")
        assert list(app._notifications)[-1].severity == "error"
        assert app.is_running


# -- help, palette, clear ---------------------------------------------------------------------


async def test_f1_and_question_mark_show_help_but_question_mark_types_in_the_box(
    engine: Engine,
) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        keys = " ".join(text_of(s) for s in app.screen.query(".help-key"))
        for key in ("Enter", "Ctrl+O", "Ctrl+Y", "Ctrl+S", "Ctrl+B", "Ctrl+P", "Ctrl+Q", "F1"):
            assert key in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press(*"why?")
        assert app.screen.query_one(QuestionInput).value == "why?"
        app.screen.query_one(QuestionInput).value = ""
        assert not isinstance(app.screen, HelpScreen)
        await ask(pilot, PLEDGE)
        app.screen.query(HitView).first().focus()
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_footer_shows_the_main_keys(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)):
        shown = {b.key for _, b, enabled, _ in app.screen.active_bindings.values() if b.show}
        assert {"ctrl+o", "ctrl+y", "ctrl+s", "ctrl+b", "f1", "ctrl+q"} <= shown


async def test_the_palette_exports_and_asks(engine: Engine, tmp_path: Path) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Who talked about open licensing?")
        await pilot.press("ctrl+p")
        await pilot.press(*"[b]pledge 2021[/]")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert latest(app).answer.question == "[b]pledge 2021[/]"
        assert app.screen.query_one(QuestionInput).history[-1] == "[b]pledge 2021[/]"
        conversation = app.screen.query_one("#conversation")
        assert conversation.scroll_y == conversation.max_scroll_y  # the new card is in view
        await pilot.press("ctrl+p", *"export")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert list(tmp_path.glob("qa-conversation-*.md"))
        await pilot.press("ctrl+p", *"clear")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.screen.query(Exchange)


async def test_clear_empties_the_conversation_but_keeps_the_history(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, PLEDGE)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not app.screen.query(Exchange)
        assert app.answers == []
        assert app.screen.query_one(Welcome).display
        await pilot.press("up")
        assert app.screen.query_one(QuestionInput).value == PLEDGE


# -- robustness -------------------------------------------------------------------------------


@pytest.mark.parametrize("question", MARKUP)
async def test_markup_in_a_question_is_shown_literally(engine: Engine, question: str) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await ask(pilot, question)
        exchange = latest(app)
        shown = text_of(exchange.query_one(".question", Static))
        assert shown == f"❯ {question}"
        await pilot.click(exchange.query_one(".question", Static), offset=(3, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("up")
        assert app.screen.query_one(QuestionInput).value == question
        # The same text in a notification and in a copied citation stays literal too.
        app.notify(question, markup=False)
        await pilot.pause()
        assert list(app._notifications)[-1].message == question
        assert app.is_running


async def test_markup_in_the_briefing_is_shown_literally(tmp_path: Path) -> None:
    source = tmp_path / "markup.txt"
    source.write_text(MARKUP_BRIEFING, encoding="utf-8")
    engine = Engine.load(source)
    assert engine.transcript.title == "Press conference on list[int] and [bold]x[/] matters"
    app = QAApp(engine)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        intro = text_of(app.screen.query_one("#welcome .intro", Static))
        assert "Press conference on list[int] and [bold]x[/] matters" in intro
        examples = app.screen.query_one("#examples", OptionList)
        example = str(examples.get_option_at_index(0).prompt)
        assert example == "How big was the tea budget, and who decided on [@click=app.quit]q[/]?"
        assert "list[int] and [bold]x[/]" in str(app.format_title(app.title, app.sub_title))
        await ask(pilot, "Who decided the tea budget?")
        texts = "\n".join(card_texts(app))
        assert "[@click=app.quit]q[/] committee" in texts
        assert "Director of the [bold]Things[/] Office" in texts
        await pilot.press("ctrl+y")
        note = list(app._notifications)[-1]
        assert "[@click=app.quit]q[/]" in note.message
        assert "[@click=app.quit]q[/]" in app.clipboard
        await pilot.press("ctrl+o")
        await pilot.pause()
        context = "\n".join(card_texts(app))
        assert "[@click=app.quit]q[/]?" in context
        await pilot.click("#quoted", offset=(30, 0))
        await pilot.press("escape", "ctrl+b")
        await pilot.pause()
        turns = app.screen.query_one("#turns", OptionList)
        labels = [str(turns.get_option_at_index(i).prompt) for i in range(turns.option_count)]
        assert any("[inaudible]" in label for label in labels)
        assert any("[b]Daily[/b]" in label for label in labels)
        assert app.is_running


async def test_a_10000_character_question_is_declined_and_kept(engine: Engine) -> None:
    app = QAApp(engine)
    long = ("How much pledge financing " * 400)[:9_999] + "?"
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.screen.query_one(QuestionInput)
        box.value = long
        await pilot.press("enter")
        await pilot.pause()
        card = app.screen.query_one(NotCoveredCard)
        reason = text_of(card.query_one(".reason", Static))
        assert "too long" in reason and "10,000 characters" in reason
        shown = text_of(latest(app).query_one(".question", Static))
        assert "more characters" in shown and len(shown) < 1_000
        await pilot.press("up")
        assert box.value == long
        # Pasted, too.
        await pilot.press("down")
        box.insert_text_at_cursor(long)
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.answers) == 2 and app.answers[1].question == long
        assert app.is_running


async def test_fifty_questions_quickly(engine: Engine) -> None:
    app = QAApp(engine)
    questions = [
        f"{q} ({n})"
        for n in range(17)
        for q in (PLEDGE, "Who talked about open licensing?", "What is the weather in Paris?")
    ][:50]
    async with app.run_test(size=(100, 30)) as pilot:
        box = app.screen.query_one(QuestionInput)
        for q in questions:
            box.value = q
            await pilot.press("enter")
        await pilot.pause()
        assert [a.question for a in app.answers] == questions
        exchanges = list(app.screen.query(Exchange))
        assert len(exchanges) == MAX_MOUNTED
        assert exchanges[-1].answer.question == questions[-1]
        dropped = app.screen.query_one("#dropped", Static)
        assert dropped.display and text_of(dropped).startswith(f"{50 - MAX_MOUNTED} earlier")
        conversation = app.screen.query_one("#conversation")
        await pilot.pause()
        assert conversation.scroll_y == conversation.max_scroll_y
        await pilot.press("up")
        assert box.value == questions[-1]


async def test_a_60_by_20_terminal_and_resizing(engine: Engine) -> None:
    app = QAApp(engine)
    async with app.run_test(size=(60, 20)) as pilot:
        assert not app.screen.query_one(BrowsePanel).display
        await ask(pilot, PLEDGE)
        quote = app.screen.query_one(HitView).query_one(".quote", Static)
        conversation = app.screen.query_one("#conversation")
        assert conversation.region.overlaps(quote.region)  # the new card is on screen
        box = app.screen.query_one(QuestionInput)
        assert box.region.bottom <= 20 and box.region.height >= 3
        await pilot.press(*"typed [b]")
        for size in ((40, 12), (120, 40), (60, 20), (20, 8)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert box.value == "typed [b]"
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ContextScreen)
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.is_running
