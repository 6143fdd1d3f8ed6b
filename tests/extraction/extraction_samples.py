"""Sample documents for the extraction tests, generated with reportlab and the stdlib.

Every document is invented: names, accounts and references are fictional, identifiers are real public
ISINs so that check digits pass.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from extraction.pipeline import extract
from extraction.types import Trade

KEY_VALUE_ROWS = [
    ("Security", "APPLE INC COM"),
    ("ISIN", "US0378331005"),
    ("Quantity", "1,500"),
    ("Price", "USD 172.35"),
    ("Trade Date", "03/14/2025"),
    ("Settlement Date", "03/17/2025"),
    ("Gross Amount", "258,525.00"),
    ("Commission", "7.50"),
    ("SEC Fee", "0.02"),
    ("TAF", "0.01"),
    ("Net Amount", "USD 258,532.53"),
]

TABLE_HEADER = [
    "Trade Date",
    "Settle Date",
    "B/S",
    "Security",
    "ISIN",
    "Quantity",
    "Price",
    "Consideration",
    "Commission",
    "Stamp Duty",
    "Net Amount",
]
TABLE_ROWS = [
    [
        "14/03/2025",
        "18/03/2025",
        "B",
        "VODAFONE GROUP PLC",
        "GB00BH4HKS39",
        "10,000",
        "0.7250",
        "7,250.00",
        "12.50",
        "36.25",
        "7,298.75",
    ],
    [
        "14/03/2025",
        "18/03/2025",
        "S",
        "BP PLC",
        "GB0007980591",
        "2,000",
        "4.5100",
        "9,020.00",
        "12.50",
        "0.00",
        "9,007.50",
    ],
    [
        "17/03/2025",
        "19/03/2025",
        "B",
        "UNILEVER PLC",
        "GB00B10RZP78",
        "300",
        "45.1200",
        "13,536.00",
        "12.50",
        "67.68",
        "13,616.18",
    ],
]

BODY_CONFIRMATION = """\
Dear client,

we confirm the following transaction for your depot.

Transaction:      Sale
Security:         NESTLE SA REG
ISIN:             CH0038863350
Quantity:         200
Price:            CHF 98.50
Trade Date:       14.03.2025
Value Date:       18.03.2025
Gross Amount:     CHF 19'700.00
Commission:       CHF 45.00
Stamp Duty:       CHF 14.78
Net Amount:       CHF 19'640.22
Depot:            CH-445-0091
Our Ref:          AP-77120

Kind regards
Alpine Private Bank AG
"""

COVER_NOTE = """\
Good morning,

please find attached the confirmations of yesterday's trades. Let us know of any questions.

Best regards,
Operations
"""

CSV_EXPORT = """\
Account Activity Export
Account,UX-100
,
Trade Dt,Settle Dt,Action,Symbol,Description,Qty,Px,Commission,SEC Fee,TAF,Amount,Ccy
03/14/2025,03/17/2025,BOT,AAPL,APPLE INC,100,172.35,1.00,0.00,0.00,"-17,236.00",USD
03/14/2025,03/17/2025,SLD,MSFT,MICROSOFT CORP,50,401.10,1.00,0.02,0.01,"20,053.97",USD
03/15/2025,03/15/2025,DIVIDEND,MSFT,MICROSOFT CORP,,,,,,41.25,USD
03/18/2025,03/18/2025,DEPOSIT,,CASH,,,,,,"5,000.00",USD
"""


def key_value_pdf(path: Path, *, encrypt: StandardEncryption | None = None) -> Path:
    """A one-page confirmation: letterhead, two labels on one line, then label/value rows."""
    pdf = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 800, "Northbridge Securities LLC")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 786, "100 Wall Street, New York, NY 10005")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(72, 750, "TRADE CONFIRMATION")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 725, "Account: 5XK-20931")
    pdf.drawString(320, 725, "Confirm No: NB2025031400123")
    pdf.drawString(72, 700, "We have bought for your account:")
    y = 675
    for label, value in KEY_VALUE_ROWS:
        pdf.drawString(72, y, label)
        pdf.drawString(220, y, value)
        y -= 16
    pdf.showPage()
    pdf.save()
    return path


def table_pdf(path: Path) -> Path:
    """A contract note with a header row and one trade per row, amounts right-aligned."""
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 560, "Harbour Lane Capital Ltd")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 530, "CONTRACT NOTE")
    pdf.drawString(40, 512, "Client Account: UK-7781")
    pdf.drawString(300, 512, "All amounts in GBP")
    lefts = [40, 100, 160, 190, 300, 420, 480, 540, 620, 690, 760]
    numeric = {5, 6, 7, 8, 9, 10}
    pdf.setFont("Helvetica-Bold", 7)
    _table_row(pdf, 480, TABLE_HEADER, lefts, numeric)
    pdf.setFont("Helvetica", 7)
    for number, row in enumerate(TABLE_ROWS):
        _table_row(pdf, 464 - 14 * number, row, lefts, numeric)
    pdf.drawString(40, 400, "Totals")
    pdf.drawRightString(lefts[10] + 50, 400, "29,922.43")
    pdf.showPage()
    pdf.save()
    return path


def _table_row(pdf: canvas.Canvas, y: float, cells: list[str], lefts: list[int], numeric: set[int]) -> None:
    for index, (cell, left) in enumerate(zip(cells, lefts, strict=True)):
        if index in numeric:
            pdf.drawRightString(left + 50, y, cell)
        else:
            pdf.drawString(left, y, cell)


def message(subject: str, body: str, *, sender: str = "Confirmations <confirms@example.com>") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "ops@backoffice.example"
    mail["Subject"] = subject
    mail["Date"] = "Fri, 14 Mar 2025 18:02:11 +0000"
    mail.set_content(body)
    return mail


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def text_confirmation() -> str:
    lines = ["Northbridge Securities LLC", "", "TRADE CONFIRMATION", ""]
    lines.append("Account: 5XK-20931    Confirm No: NB2025031400123")
    lines += [f"{label:<18}{value}" for label, value in KEY_VALUE_ROWS]
    return "\n".join(lines) + "\n"


def with_attachments(paths: dict[str, Path]) -> EmailMessage:
    """A cover note carrying the key/value PDF and, as an attached message, the body confirmation."""
    mail = message("Your confirmations", COVER_NOTE)
    mail.add_attachment(
        paths["key_value.pdf"].read_bytes(), maintype="application", subtype="pdf", filename="NB-confirm.pdf"
    )
    mail.add_attachment(message("Trade confirmation", BODY_CONFIRMATION))
    return mail


def bad_files(root: Path, good_pdf: Path) -> dict[str, Path]:
    pdf_bytes = good_pdf.read_bytes()
    encrypted = key_value_pdf(root / "encrypted.pdf", encrypt=StandardEncryption("secret", ownerPassword="owner"))
    return {
        "empty.pdf": write(root / "empty.pdf", b""),
        "not_a.pdf": write(root / "not_a.pdf", b"Hello, this is a plain text file with a .pdf name.\n"),
        "truncated.pdf": write(root / "truncated.pdf", pdf_bytes[: len(pdf_bytes) // 3]),
        "encrypted.pdf": encrypted,
        "deep.eml": write(root / "deep.eml", nested(20).as_bytes()),
        "data.xyz": write(root / "data.xyz", b"some bytes\n"),
    }


def nested(depth: int) -> EmailMessage:
    """A message whose attachment is a message whose attachment is ... depth levels down."""
    inner = message("level 0", BODY_CONFIRMATION, sender="Alpine Private Bank AG <ops@alpine.example>")
    for level in range(1, depth + 1):
        outer = message(f"level {level}", "Forwarding.\n")
        outer.add_attachment(inner)
        inner = outer
    return inner


MakeFile = Callable[[str, bytes], Path]


def read_trades(tmp_path: Path, text: str, name: str = "note.txt") -> tuple[Trade, ...]:
    """The trades the engine reads from text written to a file of that name; the read must succeed."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = extract(path)
    assert result.ok, result.error
    return result.trades
