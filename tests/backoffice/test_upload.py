from decimal import Decimal

import pytest
from django.urls import reverse

from backoffice.audit.models import AuditEvent
from backoffice.documents.models import Document
from backoffice.documents.storage import blob_path
from backoffice.trades.models import Confirmation
from tests.support import client_for, upload_file

pytestmark = pytest.mark.django_db


def _upload(client, *files, capture):
    with capture(execute=True):
        return client.post(reverse("documents:upload"), {"files": list(files)}, follow=True)


def test_it_extracts_an_uploaded_confirmation(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    response = _upload(
        client_for(reviewer),
        upload_file("confirm.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 200
    document = Document.objects.get()
    assert document.status == Document.Status.EXTRACTED
    assert document.original_filename == "confirm.pdf"
    assert document.uploaded_by == reviewer
    assert blob_path(document.sha256).read_bytes() == sample_pdf
    confirmation = Confirmation.objects.get(document=document)
    assert confirmation.side == "BUY"
    assert confirmation.quantity == Decimal("1500")
    assert confirmation.isin == "US0378331005"
    assert f"received as document #{document.pk}" in response.content.decode()


def test_it_audits_each_state_of_the_document(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    _upload(
        client_for(reviewer),
        upload_file("confirm.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    document = Document.objects.get()
    events = AuditEvent.objects.filter(object_type="document", object_id=str(document.pk)).order_by("id")
    assert [e.action for e in events] == [
        "document.received",
        "document.queued",
        "document.extracting",
        "document.extracted",
    ]
    received = events[0]
    assert received.actor == reviewer
    assert received.data["sha256"] == document.sha256
    assert events[3].data["trades"] == 1
    assert AuditEvent.objects.filter(action="confirmation.extracted").count() == 1


def test_it_stores_the_same_bytes_once(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    client = client_for(reviewer)
    _upload(
        client,
        upload_file("first.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    response = _upload(
        client,
        upload_file("again.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    original = Document.objects.get()
    assert f"again.pdf duplicates document #{original.pk}" in response.content.decode()
    assert Confirmation.objects.count() == 1
    assert AuditEvent.objects.filter(action="document.duplicate_received", object_id=str(original.pk)).exists()


def test_it_takes_several_files_at_once(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    _upload(
        client_for(reviewer),
        upload_file("a.pdf", sample_pdf),
        upload_file("b.csv", b"Trade Date,Side,Qty,Price\n"),
        capture=django_capture_on_commit_callbacks,
    )
    assert Document.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.pdf", b"", "empty"),
        ("letter.pdf", b"Dear client, this is not a PDF at all.\n", "not a PDF"),
    ],
)
def test_it_fails_unreadable_files_with_a_reason_the_user_sees(
    reviewer, name, content, reason, django_capture_on_commit_callbacks
):
    client = client_for(reviewer)
    _upload(
        client,
        upload_file(name, content),
        capture=django_capture_on_commit_callbacks,
    )
    document = Document.objects.get()
    assert document.status == Document.Status.FAILED
    assert reason in document.error
    assert "\n" not in document.error
    listing = client.get(reverse("documents:list")).content.decode()
    assert document.error in listing
    failed = AuditEvent.objects.get(action="document.failed")
    assert failed.data["error"] == document.error


def test_it_fails_a_truncated_pdf_and_goes_on_with_the_next(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    _upload(
        client_for(reviewer),
        upload_file("cut.pdf", sample_pdf[: len(sample_pdf) // 2]),
        upload_file("whole.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    statuses = dict(Document.objects.values_list("original_filename", "status"))
    assert statuses == {"cut.pdf": "FAILED", "whole.pdf": "EXTRACTED"}


def test_it_refuses_a_file_over_the_limit_at_the_door(reviewer, settings, django_capture_on_commit_callbacks):
    settings.MAX_DOCUMENT_BYTES = 1000
    response = _upload(
        client_for(reviewer),
        upload_file("big.pdf", b"%PDF-1.4" + b"x" * 2000),
        capture=django_capture_on_commit_callbacks,
    )
    assert "big.pdf was refused: larger than the limit of 1,000 bytes" in response.content.decode()
    assert not Document.objects.exists()


def test_it_keeps_a_hostile_filename_as_data(reviewer, sample_pdf, settings, django_capture_on_commit_callbacks):
    _upload(
        client_for(reviewer),
        upload_file("../../etc/passwd<script>.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    document = Document.objects.get()
    assert document.original_filename == "passwd<script>.pdf"
    stored = list((settings.MEDIA_ROOT / "documents").rglob("*"))
    assert all(document.sha256 in p.name or p.is_dir() for p in stored)
    page = client_for(reviewer).get(reverse("documents:list")).content.decode()
    assert "passwd&lt;script&gt;.pdf" in page
    assert "<script>.pdf" not in page


def test_it_serves_the_original_only_as_a_download(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    client = client_for(reviewer)
    _upload(
        client,
        upload_file("confirm.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    document = Document.objects.get()
    response = client.get(reverse("documents:file", args=[document.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == sample_pdf


def test_it_renders_pdf_pages_for_the_review_screen(reviewer, sample_pdf, django_capture_on_commit_callbacks):
    client = client_for(reviewer)
    _upload(
        client,
        upload_file("confirm.pdf", sample_pdf),
        capture=django_capture_on_commit_callbacks,
    )
    document = Document.objects.get()
    response = client.get(reverse("documents:page_image", args=[document.pk, 1]))
    assert response.status_code == 200
    assert response.content.startswith(b"\x89PNG")
    assert client.get(reverse("documents:page_image", args=[document.pk, 2])).status_code == 404


def test_it_tells_the_user_what_was_read_only_in_part(
    reviewer, sample_pdf, monkeypatch, django_capture_on_commit_callbacks
):
    from extraction import pdf

    monkeypatch.setattr(pdf, "MAX_CHARS_PER_PAGE", 50)  # the page is denser than this: read in part
    client = client_for(reviewer)
    _upload(client, upload_file("confirm.pdf", sample_pdf), capture=django_capture_on_commit_callbacks)
    document = Document.objects.get()
    assert document.status == Document.Status.EXTRACTED
    [warning] = document.warnings
    assert warning.startswith("page 1 has") and warning.endswith("read the first 50 as text")
    assert warning in client.get(reverse("documents:list")).content.decode()
    assert AuditEvent.objects.get(action="document.extracted").data["warnings"] == [warning]
