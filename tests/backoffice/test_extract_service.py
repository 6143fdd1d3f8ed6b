"""The worker's side: idempotent extraction, crash recovery, and the sweep for work that waited too long."""

from datetime import timedelta

import pytest
from django.utils import timezone

from backoffice import celery_app
from backoffice.audit.models import AuditEvent
from backoffice.documents.models import Document
from backoffice.documents.services import (
    MAX_ATTEMPTS,
    document_enqueue,
    document_extract,
    document_ingest,
    documents_sweep,
)
from backoffice.trades.models import Confirmation

pytestmark = pytest.mark.django_db


def _ingest(content: bytes, name: str = "c.pdf") -> Document:
    # Without running on_commit callbacks: the document stays RECEIVED, as if the broker were unreachable.
    return document_ingest(chunks=[content], filename=name, source=Document.Source.CLI, actor=None).document


def test_running_extraction_twice_creates_no_second_confirmation(sample_pdf):
    document = _ingest(sample_pdf)
    document_extract(document_id=document.pk)
    document_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.EXTRACTED
    assert Confirmation.objects.filter(document=document).count() == 1
    assert AuditEvent.objects.filter(action="document.extracted").count() == 1


def test_a_redelivered_task_finishes_work_a_dead_worker_left(sample_pdf):
    document = _ingest(sample_pdf)
    # A worker claimed it and died before storing anything.
    Document.objects.filter(pk=document.pk).update(status=Document.Status.EXTRACTING, attempts=1)
    document_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.EXTRACTED
    assert document.attempts == 2
    assert Confirmation.objects.filter(document=document).count() == 1


def test_it_gives_up_on_a_document_that_keeps_killing_workers(sample_pdf):
    document = _ingest(sample_pdf)
    Document.objects.filter(pk=document.pk).update(status=Document.Status.EXTRACTING, attempts=MAX_ATTEMPTS)
    document_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED
    assert f"gave up after {MAX_ATTEMPTS} attempts" in document.error
    assert not Confirmation.objects.exists()


def test_the_sweep_enqueues_what_waited_too_long(sample_pdf, settings, django_capture_on_commit_callbacks):
    fresh = _ingest(sample_pdf, "fresh.pdf")
    stale = _ingest(sample_pdf + b"\n% another document", "stale.pdf")
    long_ago = timezone.now() - timedelta(seconds=settings.DOCUMENT_REQUEUE_AFTER_SECONDS + 5)
    Document.objects.filter(pk=stale.pk).update(status_changed_at=long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        assert documents_sweep() == 1
    fresh.refresh_from_db()
    stale.refresh_from_db()
    assert fresh.status == Document.Status.RECEIVED
    assert stale.status == Document.Status.EXTRACTED


def test_the_sweep_requeues_work_lost_by_the_broker(sample_pdf, settings):
    document = _ingest(sample_pdf)
    long_ago = timezone.now() - timedelta(seconds=settings.DOCUMENT_EXTRACTING_STALE_SECONDS + 5)
    Document.objects.filter(pk=document.pk).update(status=Document.Status.QUEUED, status_changed_at=long_ago)
    assert documents_sweep() == 1
    document.refresh_from_db()
    assert document.status == Document.Status.EXTRACTED
    assert document.attempts == 1
    assert AuditEvent.objects.filter(action="document.requeued", object_id=str(document.pk)).exists()


@pytest.fixture
def broker_down():
    """Point the Celery app at a port where nothing listens, as if Redis had gone away."""
    conf = celery_app.conf
    saved = conf.broker_url, conf.broker_write_url, conf.task_always_eager
    conf.task_always_eager = False
    conf.broker_url = conf.broker_write_url = "redis://127.0.0.1:9/0"
    _forget_connections()
    yield
    conf.broker_url, conf.broker_write_url, conf.task_always_eager = saved
    _forget_connections()


def _forget_connections() -> None:
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def test_an_upload_succeeds_while_the_broker_is_down(sample_pdf, broker_down, django_capture_on_commit_callbacks):
    started = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        document = _ingest(sample_pdf)
    assert (timezone.now() - started).total_seconds() < 15
    document.refresh_from_db()
    assert document.status == Document.Status.RECEIVED
    assert not AuditEvent.objects.filter(action="document.queued").exists()
    assert document_enqueue(document_id=document.pk) is False
