"""How fast is qa? Prints medians; compares against a baseline measured in the same run.

1. `qa ask --json QUESTION` from process start to printed answer, against
   `python -c "import rank_bm25, Stemmer"` (the libraries qa cannot do without), run alternately:
   with the engine cache (every run after the first, which fills it) and without it.
2. Parse + index the briefing in process.
3. One question answered in process (the evaluation set's questions, warm index).

Usage: python bench/bench_engine.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def _time_process(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    py = sys.executable
    question = "How much was patent and trademark pledge financing in 2021?"
    qa_cmd = [py, "-m", "qa", "ask", "--json", question]
    base_cmd = [py, "-c", "import rank_bm25, Stemmer"]
    cache_dir = tempfile.mkdtemp(prefix="qa-bench-cache-")
    cached = {**os.environ, "QA_CACHE_DIR": cache_dir}
    uncached = {**os.environ, "QA_CACHE_DIR": "off"}
    _time_process(qa_cmd, cached), _time_process(base_cmd)  # fill the engine and file caches
    qa_times, nocache_times, base_times = [], [], []
    for _ in range(runs):
        base_times.append(_time_process(base_cmd))
        qa_times.append(_time_process(qa_cmd, cached))
        nocache_times.append(_time_process(qa_cmd, uncached))
    qa_med, base_med = statistics.median(qa_times), statistics.median(base_times)
    nocache_med = statistics.median(nocache_times)
    print(f"qa ask --json, process start to answer: median {qa_med * 1000:6.1f} ms")
    print(f"  ... with the engine cache off:        median {nocache_med * 1000:6.1f} ms")
    print(f"python -c 'import rank_bm25, Stemmer': median {base_med * 1000:6.1f} ms")
    print(
        f"ratio: {qa_med / base_med:.2f}x (target at most 1.5x); cache off {nocache_med / base_med:.2f}x"
        f"   [{runs} runs each, alternating]"
    )

    from qa.answer import Engine, read_document
    from qa.evaluation import load_set
    from qa.figures import forget_questions

    text = read_document()
    Engine(text)  # imports and first-use caches
    builds = []
    for _ in range(runs):
        start = time.perf_counter()
        engine = Engine(text)
        builds.append(time.perf_counter() - start)
    print(
        f"parse + index the briefing: median {statistics.median(builds) * 1000:.1f} ms "
        f"(target < 50 ms; {len(engine.passages)} passages)"
    )

    questions = [item.question for item in load_set(None, text)]
    for q in questions:
        engine.ask(q)  # warm the per-term caches
    per_question = []
    for _ in range(5):
        for q in questions:
            forget_questions()  # each question new to the caches keyed by its text
            start = time.perf_counter()
            engine.ask(q)
            per_question.append(time.perf_counter() - start)
    cold = Engine(text)
    cold_times = []
    for q in questions:
        forget_questions()
        start = time.perf_counter()
        cold.ask(q)
        cold_times.append(time.perf_counter() - start)
    print(
        f"one question answered in process: median {statistics.median(per_question) * 1e3:.3f} ms"
        f" warm, {statistics.median(cold_times) * 1e3:.3f} ms on a fresh index "
        f"(target < 1 ms; {len(questions)} questions)"
    )


if __name__ == "__main__":
    main()
