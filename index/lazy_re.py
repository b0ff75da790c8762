"""Regular expressions compiled on first use."""

from __future__ import annotations

import re

__all__ = ["Lazy"]


class Lazy:
    """A regular expression compiled on first use: most apply only to some questions, or only
    to quotes, and compiling all of them costs a one-shot ``qa ask`` milliseconds at start-up.
    A method once asked for is kept on the instance, so later calls go straight to the compiled
    pattern's."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> object:  # search, finditer, sub, fullmatch …
        if name.startswith("_"):
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value
