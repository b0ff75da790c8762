"""The ``qa`` command: ``qa`` / ``qa chat`` open the chat, ``qa ask`` answers, ``qa eval`` measures.

Kept light: the ``ask`` path imports neither Textual nor Rich, so a scripted ``qa ask --json``
starts about as fast as importing rank-bm25 itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from qa.answer import Answer, Engine

EXAMPLE = "How much was patent and trademark pledge financing in 2021?"


class UsageError(Exception):
    """A mistake on the command line or in its input: one line for the user, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(
            f"{message} (see 'qa {self.prog.split()[-1]} --help')"
            if " " in self.prog
            else f"{message} (see 'qa --help')"
        )


def _top(value: str) -> int:
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--top needs a whole number, not {value!r}") from None
    if not 0 <= k <= 20:
        raise argparse.ArgumentTypeError(f"--top must be between 0 and 20, not {k}")
    return k


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="qa",
        description="Ask questions about a press briefing; get verbatim, attributed quotes.",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    doc_help = "answer from this transcript instead of the shipped SIPO briefing of 2022-08-24"

    chat = sub.add_parser("chat", help="open the chat (the default)")
    chat.add_argument("--doc", metavar="PATH", help=doc_help, default=argparse.SUPPRESS)

    ask = sub.add_parser("ask", help="answer one question (or one per line from stdin with '-')")
    ask.add_argument("question", help="the question, or '-' to read one question per line")
    ask.add_argument("--json", action="store_true", help="print JSON (one object per question)")
    ask.add_argument(
        "--top",
        type=_top,
        default=3,
        metavar="K",
        help="how many alternative passages to show (default 3)",
    )
    ask.add_argument("--doc", metavar="PATH", help=doc_help, default=argparse.SUPPRESS)

    ev = sub.add_parser("eval", help="measure retrieval quality on a question/answer set")
    ev.add_argument(
        "--set",
        dest="set_path",
        metavar="FILE",
        help="a JSON Lines question/answer set (default: the shipped one)",
    )
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ev.add_argument(
        "--compare",
        action="store_true",
        help="run the grid of configurations and print one row each",
    )
    ev.add_argument("--doc", metavar="PATH", help=doc_help, default=argparse.SUPPRESS)
    parser.add_argument("--doc", metavar="PATH", help=doc_help)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
        command = args.command or "chat"
        if command == "ask":
            return _ask(args)
        if command == "eval":
            from qa.compare import run_cli

            return run_cli(args)
        return _chat(args)
    except UsageError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (qa ask ... | head): not an error
        return 0
    return 2


def _fail(message: str) -> NoReturn:
    print(f"qa: {message}", file=sys.stderr)
    raise SystemExit(2)


def _engine(doc: str | None):  # -> qa.answer.Engine
    from qa.answer import DocumentError, Engine

    try:
        return Engine.load(doc)
    except DocumentError as exc:
        raise UsageError(str(exc)) from None


def _ask(args: argparse.Namespace) -> int:
    from qa.answer import TOO_LONG

    if args.question == "-":
        data = sys.stdin.buffer.read()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UsageError("standard input is not UTF-8 text") from None
        if "\x00" in text:
            raise UsageError("standard input looks binary, not one question per line")
        questions = [line for line in text.splitlines() if line.strip()]
        if not questions:
            raise UsageError("standard input holds no question (one question per line)")
        engine = _engine(args.doc)
        out = sys.stdout
        for i, question in enumerate(questions):
            answer = engine.ask(question, top=args.top)
            if args.json:
                out.write(json.dumps(_to_json(engine, answer), ensure_ascii=False) + "\n")
            else:
                from qa.plain import format_answer

                if i:
                    out.write("\n" + "─" * 40 + "\n\n")
                out.write(format_answer(engine, answer, color=_color(out)) + "\n")
        out.flush()
        return 0

    question = args.question
    if not question.strip():
        raise UsageError(f'the question is empty; try: qa ask "{EXAMPLE}"')
    engine = _engine(args.doc)
    if len(question.strip()) > engine.settings.max_question_chars:
        raise UsageError(
            f"the question is {len(question.strip()):,} characters long; qa reads at most "
            f"{engine.settings.max_question_chars:,} ({TOO_LONG})"
        )
    answer = engine.ask(question, top=args.top)
    if args.json:
        print(json.dumps(_to_json(engine, answer), ensure_ascii=False))
    else:
        from qa.plain import format_answer

        print(format_answer(engine, answer, color=_color(sys.stdout)))
    return 0


def _color(stream) -> bool:
    import os

    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _chat(args: argparse.Namespace) -> int:
    engine = _engine(args.doc)
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError("the chat needs a terminal; for scripts use: qa ask --json -")
    from qa.tui.app import QAApp

    QAApp(engine).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())


def _to_json(engine: Engine, answer: Answer) -> dict[str, object]:
    """The JSON object of one answer (README: "The JSON contract"), with why it was declined."""
    from qa.citation import declined_reason

    obj = answer.to_json()
    obj["declined"] = (
        None
        if answer.answered
        else {"reason": answer.reason, "why": declined_reason(engine, answer)}
    )
    return obj
