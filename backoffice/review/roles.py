"""The desk's roles as Django groups. Permissions decide; group names only bundle them."""

from django.contrib.auth.models import Group, Permission

ROLES: dict[str, list[str]] = {
    "Reviewers": [
        "documents.add_document",
        "documents.view_document",
        "trades.view_confirmation",
        "trades.review_confirmation",
        "trades.view_bookedtrade",
    ],
    "Approvers": [
        "documents.view_document",
        "trades.view_confirmation",
        "trades.approve_confirmation",
        "trades.view_bookedtrade",
    ],
    "Auditors": [
        "audit.view_auditevent",
        "documents.view_document",
        "trades.view_confirmation",
        "trades.view_fieldcorrection",
        "trades.view_bookedtrade",
    ],
}


def roles_ensure() -> dict[str, Group]:
    groups = {}
    for name, codes in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        perms = [_permission(code) for code in codes]
        group.permissions.set(perms)
        groups[name] = group
    return groups


def _permission(code: str) -> Permission:
    app_label, codename = code.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)
