"""Readers for the PETRARCH/Phoenix dictionary formats (actors, agents, discards, verbs)."""
