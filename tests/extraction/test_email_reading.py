from datetime import date
from decimal import Decimal
from pathlib import Path

from extraction_samples import COVER_NOTE, MakeFile, message, text_confirmation

from extraction.pipeline import extract


def test_it_reads_a_confirmation_in_the_body(samples: dict[str, Path]) -> None:
    result = extract(samples["body.eml"])

    assert result.status == "ok"
    assert result.doc_type == "email"
    [trade] = result.trades
    assert trade.side == "SELL"
    assert trade.quantity == Decimal("200")
    assert trade.price == Decimal("98.50")
    assert trade.currency == "CHF"
    assert trade.isin == "CH0038863350"
    assert trade.trade_date == date(2025, 3, 14)
    assert trade.settlement_date == date(2025, 3, 18)  # printed as "Value Date"
    assert trade.gross_amount == Decimal("19700.00")  # printed as 19'700.00
    assert trade.taxes == Decimal("14.78")
    assert trade.net_amount == Decimal("19640.22")
    assert trade.account == "CH-445-0091"
    assert trade.trade_ref == "AP-77120"
    assert trade.counterparty == "Alpine Private Bank AG"  # from the sign-off


def test_it_reads_every_attachment_including_attached_messages(samples: dict[str, Path]) -> None:
    result = extract(samples["attachments.eml"])

    assert result.status == "ok"
    assert result.doc_type == "email"
    assert [(t.isin, t.side, t.net_amount) for t in result.trades] == [
        ("US0378331005", "BUY", Decimal("258532.53")),  # the attached PDF
        ("CH0038863350", "SELL", Decimal("19640.22")),  # the attached message's body
    ]
    assert result.pages == 1
    assert "--- attachment: NB-confirm.pdf ---" in result.text
    assert result.trades[0].provenance["quantity"].page == 1


def test_a_cover_note_alone_yields_no_trade(make_file: MakeFile) -> None:
    path = make_file("cover.eml", message("Confirmations", COVER_NOTE).as_bytes())

    result = extract(path)

    assert result.status == "ok"
    assert result.doc_type == "email"
    assert result.trades == ()


def test_it_skips_messages_nested_too_deep_with_a_warning(samples: dict[str, Path]) -> None:
    result = extract(samples["deep.eml"])

    assert result.status == "ok"
    assert result.trades == ()  # the confirmation sits 20 levels down
    assert result.warnings == ("attached messages nested deeper than 10 levels were skipped",)
    assert result.text.count("Subject: level") == 11


def test_it_reads_an_html_body_without_scripts_or_styles(make_file: MakeFile) -> None:
    mail = message("Confirmation", "see HTML part")
    mail.add_alternative(
        "<html><head><style>td {color: red}</style><script>var x = 'Quantity 99';</script></head><body>"
        "<p>Harbour Lane Capital Ltd</p><table>"
        "<tr><td>Side</td><td>Bought</td></tr><tr><td>Quantity</td><td>1,000</td></tr>"
        "<tr><td>Price</td><td>&pound;4.51</td></tr><tr><td>Net Amount</td><td>&pound;4,510.00</td></tr>"
        "</table></body></html>",
        subtype="html",
    )
    path = make_file("html.eml", mail.as_bytes())

    [trade] = extract(path).trades

    assert (trade.side, trade.quantity, trade.price, trade.currency) == ("BUY", Decimal("1000"), Decimal("4.51"), "GBP")
    assert trade.net_amount == Decimal("4510.00")
    assert "Quantity 99" not in extract(path).text


def test_a_bad_attachment_becomes_a_warning_not_an_error(make_file: MakeFile) -> None:
    mail = message("Confirmations", COVER_NOTE)
    mail.add_attachment(b"not a pdf at all", maintype="application", subtype="pdf", filename="broken.pdf")
    path = make_file("broken-attachment.eml", mail.as_bytes())

    result = extract(path)

    assert result.status == "ok"
    assert result.warnings == ("attachment broken.pdf: not a PDF (no PDF header)",)


def test_it_rejects_an_eml_without_mail_headers(make_file: MakeFile) -> None:
    result = extract(make_file("plain.eml", b"just some words\nand more\n"))

    assert result.status == "error"
    assert result.error == "not an email (no RFC 5322 headers)"


def test_it_refuses_an_email_nested_thousands_deep(make_file: MakeFile) -> None:
    depth = 2000
    opening = "".join(
        f"From: a@example.com\nSubject: {n}\nContent-Type: multipart/mixed; boundary=b{n}\n\n"
        f"--b{n}\nContent-Type: message/rfc822\n\n"
        for n in range(depth)
    )
    closing = "".join(f"\n--b{n}--\n" for n in reversed(range(depth)))
    path = make_file("bomb.eml", (opening + "From: x@example.com\n\nhello\n" + closing).encode())

    result = extract(path)

    assert (result.status, result.error) == ("error", "email is nested too deeply to read")


def test_a_trade_told_in_the_body_and_again_in_the_attached_pdf_is_one_trade(
    samples: dict[str, Path], make_file: MakeFile
) -> None:
    mail = message("Your confirmation", "Please find your confirmation below and attached.\n\n" + text_confirmation())
    mail.add_attachment(
        samples["key_value.pdf"].read_bytes(), maintype="application", subtype="pdf", filename="confirm.pdf"
    )
    forwarded = message("Fwd: Your confirmation", "FYI, see the confirmation below.\n")
    forwarded.add_attachment(mail)
    result = extract(make_file("forwarded.eml", forwarded.as_bytes()))

    assert result.status == "ok"
    [trade] = result.trades
    assert (trade.side, trade.quantity, trade.isin) == ("BUY", Decimal("1500"), "US0378331005")


def test_two_different_trades_in_the_body_and_the_attachment_are_both_kept(samples: dict[str, Path]) -> None:
    result = extract(samples["attachments.eml"])

    assert len(result.trades) == 2
