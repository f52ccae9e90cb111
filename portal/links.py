"""Checks that the web addresses the site cites still answer, for
``manage.py check_links``. A model opts in by inheriting ``CheckedLink`` and
naming its address field in ``link_field``.

The checker is polite: it says who it is, waits a few seconds at most, runs a
few hosts at once and never sends a host more than one request at a time (each
host's addresses are checked one after the other by one worker).
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from django.db import models
from django.utils.translation import gettext_lazy as _

USER_AGENT = (
    "BloodDisordersPortal-LinkCheck/1.0 "
    "(checks once a week that the sources cited on patient pages still answer)"
)


class LinkStatus(models.TextChoices):
    OK = "ok", _("Works")
    REDIRECTED = "redirected", _("Redirects elsewhere")
    BROKEN = "broken", _("Broken")


class CheckedLink(models.Model):
    link_status = models.CharField(
        _("link status"), max_length=20, choices=LinkStatus, blank=True, editable=False
    )
    link_detail = models.CharField(
        _("link check result"), max_length=500, blank=True, editable=False
    )
    link_checked_at = models.DateTimeField(_("link checked at"), null=True, editable=False)

    link_field = "url"

    class Meta:
        abstract = True


@dataclass
class Result:
    status: str
    detail: str


class _DontFollow(HTTPRedirectHandler):
    """A redirect is reported, not followed: the editor should update the address."""

    def redirect_request(self, *args, **kwargs):
        return None


def check_url(url, *, timeout):
    opener = build_opener(_DontFollow)
    for method in ("HEAD", "GET"):
        request = Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with opener.open(request, timeout=timeout) as response:
                return Result(LinkStatus.OK, str(response.status))
        except HTTPError as error:
            error.close()
            if method == "HEAD" and error.code in (403, 405, 501):
                continue  # some servers refuse HEAD but answer GET
            if 300 <= error.code < 400:
                location = error.headers.get("Location", "")
                return Result(LinkStatus.REDIRECTED, f"{error.code} → {location}")
            return Result(LinkStatus.BROKEN, f"{error.code} {error.reason}")
        except TimeoutError:
            return Result(LinkStatus.BROKEN, f"no answer within {timeout:g} s")
        except URLError as error:
            if isinstance(error.reason, TimeoutError):
                return Result(LinkStatus.BROKEN, f"no answer within {timeout:g} s")
            return Result(LinkStatus.BROKEN, str(error.reason))
        except OSError as error:
            return Result(LinkStatus.BROKEN, str(error))


def check_urls(urls, *, timeout=10, workers=4):
    """{url: Result} for every distinct address, at most ``workers`` hosts at
    a time and one request per host at a time."""
    by_host = {}
    for url in sorted(set(urls)):
        by_host.setdefault(urlsplit(url).netloc.lower(), []).append(url)

    def check_host(host_urls):
        return {url: check_url(url, timeout=timeout) for url in host_urls}

    results = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for host_results in pool.map(check_host, by_host.values()):
            results |= host_results
    return results
