"""Cleaning stage: scraped text or HTML in, the story text and its metadata out."""

from detente.clean.dates import date_from_name
from detente.clean.document import clean_document
from detente.clean.text import CleanText, clean_text

__all__ = ["CleanText", "clean_document", "clean_text", "date_from_name"]
