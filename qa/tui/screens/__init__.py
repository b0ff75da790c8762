"""Screens pushed over the chat, one per module."""
