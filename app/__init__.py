"""Hearth: private, offline chat with open language models."""

__version__ = "0.1.0"
APP_NAME = "Hearth"
