import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_umask():
    """The service's umask (0022), which leaves new files readable by all."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_sqlite_database_and_its_journal_are_readable_by_the_owner_only(tmp_path, open_umask):
    settings_dict = connection.settings_dict | {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "db.sqlite3"),
        "OPTIONS": {"init_command": "PRAGMA journal_mode=WAL;"},
    }
    database = DatabaseWrapper(settings_dict, alias="files-at-rest")
    try:
        database.ensure_connection()
        with database.cursor() as cursor:
            cursor.execute("CREATE TABLE t (x)")
    finally:
        database.close()
    files = sorted(tmp_path.glob("db.sqlite3*"))
    assert files
    assert {path.name: oct(path.stat().st_mode & 0o777) for path in files} == {
        path.name: "0o600" for path in files
    }


def test_backups_are_readable_by_the_owner_only(tmp_path, settings, open_umask):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BACKUP_HMAC_KEY = "a key"
    target = tmp_path / "backups" / "site.tar.gz"
    call_command("backup_site", output=str(target), stdout=StringIO())
    assert oct(target.parent.stat().st_mode & 0o777) == "0o700"
    for path in target.parent.iterdir():
        assert oct(path.stat().st_mode & 0o777) == "0o600", path.name
