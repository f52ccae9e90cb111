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
