from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches)
def limits_are_shared_by_workers(app_configs, **kwargs):
    """Rate limits and single-use form tokens live in the default cache. A
    process cannot count another's workers, so this trusts WEB_CONCURRENCY,
    which gunicorn also reads as its number of workers."""
    if settings.WEB_CONCURRENCY > 1 and settings.CACHES["default"]["BACKEND"] in PER_PROCESS_CACHES:
        return [
            Warning(
                f"{settings.WEB_CONCURRENCY} workers (WEB_CONCURRENCY) without a shared cache: "
                "each worker counts rate limits and used feedback forms on its own, so a "
                "client gets up to that many times its allowance.",
                hint="Set REDIS_URL, or run one worker.",
                id="portal.W001",
            )
        ]
    return []


@register(Tags.security, deploy=True)
def site_url_is_the_public_address(app_configs, **kwargs):
    """Canonical links, the sitemap and e-mails are built on SITE_URL alone."""
    if urlsplit(settings.SITE_URL).hostname in ("127.0.0.1", "localhost", "::1", None):
        return [
            Warning(
                f"SITE_URL is {settings.SITE_URL!r}: canonical links, the sitemap and "
                "e-mail links would point there.",
                hint="Set SITE_URL to the public address, such as https://portal.example.org.",
                id="portal.W002",
            )
        ]
    if settings.HTTPS and not settings.SITE_URL.startswith("https://"):
        return [
            Warning(
                "DJANGO_HTTPS is on but SITE_URL does not start with https://.",
                hint="Give SITE_URL the https:// address readers use.",
                id="portal.W003",
            )
        ]
    return []
