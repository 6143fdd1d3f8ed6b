"""Sign-ins and sign-outs are state changes of a session: record them like any other."""

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .services import audit_record


def _client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


@receiver(user_logged_in)
def record_login(sender, request, user, **kwargs) -> None:
    audit_record(actor=user, action="auth.login", data={"ip": _client_ip(request)})


@receiver(user_logged_out)
def record_logout(sender, request, user, **kwargs) -> None:
    if user is not None:
        audit_record(actor=user, action="auth.logout", data={"ip": _client_ip(request)})


@receiver(user_login_failed)
def record_login_failed(sender, credentials, request=None, **kwargs) -> None:
    username = str(credentials.get("username", ""))[:150]
    audit_record(
        actor=None,
        actor_name="anonymous",
        action="auth.login_failed",
        data={"username": username, "ip": _client_ip(request)},
    )
