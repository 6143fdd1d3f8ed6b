"""A few made-up confirmations and the bookings they should match, so a fresh install has something to show."""

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class DemoTrade:
    broker: str
    ref: str
    side: str
    quantity: Decimal
    security: str
    isin: str
    price: Decimal
    currency: str
    trade_date: date
    settlement_date: date
    commission: Decimal
    fees: Decimal
    account: str

    @property
    def gross(self) -> Decimal:
        return (self.quantity * self.price).quantize(Decimal("0.01"))

    @property
    def net(self) -> Decimal:
        charges = self.commission + self.fees
        return self.gross + charges if self.side == "BUY" else self.gross - charges


TRADES = [
    DemoTrade("Harbour Point Securities LLC", "HP-20250314-0042", "BUY", Decimal("1500"), "APPLE INC COM",
              "US0378331005", Decimal("172.35"), "USD", date(2025, 3, 14), date(2025, 3, 17),
              Decimal("7.50"), Decimal("0.00"), "5XK-20931"),
    DemoTrade("Calder & Rowe Brokers Ltd", "CR/778812", "SELL", Decimal("2000"), "VODAFONE GROUP PLC ORD",
              "GB00BH4HKS39", Decimal("71.42"), "GBP", date(2025, 3, 12), date(2025, 3, 14),
              Decimal("12.00"), Decimal("1.00"), "CLT-4471"),
    DemoTrade("Meridian Bank AG", "MB-5519-03", "BUY", Decimal("300"), "SIEMENS AG NA",
              "DE0007236101", Decimal("198.10"), "EUR", date(2025, 3, 13), date(2025, 3, 17),
              Decimal("14.86"), Decimal("2.50"), "DEP-88120"),
]


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def confirmation_pdf(trade: DemoTrade) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    _, height = A4
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, height - 60, trade.broker)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, height - 75, "1 Example Plaza, Suite 100 - Tel +1 212 555 0100")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(50, height - 110, "TRADE CONFIRMATION")
    pdf.setFont("Helvetica", 10)
    verb = "We have bought for your account" if trade.side == "BUY" else "We have sold for your account"
    pdf.drawString(50, height - 130, verb)
    rows = [
        ("Account", trade.account),
        ("Reference", trade.ref),
        ("Side", "BUY" if trade.side == "BUY" else "SELL"),
        ("Security", trade.security),
        ("ISIN", trade.isin),
        ("Quantity", f"{trade.quantity:,}"),
        ("Price", f"{trade.price}"),
        ("Currency", trade.currency),
        ("Trade Date", trade.trade_date.strftime("%d-%b-%Y")),
        ("Settlement Date", trade.settlement_date.strftime("%d-%b-%Y")),
        ("Gross Amount", _money(trade.gross)),
        ("Commission", _money(trade.commission)),
        ("Fees", _money(trade.fees)),
        ("Net Amount", _money(trade.net)),
    ]
    y = height - 160
    for label, value in rows:
        pdf.drawString(50, y, label)
        pdf.drawString(200, y, value)
        y -= 16
    pdf.setFont("Helvetica", 7)
    pdf.drawString(
        50, 60, "This confirmation is subject to the terms of business dated 01/01/2020. "
        "Errors must be reported within 2 days."
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def demo_files() -> list[tuple[str, bytes]]:
    files = [(f"confirm-{t.ref.replace('/', '-')}.pdf", confirmation_pdf(t)) for t in TRADES]
    files.append(("not-really-a.pdf", b"This is a text file wearing a .pdf name.\n"))
    return files
