from django.apps import AppConfig
from django.db import connections
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def add_unaccent(connection, **kwargs):
    if connection.vendor == "sqlite" and connection.connection is not None:
        from .accents import unaccent

        connection.connection.create_function("unaccent", 1, unaccent, deterministic=True)


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from . import index

        index.connect_signals()
        connection_created.connect(add_unaccent, dispatch_uid="search-unaccent")
        for connection in connections.all(initialized_only=True):
            add_unaccent(connection)
