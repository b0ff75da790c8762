"""The files shipped in qa/data, read with plain file access (cheaper to import than
importlib.resources, and start-up matters)."""

from __future__ import annotations

import os

__all__ = ["DATA_DIR", "data_file", "data_path"]

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_path(name: str) -> str:
    """The path of a file shipped in qa/data."""
    return os.path.join(DATA_DIR, name)


def data_file(name: str) -> str:
    """The text of a file shipped in qa/data."""
    with open(data_path(name), encoding="utf-8") as f:
        return f.read()
