import hashlib
import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from backoffice.demo import TRADES, demo_files
from backoffice.documents.models import Document
from backoffice.documents.services import document_ingest
from backoffice.review.roles import roles_ensure
from backoffice.trades.models import BookedTrade

USERS = {
    "demo": ("Reviewers", "Approvers", "Auditors"),
    "checker": ("Approvers",),
}


class Command(BaseCommand):
    help = "Create the desk's roles, two demo logins and a few demo documents and bookings."

    def handle(self, *args, **options) -> None:
        groups = roles_ensure()
        password = self._password()
        for username, roles in USERS.items():
            self._user(username, password, [groups[r] for r in roles])
        self._bookings()
        for name, content in demo_files():
            if Document.objects.filter(sha256=hashlib.sha256(content).hexdigest()).exists():
                continue  # loaded by an earlier run; not worth a duplicate-received event each time
            outcome = document_ingest(chunks=[content], filename=name, source=Document.Source.CLI, actor=None)
            self.stdout.write(f"demo document #{outcome.document.pk}: {name}")
        self.stdout.write(self.style.SUCCESS(f"Log in as demo / {password}  (a second approver: checker / {password})"))

    def _password(self) -> str:
        # Stable across runs so a developer's browser keeps working; never used outside DEBUG setups.
        path = Path(settings.VAR_DIR) / "demo-password"
        if env := os.environ.get("DEMO_PASSWORD"):
            return env
        if path.exists():
            return path.read_text().strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(9)
        path.write_text(password + "\n")
        path.chmod(0o600)
        return password

    def _user(self, username: str, password: str, groups) -> None:
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True  # the admin holds the audit trail
        user.set_password(password)
        user.save()
        user.groups.set(groups)

    @transaction.atomic
    def _bookings(self) -> None:
        for t in TRADES:
            BookedTrade.objects.get_or_create(
                trade_ref=t.ref,
                defaults=dict(
                    side=t.side,
                    quantity=t.quantity,
                    price=t.price,
                    currency=t.currency,
                    security_name=t.security,
                    isin=t.isin,
                    trade_date=t.trade_date,
                    settlement_date=t.settlement_date,
                    gross_amount=t.gross,
                    commission=t.commission,
                    fees=t.fees,
                    net_amount=t.net,
                    account=t.account,
                    counterparty=t.broker,
                ),
            )
