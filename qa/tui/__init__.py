"""The Textual chat over a briefing: ``QAApp(engine).run()`` (see :mod:`qa.tui.app`)."""
