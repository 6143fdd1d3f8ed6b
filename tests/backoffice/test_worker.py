"""A real Celery worker on the real Redis picks up an upload and extracts it."""

import os
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
        str(Path(sys.executable).with_name("celery")), "-A", "backoffice", "worker", "-Q", "extraction,celery",
        "--pool", "solo", "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO",
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
