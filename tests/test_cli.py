"""`qa ask` as a user runs it: the printed answer, the JSON contract, and every kind of bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.transcript import normalize_space
from qa.cli import main

PLEDGE_Q = "How much was patent and trademark pledge financing in 2021?"
ANSWER_KEYS = {
    "quote",
    "passage",
    "speaker",
    "title",
    "asked_by",
    "question_asked",
    "passage_id",
    "score",
}


def run_qa(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    """Run the real command in a fresh process, as a user would."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    return subprocess.run(
        [sys.executable, "-m", "qa", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


def check_contract(obj: dict, briefing_text: str) -> None:
    assert set(obj) == {"question", "answered", "answer", "alternatives", "declined"}
    assert isinstance(obj["question"], str) and isinstance(obj["answered"], bool)
    assert (obj["answer"] is None) == (not obj["answered"])
    assert (obj["declined"] is None) == obj["answered"]
    if obj["declined"] is not None:
        assert set(obj["declined"]) == {"reason", "why"}
        assert isinstance(obj["declined"]["reason"], str) and obj["declined"]["why"]
    source = normalize_space(briefing_text)
    for ans in ([obj["answer"]] if obj["answer"] else []) + obj["alternatives"]:
        assert set(ans) == ANSWER_KEYS
        assert isinstance(ans["score"], float)
        assert ans["quote"] in ans["passage"]
        assert ans["passage"] in source
        assert ans["asked_by"] is None or isinstance(ans["asked_by"], str)
        assert (ans["asked_by"] is None) == (ans["question_asked"] is None)


def test_ask_prints_quote_and_attribution_from_another_directory(tmp_path):
    r = run_qa("ask", PLEDGE_Q, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "309.8" in out and "billion yuan" in out
    assert "Heng Fuguang, spokesman and deputy director of the State Intellectual" in out
    assert "opening statement" in out
    assert "\x1b[" not in out  # no colour codes when piped


def test_ask_json_contract(capsys, briefing_text):
    assert main(["ask", "--json", PLEDGE_Q]) == 0
    obj = json.loads(capsys.readouterr().out)
    check_contract(obj, briefing_text)
    assert obj["answered"] and "309.8 billion yuan" in obj["answer"]["quote"]
    assert obj["answer"]["speaker"] == "Heng Fuguang"
    assert len(obj["alternatives"]) == 3


def test_ask_json_says_why_it_declined(capsys, briefing_text):
    assert main(["ask", "--json", "Who won gold at the 23rd China Patent Award?"]) == 0
    obj = json.loads(capsys.readouterr().out)
    check_contract(obj, briefing_text)
    assert obj["declined"] == {
        "reason": "no name",
        "why": "it asks for a name, and the closest passage gives none",
    }


def test_ask_json_answering_a_reporter(capsys, briefing_text):
    main(["ask", "--json", "--top", "1", "open licensing pilot licensing projects"])
    obj = json.loads(capsys.readouterr().out)
    check_contract(obj, briefing_text)
    assert obj["answer"]["asked_by"] == "Hong Kong Economic Herald"
    assert obj["answer"]["question_asked"].startswith("The pilot work of patent open licensing")
    assert len(obj["alternatives"]) == 1


def test_ask_json_from_stdin_one_object_per_line(briefing_text):
    questions = [PLEDGE_Q, "", "What is the weather in Paris?", "知识产权", "[/", "the of and"]
    r = run_qa("ask", "--json", "-", stdin="\n".join(questions).encode())
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    objs = [json.loads(line) for line in lines]
    assert [o["question"] for o in objs] == [q for q in questions if q.strip()]
    for o in objs:
        check_contract(o, briefing_text)
    assert [o["answered"] for o in objs] == [True, False, False, False, False]


def test_declined_answer_offers_closest_topics(capsys):
    main(["ask", "How many patent examiners does SIPO employ in Japan?"])
    out = capsys.readouterr().out
    assert "does not seem to answer" in out
    assert "topics" in out or "covers" in out


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        (
            "How many trademarks were registered?",
            "it asks how many \u201ctrademarks\u201d, and the closest passage gives no such count",
        ),
        ("How long does a patent examination take?", "it asks for a length of time"),
        ("How much does it cost to file a patent?", "it asks for a sum of money"),
        (
            "How much was patent and trademark pledge financing in 2020?",
            "it asks about \u201c2020\u201d, and the closest passage speaks of another year",
        ),
    ],
)
def test_a_declined_figure_question_says_which_figure_is_missing(capsys, question, reason):
    main(["ask", question])
    assert reason in capsys.readouterr().out


def test_who_question_names_the_speaker_first(capsys):
    main(["ask", "who talked about open licensing?"])
    assert capsys.readouterr().out.startswith("Lei Xiaoyun (")


def test_doc_answers_from_another_transcript(capsys, second_path):
    assert main(["ask", "--json", "--doc", str(second_path), "elderly care workers"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] and obj["answer"]["asked_by"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", ""], "the question is empty"),
        (["ask", "   "], "the question is empty"),
        (["ask", "x" * 100_000], "100,000 characters"),
        (["ask", "--top", "-1", "q"], "--top"),
        (["ask", "--top", "many", "q"], "--top"),
        (["ask"], "required"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_are_one_line_with_exit_code_2(capsys, args, message):
    with pytest.raises(SystemExit) as exc:
        main(args)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and message in err
    assert err.count("\n") == 1


def _bad_docs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\xe9 menu\n\nSoup, bread.".encode("latin-1"))
    prose = tmp_path / "prose.txt"
    prose.write_text("Just a note.\n\nNothing here names a speaker.\n")
    return {
        "missing": tmp_path / "nope.txt",
        "directory": tmp_path,
        "empty": empty,
        "binary": binary,
        "not utf-8": latin,
        "not a transcript": prose,
    }


def test_a_transcript_with_only_an_opening_statement_is_answered(tmp_path, capsys):
    doc = tmp_path / "note.txt"
    doc.write_text(
        "Weekly note\n\nAnna Berg, spokesperson of the Agency\n\n"
        "Good morning. We built 12 bridges this year.\n"
    )
    assert main(["ask", "--json", "--doc", str(doc), "how many bridges were built"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["answered"] and obj["answer"]["speaker"] == "Anna Berg"
    assert obj["answer"]["asked_by"] is None


def test_a_transcript_of_only_stopwords_is_a_one_line_error(tmp_path, capsys):
    doc = tmp_path / "empty-words.txt"
    doc.write_text("Note\n\nAnna Berg, spokesperson\n\nIt is what it is.\n")
    with pytest.raises(SystemExit) as exc:
        main(["ask", "--doc", str(doc), "anything"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and "nothing to search" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "kind", ["missing", "directory", "empty", "binary", "not utf-8", "not a transcript"]
)
def test_bad_doc_is_a_one_line_error(tmp_path, capsys, kind):
    path = _bad_docs(tmp_path)[kind]
    with pytest.raises(SystemExit) as exc:
        main(["ask", "--doc", str(path), "anything"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and str(path) in err and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "question",
    [
        "[bold]x[/]",
        "[/",
        "[@click=app.quit]q[/]",
        "list[int]",
        "<script>alert(1)</script>",
        "知识产权质押融资是多少？",
        "the of and what",
        "\u200b\u00a0",
    ],
)
def test_odd_questions_never_crash_and_are_printed_literally(question, briefing_text):
    r = run_qa("ask", "--json", question)
    assert r.returncode in (0, 2), r.stderr
    assert b"Traceback" not in r.stderr
    if r.returncode == 0:
        obj = json.loads(r.stdout)
        assert obj["question"] == question
        check_contract(obj, briefing_text)


@pytest.mark.parametrize("stdin", [b"", b"\n  \n"])
def test_empty_stdin_is_a_one_line_error(stdin):
    r = run_qa("ask", "--json", "-", stdin=stdin)
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr == b"qa: standard input holds no question (one question per line)\n"


def test_binary_stdin_is_a_one_line_error():
    r = run_qa("ask", "--json", "-", stdin=b"\xff\xfe\x00\x01" * 10)
    assert r.returncode == 2
    assert r.stderr.decode().startswith("qa: ") and b"Traceback" not in r.stderr


def test_chat_without_a_terminal_is_a_one_line_error():
    r = run_qa("chat", stdin=b"")
    assert r.returncode == 2
    assert b"needs a terminal" in r.stderr and b"Traceback" not in r.stderr


def test_json_path_does_not_import_textual_or_rich():
    code = (
        "import sys; from qa.cli import main; main(['ask', '--json', 'pledge financing']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert r.stdout.decode().strip().splitlines()[-1] == "[]"


def test_markdown_export_keeps_user_text_literal(engine):
    from qa.citation import answer_markdown

    md = answer_markdown(engine, engine.ask("# [bold]x[/] *list[int]*\n_y_"))
    heading = md.splitlines()[0]
    assert heading == "## \\# \\[bold\\]x\\[/\\] \\*list\\[int\\]\\* \\_y\\_"
    md = answer_markdown(
        engine, engine.ask("How much was patent and trademark pledge financing in 2021?")
    )
    assert (
        "> In 2021, the amount of national patent and trademark pledge financing reached 309.8"
        in md
    )
    assert "Heng Fuguang" in md and "2022-08-24" in md
