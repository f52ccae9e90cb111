"""Optional error reports to Sentry, off unless SENTRY_DSN is set (the
settings call init_sentry then). sentry_sdk is not imported otherwise."""

FILTERED = "[Filtered]"
# Request headers that identify a reader or carry a credential.
PRIVATE_HEADERS = {"cookie", "authorization", "x-forwarded-for", "x-real-ip", "referer"}


def init_sentry(dsn, *, environment, release=None):
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release,
        send_default_pii=False,
        # Readers' feedback, search words and form fields never leave the
        # server: no request bodies, no local variables of stack frames, and
        # before_send removes what the SDK would still attach.
        max_request_body_size="never",
        include_local_variables=False,
        before_send=scrub_event,
        traces_sample_rate=0,
    )


def scrub_event(event, hint=None):
    """Remove what may identify a reader or quote their words from an error
    report: the body of the request (feedback text, names, addresses), the
    query string (search words), cookies, addresses, the user, and the
    variables of each stack frame."""
    event.pop("user", None)
    if request := event.get("request"):
        for key in ("data", "query_string", "cookies"):
            if request.get(key):
                request[key] = FILTERED
        if isinstance(request.get("headers"), dict):
            request["headers"] = {
                name: FILTERED if name.lower() in PRIVATE_HEADERS else value
                for name, value in request["headers"].items()
            }
        request.pop("env", None)
    for exception in (event.get("exception") or {}).get("values") or []:
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    return event
