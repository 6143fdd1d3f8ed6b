"""Every way in (upload, folder, command line, mail, API) ends in document_ingest; the worker calls
document_extract. Each state change and its audit event share one transaction."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import PurePath

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

from backoffice.audit.services import audit_record
from extraction.types import ExtractionResult

from .models import Document
from .storage import blob_path, blob_write

logger = logging.getLogger(__name__)

# A document that made the worker die this many times is not tried again.
MAX_ATTEMPTS = 3


class DocumentTooLarge(Exception):
    pass


@dataclass(frozen=True)
class IngestOutcome:
    document: Document
    created: bool


def display_filename(name: str) -> str:
    """Keep the last path component a sender gave, for display only; it never becomes a path here."""
    base = PurePath(name.replace("\\", "/")).name if name else ""
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return (cleaned or "unnamed")[:255]


def _limited(chunks: Iterable[bytes], limit: int) -> Iterable[bytes]:
    seen = 0
    for chunk in chunks:
        seen += len(chunk)
        if seen > limit:
            raise DocumentTooLarge(f"larger than the limit of {limit:,} bytes")
        yield chunk


def document_ingest(
    *,
    chunks: Iterable[bytes],
    filename: str,
    source: str,
    actor: AbstractBaseUser | None,
    content_type: str = "",
) -> IngestOutcome:
    """Store the bytes once and create their Document, or return the Document that already holds them."""
    sha, size, _ = blob_write(_limited(chunks, settings.MAX_DOCUMENT_BYTES))
    name = display_filename(filename)
    existing = Document.objects.filter(sha256=sha).first()
    if existing is not None:
        return _duplicate(existing, name=name, source=source, actor=actor)
    try:
        with transaction.atomic():
            document = Document.objects.create(
                sha256=sha,
                original_filename=name,
                content_type=content_type[:100],
                size=size,
                source=source,
                uploaded_by=actor if actor is not None and actor.is_authenticated else None,
                status_changed_at=timezone.now(),
            )
            audit_record(
                actor=actor,
                action="document.received",
                target=document,
                data={"filename": name, "sha256": sha, "size": size, "source": source},
            )
            transaction.on_commit(lambda: document_enqueue(document_id=document.pk))
    except IntegrityError:
        # The same bytes arrived through another door a moment ago.
        return _duplicate(Document.objects.get(sha256=sha), name=name, source=source, actor=actor)
    return IngestOutcome(document, created=True)


def _duplicate(document: Document, *, name: str, source: str, actor) -> IngestOutcome:
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="document.duplicate_received",
            target=document,
            data={"filename": name, "source": source},
        )
    return IngestOutcome(document, created=False)


def _set_status(document: Document, status: str, *, actor=None, action: str, data: dict | None = None) -> None:
    before = document.status
    document.status = status
    document.status_changed_at = timezone.now()
    document.save()
    audit_record(
        actor=actor,
        action=action,
        target=document,
        data={"from": before, "to": status, **(data or {})},
    )


def document_enqueue(*, document_id: int, requeue: bool = False) -> bool:
    """Hand the document to the extraction queue. If the broker is down the document stays RECEIVED
    and the periodic sweep tries again; the caller's upload has already succeeded.

    requeue is the sweep sending again what has waited too long; its clock restarts, its status stays
    (a worker that is in fact still busy with it must be able to store its result)."""
    from .tasks import extract_document

    # The status change and the publish share one transaction: if the broker refuses the message, the
    # document stays RECEIVED with no trace of a queueing that did not happen. A worker that gets the
    # message before the commit waits on the row lock in _claim.
    try:
        with transaction.atomic():
            document = Document.objects.select_for_update().filter(pk=document_id).first()
            if document is None:
                return True
            if document.status == Document.Status.RECEIVED:
                _set_status(document, Document.Status.QUEUED, action="document.queued")
            elif requeue and document.status in (Document.Status.QUEUED, Document.Status.EXTRACTING):
                document.status_changed_at = timezone.now()
                document.save(update_fields=["status_changed_at"])
                audit_record(
                    actor=None, action="document.requeued", target=document, data={"status": document.status}
                )
            extract_document.delay(document_id)
    except Exception as exc:  # kombu raises a family of errors when the broker is unreachable
        logger.warning("could not enqueue document %s, the sweep will retry: %s", document_id, exc)
        return False
    return True


def _claim(document_id: int) -> Document | None:
    """Mark the document EXTRACTING. A re-delivered message (its worker died) may claim it again."""
    with transaction.atomic():
        document = (
            Document.objects.select_for_update()
            .filter(pk=document_id)
            .exclude(status__in=[Document.Status.EXTRACTED, Document.Status.FAILED])
            .first()
        )
        if document is None:
            return None
        document.attempts = F("attempts") + 1
        _set_status(document, Document.Status.EXTRACTING, action="document.extracting")
        document.refresh_from_db()
        return document


def document_extract(*, document_id: int) -> None:
    """Run the extraction engine on one document and store what it found. Safe to run any number of times."""
    document = _claim(document_id)
    if document is None:
        return
    if document.attempts > MAX_ATTEMPTS:
        result = ExtractionResult(
            file=document.original_filename,
            status="error",
            error=f"gave up after {MAX_ATTEMPTS} attempts: reading this document stopped the worker each time",
        )
    else:
        result = _run_engine(document)
    _store_result(document_id, result)


def _run_engine(document: Document) -> ExtractionResult:
    # Imported here: the engine loads spaCy, which only workers need.
    from extraction.pipeline import extract

    try:
        return extract(blob_path(document.sha256), filename=document.original_filename)
    except Exception as exc:
        # The engine reports bad input itself; this is for the unforeseen, including time limits.
        logger.exception("extraction crashed on document %s", document.pk)
        reason = str(exc).splitlines()[0] if str(exc) else ""
        return ExtractionResult(
            file=document.original_filename,
            status="error",
            error=f"could not be read ({type(exc).__name__}{': ' + reason if reason else ''})",
        )


def _store_result(document_id: int, result: ExtractionResult) -> None:
    handler = import_string(settings.EXTRACTION_RESULT_HANDLER)
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        if document.status != Document.Status.EXTRACTING:
            return  # another delivery of the same task finished first
        document.doc_type = result.doc_type
        document.page_count = result.pages
        document.text = result.text
        document.warnings = [str(w)[:300] for w in result.warnings[:20]]
        if result.ok:
            created = handler(document=document, result=result)
            document.error = ""
            _set_status(
                document,
                Document.Status.EXTRACTED,
                action="document.extracted",
                data={"doc_type": result.doc_type, "trades": created, "warnings": document.warnings},
            )
        else:
            document.error = (result.error or "could not be read")[:500]
            _set_status(document, Document.Status.FAILED, action="document.failed", data={"error": document.error})


def documents_sweep() -> int:
    """Enqueue what has waited too long: never reached the broker, or lost by it, or by a vanished worker."""
    now = timezone.now()
    waiting = Q(
        status=Document.Status.RECEIVED,
        status_changed_at__lt=now - timedelta(seconds=settings.DOCUMENT_REQUEUE_AFTER_SECONDS),
    ) | Q(
        status__in=[Document.Status.QUEUED, Document.Status.EXTRACTING],
        status_changed_at__lt=now - timedelta(seconds=settings.DOCUMENT_EXTRACTING_STALE_SECONDS),
    )
    ids = list(Document.objects.filter(waiting).order_by("id").values_list("id", flat=True)[:500])
    for document_id in ids:
        if not document_enqueue(document_id=document_id, requeue=True):
            break  # the broker is still down; the next sweep tries again
    return len(ids)
