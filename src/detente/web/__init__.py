"""Web face: a read-only JSON API and a dashboard over a store; every page has a JSON twin.

Imports run one way: ``server`` → ``app`` (the factory) → route modules (``api``, ``pages``) →
``deps`` and ``security`` → ``detente.analysis``; nothing but the factory imports a route module.
"""

from detente.web.app import create_app
from detente.web.security import ServeError, check_bind
from detente.web.server import serve

__all__ = ["ServeError", "check_bind", "create_app", "serve"]
