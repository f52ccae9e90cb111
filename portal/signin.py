"""Slowing down guesses at one account from many addresses.

django-axes locks a (user name, address) pair, and an address, after
AXES_FAILURE_LIMIT failures, so a stranger who knows a user name cannot lock
its owner out. Someone guessing from many addresses is slowed instead: once
an account has had ADMIN_SLOW_DOWN_AFTER failures within an hour, it can be
tried once every ADMIN_SLOW_DOWN_SECONDS from addresses it never signed in
from. Its owner, at an address they signed in from before, is not slowed."""

from axes.models import AccessLog
from django.conf import settings

from .ratelimit import client_group, hit, is_limited

HOUR = 3600


def record_failure(sender, credentials, request=None, **kwargs):
    """Receiver of user_login_failed: one more failure for the account."""
    username = credentials.get("username")
    if request is not None and username:
        hit("signin-failures", request, (settings.ADMIN_SLOW_DOWN_AFTER, HOUR), who=username)


def is_slowed(request, username, *, now=None):
    """Must this sign-in attempt wait? When it need not, but the account is
    being slowed, it takes the account's one attempt of the period. Costs a
    query only for an account being slowed (axes's log of sign-ins)."""
    failures = (settings.ADMIN_SLOW_DOWN_AFTER, HOUR)
    if not username or not is_limited("signin-failures", request, failures, now=now, who=username):
        return False
    if AccessLog.objects.filter(username=username, ip_address=client_group(request)).exists():
        return False
    period = (1, settings.ADMIN_SLOW_DOWN_SECONDS)
    return hit("signin-slowed", request, period, now=now, who=username)
