"""A real Celery worker on the real Redis picks up an upload and extracts it."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.db import connection
from django.urls import reverse

from backoffice import celery_app
from backoffice.documents.models import Document
from backoffice.trades.models import Confirmation
from tests.support import client_for, require, upload_file

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def _redis_up(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def worker(settings, tmp_path):
    yield from _start_worker(settings, tmp_path, pool=["--pool", "solo"])


def _start_worker(settings, tmp_path, *, pool: list[str]):
    broker = django_settings.CELERY_BROKER_URL
    require(_redis_up(broker), f"Redis at {broker}")
    require(connection.vendor == "postgresql", "PostgreSQL (the worker shares the test database)")
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_BROKER_URL": broker,
    }
    celery_app.control.purge()
    log = tmp_path / "worker.log"
    command = [
        str(Path(sys.executable).with_name("celery")),
        "-A",
        "backoffice",
        "worker",
        "-Q",
        "extraction,celery",
        *pool,
        "--without-gossip",
        "--without-mingle",
        "--without-heartbeat",
        "-l",
        "INFO",
    ]
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    celery_app.conf.task_always_eager = False
    celery_app._pool = None
    yield process, log
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def _wait_for(document_id: int, status: str, process, log: Path, seconds: float = 60) -> Document:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        document = Document.objects.get(pk=document_id)
        if document.status == status:
            return document
        assert process.poll() is None, f"the worker exited:\n{log.read_text()[-3000:]}"
        time.sleep(0.2)
    pytest.fail(f"document stayed {document.status}; worker log:\n{log.read_text()[-3000:]}")


def test_a_real_worker_extracts_an_upload(worker, reviewer, sample_pdf):
    process, log = worker
    client = client_for(reviewer)
    response = client.post(reverse("documents:upload"), {"files": [upload_file("confirm.pdf", sample_pdf)]})
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.status in (Document.Status.QUEUED, Document.Status.EXTRACTING, Document.Status.EXTRACTED)
    _wait_for(document.pk, Document.Status.EXTRACTED, process, log)
    assert Confirmation.objects.get(document=document).isin == "US0378331005"


def test_a_real_worker_fails_a_bad_file_and_goes_on(worker, reviewer, sample_pdf):
    process, log = worker
    client = client_for(reviewer)
    client.post(reverse("documents:upload"), {"files": [upload_file("bad.pdf", b"%PDF-1.4\n garbage")]})
    client.post(reverse("documents:upload"), {"files": [upload_file("good.pdf", sample_pdf)]})
    bad = Document.objects.get(original_filename="bad.pdf")
    good = Document.objects.get(original_filename="good.pdf")
    assert _wait_for(bad.pk, Document.Status.FAILED, process, log).error
    _wait_for(good.pk, Document.Status.EXTRACTED, process, log)


def _long_pdf(pages: int) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in range(pages):
        for line in range(60):
            pdf.drawString(40, 800 - line * 12, f"Statement page {number + 1} line {line}: balance 1,234.56 USD")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def prefork_worker(settings, tmp_path):
    """A worker whose task runs in a child process that the test can kill, as an OOM killer would."""
    yield from _start_worker(settings, tmp_path, pool=["--pool", "prefork", "--concurrency", "1"])


def test_work_of_a_killed_worker_process_is_delivered_again(prefork_worker, reviewer):
    process, log = prefork_worker
    client_for(reviewer).post(reverse("documents:upload"), {"files": [upload_file("long.pdf", _long_pdf(150))]})
    document = Document.objects.get()
    _wait_for(document.pk, Document.Status.EXTRACTING, process, log)
    children = subprocess.run(["pgrep", "-P", str(process.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) == 1, children
    os.kill(int(children[0]), signal.SIGKILL)
    document = _wait_for(document.pk, Document.Status.EXTRACTED, process, log, seconds=120)
    assert document.attempts == 2
    assert "WorkerLostError" in log.read_text()
