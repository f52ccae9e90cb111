import json
import tarfile
from io import BytesIO, StringIO

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from PIL import Image

from disorders.models import Category, Disorder, DisorderSection
from feedback.models import Feedback
from organisations.models import Organisation
from tests.factories import make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "nl", "fr")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def fresh_content_types():
    """A restore re-creates the content types; the test's rollback brings
    the old ones back, so no cached id may outlive the test."""
    yield
    ContentType.objects.clear_cache()


@pytest.fixture
def site(media_root):
    """The demo content, one feedback submission assigned to an editor, an
    admin log entry and an organisation with a logo file."""
    call_command("load_demo_content", stdout=StringIO())
    editor = make_staff(username="editor")
    leukemia = Disorder.objects.get(slug_en="leukemia")
    Feedback.objects.create(
        disorder=leukemia,
        page_title=leukemia.name,
        language="nl",
        kind=Feedback.Kind.UNCLEAR,
        message="De tweede alinea is niet duidelijk.",
        assignee=editor,
    )
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Disorder),
        object_id=str(leukemia.pk),
        object_repr=leukemia.name,
        action_flag=CHANGE,
        change_message="Reviewed",
    )
    organisation = Organisation.objects.filter(disorders__isnull=False).first()
    organisation.logo.save("logo.png", ContentFile(png_bytes()))
    return organisation


def png_bytes():
    buffer = BytesIO()
    Image.new("RGB", (40, 20), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def back_up(tmp_path):
    path = tmp_path / "backups" / "site.tar.gz"
    call_command("backup_site", output=str(path), stdout=StringIO())
    return path


def restore(path, *args):
    out = StringIO()
    call_command("restore_site", str(path), *args, stdout=out)
    return out.getvalue()


def translated(instance, *fields):
    return {
        f"{field}_{code}": getattr(instance, f"{field}_{code}")
        for field in fields
        for code in LANGUAGES
    }


def to_millisecond(moment):
    """Django's JSON serializer keeps times to the millisecond."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def snapshot():
    """Everything the site shows or editors keep, by stable keys rather than
    primary keys."""
    return {
        "categories": {
            c.slug_en: translated(c, "name", "slug", "description") | {"position": c.position}
            for c in Category.objects.all()
        },
        "disorders": {
            d.slug_en: translated(d, "name", "slug", "summary")
            | {
                "category": d.category.slug_en,
                "parent": d.parent.slug_en if d.parent else None,
                "related": sorted(r.slug_en for r in d.related.all()),
                "status": d.status,
                "position": d.position,
                "created_at": to_millisecond(d.created_at),
                "updated_at": to_millisecond(d.updated_at),
            }
            for d in Disorder.objects.select_related("category", "parent")
        },
        "sections": sorted(
            (
                s.disorder.slug_en,
                s.position,
                s.callout,
                tuple(translated(s, "heading", "body").items()),
            )
            for s in DisorderSection.objects.select_related("disorder")
        ),
        "organisations": {
            o.slug: translated(o, "name", "description")
            | {
                "languages": sorted(language.code for language in o.languages.all()),
                "disorders": sorted(d.slug_en for d in o.disorders.all()),
                "logo": o.logo.name,
                "region": o.region,
                "website": o.website,
            }
            for o in Organisation.objects.all()
        },
        "feedback": [
            (
                f.disorder.slug_en,
                f.page_title,
                f.language,
                f.kind,
                f.message,
                f.status,
                to_millisecond(f.created_at),
                f.assignee.username if f.assignee else None,
            )
            for f in Feedback.objects.select_related("disorder", "assignee")
        ],
    }


def wipe(media_root):
    Feedback.objects.all().delete()
    Organisation.objects.all().delete()
    DisorderSection.objects.all().delete()
    Disorder.objects.filter(parent__isnull=False).delete()
    Disorder.objects.all().delete()
    Category.objects.all().delete()
    for path in media_root.rglob("*"):
        if path.is_file():
            path.unlink()


def archive_with(tmp_path, members, data=b"[]"):
    """A .tar.gz with data.json and the given (name, bytes) members."""
    path = tmp_path / "crafted.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for name, content in [("data.json", data), *members]:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, BytesIO(content))
    return path


def test_restore_brings_back_every_disorder_organisation_and_feedback(site, media_root, tmp_path):
    before = snapshot()
    logo_bytes = (media_root / site.logo.name).read_bytes()
    assert len(before["disorders"]) == 17 and len(before["organisations"]) == 10
    leukemia = before["disorders"]["leukemia"]
    assert {leukemia["name_en"], leukemia["name_nl"], leukemia["name_fr"]} == {
        "Leukaemia",
        "Leukemie",
        "Leucémie",
    }
    backup = back_up(tmp_path)

    wipe(media_root)
    assert not Disorder.objects.exists() and not Feedback.objects.exists()
    assert not (media_root / site.logo.name).exists()

    output = restore(backup, "--no-input")

    assert snapshot() == before
    assert (media_root / site.logo.name).read_bytes() == logo_bytes
    editor = User.objects.get(username="editor")
    assert editor.is_staff and editor.check_password("correct horse battery staple")
    entry = LogEntry.objects.get(change_message="Reviewed")
    assert entry.user == editor and entry.content_type.model_class() is Disorder
    assert "disorders.disorder: 17" in output and "media: 1 files" in output


def test_restore_keeps_every_language_whatever_language_is_active(site, media_root, tmp_path):
    before = snapshot()
    backup = back_up(tmp_path)
    wipe(media_root)

    with translation.override("fr"):
        restore(backup, "--no-input")

    assert snapshot() == before


def test_backup_contains_data_json_and_the_media_tree(site, tmp_path):
    backup = back_up(tmp_path)

    with tarfile.open(backup) as archive:
        names = archive.getnames()
        records = json.load(archive.extractfile("data.json"))
    assert names == ["data.json", f"media/{site.logo.name}"]
    models = {record["model"] for record in records}
    assert {"disorders.disorder", "organisations.organisation", "feedback.feedback"} <= models
    assert {"auth.user", "admin.logentry"} <= models
    assert not models & {"contenttypes.contenttype", "auth.permission", "sessions.session"}
    leukemia = next(r for r in records if r["fields"].get("slug_en") == "leukemia")
    assert leukemia["fields"]["name_nl"] == "Leukemie"
    assert leukemia["fields"]["name_fr"] == "Leucémie"
    assert backup.stat().st_mode & 0o077 == 0


def test_backup_goes_to_var_backups_by_default_and_reports_the_counts(site, settings, tmp_path):
    settings.BASE_DIR = tmp_path
    out = StringIO()

    call_command("backup_site", stdout=out)

    [backup] = (tmp_path / "var" / "backups").glob("backup-*.tar.gz")
    assert f"Backup written to {backup}" in out.getvalue()
    assert "disorders.disorder: 17" in out.getvalue()
    assert "feedback.feedback: 1" in out.getvalue()
    assert "media: 1 files" in out.getvalue()


def test_backup_refuses_to_write_into_the_public_media_folder(site, media_root):
    with pytest.raises(CommandError, match="MEDIA_ROOT"):
        call_command("backup_site", output=str(media_root / "site.tar.gz"), stdout=StringIO())
    assert not (media_root / "site.tar.gz").exists()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "flipped"])
def test_corrupt_archive_is_refused_and_changes_nothing(site, media_root, tmp_path, damage):
    content = back_up(tmp_path).read_bytes()
    if damage == "truncated":
        content = content[: len(content) // 2]
    elif damage == "garbage":
        content = b"this is not a backup\n" * 100
    else:
        middle = len(content) // 2
        content = content[:middle] + bytes([content[middle] ^ 0xFF]) + content[middle + 1 :]
    corrupt = tmp_path / "corrupt.tar.gz"
    corrupt.write_bytes(content)
    before = snapshot()
    media_before = sorted(p.relative_to(media_root) for p in media_root.rglob("*"))

    with pytest.raises(CommandError, match="not a readable backup archive.*Nothing was changed"):
        restore(corrupt, "--no-input")

    assert snapshot() == before
    assert sorted(p.relative_to(media_root) for p in media_root.rglob("*")) == media_before


def test_missing_archive_is_refused(site, tmp_path):
    with pytest.raises(CommandError, match="No backup archive at"):
        restore(tmp_path / "nowhere.tar.gz", "--no-input")
    assert Disorder.objects.count() == 17


def test_archive_without_data_json_is_refused(site, tmp_path):
    path = tmp_path / "other.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        archive.add(__file__, arcname="media/x.py")

    with pytest.raises(CommandError, match="has no data.json"):
        restore(path, "--no-input")
    assert Disorder.objects.count() == 17


@pytest.mark.parametrize("name", ["../evil", "media/../../evil", "media/../evil", "ABSOLUTE"])
def test_archive_with_a_path_out_of_media_root_is_refused(site, media_root, tmp_path, name):
    target = tmp_path / "evil"
    name = str(target) if name == "ABSOLUTE" else name
    path = archive_with(tmp_path, [(name, b"#!/bin/sh\necho owned\n")])

    with pytest.raises(CommandError, match="absolute path or '..'"):
        restore(path, "--no-input")

    assert not target.exists()
    assert not (media_root / "evil").exists()
    assert Disorder.objects.count() == 17


def test_archive_with_a_link_is_refused(site, media_root, tmp_path):
    path = tmp_path / "link.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        data = tarfile.TarInfo("data.json")
        data.size = 2
        archive.addfile(data, BytesIO(b"[]"))
        link = tarfile.TarInfo("media/passwd")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        archive.addfile(link)

    with pytest.raises(CommandError, match="link or special file"):
        restore(path, "--no-input")
    assert not (media_root / "passwd").exists()


def test_failed_load_leaves_the_database_and_media_as_they_were(site, media_root, tmp_path):
    broken = [
        {
            "model": "feedback.feedback",
            "pk": 1,
            "fields": {
                "disorder": 999999,
                "page_title": "Nowhere",
                "language": "en",
                "kind": "other",
                "message": "Points at a disorder that does not exist.",
            },
        }
    ]
    path = archive_with(
        tmp_path, [("media/new.png", png_bytes())], data=json.dumps(broken).encode()
    )
    before = snapshot()

    with pytest.raises(CommandError, match="database was left as it was"):
        restore(path, "--no-input")

    assert snapshot() == before
    assert not (media_root / "new.png").exists()


def test_restore_asks_for_confirmation_without_no_input(site, tmp_path):
    backup = back_up(tmp_path)
    Feedback.objects.all().delete()

    with pytest.raises(CommandError, match="--no-input"):
        restore(backup)

    assert not Feedback.objects.exists()


def test_restore_rebuilds_the_search_index(tmp_path, settings):
    from search.index import load_entries, search
    from search.models import SearchEntry

    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", stdout=StringIO())
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_site", output=str(archive), stdout=StringIO())
    SearchEntry.objects.all().delete()
    restore(archive, "--no-input")
    assert load_entries(search("leucemie", "fr"))[0].title == "Leucémie"


def test_a_restore_replaces_the_kept_pages(site, tmp_path, client):
    backup = back_up(tmp_path)
    leukemia = Disorder.objects.get(slug_en="leukemia")
    leukemia.name_en = "Renamed after the backup"
    leukemia.save()
    client.get("/en/disorders/")
    assert "Renamed after the backup" in client.get("/en/disorders/").content.decode()

    restore(backup, "--no-input")

    index = client.get("/en/disorders/")
    assert index.get("X-Page-Cache") != "hit"
    assert "Renamed after the backup" not in index.content.decode()
    assert ">Leukaemia<" in index.content.decode()


def test_a_restore_brings_back_the_glossary_definitions_on_kept_pages(site, tmp_path, client):
    from disorders.models import GlossaryTerm

    page = client.get("/en/disorders/leukemia/").content.decode()
    term = next(t for t in GlossaryTerm.objects.all() if t.definition_en in page)
    backup = back_up(tmp_path)
    original = term.definition_en
    term.definition_en = "A definition written after the backup."
    term.save()
    client.get("/en/disorders/leukemia/")

    restore(backup, "--no-input")

    page = client.get("/en/disorders/leukemia/").content.decode()
    assert "A definition written after the backup." not in page
    assert original in page


@pytest.mark.parametrize(
    "names", [["media/a.png", "media/a.png"], ["media/a.png", "media/./a.png"], ["data.json"]]
)
def test_archive_with_a_member_twice_is_refused(site, media_root, tmp_path, names):
    path = archive_with(tmp_path, [(name, png_bytes()) for name in names])

    with pytest.raises(CommandError, match="more than once.*Nothing was changed"):
        restore(path, "--no-input")

    assert not (media_root / "a.png").exists()
    assert Disorder.objects.count() == 17


def test_archive_that_unpacks_past_the_limit_is_refused(site, media_root, settings, tmp_path):
    settings.RESTORE_MAX_BYTES = 1024 * 1024
    # Compresses to a few kilobytes; unpacks to 2 MB.
    path = archive_with(tmp_path, [("media/zeros.bin", bytes(2 * 1024 * 1024))])
    assert path.stat().st_size < 64 * 1024

    with pytest.raises(CommandError, match="unpacks to more than 1.0 MB.*Nothing was changed"):
        restore(path, "--no-input")

    assert not (media_root / "zeros.bin").exists()
    assert Disorder.objects.count() == 17


def test_with_a_key_backups_are_signed_and_restored(site, media_root, settings, tmp_path):
    settings.BACKUP_HMAC_KEY = "a key kept in the environment file"
    backup = back_up(tmp_path)
    signature = backup.with_name(backup.name + ".hmac")
    assert signature.read_text().startswith("HMAC-SHA256 ")
    assert signature.stat().st_mode & 0o077 == 0
    wipe(media_root)

    restore(backup, "--no-input")

    assert Disorder.objects.count() == 17


@pytest.mark.parametrize("tampering", ["altered", "no signature", "other key"])
def test_with_a_key_an_unsigned_or_altered_archive_is_refused(
    site, media_root, settings, tmp_path, tampering
):
    settings.BACKUP_HMAC_KEY = "a key kept in the environment file"
    backup = back_up(tmp_path)
    signature = backup.with_name(backup.name + ".hmac")
    if tampering == "altered":
        # A valid archive of someone else's making, under the signed name.
        archive_with(tmp_path, [("media/a.png", png_bytes())]).replace(backup)
    elif tampering == "no signature":
        signature.unlink()
    else:
        settings.BACKUP_HMAC_KEY = "another key"

    with pytest.raises(CommandError, match="signature.*Nothing was changed"):
        restore(backup, "--no-input")

    assert not (media_root / "a.png").exists()
    assert Disorder.objects.count() == 17


def test_without_a_key_no_signature_is_written(site, settings, tmp_path):
    settings.BACKUP_HMAC_KEY = ""
    backup = back_up(tmp_path)
    assert not backup.with_name(backup.name + ".hmac").exists()
