"""The engine cache: a second `qa ask` reads the built engine instead of building it again."""

from __future__ import annotations

import pickle

import pytest

from qa.answer import Engine
from qa.cache import cache_dir, cached_engine
from qa.config import Settings

QUESTION = "How many IP operation platforms were built?"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_engine_answers_exactly_as_a_fresh_one(cache, briefing_text):
    fresh = Engine(briefing_text)
    first = cached_engine(briefing_text)  # builds and stores
    assert len(list(cache.glob("engine-*.pickle"))) == 1
    second = cached_engine(briefing_text)  # loads
    assert second is not first
    for q in (QUESTION, "Who spoke about universities?", "pledge financing 2021", "Japan"):
        want = fresh.ask(q).to_json()
        assert first.ask(q).to_json() == want
        assert second.ask(q).to_json() == want


def test_the_cache_is_keyed_by_text_and_settings(cache, briefing_text):
    cached_engine(briefing_text)
    cached_engine(briefing_text, Settings(k1=1.5))
    cached_engine(briefing_text + "\n\nHeng Fuguang\n\nThank you all.\n")
    assert len(list(cache.glob("engine-*.pickle"))) == 3


def test_a_corrupt_or_foreign_entry_is_rebuilt(cache, briefing_text):
    cached_engine(briefing_text)
    (entry,) = cache.glob("engine-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached_engine(briefing_text).ask(QUESTION).answered
    entry.write_bytes(pickle.dumps({"not": "an engine"}))
    assert cached_engine(briefing_text).ask(QUESTION).answered
    assert isinstance(pickle.loads(entry.read_bytes()), Engine)  # written again


def test_an_unwritable_cache_is_skipped(tmp_path, monkeypatch, briefing_text):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    monkeypatch.setenv("QA_CACHE_DIR", str(blocker / "qa"))
    assert cached_engine(briefing_text).ask(QUESTION).answered


def test_the_cache_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_CACHE_DIR", "off")
    assert cache_dir() is None
    monkeypatch.delenv("QA_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == str(tmp_path / "qa")
