"""A disk cache of built engines, so each ``qa ask`` does not analyse the briefing again.

Building an engine (parse, analyse every passage, the thesaurus, BM25) costs more than the
rest of a one-shot ``qa ask``. The built engine is pickled under the user's cache directory,
keyed by everything that shapes it: the transcript's text, the thesaurus and gazetteer, the
settings, and the size and time of every module of ``qa`` and ``index``. A stale, corrupt or
unreadable entry is ignored and rebuilt; a cache that cannot be written is skipped.

``QA_CACHE_DIR`` chooses the directory; ``QA_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import zlib

from qa.answer import Engine
from qa.config import Settings
from qa.datafiles import data_file

__all__ = ["cache_dir", "cached_engine"]

KEEP = 8  # entries kept: the briefing, a few --doc files, a code change or two


def cache_dir() -> str | None:
    """Where engines are cached, or None when the cache is off."""
    chosen = os.environ.get("QA_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "0", "off", "no", "false") else chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "qa")


def _key(text: str, settings: Settings) -> str:
    """A 64-bit digest of everything that shapes an engine. (zlib's checksums: hashlib would
    load OpenSSL, which alone costs more than a quarter of what the cache saves.)"""
    parts = [
        text,
        data_file("synonyms.txt"),
        data_file("places.txt"),
        data_file("contrasts.txt"),
        repr(settings),
    ]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for package in ("index", "qa"):
        for entry in sorted(os.scandir(os.path.join(root, package)), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                st = entry.stat()
                parts.append(f"{package}/{entry.name}:{st.st_size}:{st.st_mtime_ns}")
    data = "\0".join(parts).encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def cached_engine(text: str, settings: Settings | None = None, source: str = "") -> Engine:
    """The engine for ``text``: from the cache when an entry matches, else built (and stored)."""
    settings = settings or Settings()
    folder = cache_dir()
    if folder is None:
        return Engine(text, settings, source=source)
    path = os.path.join(folder, f"engine-{_key(text, settings)}.pickle")
    try:
        with open(path, "rb") as f:
            engine = pickle.load(f)
        if isinstance(engine, Engine):
            engine.source = source
            return engine
    except Exception:  # missing, truncated, from another Python: rebuild it
        pass
    engine = Engine(text, settings, source=source)
    engine.warm()
    _store(folder, path, engine)
    return engine


def _store(folder: str, path: str, engine: Engine) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(folder, exist_ok=True)
        with open(tmp, "wb") as f:
            pickle.dump(engine, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the old file or the new one
        entries = [
            e
            for e in os.scandir(folder)
            if e.name.startswith("engine-") and e.name.endswith(".pickle")
        ]
        entries.sort(key=lambda e: e.stat().st_mtime)
        for old in entries[:-KEEP]:
            os.unlink(old.path)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
