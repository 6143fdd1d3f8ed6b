from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from backoffice.audit.selectors import audit_events_for
from backoffice.trades import services
from backoffice.trades.models import Confirmation

from .selectors import confirmation_field_rows, lowest_confidence, review_queue


@permission_required("trades.view_confirmation", raise_exception=True)
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Confirmation.Status.PENDING)
    if status not in Confirmation.Status.values:
        status = Confirmation.Status.PENDING
    confirmations = list(review_queue(status=status)[:300])
    rows = [(c, lowest_confidence(c)) for c in confirmations]
    return render(
        request,
        "review/queue.html",
        {"rows": rows, "status": status, "statuses": Confirmation.Status.choices},
    )


@permission_required("trades.view_confirmation", raise_exception=True)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    confirmation = get_object_or_404(Confirmation.objects.select_related("document", "decided_by"), pk=pk)
    rows = confirmation_field_rows(confirmation)
    document = confirmation.document
    pages = range(1, min(document.page_count, 50) + 1) if document.is_pdf else range(0)
    context = {
        "confirmation": confirmation,
        "document": document,
        "rows": rows,
        "pages": pages,
        "corrections": confirmation.corrections.select_related("corrected_by"),
        "events": audit_events_for(confirmation).order_by("id"),
        "can_review": request.user.has_perm("trades.review_confirmation"),
        "can_approve": request.user.has_perm("trades.approve_confirmation"),
        "corrected_by_me": confirmation.corrections.filter(corrected_by=request.user).exists(),
    }
    return render(request, "review/detail.html", context)


def _act(request: HttpRequest, pk: int, action, success: str) -> HttpResponse:
    try:
        action()
    except (ValidationError, PermissionDenied) as exc:
        text = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
    else:
        if success:
            messages.success(request, success)
    return redirect("review:detail", pk=pk)


@require_POST
@permission_required("trades.review_confirmation", raise_exception=True)
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Confirmation, pk=pk)
    field = request.POST.get("field", "")
    value = request.POST.get("value", "")
    return _act(
        request,
        pk,
        lambda: services.confirmation_correct(confirmation_id=pk, field=field, raw_value=value, actor=request.user),
        f"{field.replace('_', ' ')} corrected.",
    )


@require_POST
@permission_required("trades.approve_confirmation", raise_exception=True)
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Confirmation, pk=pk)
    return _act(
        request,
        pk,
        lambda: services.confirmation_approve(confirmation_id=pk, actor=request.user),
        "Confirmation approved.",
    )


@require_POST
@permission_required("trades.review_confirmation", raise_exception=True)
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    get_object_or_404(Confirmation, pk=pk)
    reason = request.POST.get("reason", "")
    return _act(
        request,
        pk,
        lambda: services.confirmation_reject(confirmation_id=pk, actor=request.user, reason=reason),
        "Confirmation rejected.",
    )
