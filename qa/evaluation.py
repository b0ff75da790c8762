"""Offline evaluation: a question/answer set run through exactly the code path of ``qa ask``.

An item's ``answer`` is a short verbatim string a correct passage must contain (``null``: the
briefing does not answer it). Metrics: passage hit@1/3/5 and MRR over the passages shown (the
answer, then the alternatives; a declined answer shows none), quote hit@1 (the string inside the
quote shown), unanswerable questions declined, answerable ones wrongly declined.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from index.transcript import normalize_space
from qa.answer import Answer, DocumentError, read_text
from qa.datafiles import data_file

__all__ = [
    "EvalError",
    "Item",
    "Outcome",
    "load_set",
    "run",
    "summarize",
]

SHIPPED_SET = "eval.jsonl"
DEPTH = 5  # passages looked at: the answer and four alternatives
_FIELDS = {
    "id": str,
    "question": str,
    "answer": (str, type(None)),
    "speaker": (str, type(None)),
    "kind": str,
    "split": str,
}


class EvalError(Exception):
    """A problem with a question/answer set: one line naming the file and line."""


@dataclass(frozen=True)
class Item:
    id: str
    question: str
    answer: str | None
    speaker: str | None = None
    kind: str = "question"
    split: str = "all"
    line: int = 0


@dataclass(frozen=True)
class Outcome:
    """What qa returned for one item, reduced to what the metrics need."""

    item: Item
    answered: bool
    rank: int | None  # 1-based rank of the first passage containing the answer, within DEPTH
    quote_hit: bool
    quote: str
    speaker: str | None
    matched: tuple[str, ...]

    @property
    def correct(self) -> bool:
        if self.item.answer is None:
            return not self.answered
        return self.answered and self.rank == 1 and self.quote_hit


def load_set(path: str | Path | None, document: str) -> list[Item]:
    """Read and validate a JSON Lines set; every answer must occur in ``document``."""
    name = str(path) if path else f"qa/data/{SHIPPED_SET}"
    try:
        text = data_file(SHIPPED_SET) if path is None else read_text(path)
    except DocumentError as exc:
        raise EvalError(str(exc)) from None
    haystack = normalize_space(document)
    items: list[Item] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise EvalError(f"{where}: expected a JSON object, got {type(obj).__name__}")
        for key in ("question", "answer"):
            if key not in obj:
                raise EvalError(f"{where}: missing field {key!r}")
        for key, types in _FIELDS.items():
            if key in obj and not isinstance(obj[key], types):
                raise EvalError(f"{where}: field {key!r} has the wrong type")
        if not obj["question"].strip():
            raise EvalError(f"{where}: the question is empty")
        answer = obj["answer"]
        if answer is not None:
            answer = normalize_space(answer)
            if not answer:
                raise EvalError(f"{where}: the answer is empty (use null for unanswerable)")
            if answer not in haystack:
                raise EvalError(f"{where}: answer {answer!r} does not occur in the briefing")
        split = obj.get("split", "all")
        if "split" in obj and split not in ("dev", "test"):
            raise EvalError(f"{where}: split must be 'dev' or 'test', not {split!r}")
        item_id = obj.get("id") or f"line{number}"
        if item_id in seen:
            raise EvalError(f"{where}: duplicate id {item_id!r}")
        seen.add(item_id)
        items.append(
            Item(
                item_id,
                obj["question"],
                answer,
                obj.get("speaker"),
                obj.get("kind") or "question",
                split,
                number,
            )
        )
    if not items:
        raise EvalError(f"{name}: the set is empty")
    return items


def evaluate_answer(item: Item, answer: Answer) -> Outcome:
    """Score one answer returned by ``Engine.ask``."""
    shown = [answer.best, *answer.alternatives] if answer.answered and answer.best else []
    rank = None
    if item.answer is not None:
        for k, hit in enumerate(shown[:DEPTH], start=1):
            if item.answer in hit.passage.text:
                rank = k
                break
    best = shown[0] if shown else None
    return Outcome(
        item=item,
        answered=bool(answer.answered),
        rank=rank,
        quote_hit=bool(best and item.answer is not None and item.answer in best.quote),
        quote=best.quote if best else "",
        speaker=best.passage.speaker if best else None,
        matched=best.matched if best else (),
    )


class Answerer(Protocol):
    """Anything that answers like ``Engine.ask``: the engine, the baseline."""

    def ask(self, question: str, top: int = ...) -> Answer: ...


def run(items: Sequence[Item], answerer: Answerer) -> list[Outcome]:
    """Ask every question, showing DEPTH passages (the answer and DEPTH - 1 alternatives)."""
    return [evaluate_answer(item, answerer.ask(item.question, top=DEPTH - 1)) for item in items]


@dataclass
class Figures:
    n: int = 0
    answerable: int = 0
    unanswerable: int = 0
    hit1: float = 0.0
    hit3: float = 0.0
    hit5: float = 0.0
    mrr: float = 0.0
    quote1: float = 0.0
    declined: float | None = None  # share of unanswerable questions declined
    wrongly_declined: float | None = None  # share of answerable questions declined

    def as_dict(self) -> dict[str, object]:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


def figures(outcomes: Iterable[Outcome]) -> Figures:
    outs = list(outcomes)
    ans = [o for o in outs if o.item.answer is not None]
    una = [o for o in outs if o.item.answer is None]
    f = Figures(n=len(outs), answerable=len(ans), unanswerable=len(una))
    if ans:
        n = len(ans)
        f.hit1 = sum(o.rank == 1 for o in ans) / n
        f.hit3 = sum(o.rank is not None and o.rank <= 3 for o in ans) / n
        f.hit5 = sum(o.rank is not None and o.rank <= 5 for o in ans) / n
        f.mrr = sum(1 / o.rank for o in ans if o.rank) / n
        f.quote1 = sum(o.quote_hit for o in ans) / n
        f.wrongly_declined = sum(not o.answered for o in ans) / n
    if una:
        f.declined = sum(not o.answered for o in una) / len(una)
    return f


def summarize(outcomes: Sequence[Outcome]) -> dict[str, dict[str, dict[str, Figures]]]:
    """Figures by split, then overall / by kind / by speaker."""
    splits = sorted(
        {o.item.split for o in outcomes},
        key=lambda s: ("dev", "test").index(s) if s in ("dev", "test") else 2,
    )
    out: dict[str, dict[str, dict[str, Figures]]] = {}
    for split in [*splits, "all"] if len(splits) > 1 else splits:
        part = [o for o in outcomes if split == "all" or o.item.split == split]
        groups: dict[str, dict[str, Figures]] = {"overall": {"all": figures(part)}}
        for label, key in (
            ("kind", lambda o: o.item.kind),
            ("speaker", _speaker_label),
        ):
            values = sorted({key(o) for o in part})
            groups[label] = {v: figures(o for o in part if key(o) == v) for v in values}
        out[split] = groups
    return out


def _speaker_label(o: Outcome) -> str:
    if o.item.speaker:
        return o.item.speaker
    return "(unanswerable)" if o.item.answer is None else "(not given)"


def _pct(x: float | None) -> str:
    return "   –" if x is None else f"{x:4.2f}"


HEADER = ("n", "hit@1", "hit@3", "hit@5", "MRR", "quote@1", "declined", "wrongly declined")


def table_row(label: str, f: Figures, width: int = 28) -> str:
    cells = [
        f"{f.n:3d}",
        _pct(f.hit1 if f.answerable else None),
        _pct(f.hit3 if f.answerable else None),
        _pct(f.hit5 if f.answerable else None),
        _pct(f.mrr if f.answerable else None),
        _pct(f.quote1 if f.answerable else None),
        _pct(f.declined),
        _pct(f.wrongly_declined),
    ]
    return f"{label[:width]:<{width}} " + " ".join(
        f"{c:>{len(h)}}" for c, h in zip(cells, HEADER, strict=True)
    )


def table_header(title: str, width: int = 28) -> str:
    return f"{title[:width]:<{width}} " + " ".join(HEADER)


def format_report(summary, outcomes: Sequence[Outcome], failures: bool = True) -> str:
    lines: list[str] = []
    for split, groups in summary.items():
        lines.append(table_header(f"[{split}]"))
        lines.append(table_row("overall", groups["overall"]["all"]))
        for label in ("kind", "speaker"):
            for value, f in groups[label].items():
                lines.append(table_row(f"  {label}: {value}", f))
        lines.append("")
    if failures:
        failed = [o for o in outcomes if not o.correct]
        lines.append(f"Failures ({len(failed)} of {len(outcomes)}):")
        for o in failed:
            expected = "(should decline)" if o.item.answer is None else repr(o.item.answer)
            got = "(declined)" if not o.answered else repr(o.quote[:150])
            lines.append(f"- {o.item.id} [{o.item.split}/{o.item.kind}] {o.item.question!r}")
            lines.append(f"    expected {expected}; rank {o.rank or '-'}; got {got}")
            if o.answered:
                lines.append(f"    matched terms: {', '.join(o.matched) or '(none)'}")
    return "\n".join(lines)
