"""Known XSS vectors through the rich-text sanitiser: nothing executable survives."""

from html.parser import HTMLParser

import pytest

from disorders.models import DisorderSection
from pages.models import SitePage
from tests.factories import make_disorder

ALLOWED_TAGS = {"p", "strong", "em", "h3", "ul", "ol", "li", "br", "a"}
ALLOWED_SCHEMES = ("http://", "https://", "mailto:", "tel:")

VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="https://example.org" onclick="alert(1)" target="_blank">x</a>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%">overlay</p>',
    "<iframe src=javascript:alert(1)></iframe>",
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<form action="https://evil.example"><button>Log in</button></form>',
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<p>unclosed <strong>bold <em>both</p></div></strong><script>alert(1)",
    "<<script>script>alert(1)<</script>/script>",
    '<img src="x" alt="x" onerror=alert(1)//',
    "<style>*{display:none}</style>",
    "<template><script>alert(1)</script></template>",
    '<a href="https://example.org/" rel="opener">x</a>',
]


class Inspector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "src", "srcdoc", "action", "formaction"):
                self.problems.append(f"attribute {name}")
            if name == "href" and not (value or "").strip().lower().startswith(ALLOWED_SCHEMES):
                self.problems.append(f"href {value}")


def problems(html):
    inspector = Inspector()
    inspector.feed(html)
    return inspector.problems + (["script text"] if "<script" in html.lower() else [])


@pytest.mark.django_db
@pytest.mark.parametrize("vector", VECTORS)
def test_nothing_executable_survives_the_section_sanitiser(vector):
    section = DisorderSection(
        disorder=make_disorder(), heading_en="Heading", body_en=vector, body_nl=vector
    )
    section.full_clean()
    assert problems(section.body_en) == []
    assert problems(section.body_nl) == []


@pytest.mark.django_db
@pytest.mark.parametrize("vector", VECTORS)
def test_nothing_executable_survives_the_site_page_sanitiser(vector):
    page = SitePage(kind="about", title_en="About", body_en=f"<p>Text</p>{vector}")
    page.full_clean()
    assert problems(page.body_en) == []


def test_the_inspector_itself_catches_what_it_must():
    assert problems('<a href="javascript:x()">x</a><img src=x onerror=y()>')
