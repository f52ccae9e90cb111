import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from reversion.models import Version

from disorders.content import CONTENT_DIR, parse_html
from disorders.models import Disorder
from pages.models import SitePage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "nl", "fr")
PAGE_FOLDERS = sorted([*(CONTENT_DIR / "disorders").iterdir(), *(CONTENT_DIR / "pages").iterdir()])


def load(*args, content_dir=None):
    out = StringIO()
    options = {"content_dir": content_dir} if content_dir else {}
    call_command("load_demo_content", *args, stdout=out, **options)
    return out.getvalue()


def outline(path):
    """What must match across languages: sections with their call-outs, the
    questions box, and the sub-headings of a site page's article."""
    elements = parse_html(path.read_text())
    return [
        (e.tag, e.attrs.get("id"), e.attrs.get("data-callout"), e.attrs.get("class"))
        for e in elements
        if e.tag in ("section", "aside", "h3")
    ]


@pytest.fixture
def content(tmp_path):
    """A copy of the shipped content, to break."""
    return shutil.copytree(CONTENT_DIR, tmp_path / "content")


@pytest.mark.parametrize("folder", PAGE_FOLDERS, ids=lambda folder: folder.name)
def test_every_shipped_page_has_the_same_sections_and_callouts_in_every_language(folder):
    english = outline(folder / "en.html")
    assert english
    for language in LANGUAGES:
        assert outline(folder / f"{language}.html") == english, language


@pytest.mark.parametrize("folder", ["categories", "glossary", "organisations"])
def test_every_shipped_list_has_the_same_entries_in_every_language(folder):
    def ids(language):
        elements = parse_html((CONTENT_DIR / folder / f"{language}.html").read_text())
        return [e.attrs["id"] for e in elements if "id" in e.attrs]

    for language in LANGUAGES:
        assert ids(language) == ids("en"), language


def test_loader_names_a_missing_language(content):
    (content / "disorders" / "leukemia" / "fr.html").unlink()
    with pytest.raises(CommandError, match=r"leukemia/fr.html is missing"):
        load(content_dir=content)
    assert not Disorder.objects.exists()


def test_loader_names_sections_out_of_step(content):
    path = content / "disorders" / "haemophilia" / "nl.html"
    path.write_text(path.read_text().replace("<section id=", "<section id=x", 1))
    with pytest.raises(CommandError, match=r"haemophilia/nl.html: sections .* out of step"):
        load(content_dir=content)


def test_loader_names_a_callout_missing_in_one_language(content):
    path = content / "disorders" / "leukemia" / "fr.html"
    path.write_text(path.read_text().replace(' data-callout="urgent_help"', "", 1))
    with pytest.raises(CommandError, match=r"leukemia/fr.html: sections .* out of step"):
        load(content_dir=content)


def test_loader_names_an_unknown_related_page(content):
    path = content / "disorders" / "leukemia" / "page.toml"
    path.write_text(path.read_text().replace("related = [", 'related = ["leukaemia", ', 1))
    with pytest.raises(CommandError, match=r"leukemia/page.toml: related names 'leukaemia'"):
        load(content_dir=content)


def test_loader_names_a_section_without_a_heading(content):
    path = content / "disorders" / "leukemia" / "en.html"
    path.write_text(path.read_text().replace("<h2>", "<h3>", 1).replace("</h2>", "</h3>", 1))
    with pytest.raises(CommandError, match=r"leukemia/en.html, line \d+: a <section> must start"):
        load(content_dir=content)


def test_loader_names_a_site_page_whose_languages_differ(content):
    path = content / "pages" / "about" / "nl.html"
    path.write_text(path.read_text().replace("<h3>", "<p>", 1).replace("</h3>", "</p>", 1))
    with pytest.raises(CommandError, match=r"about/nl.html: number of <h3> out of step"):
        load(content_dir=content)


def test_update_resets_sections_an_editor_changed():
    load()
    leukemia = Disorder.objects.get(slug_en="leukemia")
    sections = leukemia.sections.count()
    leukemia.sections.update(heading_nl="Bewerkt")
    leukemia.sections.first().delete()
    load()
    assert leukemia.sections.count() == sections - 1
    output = load("--update")
    assert leukemia.sections.count() == sections
    assert not leukemia.sections.filter(heading_nl="Bewerkt").exists()
    assert "0 disorder pages created, 17 updated" in output


def test_every_page_gets_a_revision_of_its_own():
    load()
    pages = [*Disorder.objects.all(), *SitePage.objects.all()]
    versions = Version.objects.filter(
        content_type__model__in=["disorder", "sitepage"]
    ).select_related("revision")
    assert len(versions) == len(pages)
    assert len({version.revision_id for version in versions}) == len(pages)
    for version in versions:
        in_revision = version.revision.version_set.filter(
            content_type__model__in=["disorder", "sitepage"]
        )
        assert in_revision.count() == 1


def test_a_disorder_revision_holds_its_sections_and_related_pages():
    load()
    leukemia = Disorder.objects.get(slug_en="leukemia")
    version = Version.objects.get_for_object(leukemia).get()
    sections = version.revision.version_set.filter(content_type__model="disordersection")
    assert sections.count() == leukemia.sections.count()
    assert set(version.field_dict["related"]) == set(leukemia.related.values_list("pk", flat=True))


def test_related_pages_go_both_ways():
    load()
    for disorder in Disorder.objects.prefetch_related("related"):
        for other in disorder.related.all():
            assert disorder in other.related.all()


@pytest.mark.parametrize(
    "folder", sorted((CONTENT_DIR / "disorders").iterdir()), ids=lambda folder: folder.name
)
def test_every_disorder_has_four_to_six_questions_to_ask_in_every_language(folder):
    for language in LANGUAGES:
        elements = parse_html((folder / f"{language}.html").read_text())
        questions = [e for e in elements if e.tag == "li" and "aside" in e.ancestors]
        assert 4 <= len(questions) <= 6, language


def test_questions_to_ask_are_loaded_in_every_language():
    load()
    for disorder in Disorder.objects.all():
        for language in LANGUAGES:
            assert "<li>" in getattr(disorder, f"questions_{language}"), disorder.slug_en
