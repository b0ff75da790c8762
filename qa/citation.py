"""Words around a quote, shared by the CLI, the chat and exports: attribution and citation."""

from __future__ import annotations

from qa.answer import Answer, Engine, Hit, question_summary

REASONS = {
    "empty": "the question is empty",
    "too long": "the question is too long",
    "not English": "qa reads questions in English (the briefing is an English text)",
    "no content words": "the question has no content words, only words like 'what' and 'the'",
    "no match": "none of its words occur in the briefing",
    "unknown name": "it asks about something the briefing never mentions",
    "no figure": "it asks for a figure, and the closest passage gives none",
    "weak match": "the closest passages match only part of it",
}


def reason_text(reason: str | None) -> str:
    """Why qa declined, as a phrase for the user."""
    return REASONS.get(reason or "", reason or "no reason given")


def attribution(hit: Hit) -> str:
    """ "Speaker, title — answering <outlet>'s question: …" or the opening/closing label."""
    p = hit.passage
    who = f"{p.speaker}, {p.title}" if p.title else p.speaker
    if p.asked_by:
        where = (
            f"answering {p.asked_by}'s question: \u201c{question_summary(p.question or '')}\u201d"
        )
    else:
        where = {"opening": "in the opening statement", "closing": "in the closing remarks"}.get(
            p.kind, "in remarks"
        )
    return f"{who}, {where}"


def where(hit: Hit) -> str:
    """Where the passage stands in the source."""
    return f"paragraph {hit.passage.number}, line {hit.passage.line}"


def citation(engine: Engine, hit: Hit) -> str:
    """The quote with everything needed to cite it: speaker, title, briefing title, date."""
    t = engine.transcript
    source = t.title or engine.source
    date = f", {t.date}" if t.date else ""
    return f"\u201c{hit.quote}\u201d \u2014 {attribution(hit)}. {source}{date}, {where(hit)}."


def answer_markdown(engine: Engine, answer: Answer) -> str:
    """One question and its answer as Markdown: the quote as a block quote with its citation."""
    lines = [f"## {answer.question.strip() or '(empty question)'}", ""]
    if answer.answered and answer.best:
        lines += [f"> {answer.best.quote}", "", f"\u2014 {attribution(answer.best)}", ""]
        t = engine.transcript
        lines += [
            f"*{t.title or engine.source}{', ' + t.date if t.date else ''}, {where(answer.best)}*",
            "",
        ]
    else:
        lines += [f"*Not covered by the briefing: {reason_text(answer.reason)}.*", ""]
    return "\n".join(lines)
