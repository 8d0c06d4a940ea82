"""Vocabulary as data: calendar words, tense cues, event triggers."""
