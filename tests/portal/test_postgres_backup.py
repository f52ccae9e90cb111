"""The documented primary backup on PostgreSQL (deploy/backup-postgres and
deploy/restore-postgres, pg_dump's custom format), run against a database of
its own, whatever database the rest of the suite uses."""

import os
import shutil
import stat
import subprocess
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

PROJECT_DIR = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("PG_BACKUP_TEST_SERVER", "postgres://postgres@127.0.0.1:5432")

pytestmark = pytest.mark.skipif(
    shutil.which("pg_dump") is None or shutil.which("pg_restore") is None,
    reason="needs PostgreSQL's pg_dump and pg_restore",
)


@pytest.fixture
def database_url():
    name = f"portal_backup_test_{os.getpid()}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield f"{SERVER}/{name}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def run(script, *args, env):
    return subprocess.run(
        [PROJECT_DIR / "deploy" / script, *map(str, args)],
        env=os.environ | env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_a_pg_dump_backup_restores_the_database_and_media(database_url, tmp_path):
    media = tmp_path / "media"
    (media / "logos").mkdir(parents=True)
    (media / "logos" / "a.webp").write_bytes(b"logo")
    with psycopg.connect(database_url, autocommit=True) as db:
        db.execute("CREATE TABLE disorder (id int PRIMARY KEY, name text)")
        db.execute("INSERT INTO disorder VALUES (1, 'Leukemia'), (2, 'Anémie')")
    env = {"DATABASE_URL": database_url, "MEDIA_ROOT": str(media)}

    dump = Path(run("backup-postgres", tmp_path / "backups", env=env))

    assert dump.name.startswith("portal-") and dump.suffix == ".dump"
    assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    for written in (tmp_path / "backups").iterdir():
        assert stat.S_IMODE(written.stat().st_mode) == 0o600, written
    with psycopg.connect(database_url, autocommit=True) as db:
        db.execute("UPDATE disorder SET name = 'overwritten'")
        db.execute("INSERT INTO disorder VALUES (3, 'added after the backup')")
    (media / "logos" / "a.webp").write_bytes(b"changed")

    run("restore-postgres", dump, env=env)

    with psycopg.connect(database_url) as db:
        rows = db.execute("SELECT id, name FROM disorder ORDER BY id").fetchall()
    assert rows == [(1, "Leukemia"), (2, "Anémie")]
    assert (media / "logos" / "a.webp").read_bytes() == b"logo"


def test_a_failed_restore_leaves_the_database_as_it_was(database_url, tmp_path):
    with psycopg.connect(database_url, autocommit=True) as db:
        db.execute("CREATE TABLE disorder (id int PRIMARY KEY, name text)")
        db.execute("INSERT INTO disorder VALUES (1, 'Leukemia')")
    broken = tmp_path / "portal-20260101-000000.dump"
    broken.write_bytes(b"PGDMP not really")
    with pytest.raises(subprocess.CalledProcessError):
        run("restore-postgres", broken, env={"DATABASE_URL": database_url})
    with psycopg.connect(database_url) as db:
        assert db.execute("SELECT name FROM disorder").fetchall() == [("Leukemia",)]
