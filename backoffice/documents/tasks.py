from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from .services import document_extract, documents_sweep


@shared_task(
    name="documents.extract",
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=settings.EXTRACTION_SOFT_TIME_LIMIT,
    time_limit=settings.EXTRACTION_SOFT_TIME_LIMIT + 30,
    # A database that is briefly unavailable or locked is worth another try; the task is idempotent.
    autoretry_for=(OperationalError,),
    retry_backoff=2,
    max_retries=5,
)
def extract_document(document_id: int) -> None:
    document_extract(document_id=document_id)


@shared_task(name="documents.sweep", ignore_result=True)
def sweep_documents() -> int:
    return documents_sweep()
