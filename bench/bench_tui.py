"""How fast is the chat? Prints medians, each beside a baseline measured in the same run.

1. ``qa`` in a pseudo-terminal, from process start to the first screen drawn (the question
   box's placeholder on the terminal), against a bare Textual app with one Input.
2. In process (``App.run_test``): from starting the app to the first interactive screen (the
   question box focused), against the same bare app.
3. In process: from pressing Enter to the answer card mounted and laid out (in an empty
   conversation, and with the most cards kept mounted already shown), against ``engine.ask``
   alone.

Usage: python bench/bench_tui.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import pty
import select
import statistics
import sys
import time

QUESTIONS = (
    "How much was patent and trademark pledge financing in 2021?",
    "Who talked about open licensing?",
    "How many universities joined the open licensing pilot?",
    "What is the weather in Paris?",
)

# Drawn when the question box is: its placeholder, past the first letter (where the cursor sits).
MARKER = b"bout the briefing"

BARE_APP = """
from textual.app import App
from textual.widgets import Input
class Bare(App):
    def compose(self):
        yield Input(placeholder="Ask about the briefing")
Bare().run()
"""


def _first_screen(cmd: list[str], marker: bytes, timeout: float = 10.0) -> float:
    """Seconds from spawning ``cmd`` in a 100x30 pseudo-terminal until ``marker`` is drawn."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal program
        os.environ.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
        os.execv(cmd[0], cmd)
    start = time.perf_counter()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen = b""
    elapsed = float("nan")
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
                if marker in seen:
                    elapsed = time.perf_counter() - start
                    break
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)
    return elapsed


async def _start(make_app) -> float:
    from textual.widgets import Input

    start = time.perf_counter()
    app = make_app()
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.focused, Input)
        return time.perf_counter() - start


async def _enter_to_card(engine, question: str, before: int = 0) -> float:
    from textual import events

    from qa.tui.app import QAApp
    from qa.tui.widgets.answer_card import Exchange

    app = QAApp(engine)
    async with app.run_test(size=(100, 30)) as pilot:
        for n in range(before):
            await app.ask(QUESTIONS[n % len(QUESTIONS)])
        app.question.value = question
        await pilot.pause()
        previous = app.conversation.children[-1]
        start = time.perf_counter()
        app.post_message(events.Key("enter", "\r"))
        while True:  # polled cheaply: a DOM query per loop would slow the app being measured
            last = app.conversation.children[-1]
            if last is not previous and isinstance(last, Exchange) and last.region.height:
                return time.perf_counter() - start
            await asyncio.sleep(0)


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    py = sys.executable
    qa_cmd = [py, "-m", "qa"]
    bare_cmd = [py, "-c", BARE_APP]
    _first_screen(qa_cmd, MARKER), _first_screen(bare_cmd, MARKER)  # warm caches
    qa_times, bare_times = [], []
    for _ in range(runs):
        bare_times.append(_first_screen(bare_cmd, MARKER))
        qa_times.append(_first_screen(qa_cmd, MARKER))
    q, b = statistics.median(qa_times), statistics.median(bare_times)
    print(f"qa in a terminal, process start to first screen:   {_ms(qa_times)}")
    print(f"bare Textual app with an Input, the same:          {_ms(bare_times)}")
    print(f"  ratio {q / b:.2f}x (target: under 500 ms)   [{runs} runs each, alternating]")

    from textual.app import App
    from textual.widgets import Input

    from qa.answer import Engine
    from qa.tui.app import QAApp

    class Bare(App[None]):
        def compose(self):
            yield Input()

    engine = Engine.load()
    qa_start, bare_start = [], []
    for _ in range(runs):
        bare_start.append(asyncio.run(_start(Bare)))
        qa_start.append(asyncio.run(_start(lambda: QAApp(engine))))
    q, b = statistics.median(qa_start), statistics.median(bare_start)
    print(f"in process, app start to interactive screen:       {_ms(qa_start)}")
    print(f"bare Textual app, the same:                        {_ms(bare_start)}")
    print(f"  ratio {q / b:.2f}x")

    from qa.tui.widgets.conversation import MAX_MOUNTED

    enter, enter_full, ask = [], [], []
    for _ in range(max(1, runs // len(QUESTIONS) + 1)):
        for question in QUESTIONS:
            enter.append(asyncio.run(_enter_to_card(engine, question)))
            enter_full.append(asyncio.run(_enter_to_card(engine, question, MAX_MOUNTED)))
            start = time.perf_counter()
            engine.ask(question)
            ask.append(time.perf_counter() - start)
    print(f"Enter to answer card mounted and laid out:         {_ms(enter)}  (target < 100 ms)")
    label = f"the same with {MAX_MOUNTED} cards already shown:"
    print(f"{label:<51}{_ms(enter_full)}")
    print(f"engine.ask alone:                                  {_ms(ask)}")
    print(f"  [{len(enter)} questions: {', '.join(repr(q[:24]) for q in QUESTIONS)}]")


if __name__ == "__main__":
    main()
