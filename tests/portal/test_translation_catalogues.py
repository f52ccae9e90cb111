import ast
import gettext
from pathlib import Path

import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"


def read_po(path):
    """Entries of a .po file as (msgid, msgid_plural, [msgstr...], flags),
    enough of the format for what makemessages writes."""
    entries, entry, field = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if entry and entry["msgid"]:
                entries.append(entry)
            entry, field = None, None
            continue
        entry = entry or {"msgid": "", "msgid_plural": "", "msgstr": {}, "flags": ""}
        if line.startswith("#,"):
            entry["flags"] += line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(field, int):
                entry["msgstr"][field] += value
            else:
                entry[field] += value
        else:
            keyword, _space, rest = line.partition(" ")
            if keyword.startswith("msgstr["):
                field = int(keyword[7:-1])
                entry["msgstr"][field] = ast.literal_eval(rest)
            elif keyword == "msgstr":
                field = 0
                entry["msgstr"][0] = ast.literal_eval(rest)
            else:
                field = keyword
                entry[field] = ast.literal_eval(rest)
    return entries


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_every_interface_string_is_translated(lang):
    entries = read_po(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po")
    assert len(entries) > 50
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("lang", ["nl", "fr"])
def test_compiled_catalogue_matches_its_source(lang):
    """The .mo files are committed; this catches a .po edited without `make messages`."""
    directory = LOCALE_DIR / lang / "LC_MESSAGES"
    with open(directory / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for entry in read_po(directory / "django.po"):
        if entry["msgid_plural"]:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr"][0]
        else:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"][0], entry["msgid"]


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_catalogue_headers_are_filled_in(language):
    header = (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").read_text().split("\n\n")[0]
    for placeholder in ("PACKAGE", "LANGUAGE <LL@li.org>", "FULL NAME", "YEAR-MO-DA"):
        assert placeholder not in header
    assert '"Project-Id-Version: Blood Disorders Portal\\n"' in header
    assert '"Language-Team: ' in header
    plural = "(n > 1)" if language == "fr" else "(n != 1)"
    assert f'"Plural-Forms: nplurals=2; plural={plural};\\n"' in header
