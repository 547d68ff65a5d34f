"""Web face: a read-only JSON API and a dashboard over a store; every page has a JSON twin."""

from detente.web.app import ServeError, check_bind, create_app, serve

__all__ = ["ServeError", "check_bind", "create_app", "serve"]
