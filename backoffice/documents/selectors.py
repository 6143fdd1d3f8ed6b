from django.db.models import Count, QuerySet

from .models import Document


def document_list(*, status: str = "") -> QuerySet[Document]:
    documents = Document.objects.annotate(trade_count=Count("confirmations")).order_by("-id")
    if status:
        documents = documents.filter(status=status)
    return documents.defer("text")


def document_status_counts() -> dict[str, int]:
    rows = Document.objects.values_list("status").annotate(n=Count("id"))
    return {status: n for status, n in rows}
