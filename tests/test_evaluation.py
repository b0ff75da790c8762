"""Evaluation: metrics on tiny hand-made rankings, the set validator, and a regression floor."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from index.passages import Passage
from qa.answer import Answer, Hit
from qa.cli import main
from qa.evaluation import EvalError, Item, evaluate_answer, figures, load_set, run

README = Path(__file__).resolve().parents[1] / "README.md"
DOC = "Alpha beta gamma. The budget was 12 billion yuan. Delta epsilon."


def _passage(text: str, pid: str) -> Passage:
    return Passage(pid, text, (text,), 0, 1, 1, 1, "answer", "Ann Lee", "Director", "Daily", "Q?")


def _answer(texts: list[str], answered: bool = True, quote: str | None = None) -> Answer:
    hits = [
        Hit(_passage(t, f"p{i}"), t if quote is None or i else quote, 1.0 - i / 10, (), ())
        for i, t in enumerate(texts)
    ]
    return Answer(
        "q",
        answered,
        hits[0] if answered and hits else None,
        tuple(hits[1:]),
        None if answered else "weak match",
        False,
        0.5,
        (),
    )


def test_ranks_and_metrics_on_known_rankings():
    item = Item("a", "q", "12 billion yuan")
    first = evaluate_answer(
        item, _answer(["x 12 billion yuan", "y", "z"], quote="x 12 billion yuan")
    )
    third = evaluate_answer(item, _answer(["y", "z", "12 billion yuan w"]))
    missing = evaluate_answer(item, _answer(["y", "z", "v", "u", "t", "12 billion yuan"]))
    declined = evaluate_answer(item, _answer(["12 billion yuan"], answered=False))
    assert (first.rank, third.rank, missing.rank, declined.rank) == (1, 3, None, None)
    f = figures([first, third, missing, declined])
    assert f.hit1 == 0.25 and f.hit3 == 0.5 and f.hit5 == 0.5
    assert f.mrr == pytest.approx((1 + 1 / 3) / 4)
    assert f.quote1 == 0.25
    assert f.wrongly_declined == 0.25
    assert f.declined is None


def test_quote_hit_needs_the_answer_inside_the_quote_shown():
    item = Item("a", "q", "12 billion yuan")
    o = evaluate_answer(item, _answer(["Budget. It was 12 billion yuan."], quote="Budget."))
    assert o.rank == 1 and not o.quote_hit


def test_unanswerable_items_count_declines():
    item = Item("u", "q", None)
    outs = [
        evaluate_answer(item, _answer(["a"], answered=False)),
        evaluate_answer(item, _answer(["a"], answered=True)),
    ]
    f = figures(outs)
    assert f.declined == 0.5 and f.answerable == 0 and f.hit1 == 0.0


def test_run_asks_every_question():
    asked = []
    items = [Item("a", "one", None), Item("b", "two", None)]

    class Recorder:
        def ask(self, question: str, top: int = 3) -> Answer:
            asked.append(question)
            return _answer([], answered=False)

    run(items, Recorder())
    assert asked == ["one", "two"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the set is empty"),
        ("\n\n", "the set is empty"),
        ('{"question": "q"\n', ":1: not valid JSON"),
        ('{"question": "q", "answer": null}\n[1, 2]\n', ":2: expected a JSON object"),
        ('{"answer": null}\n', ":1: missing field 'question'"),
        ('{"question": "q"}\n', ":1: missing field 'answer'"),
        ('{"question": "q", "answer": "not in the text"}\n', ":1: answer 'not in the text'"),
        ('{"question": "q", "answer": 12}\n', ":1: field 'answer' has the wrong type"),
        ('{"question": "q", "answer": null, "split": "train"}\n', ":1: split must be"),
        (
            '{"id": "x", "question": "q", "answer": null}\n{"id": "x", "question": "r", "answer": null}\n',
            ":2: duplicate id",
        ),
    ],
)
def test_validator_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "set.jsonl"
    path.write_text(content)
    with pytest.raises(EvalError) as exc:
        load_set(path, DOC)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_user_set_without_split_or_kind(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"question": "budget", "answer": "12 billion yuan"}\n')
    (item,) = load_set(path, DOC)
    assert item.split == "all" and item.kind == "question" and item.id == "line1"


def test_a_user_set_without_speakers_is_not_reported_as_unanswerable(engine, tmp_path):
    from qa.evaluation import summarize

    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"question": "pledge financing 2021", "answer": "309.8 billion yuan"}\n'
        '{"question": "weather in Paris", "answer": null}\n'
    )
    speakers = summarize(run(load_set(path, engine._text), engine))["all"]["speaker"]
    assert set(speakers) == {"(not given)", "(unanswerable)"}
    assert speakers["(not given)"].answerable == 1


def test_the_tuning_set_is_valid(briefing_text):
    """qa/data/tune.jsonl: the questions qa's rules were tuned on besides the dev half."""
    from qa.datafiles import data_path

    items = load_set(data_path("tune.jsonl"), briefing_text)
    assert len(items) == 4688 and sum(i.answer is None for i in items) == 1494
    assert len({i.id for i in items}) == len(items)


def test_shipped_set_is_valid_and_shaped_as_promised(briefing_text):
    items = load_set(None, briefing_text)
    assert len(items) >= 100
    assert {i.split for i in items} == {"dev", "test"}
    assert sum(i.answer is None for i in items) >= 12
    assert sum(i.kind == "paraphrase" for i in items) >= len(items) / 3 - 10
    for i in items:
        if i.answer is not None:
            assert 3 <= len(i.answer.split()) <= 12


def test_eval_cli_bad_set_is_one_line_exit_2(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"question": "q", "answer": "nowhere in the briefing"}\n')
    with pytest.raises(SystemExit) as exc:
        main(["eval", "--set", str(path)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qa: ") and f"{path}:1" in err and err.count("\n") == 1


def _readme_test_row() -> dict[str, float]:
    """The shipped configuration's test-split figures as README reports them."""
    text = README.read_text("utf-8")
    m = re.search(r"^\| test \| qa \|(.+)\|$", text, re.M)
    assert m, "README has no '| test | qa |' row in its Retrieval quality table"
    cells = [c.strip() for c in m.group(1).split("|")]
    keys = ["n", "hit1", "hit3", "hit5", "mrr", "quote1", "declined", "wrongly_declined"]
    return {k: float(v) for k, v in zip(keys, cells, strict=True)}


def test_regression_floor_test_split_matches_readme(capsys):
    assert main(["eval", "--json"]) == 0
    test = json.loads(capsys.readouterr().out)["splits"]["test"]["overall"]["all"]
    reported = _readme_test_row()
    margin = 0.03
    for key in ("hit1", "hit3", "hit5", "mrr", "quote1", "declined"):
        assert test[key] >= reported[key] - margin, key
    assert test["wrongly_declined"] <= reported["wrongly_declined"] + margin
