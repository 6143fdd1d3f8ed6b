from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC

from django.db import models

from .models import AuditEvent
from .services import GENESIS_HASH, event_digest


@dataclass(frozen=True)
class ChainReport:
    events_checked: int
    first_bad_id: int | None
    problem: str

    @property
    def intact(self) -> bool:
        return self.first_bad_id is None


def audit_events_for(target: models.Model) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(object_type=target._meta.model_name, object_id=str(target.pk))


def _in_chain_order() -> Iterator[AuditEvent]:
    return AuditEvent.objects.order_by("id").iterator(chunk_size=2000)


def audit_chain_verify() -> ChainReport:
    """Walk the whole chain and recompute every seal; the first event that does not fit is reported."""
    expected_prev = GENESIS_HASH
    count = 0
    for event in _in_chain_order():
        count += 1
        if event.prev_hash != expected_prev:
            return ChainReport(count, event.pk, "does not follow the event before it (one is missing or moved)")
        digest = event_digest(
            prev_hash=event.prev_hash,
            at=event.at.astimezone(UTC).isoformat(),
            actor_id=event.actor_id,
            actor_name=event.actor_name,
            action=event.action,
            object_type=event.object_type,
            object_id=event.object_id,
            data=event.data,
        )
        if digest != event.hash:
            return ChainReport(count, event.pk, "its content does not match its seal (it was altered)")
        expected_prev = event.hash
    return ChainReport(count, None, "")
