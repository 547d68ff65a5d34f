"""Coding stage: actors and events from parsed sentences."""
