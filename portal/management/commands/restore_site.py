"""Put back what backup_site saved: the archive is checked in full before
anything changes, the database is replaced in one transaction, and media
files are written only inside MEDIA_ROOT."""

import gzip
import hmac
import json
import os
import shutil
import sys
import tarfile
import tempfile
import zlib
from collections import Counter
from io import StringIO
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from portal.signals import content_replaced

from .backup_site import (
    DATA_NAME,
    MEDIA_DIR,
    SIGNATURE_ALGORITHM,
    STAGING_PREFIX,
    archive_hmac,
    human_size,
    signature_path,
)

UNCHANGED = "Nothing was changed."


def member_parts(member):
    """The parts of an archive member's path, '/' and '\\' alike."""
    return PurePosixPath(member.name.replace("\\", "/")).parts


class Command(BaseCommand):
    help = (
        "Replace the whole database and restore the media files from an archive made by "
        "backup_site. Asks for confirmation unless --no-input is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH", help="The .tar.gz archive made by backup_site.")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation (for scripts).",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database to restore (default: default)."
        )

    def handle(self, *args, path, interactive=True, database=DEFAULT_DB_ALIAS, **options):
        archive_path = Path(path).expanduser()
        if not archive_path.is_file():
            raise CommandError(f"No backup archive at {archive_path}. {UNCHANGED}")
        if settings.BACKUP_HMAC_KEY:
            self._verify_signature(archive_path)
        media_root = Path(settings.MEDIA_ROOT).resolve()
        media_root.mkdir(parents=True, exist_ok=True)

        with tempfile.TemporaryDirectory() as workdir:
            # Staged inside MEDIA_ROOT so the files move into place by renaming.
            staging = Path(tempfile.mkdtemp(dir=media_root, prefix=STAGING_PREFIX))
            try:
                data_path = Path(workdir) / DATA_NAME
                staged = self._unpack(archive_path, data_path, staging)
                counts = self._read_records(data_path)
                if interactive:
                    self._confirm(archive_path, database, media_root, counts, staged)
                # Brings the schema up to date (a no-op when it already is):
                # the data must fit the tables before they are replaced.
                call_command(
                    "migrate", database=database, interactive=False, verbosity=0, stdout=StringIO()
                )
                self._replace_database(data_path, database, counts)
                try:
                    for relative in staged:
                        destination = media_root / relative
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        os.replace(staging / relative, destination)
                except OSError as exc:
                    raise CommandError(
                        f"The database was restored, but the media files could not all be put "
                        f"into {media_root} ({exc}). Fix the cause and run the restore again."
                    ) from exc
            finally:
                shutil.rmtree(staging, ignore_errors=True)

        self.stdout.write(f"Restored {archive_path}")
        self.stdout.write(f"  database: {counts.total()} records")
        for label, count in sorted(counts.items()):
            self.stdout.write(f"    {label}: {count}")
        self.stdout.write(f"  media: {len(staged)} files into {media_root}")

    def _verify_signature(self, archive_path):
        """With BACKUP_HMAC_KEY set, only archives this site (or another
        holding the key) made are read at all."""
        signature = signature_path(archive_path)
        try:
            algorithm, _space, expected = signature.read_text().strip().partition(" ")
        except (OSError, UnicodeDecodeError):
            raise CommandError(
                f"{archive_path} is refused: BACKUP_HMAC_KEY is set and its signature "
                f"{signature} is missing or unreadable. {UNCHANGED}"
            ) from None
        if algorithm != SIGNATURE_ALGORITHM or not hmac.compare_digest(
            expected, archive_hmac(archive_path, settings.BACKUP_HMAC_KEY)
        ):
            raise CommandError(
                f"{archive_path} is refused: it does not match its signature {signature} "
                f"(altered, or signed with another BACKUP_HMAC_KEY). {UNCHANGED}"
            )

    def _unpack(self, archive_path, data_path, staging):
        """Check every member, then unpack data.json and the media files.
        Returns the media files' paths relative to MEDIA_ROOT."""
        staged = {}
        limit = settings.RESTORE_MAX_BYTES
        try:
            # tarfile stops at the end-of-archive marker, before the gzip
            # trailer: read the whole stream first so its checksum is verified,
            # and stop a stream that unpacks to more than the limit.
            unpacked = 0
            with gzip.open(archive_path, "rb") as stream:
                while chunk := stream.read(1024 * 1024):
                    unpacked += len(chunk)
                    if unpacked > limit:
                        raise CommandError(
                            f"{archive_path} is refused: it unpacks to more than "
                            f"{human_size(limit)} (RESTORE_MAX_MB). {UNCHANGED}"
                        )
            with tarfile.open(archive_path, "r:gz") as archive:
                members = archive.getmembers()
                seen = set()
                for member in members:
                    self._check_member(member, archive_path)
                    # Two members with one name: which one a tool unpacks
                    # differs, so what was checked may not be what is written.
                    name = "/".join(member_parts(member))
                    if name in seen:
                        raise CommandError(
                            f"{archive_path} is refused: it holds {name!r} more than once. "
                            f"{UNCHANGED}"
                        )
                    seen.add(name)
                if not any(member.name == DATA_NAME and member.isfile() for member in members):
                    raise CommandError(
                        f"{archive_path} has no {DATA_NAME}: it is not an archive made by "
                        f"backup_site. {UNCHANGED}"
                    )
                for member in members:
                    if not member.isfile():
                        continue
                    if member.name == DATA_NAME:
                        destination = data_path
                    else:
                        relative = "/".join(member_parts(member)[1:])
                        destination = staging / relative
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        staged[relative] = True
                    with archive.extractfile(member) as source, destination.open("wb") as target:
                        shutil.copyfileobj(source, target)
        except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
            raise CommandError(
                f"{archive_path} is not a readable backup archive ({exc}). {UNCHANGED}"
            ) from exc
        return list(staged)

    def _check_member(self, member, archive_path):
        """Only data.json and regular files or folders under media/, with
        relative paths that cannot climb out of MEDIA_ROOT."""
        name = member.name
        parts = member_parts(member)
        refused = None
        if (
            not parts
            or "\0" in name
            or name.startswith(("/", "\\"))
            or ".." in parts
            or ":" in parts[0]
        ):
            refused = "an absolute path or '..'"
        elif name == DATA_NAME:
            if not member.isfile():
                refused = "a data.json that is not a regular file"
        elif parts[0] != MEDIA_DIR:
            refused = "a file outside data.json and media/"
        elif not (member.isfile() or member.isdir()):
            refused = "a link or special file"
        elif member.isfile() and len(parts) < 2:
            refused = "a file where the media folder should be"
        if refused:
            raise CommandError(
                f"{archive_path} is refused: its member {name!r} is {refused}. {UNCHANGED}"
            )

    def _read_records(self, data_path):
        try:
            with data_path.open(encoding="utf-8") as data_file:
                records = json.load(data_file)
            if not isinstance(records, list):
                raise ValueError("the file does not hold a list of records")
            counts = Counter()
            for record in records:
                if not isinstance(record, dict) or not isinstance(record.get("fields"), dict):
                    raise ValueError(f"a record is not a database object: {str(record)[:80]}")
                label = record.get("model")
                apps.get_model(label)
                counts[label] += 1
        except (ValueError, LookupError, TypeError) as exc:
            raise CommandError(
                f"{DATA_NAME} in the archive is not a usable database dump ({exc}). {UNCHANGED}"
            ) from exc
        return counts

    def _confirm(self, archive_path, database, media_root, counts, staged):
        name = connections[database].settings_dict["NAME"]
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandError(
                "restore_site replaces the whole database and needs confirmation: run it in a "
                f"terminal, or add --no-input to restore without asking. {UNCHANGED}"
            )
        answer = input(
            f"This deletes ALL data in the database {name} and replaces it with the "
            f"{counts.total()} records of {archive_path}, then writes its {len(staged)} media "
            f"files into {media_root}. Staff will have to sign in again.\n"
            "Type 'yes' to continue, anything else to cancel: "
        )
        if answer.strip().lower() != "yes":
            raise CommandError(f"Restore cancelled. {UNCHANGED}")

    def _replace_database(self, data_path, database, counts):
        """Flush and load in one transaction: if loading fails, the database
        is left exactly as it was."""
        from django.contrib.contenttypes.models import ContentType

        connection = connections[database]
        try:
            with transaction.atomic(using=database):
                if connection.vendor == "postgresql":
                    # PostgreSQL refuses TRUNCATE while deferred foreign-key
                    # checks of an enclosing transaction are pending: run them.
                    connection.check_constraints()
                call_command(
                    "flush", database=database, interactive=False, verbosity=0, stdout=StringIO()
                )
                if counts:
                    call_command(
                        "loaddata",
                        str(data_path),
                        database=database,
                        verbosity=0,
                        stdout=StringIO(),
                    )
                # Loading skips the signals that keep the search index and
                # the kept pages in step: they rebuild on this signal.
                content_replaced.send(sender=self.__class__)
        except Exception as exc:
            raise CommandError(
                f"The backup could not be loaded ({exc}). The database was left as it was "
                "and no media file was written."
            ) from exc
        finally:
            # Content type ids change with a flush (and back with a rollback).
            ContentType.objects.clear_cache()
