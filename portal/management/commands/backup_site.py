"""One archive holds the whole site: the database as data.json (Django's
dumpdata, so the same file restores on SQLite and PostgreSQL) and every
uploaded file under media/. restore_site reads it back."""

import hashlib
import hmac
import json
import os
import tarfile
import tempfile
from collections import Counter
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils import timezone

DATA_NAME = "data.json"
MEDIA_DIR = "media"
# Rebuilt by migrate and flush on every database, or not worth keeping.
# The search index is derived data, rebuilt on restore for the target database.
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "search.searchentry"]
# restore_site stages media in MEDIA_ROOT under this prefix; never back it up.
STAGING_PREFIX = ".restore-"
# With BACKUP_HMAC_KEY set, the archive's HMAC goes in a file beside it.
SIGNATURE_SUFFIX = ".hmac"
SIGNATURE_ALGORITHM = "HMAC-SHA256"


def archive_hmac(path, key):
    digest = hmac.new(key.encode(), digestmod=hashlib.sha256)
    with open(path, "rb") as archive:
        while chunk := archive.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def signature_path(archive_path):
    return archive_path.with_name(archive_path.name + SIGNATURE_SUFFIX)


def default_backup_dir():
    return Path(settings.BASE_DIR) / "var" / "backups"


def human_size(size):
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024


def media_files(media_root):
    """(absolute path, path relative to MEDIA_ROOT) of every regular file,
    sorted; symbolic links are skipped, never followed."""
    if not media_root.is_dir():
        return []
    found = []
    for directory, subdirectories, filenames in os.walk(media_root):
        directory = Path(directory)
        if directory == media_root:
            subdirectories[:] = [d for d in subdirectories if not d.startswith(STAGING_PREFIX)]
        subdirectories.sort()
        for filename in sorted(filenames):
            path = directory / filename
            if path.is_file() and not path.is_symlink():
                found.append((path, path.relative_to(media_root).as_posix()))
    return found


class Command(BaseCommand):
    help = (
        "Write the database (without content types, permissions and sessions) and all "
        "uploaded media to one .tar.gz archive, by default "
        "var/backups/backup-YYYYmmdd-HHMMSS.tar.gz. Restore it with restore_site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="PATH",
            help="Archive to write; a folder (existing, or ending in /) gets the default name.",
        )
        parser.add_argument(
            "--database", default=DEFAULT_DB_ALIAS, help="Database to back up (default: default)."
        )

    def handle(self, *args, output=None, database=DEFAULT_DB_ALIAS, **options):
        media_root = Path(settings.MEDIA_ROOT).resolve()
        target = self._target(output)
        if target.resolve().is_relative_to(media_root):
            raise CommandError(
                f"{target} is inside MEDIA_ROOT ({media_root}), which the web server publishes. "
                "Choose another --output."
            )
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)

        with tempfile.TemporaryDirectory() as workdir:
            data_path = Path(workdir) / DATA_NAME
            self._dump(data_path, database)
            with data_path.open(encoding="utf-8") as data_file:
                counts = Counter(record["model"] for record in json.load(data_file))

            files = media_files(media_root)
            # Written next to the target and renamed when complete, so an
            # interrupted backup never looks like a finished one.
            descriptor, partial = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".part"
            )
            os.close(descriptor)
            try:
                with tarfile.open(partial, "w:gz") as archive:
                    archive.add(data_path, arcname=DATA_NAME)
                    for path, relative in files:
                        archive.add(path, arcname=f"{MEDIA_DIR}/{relative}", recursive=False)
                # The archive holds password hashes and readers' e-mail addresses.
                os.chmod(partial, 0o600)
                if settings.BACKUP_HMAC_KEY:
                    self._sign(partial, target)
                os.replace(partial, target)
            except BaseException:
                Path(partial).unlink(missing_ok=True)
                raise

        media_bytes = sum(path.stat().st_size for path, _relative in files)
        self.stdout.write(f"Backup written to {target} ({human_size(target.stat().st_size)})")
        self.stdout.write(f"  database: {counts.total()} records")
        for label, count in sorted(counts.items()):
            self.stdout.write(f"    {label}: {count}")
        self.stdout.write(f"  media: {len(files)} files ({human_size(media_bytes)})")
        if settings.BACKUP_HMAC_KEY:
            self.stdout.write(f"  signed: {signature_path(target)} (keep it with the archive)")

    def _sign(self, partial, target):
        """The signature is in place before the archive, so a finished
        archive always has its own one beside it."""
        signature = signature_path(target)
        partial_signature = signature.with_name(signature.name + ".part")
        descriptor = os.open(partial_signature, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(f"{SIGNATURE_ALGORITHM} {archive_hmac(partial, settings.BACKUP_HMAC_KEY)}\n")
        os.replace(partial_signature, signature)

    def _target(self, output):
        name = f"backup-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
        if not output:
            return default_backup_dir() / name
        target = Path(output).expanduser()
        if target.is_dir() or output.endswith(("/", os.sep)):
            return target / name
        return target

    def _dump(self, data_path, database):
        """One consistent snapshot: every table is read in the same transaction."""
        connection = connections[database]
        outermost = not connection.in_atomic_block
        with transaction.atomic(using=database):
            if connection.vendor == "postgresql" and outermost:
                # A new transaction, so nothing has run in it yet.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            call_command(
                "dumpdata",
                natural_foreign=True,
                natural_primary=True,
                exclude=EXCLUDED,
                database=database,
                output=str(data_path),
                verbosity=0,
                stdout=StringIO(),
            )
