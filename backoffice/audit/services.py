"""The one way to write to the audit trail. Every service calls audit_record inside its own transaction."""

import hashlib
import json
from datetime import UTC
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.utils import timezone

from .models import AuditEvent

GENESIS_HASH = "0" * 64
# Any constant works; it names the one lock that serializes appends to the chain on PostgreSQL.
_CHAIN_LOCK_KEY = 0x6B0A0D17


def event_digest(
    *,
    prev_hash: str,
    at: str,
    actor_id: int | None,
    actor_name: str,
    action: str,
    object_type: str,
    object_id: str,
    data: Any,
) -> str:
    payload = {
        "prev_hash": prev_hash,
        "at": at,
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "data": data,
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _lock_chain() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK_KEY])


def audit_record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
    actor_name: str = "",
) -> AuditEvent:
    """Append one event. Call it inside the transaction of the change it records."""
    user = actor if actor is not None and actor.is_authenticated else None
    name = actor_name or (user.get_username() if user else "system")
    # Store exactly what was hashed: Decimals and dates become strings once, here.
    clean_data = json.loads(json.dumps(data or {}, cls=DjangoJSONEncoder))
    object_type = target._meta.model_name if target is not None else ""
    object_id = str(target.pk) if target is not None else ""
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
        prev_hash = last or GENESIS_HASH
        at = timezone.now().astimezone(UTC)
        digest = event_digest(
            prev_hash=prev_hash,
            at=at.isoformat(),
            actor_id=user.pk if user else None,
            actor_name=name,
            action=action,
            object_type=object_type,
            object_id=object_id,
            data=clean_data,
        )
        return AuditEvent.objects.create(
            at=at,
            actor=user,
            actor_name=name,
            action=action,
            object_type=object_type,
            object_id=object_id,
            data=clean_data,
            prev_hash=prev_hash,
            hash=digest,
        )
