"""Widgets of the chat, one family per module."""
