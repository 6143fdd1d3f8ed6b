from dataclasses import dataclass

from django.db.models import QuerySet

from backoffice.documents.rendering import RENDER_SCALE
from backoffice.trades.fields import EDITABLE_FIELDS, FIELD_LABELS, display_value
from backoffice.trades.models import Confirmation

# Below this a field is flagged for the reviewer's attention.
LOW_CONFIDENCE = 0.9


@dataclass(frozen=True)
class FieldRow:
    name: str
    label: str
    value: str
    confidence: float | None
    page: int | None
    # The value's box on the rendered page image, in pixels: left, top, width, height.
    box: tuple[float, float, float, float] | None

    @property
    def doubtful(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE


def review_queue(*, status: str = Confirmation.Status.PENDING) -> QuerySet[Confirmation]:
    return (
        Confirmation.objects.filter(status=status).select_related("document", "decided_by").order_by("created_at", "id")
    )


def confirmation_field_rows(confirmation: Confirmation) -> list[FieldRow]:
    rows = []
    for name in EDITABLE_FIELDS:
        where = confirmation.provenance.get(name) or {}
        bbox = where.get("bbox")
        box = None
        if bbox and len(bbox) == 4:
            x0, top, x1, bottom = (float(v) * RENDER_SCALE for v in bbox)
            box = (round(x0, 1), round(top, 1), round(x1 - x0, 1), round(bottom - top, 1))
        confidence = confirmation.confidence.get(name)
        rows.append(
            FieldRow(
                name=name,
                label=FIELD_LABELS[name],
                value=display_value(getattr(confirmation, name), name),
                confidence=float(confidence) if confidence is not None else None,
                page=where.get("page"),
                box=box,
            )
        )
    return rows


def lowest_confidence(confirmation: Confirmation) -> float | None:
    values = [float(v) for v in confirmation.confidence.values()]
    return min(values) if values else None
