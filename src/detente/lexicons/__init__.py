"""Lexicons: schemas, loaders and the shipped data files (actors, agents, verbs, ontology)."""
