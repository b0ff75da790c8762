"""Words around a quote, shared by the CLI, the chat and exports: attribution and citation."""

from __future__ import annotations

import re

from index.transcript import Turn
from qa.answer import Answer, Engine, Hit, question_summary
from qa.answer_type import asked_post, asks_definition, expand_contractions, named_kind
from qa.figures import bounds, stated_counts
from qa.parts import joined, stated_whole
from qa.text_parts import clauses

REASONS = {
    "empty": "the question is empty",
    "too long": "the question is too long",
    "not English": "qa reads questions in English (the briefing is an English text)",
    "no content words": "the question has no content words, only words like 'what' and 'the'",
    "no match": "none of its words occur in the briefing",
    "unknown name": "it asks about something the briefing never mentions",
    "no figure": "it asks for a figure, and the closest passage gives none",
    "no part": "it asks for a part of a whole it states, and the closest passage gives none",
    "no name": "it asks for a name, and the closest passage gives none",
    "not beside": "it asks about a number it states, and the closest passage gives no figure with it",
    "only together": "it asks about one of two things the closest passage gives a figure for only together",
    "no place": "it asks where, and the closest passage names no place",
    "number not said": "it states a number the closest passage does not give",
    "no holder": "it asks who holds a post, and the closest passage names no one in it",
    "no ranking": "it asks for the largest or the most, and the closest passage ranks nothing",
    "no forecast": "it asks what is expected, and the closest passage looks ahead to nothing",
    "no method": "it asks how a figure is calculated, and the closest passage does not say",
    "weak match": "the closest passages match only part of it",
    "lone match": "only one of its words occurs in the passage closest to it",
    "other year": "it asks about a year the closest passage does not speak of",
    "other place": "it asks about a place the closest passage does not mention",
    "other name": "it asks about a name the closest passage does not mention",
    "other kind": "it asks about another kind than the closest passage speaks of",
    "not said": "the speaker it names does not speak of that",
}


def reason_text(reason: str | None) -> str:
    """Why qa declined, as a phrase for the user."""
    return REASONS.get(reason or "", reason or "no reason given")


def declined_reason(engine: Engine, answer: Answer) -> str:
    """Why qa declined this answer, as specifically as it knows."""
    question = expand_contractions(answer.question)  # read as the engine read it
    named = ", ".join(f"\u201c{w}\u201d" for w in answer.missing)
    if answer.reason == "other year":
        other = "year" if all(w.isdigit() for w in answer.missing) else "period"
        return f"it asks about {named}, and the closest passage speaks of another {other}"
    if answer.reason in ("other name", "other place"):
        closest = answer.alternatives[0].passage.text.casefold() if answer.alternatives else ""
        if all(w.casefold() in closest for w in answer.missing):
            return f"it asks about {named}, and the closest passage names it only in a list"
        return f"it asks about {named}, and the closest passage does not mention it"
    if answer.reason == "not said" and (spoken := engine.speakers_named(question)):
        return f"{' and '.join(sorted(spoken))} does not speak of {named}"
    if answer.reason == "other kind":
        return f"it asks about {named}, and the closest passage speaks of another kind"
    if answer.missing:  # names or years the briefing never mentions
        return "it never mentions " + named
    reason = reason_text(answer.reason)
    if answer.reason == "no figure":
        reason = _no_figure(question) or reason
    if answer.reason == "no part" and (whole := stated_whole(question)):
        reason = (
            f"it asks for a part of the \u201c{whole}\u201d, and the closest passage gives none"
        )
    if answer.reason == "not beside" and (stated := stated_counts(question)):
        named = ", ".join(f"\u201c{n}\u201d" for n in stated)
        reason = (
            f"it asks about the {named} it states, and the closest passage gives no figure with it"
        )
    if answer.reason == "only together" and answer.alternatives:
        asked = engine.words_asked(question)
        quote = answer.alternatives[0].quote
        pairs = [p for c in clauses(quote) for p in joined(c, asked, engine.analyzer)]
        if pairs:
            reason = (
                f"the closest passage gives the figure only for \u201c{pairs[0]}\u201d together"
            )
    if answer.reason == "number not said" and (held := [b[0] for b in bounds(question)]):
        # "more than 370 billion yuan": a bound, which a figure near it would have answered
        named = ", ".join(f"\u201c{n}\u201d" for n in held)
        reason = f"it states {named}, and the closest passage gives no figure near it"
    elif answer.reason == "number not said" and (stated := stated_counts(question)):
        named = ", ".join(f"\u201c{n}\u201d" for n in stated)
        reason = f"it states {named}, and the closest passage does not give that number"
    if answer.reason == "no method" and asks_definition(question):
        reason = "it asks how something is defined, and the closest passage does not say"
    if answer.reason == "no holder" and (post := asked_post(question)):
        reason = f"it asks who is the {post}, and the closest passage names no one in that post"
    if answer.reason == "no name" and (kind := named_kind(question)):
        reason = f"it asks which {kind}, and the closest passage names none"
    if answer.reason == "too long":
        limit = engine.settings.max_question_chars
        reason += f" ({len(answer.question.strip()):,} characters; qa reads at most {limit:,})"
    return reason


def _no_figure(question: str) -> str | None:
    """ "it asks how many “trademarks”, and the closest passage gives no such count"."""
    from qa.answer_type import COUNT, FIGURE_NAMES, counted_words, figure_kind

    kind = figure_kind(question)
    if kind is None:
        return None
    if kind == COUNT and (things := counted_words(question)):
        # "how many of the 190 colleges": the quotation marks go round what is counted
        of = re.match(r"of\s+(?:the\s+)?", things, re.I)
        lead, things = (of.group(), things[of.end() :]) if of else ("", things)
        return (
            f"it asks how many {lead}\u201c{things}\u201d, and the closest passage gives no "
            "such count"
        )
    return f"it asks for {FIGURE_NAMES[kind]}, and the closest passage gives none"


def closest_topics(engine: Engine, answer: Answer) -> tuple[str, list[tuple[Turn, Hit | None]]]:
    """A heading and the turns to offer with a declined answer: the closest passages' turns,
    closest first, or when nothing came close a few of the briefing's answers."""
    closest: dict[int, Hit] = {}
    for hit in answer.alternatives:
        closest.setdefault(hit.passage.turn, hit)
    if closest:
        return "Closest topics:", [(engine.turns[t], hit) for t, hit in closest.items()]
    examples = [t for t in engine.turns if t.answers_to is not None][:3]
    return "The briefing covers, for example:", [(t, None) for t in examples]


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


def _markdown_text(text: str) -> str:
    """User text on one Markdown line, shown as typed: whitespace folded, syntax escaped."""
    text = " ".join(text.split())
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


# inline syntax only: the text follows "## ", so line-start syntax ("1.", "-") cannot apply
_MARKDOWN_SPECIAL = frozenset("\\`*_[]<>#|~")


def answer_markdown(engine: Engine, answer: Answer) -> str:
    """One question and its answer as Markdown: the quote as a block quote with its citation."""
    lines = [f"## {_markdown_text(answer.question) or '(empty question)'}", ""]
    if answer.answered and answer.best:
        lines += [f"> {answer.best.quote}", "", f"\u2014 {attribution(answer.best)}", ""]
        t = engine.transcript
        lines += [
            f"*{t.title or engine.source}{', ' + t.date if t.date else ''}, {where(answer.best)}*",
            "",
        ]
    else:
        lines += [f"*Not covered by the briefing: {declined_reason(engine, answer)}.*", ""]
    return "\n".join(lines)
