import re
import tomllib

import pytest

from disorders.content import CONTENT_DIR

TERMBASE = tomllib.loads((CONTENT_DIR / "termbase.toml").read_text())


def text_of(path):
    """The words readers see: tags and their attributes left out."""
    return re.sub(r"<[^>]*>", " ", path.read_text())


def pattern(word):
    escaped = re.escape(word)
    return rf"\b{escaped}\b" if word[0].isalnum() and word[-1].isalnum() else escaped


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_content_files_avoid_the_variants_the_termbase_rules_out(language):
    found = []
    for term in TERMBASE[language]["terms"]:
        for word in term["avoid"]:
            for path in sorted(CONTENT_DIR.rglob(f"{language}.html")):
                if re.search(pattern(word), text_of(path), re.IGNORECASE):
                    found.append(f"{path.relative_to(CONTENT_DIR)}: {word!r} (use {term['use']!r})")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_urgent_help_that_mentions_fever_says_to_act_at_any_hour(language):
    """One policy for fever during treatment: never "the same day"."""
    policy = TERMBASE["policy"]
    late = []
    for path in sorted((CONTENT_DIR / "disorders").glob(f"*/{language}.html")):
        box = re.search(r'data-callout="urgent_help">(.*?)</section>', path.read_text(), re.S)
        introduction = ""
        for tag, item in re.findall(r"<(li|p)>(.*?)</\1>", box.group(1), re.S):
            words = " ".join(re.sub(r"<[^>]*>", "", item).split()).casefold()
            if tag == "p":
                introduction = words  # "Contact your team immediately if:" and its list
            else:
                words = f"{introduction} {words}"
            mentions_fever = any(word in words for word in policy["fever_words"][language])
            if mentions_fever and not any(
                phrase.casefold() in words for phrase in policy["at_any_hour"][language]
            ):
                late.append(f"{path.relative_to(CONTENT_DIR)}: {words[:80]}")
    assert not late, "\n".join(late)
