"""``qa eval``: the shipped configuration, the ten-line baseline, and the grid of alternatives."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

import numpy as np
from rank_bm25 import BM25Okapi

from index.passages import build_passages
from qa.answer import Answer, DocumentError, Engine, Hit, read_document
from qa.config import Settings
from qa.datafiles import data_path
from qa.evaluation import (
    DEPTH,
    EvalError,
    Item,
    figures,
    format_report,
    load_set,
    run,
    summarize,
    table_header,
    table_row,
)

_TUNING = data_path("tune.jsonl")


class Baseline:
    """What a user writes in ten lines: BM25Okapi defaults, lowercased whitespace tokens,
    whole paragraphs, the top paragraph as the "quote", declining only on a zero score."""

    def __init__(self, engine: Engine) -> None:
        self.passages = build_passages(engine.transcript)
        self.bm25 = BM25Okapi([p.text.lower().split() for p in self.passages])

    def ask(self, question: str, top: int = DEPTH - 1) -> Answer:
        scores = self.bm25.get_scores(question.lower().split())
        order = np.argsort(-scores, kind="stable")[: top + 1]
        hits = [
            Hit(self.passages[i], self.passages[i].text, float(scores[i]), (), ()) for i in order
        ]
        answered = bool(len(hits)) and scores[order[0]] > 0
        return Answer(
            question,
            answered,
            hits[0] if answered else None,
            tuple(hits[1:]),
            None if answered else "no match",
            False,
            0.0,
            (),
            (),
        )


def grid(shipped: Settings) -> list[tuple[str, Settings]]:
    """The configurations worth comparing: variants × k1/b, then one change at a time."""
    rows: list[tuple[str, Settings]] = [("shipped", shipped)]
    for variant in ("okapi", "lucene", "plus", "l"):
        for k1, b in ((0.9, 0.4), (1.2, 0.75), (1.5, 0.75), (2.0, 0.75), (1.2, 0.3), (1.2, 1.0)):
            s = shipped.replace(variant=variant, k1=k1, b=b)
            if s != shipped:
                rows.append((f"{variant} k1={k1} b={b}", s))
    no_fields = {k: 0.0 for k in shipped.field_weights}
    rows += [
        ("no stemming", shipped.replace(stemming=False)),
        ("no synonyms", shipped.replace(synonyms=False)),
        ("no acronyms", shipped.replace(acronyms=False)),
        ("no synonyms, no acronyms", shipped.replace(synonyms=False, acronyms=False)),
        ("no declining on unknown names", shipped.replace(decline_unknown_names=False)),
        ("no declining without a figure", shipped.replace(decline_without_figure=False)),
        ("no declining without a ranking", shipped.replace(decline_without_ranking=False)),
        ("who holds a post: any passage", shipped.replace(decline_without_holder=False)),
        ("where: any passage", shipped.replace(decline_without_place=False)),
        ("who won: any passage", shipped.replace(decline_without_winner=False)),
        ("no declining on another month", shipped.replace(decline_other_month=False)),
        ("how many of <named whole>: any figure", shipped.replace(part_of_named=False)),
        ("no declining without a forecast", shipped.replace(decline_without_forecast=False)),
        ("no declining without a method", shipped.replace(decline_without_method=False)),
        ("a figure the question states may answer it", shipped.replace(not_the_given_figure=False)),
        ("a part of a stated whole: any figure", shipped.replace(part_of_whole=False)),
        ("a figure about a stated number: anywhere", shipped.replace(beside_given=False)),
        ("a figure for A and B answers A", shipped.replace(decline_only_together=False)),
        ("a number stated need not be said", shipped.replace(stated_number_said=False)),
        ("a bound stated must be said too", shipped.replace(bound_near=0.0)),
        ("a bound stated: a figure within 2×", shipped.replace(bound_near=2.0)),
        ("when: a date anywhere in the quote", shipped.replace(date_of_thing=False)),
        ("how many: any number will do", shipped.replace(count_the_noun=False)),
        ("how many: the quote must name the things", shipped.replace(count_named_things=True)),
        ("how many: no close-second fallback", shipped.replace(count_fallback=0.0)),
        ("how many: close second at 0.7", shipped.replace(count_fallback=0.7)),
        ("other figures: no close-second fallback", shipped.replace(figure_fallback=0.0)),
        ("other figures: close second at 0.7", shipped.replace(figure_fallback=0.7)),
        ("which X: no close-second fallback", shipped.replace(named_fallback=0.0)),
        ("a named period: no close-second fallback", shipped.replace(period_fallback=0.0)),
        ("who holds a post: no close-second fallback", shipped.replace(holder_fallback=0.0)),
        ("no declining on another year", shipped.replace(decline_other_year=False)),
        ("no declining on another place", shipped.replace(decline_other_place=False)),
        ("no declining on another kind", shipped.replace(decline_other_kind=False)),
        ("a place or name in a list counts", shipped.replace(in_passing=False)),
        ("no declining on another name", shipped.replace(decline_other_name=False)),
        ("another name: no close-second fallback", shipped.replace(name_fallback=0.0)),
        *((f"rare = in at most {n} passages", shipped.replace(rare_passages=n)) for n in (2, 6)),
        ("no figure bonus in re-ranking", shipped.replace(figure_weight=0.0)),
        ("figure bonus 0.25", shipped.replace(figure_weight=0.25)),
        ("no declining on a lone match", shipped.replace(decline_lone_match=False)),
        ("no typo correction", shipped.replace(typos=False)),
        ("no spelling variants", shipped.replace(spellings=False)),
        ("no extra fields", shipped.replace(field_weights=no_fields)),
        (
            "question field only",
            shipped.replace(
                field_weights={**no_fields, "question": shipped.field_weights["question"]}
            ),
        ),
        ("speaker field only", shipped.replace(field_weights={**no_fields, "speaker": 0.3})),
        (
            "question field ×1.0",
            shipped.replace(field_weights={**shipped.field_weights, "question": 1.0}),
        ),
        *(
            (
                f"question field ×{w}",
                shipped.replace(field_weights={**shipped.field_weights, "question": w}),
            )
            for w in (0.25, 0.5)
            if w != shipped.field_weights.get("question")
        ),
        ("windows of 2 sentences", shipped.replace(max_sentences=2)),
        ("windows of 3 sentences", shipped.replace(max_sentences=3)),
        ("windows of 5 sentences", shipped.replace(max_sentences=5)),
        ("no phrase (adjacent pair) field", shipped.replace(phrase_weight=0.0)),
        ("a speaker named is a word like others", shipped.replace(speaker_filter=False)),
        ("a reporter's outlet named searches all", shipped.replace(outlet_filter=False)),
        ("phrase field ×0.3", shipped.replace(phrase_weight=0.3)),
        ("no proximity re-ranking", shipped.replace(proximity_weight=0.0)),
        ("proximity ×0.5", shipped.replace(proximity_weight=0.5)),
        ("proximity ×2.0", shipped.replace(proximity_weight=2.0)),
        ("no short-quote extension", shipped.replace(quote_min_words=0)),
        ("why: no reason preferred in the quote", shipped.replace(prefer_reasons=False)),
        ("why: no re-ranking bonus for a reason", shipped.replace(reason_weight=0.0)),
        ("why: a reason gains 0.2", shipped.replace(reason_weight=0.2)),
        ("quote up to 1 sentence", shipped.replace(quote_sentences=1)),
        ("quote up to 2 sentences", shipped.replace(quote_sentences=2)),
    ]
    for c in (0.0, 0.05, 0.15, 0.2, 0.3, 0.4):
        if c != shipped.min_coverage:
            rows.append((f"decline below coverage {c}", shipped.replace(min_coverage=c)))
    for c in (0.0, 0.4, 0.5):
        if c != shipped.yes_no_coverage:
            label = f"yes/no questions need coverage {c}" if c else "yes/no questions: no floor"
            rows.append((label, shipped.replace(yes_no_coverage=c)))
    for w in (0.5, 2.0):
        rows.append((f"unknown words weigh ×{w}", shipped.replace(unknown_weight=w)))
    return rows


def _split_figures(outcomes, split: str):
    return figures(o for o in outcomes if o.item.split == split)


def compare(
    items: list[Item], text: str, source: str, tuning: list[Item] | None = None
) -> list[dict[str, object]]:
    """One row per configuration: dev and test figures, and the tuning set's when given.
    Sorted by dev quote@1, ties broken by the tuning set (never by test)."""
    rows = []
    for name, settings in grid(Settings()):
        engine = Engine(text, settings, source=source)
        outcomes = run(items, engine)
        dev, test = _split_figures(outcomes, "dev"), _split_figures(outcomes, "test")
        row: dict[str, object] = {"config": name, "dev": dev.as_dict(), "test": test.as_dict()}
        if tuning:
            row["tune"] = figures(run(tuning, engine)).as_dict()
        rows.append(row)

    def key(r: dict) -> tuple[float, ...]:
        dev, tune = r["dev"], r.get("tune") or {}
        return (
            -dev["quote1"],
            -tune.get("quote1", 0.0),
            -dev["hit1"],
            -tune.get("hit1", 0.0),
            -(tune.get("declined") or 0.0),
            -dev["mrr"],
        )

    rows.sort(key=key)
    return rows


def _compare_table(rows: list[dict[str, object]]) -> str:
    cols = ("quote1", "hit1", "declined", "wrongly_declined")
    groups = [g for g in ("dev", "tune", "test") if g in rows[0]]
    head = "".join(f"{c:>7}" for c in ("q@1", "hit@1", "decl", "wrong"))
    lines = [f"{'configuration':<30}" + "".join(f"  {g + ':':<6}{head}" for g in groups)]
    for r in rows:
        cells = []
        for g in groups:
            vals = [r[g][c] for c in cols]
            cells.append(
                "  " + " " * 6 + "".join(f"{'–' if v is None else f'{v:.2f}':>7}" for v in vals)
            )
        lines.append(f"{r['config'][:30]:<30}" + "".join(cells))
    return "\n".join(lines)


def run_cli(args: argparse.Namespace) -> int:
    from qa.cli import UsageError

    doc = getattr(args, "doc", None)
    try:
        text = read_document(doc)
        engine = Engine(text, source=doc or "the briefing")
        items = load_set(args.set_path, text)
    except (DocumentError, EvalError) as exc:
        raise UsageError(str(exc)) from None
    if args.compare:
        # the shipped set comes with the tuning set its rules were also tuned on
        tuning = load_set(_TUNING, text) if args.set_path is None and doc is None else None
        rows = compare(items, text, doc or "the briefing", tuning)
        if args.json:
            print(json.dumps({"rows": rows}, ensure_ascii=False))
        else:
            print(_compare_table(rows))
        return 0
    outcomes = run(items, engine)
    baseline = Baseline(engine)
    base_outcomes = run(items, baseline)
    summary = summarize(outcomes)
    base_summary = summarize(base_outcomes)
    if args.json:
        payload = {
            "set": args.set_path or "qa/data/eval.jsonl",
            "settings": asdict(engine.settings),
            "splits": {
                split: {
                    label: {k: f.as_dict() for k, f in group.items()}
                    for label, group in groups.items()
                }
                for split, groups in summary.items()
            },
            "baseline": {
                split: groups["overall"]["all"].as_dict() for split, groups in base_summary.items()
            },
            "failures": [
                {
                    "id": o.item.id,
                    "split": o.item.split,
                    "kind": o.item.kind,
                    "question": o.item.question,
                    "expected": o.item.answer,
                    "answered": o.answered,
                    "rank": o.rank,
                    "quote": o.quote,
                    "matched": list(o.matched),
                }
                for o in outcomes
                if not o.correct
            ],
        }
        print(json.dumps(payload, ensure_ascii=False))
        return 0
    out = [table_header("qa vs the ten-line baseline")]
    for split, groups in summary.items():
        out.append(table_row(f"{split}: qa", groups["overall"]["all"]))
        out.append(table_row(f"{split}: baseline", base_summary[split]["overall"]["all"]))
    out.append("")
    out.append(format_report(summary, outcomes))
    sys.stdout.write("\n".join(out) + "\n")
    return 0
