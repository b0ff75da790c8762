from __future__ import annotations

import os
from pathlib import Path

import pytest

from index.transcript import Transcript, parse_transcript
from qa.answer import Engine, read_document

# Tests build their engines afresh and never read or write the developer's engine cache
# (tests/test_cache.py turns it on in a temporary directory). Subprocesses inherit this.
os.environ["QA_CACHE_DIR"] = "off"

DATA = Path(__file__).parent / "data"
SHARED_BRIEFING = (
    Path(__file__).resolve().parents[2] / "shared" / "briefing" / "sipo-2022-08-24.txt"
)


@pytest.fixture(scope="session")
def briefing_text() -> str:
    return read_document()


@pytest.fixture(scope="session")
def briefing(briefing_text: str) -> Transcript:
    return parse_transcript(briefing_text)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine.load()


@pytest.fixture(scope="session")
def second_path() -> Path:
    return DATA / "nhc-2023-03-15.txt"
