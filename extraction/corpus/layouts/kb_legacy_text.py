"""Kinloch Baird (held out): a Scottish private-client stockbroker's reports from its old back-office system.

Edinburgh (sterling, London-listed shares) and the Dublin office (euro, Irish and Euronext shares) print to
text files: the evening contract-note run, a page a note or several bargains on one note, and the periodic
statement of account, two to four pages with a page header, where bargains sit among dividends, interest,
receipts, payments and fees in a ledger with a running balance. Upper case, fixed columns, form feeds between
pages, run dates and program ids in the headers, and the firm's regulatory text at the end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from .. import dates, money, noise, securities, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout


@dataclass(frozen=True)
class Office:
    code: str
    legal_name: str
    address: tuple[str, ...]
    phone: str
    currency: str
    regulator: tuple[str, ...]


EDINBURGH = Office(
    "GB",
    "KINLOCH BAIRD & CO LIMITED",
    ("14 CHARLOTTE SQUARE", "EDINBURGH EH2 4DJ"),
    "0131 496 0{d3}",
    "GBP",
    (
        "KINLOCH BAIRD & CO LIMITED IS AUTHORISED AND REGULATED BY THE FINANCIAL CONDUCT AUTHORITY, FRN {frn}.",
        "REGISTERED IN SCOTLAND NO. SC{co}. MEMBER OF THE LONDON STOCK EXCHANGE.",
    ),
)
DUBLIN = Office(
    "IE",
    "KINLOCH BAIRD (IRELAND) LIMITED",
    ("48 FITZWILLIAM SQUARE", "DUBLIN 2  D02 X285"),
    "+353 1 662 {d4}",
    "EUR",
    (
        "KINLOCH BAIRD (IRELAND) LIMITED IS REGULATED BY THE CENTRAL BANK OF IRELAND, REF C{frn}.",
        "REGISTERED IN IRELAND NO. {co}. MEMBER FIRM OF EURONEXT DUBLIN.",
    ),
)


_MANAGERS = ("A MACLEOD", "F DRUMMOND", "R SINCLAIR", "C MUNRO")


def _phone(office: Office, rng: random.Random) -> str:
    return office.phone.format(d3=noise.digits(rng, 3), d4=noise.digits(rng, 4))


@dataclass
class Style:
    width: int  # 80 or 132 columns
    date: str
    ff: bool  # form feed between pages, else a banner line

    def day(self, value: date) -> str:
        if self.date == "mon":
            return f"{value.day:02d}{dates.MONTHS[value.month - 1][:3].upper()}{value.year % 100:02d}"
        if self.date == "dot":
            return dates.fmt(value, "dot")
        return dates.fmt(value, "uk2")


def _amt(value: Decimal) -> str:
    return money.fmt(value, "us", decimals=2)


# --- bargains -----------------------------------------------------------------------------------------------------


def _commission(gross: Decimal, currency: str, scale: str) -> Decimal:
    if scale == "tiered":
        first = min(gross, Decimal(10_000))
        value = first * Decimal("0.01") + max(gross - 10_000, Decimal(0)) * Decimal("0.005")
        return max(money.to_money(value, currency), Decimal("25.00"))
    if scale == "flat":
        return Decimal("35.00") if gross < 20_000 else Decimal("60.00")
    return max(money.to_money(gross * Decimal("0.0075"), currency), Decimal("30.00"))


def _bargain(rng: random.Random, office: Office, trade_date: date, account: str, ref: str, scale: str) -> Deal:
    side = trades.side(rng)
    if office is EDINBURGH:
        market = "GB"
    else:
        market = rng.choice(("IE", "IE", "IE", "FR", "NL"))
    security = securities.equity(rng, market)
    currency = office.currency
    q, p, gross = trades.draw(
        rng,
        currency,
        lambda r: Decimal(r.choice((r.randint(10, 999), r.randint(1, 80) * 100, r.randint(1, 20) * 500))),
        lambda r: trades.price(
            r,
            decimals=r.choice((2, 4, 4, 6)) if office is EDINBURGH else r.choice((2, 3, 4)),
            whole_digits=r.choice((1, 1, 2)),
        ),
        minimum=Decimal(500),
        maximum=Decimal(400_000),
    )
    charges = [Charge(COMMISSION, "COMMISSION", _commission(gross, currency, scale))]
    if market == "GB":
        if side == "BUY":
            charges.append(Charge(TAX, "STAMP DUTY RESERVE TAX", money.to_money(gross * Decimal("0.005"), currency)))
        if gross > 10_000:
            charges.append(Charge(FEE, "PTM LEVY", Decimal("1.50")))
    elif market == "IE" and side == "BUY":
        charges.append(Charge(TAX, "IRISH STAMP DUTY 1%", money.to_money(gross * Decimal("0.01"), currency)))
    elif market == "FR" and side == "BUY":
        rate = Decimal("0.004") if trade_date >= date(2025, 4, 1) else Decimal("0.003")
        charges.append(Charge(TAX, "FRENCH FTT", money.to_money(gross * rate, currency)))
    if market != "GB" and rng.random() < 0.4:
        charges.append(Charge(FEE, "SETTLEMENT CHARGE", Decimal(rng.choice(("5.00", "7.50", "10.00")))))
    settle = dates.add_business_days(trade_date, 2)
    return Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=security.upper_name,
        trade_date=trade_date,
        settlement_date=settle,
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=office.legal_name,
        trade_ref=ref,
        isin=security.isin,
        sedol=security.sedol,
    )


# --- page furniture -----------------------------------------------------------------------------------------------


def _header(style: Style, office: Office, title: str, page: int, run: str, program: str, extra: str) -> list[str]:
    w = style.width
    left = office.legal_name
    line1 = left + title.center(w - len(left) - 12)[: w - len(left) - 12] + f"PAGE {page:4d}".rjust(12)
    line2 = f"RUN {run}".ljust(w // 2) + f"PGM {program}".rjust(w - w // 2)
    return [line1[:w].rstrip(), line2.rstrip(), extra.rstrip(), "-" * w]


def _join_pages(style: Style, pages: list[list[str]]) -> str:
    out = []
    for index, page in enumerate(pages):
        if index:
            if style.ff:
                out.append("\f")
            else:
                out.append("")
                out.append("=" * style.width)
        out.extend(page)
    return "\n".join(line.rstrip() if line != "\f" else line for line in out).replace("\n\f\n", "\n\f") + "\n"


def _client(rng: random.Random, office: Office) -> tuple[str, list[str]]:
    client = noise.client(rng, "GB" if office is EDINBURGH else "IE")
    return client.name.upper(), [line.upper() for line in client.address]


def _wrap(text: str, width: int) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    out.append(cur)
    return out


def _legal(rng: random.Random, office: Office, style: Style, as_of: date, numbers: tuple[str, ...]) -> list[str]:
    lines = [s.format(frn=numbers[0], co=numbers[1]) for s in office.regulator]
    extra = [
        f"ALL BARGAINS ARE SUBJECT TO THE RULES OF THE EXCHANGE AND TO OUR TERMS OF BUSINESS DATED {numbers[4]}.",
        f"PLEASE CHECK THIS DOCUMENT AND NOTIFY US OF ANY ERROR WITHIN {numbers[2]} DAYS. TEL {numbers[3]}.",
        "CLIENT MONEY IS HELD IN A DESIGNATED CLIENT BANK ACCOUNT IN ACCORDANCE WITH THE CLIENT MONEY RULES.",
        f"RETAIN FOR CAPITAL GAINS TAX PURPOSES. THE CGT ANNUAL EXEMPT AMOUNT FOR "
        f"{as_of.year}/{(as_of.year + 1) % 100:02d} IS SHOWN ON OUR WEBSITE.",
    ]
    rng.shuffle(extra)
    text = lines + extra[: rng.randint(2, 4)]
    out = []
    for sentence in text:
        out += _wrap(sentence, style.width - 2)
    return out


# --- contract notes -------------------------------------------------------------------------------------------------


def _note_lines(
    style: Style,
    office: Office,
    deals: list[Deal],
    client: tuple[str, list[str]],
    note_no: str,
    rng: random.Random,
    capacity: str,
) -> list[str]:
    w = style.width
    first = deals[0]
    lines = []
    right = [
        f"ACCOUNT     {first.account}",
        f"CONTRACT NO {note_no}",
        f"TAX POINT   {style.day(first.trade_date)}",
        f"DEALER      {noise.letters(rng, 2)}{noise.digits(rng, 2)}",
    ]
    left = [client[0], *client[1]]
    for i in range(max(len(left), len(right))):
        l_text = left[i] if i < len(left) else ""
        r_text = right[i] if i < len(right) else ""
        lines.append("  " + l_text.ljust(w // 2 - 2) + r_text)
    lines.append("")
    amount_col = w - 18
    for index, deal in enumerate(deals):
        verb = "BOUGHT FOR" if deal.is_buy else "SOLD FOR"
        if len(deals) == 1:
            lines.append(f"  WE HAVE TODAY {verb} YOUR ACCOUNT AS {capacity}")
        else:
            lines.append(f"  BARGAIN {index + 1} OF {len(deals)}: {verb.split()[0]} AS {capacity}")
        lines.append("")
        detail = [
            ("BARGAIN DATE", f"{style.day(deal.trade_date)}  TIME {dates.clock(rng)[:5]}"),
            ("SETTLEMENT", style.day(deal.settlement_date)),
            ("QUANTITY", money.fmt(deal.quantity)),
        ]
        name_lines = _wrap(deal.security_name, 34 if w == 80 else 50)
        detail.append(("STOCK", name_lines[0]))
        for more in name_lines[1:]:
            detail.append(("", more))
        ids = f"{deal.sedol} / {deal.isin}" if deal.sedol else f"      / {deal.isin}"
        detail.append(("SEDOL/ISIN", ids))
        detail.append(("PRICE", f"{money.fmt(deal.price)} {deal.currency}"))
        detail.append(("BARGAIN REF", deal.trade_ref or ""))
        amounts = [("CONSIDERATION", deal.gross_amount)] + [(c.label, c.amount) for c in deal.charges]
        label = "TOTAL DUE FROM YOU" if deal.is_buy else "TOTAL DUE TO YOU"
        rows = max(len(detail), len(amounts) + 2)
        for i in range(rows):
            l_text = ""
            if i < len(detail):
                l_text = f"  {detail[i][0]:<14}{detail[i][1]}"
            r_text = ""
            if i < len(amounts):
                r_text = f"{amounts[i][0][:24]:<24}{_amt(amounts[i][1]):>14}"
            elif i == len(amounts):
                r_text = " " * 24 + "-" * 14
            elif i == len(amounts) + 1:
                r_text = f"{label:<24}{_amt(deal.net_amount):>14}"
            pad = amount_col - 20 - len(l_text)
            if r_text and pad < 1:
                lines.append(l_text)
                l_text = ""
                pad = amount_col - 20
            lines.append((l_text + " " * max(pad, 1) + r_text) if r_text else l_text)
        lines.append("")
    if len(deals) > 1:
        debit = sum((d.net_amount for d in deals if d.is_buy), Decimal(0))
        credit = sum((d.net_amount for d in deals if not d.is_buy), Decimal(0))
        net = debit - credit
        lines.append(
            " " * (amount_col - 20) + f"{'NET DUE ' + ('FROM' if net >= 0 else 'TO') + ' YOU':<24}{_amt(abs(net)):>14}"
        )
        lines.append("")
    return lines


def _contract_run(rng: random.Random, office: Office, style: Style) -> Document:
    trade_date = dates.trade_day(rng)
    account = rng.choice(
        (
            f"KB/{noise.digits(rng, 6)}/0{rng.randint(1, 4)}",
            f"{noise.letters(rng, 1)}{noise.digits(rng, 5)}",
            f"{noise.digits(rng, 4)}-{noise.digits(rng, 4)}",
        )
    )
    scale = rng.choice(("tiered", "flat", "rate"))
    client = _client(rng, office)
    capacity = rng.choice(("AGENT", "AGENT", "PRINCIPAL"))
    run = f"{style.day(trade_date)} {rng.randint(17, 22):02d}:{rng.randint(0, 59):02d}"
    program = rng.choice(("KBCN010", "CNPRT02", "KBCNOTE"))
    start = rng.randint(100_000, 899_999)
    shape = rng.choice(("one_a_page", "one_a_page", "combined"))
    count = rng.choice((1, 1, 2, 3)) if shape == "one_a_page" else rng.randint(2, 4)
    deals = [_bargain(rng, office, trade_date, account, f"C{start + 3 * i:07d}", scale) for i in range(count)]
    extra = f"{_phone(office, rng)}   {' '.join(office.address)}"
    numbers = _numbers(rng, office, style, trade_date)
    pages = []
    if shape == "one_a_page":
        for index, deal in enumerate(deals):
            page = _header(style, office, "CONTRACT NOTE", index + 1, run, program, extra)
            page += [""] + _note_lines(style, office, [deal], client, deal.trade_ref or "", rng, capacity)
            page += _legal(rng, office, style, trade_date, numbers)
            pages.append(page)
        truth = [deal.truth() for deal in deals]
    else:
        note_no = f"N{noise.digits(rng, 7)}"
        page = _header(style, office, "CONTRACT NOTE", 1, run, program, extra)
        page += [""] + _note_lines(style, office, deals, client, note_no, rng, capacity)
        page += _legal(rng, office, style, trade_date, numbers)
        pages.append(page)
        truth = [deal.truth() for deal in deals]
    text = _join_pages(style, pages)
    return Document(text.encode("ascii"), "confirmation", truth)


# --- statements -----------------------------------------------------------------------------------------------------


@dataclass
class Entry:
    day: date
    ref: str
    text: str
    settle: date | None
    amount: Decimal  # positive credit, negative debit
    more: list[str]
    deal: Deal | None = None


def _cash_entries(rng: random.Random, office: Office, first: date, last: date) -> list[Entry]:
    out = []
    n = rng.randint(3, 8)
    kinds = ["DIVIDEND", "DIVIDEND", "INTEREST", "RECEIPT", "PAYMENT", "FEE", "DIVIDEND", "INTEREST"]
    for i in range(n):
        kind = kinds[i] if i < len(kinds) else rng.choice(kinds)
        day = dates.weekday_in(rng, first, last)
        ref = f"{noise.letters(rng, 1)}{noise.digits(rng, 6)}"
        if kind == "DIVIDEND":
            sec = securities.equity(rng, "GB" if office is EDINBURGH else "IE")
            shares = rng.randint(2, 400) * 50
            rate = Decimal(rng.randint(5, 900)).scaleb(-4)
            amount = money.to_money(shares * rate, office.currency)
            if amount <= 0:
                amount = Decimal("1.00")
            out.append(
                Entry(
                    day,
                    ref,
                    f"DIVIDEND {sec.upper_name}",
                    None,
                    amount,
                    [f"{money.fmt(Decimal(shares))} SHS @ {money.fmt(rate)} PER SHARE"],
                )
            )
        elif kind == "INTEREST":
            out.append(
                Entry(
                    day,
                    ref,
                    "INTEREST ON CLIENT CASH",
                    None,
                    Decimal(rng.randint(10, 9000)).scaleb(-2),
                    [f"RATE {money.fmt(Decimal(rng.randint(50, 450)).scaleb(-2))}% GROSS"],
                )
            )
        elif kind == "RECEIPT":
            out.append(
                Entry(
                    day,
                    ref,
                    rng.choice(("CHEQUE RECEIVED", "BACS RECEIPT", "FUNDS RECEIVED - THANK YOU")),
                    None,
                    Decimal(rng.randint(500, 50_000)) * 10,
                    [],
                )
            )
        elif kind == "PAYMENT":
            out.append(
                Entry(
                    day,
                    ref,
                    rng.choice(("PAYMENT TO YOUR BANK", "WIRE OUT TO NOMINATED A/C", "CHEQUE ISSUED")),
                    None,
                    -Decimal(rng.randint(200, 20_000)) * 10,
                    [f"SORT CODE 80-{noise.digits(rng, 2)}-{noise.digits(rng, 2)} A/C ****{noise.digits(rng, 4)}"]
                    if office is EDINBURGH
                    else [f"IBAN IE** **** **** {noise.digits(rng, 4)}"],
                )
            )
        else:
            fee = Decimal(rng.randint(2500, 60000)).scaleb(-2)
            vat = money.to_money(fee * (Decimal("0.20") if office is EDINBURGH else Decimal("0.23")), office.currency)
            out.append(
                Entry(
                    day,
                    ref,
                    "PORTFOLIO MANAGEMENT FEE",
                    None,
                    -(fee + vat),
                    [f"FEE {_amt(fee)} PLUS VAT {_amt(vat)} QTR TO {_short_date(day)}"],
                )
            )
    return out


def _numbers(rng: random.Random, office: Office, style: Style, as_of: date) -> tuple[str, ...]:
    """The firm's registration numbers and terms date: the same on every page of a document."""
    terms = style.day(date(rng.randint(2009, as_of.year - 1), rng.randint(1, 12), 1))
    return (noise.digits(rng, 6), noise.digits(rng, 6), str(rng.choice((7, 10, 14))), _phone(office, rng), terms)


def _short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}"


def _trade_entry(deal: Deal, name_width: int) -> Entry:
    verb = "BOUGHT" if deal.is_buy else "SOLD"
    head = f"{verb} {money.fmt(deal.quantity)} "
    name_lines = _wrap(deal.security_name, max(name_width - len(head), 12))
    more = name_lines[1:]
    ident = f"SEDOL {deal.sedol}" if deal.sedol else f"ISIN {deal.isin}"
    more.append(f"@ {money.fmt(deal.price)}  {ident}")
    parts = [f"CONSID {_amt(deal.gross_amount)}"]
    short = {
        "COMMISSION": "COMM",
        "STAMP DUTY RESERVE TAX": "SDRT",
        "PTM LEVY": "PTM",
        "IRISH STAMP DUTY 1%": "STAMP",
        "FRENCH FTT": "FTT",
        "SETTLEMENT CHARGE": "SETT CHG",
    }
    parts += [f"{short[c.label]} {_amt(c.amount)}" for c in deal.charges]
    more.append("  ".join(parts))
    amount = -deal.net_amount if deal.is_buy else deal.net_amount
    return Entry(deal.trade_date, deal.trade_ref or "", head + name_lines[0], deal.settlement_date, amount, more, deal)


def _statement(rng: random.Random, office: Office, style: Style) -> Document:
    w = style.width
    period_day = dates.trade_day(rng)
    if rng.random() < 0.5:
        first, last = dates.month_of(period_day)
        period = "MONTHLY"
    else:
        q = (period_day.month - 1) // 3
        first = date(period_day.year, q * 3 + 1, 1)
        last = dates.month_of(date(period_day.year, q * 3 + 3, 1))[1]
        period = "QUARTERLY"
    account = rng.choice(
        (f"KB/{noise.digits(rng, 6)}/0{rng.randint(1, 4)}", f"{noise.letters(rng, 1)}{noise.digits(rng, 5)}")
    )
    scale = rng.choice(("tiered", "flat", "rate"))
    client = _client(rng, office)
    n_trades = rng.randint(2, 9)
    start = rng.randint(100_000, 899_999)
    deals = []
    for _ in range(n_trades):
        day = dates.weekday_in(rng, first, last - timedelta(days=4))
        deals.append(_bargain(rng, office, day, account, "", scale))
    deals.sort(key=lambda d: d.trade_date)
    deals = [replace(d, trade_ref=f"C{start + rng.randint(3, 40) * (i + 1) + 40 * i:07d}") for i, d in enumerate(deals)]
    name_width = 34 if w == 80 else 48
    entries = [_trade_entry(d, name_width) for d in deals] + _cash_entries(rng, office, first, last)
    entries.sort(key=lambda e: (e.day, e.ref))
    opening = Decimal(rng.randint(0, 5_000_000)).scaleb(-2)

    # the ledger lines, each entry kept together
    if w == 80:
        # DATE(8) REF(8) DETAILS(36) SETTLE(8) AMOUNT(14 with DR/CR)
        def row(e_day: str, ref: str, text: str, settle: str, amount: str, balance: str) -> str:
            return f"  {e_day:<9}{ref:<9}{text:<36}{settle:<9}{amount:>14}"[:w]

        heads = [f"  {'DATE':<9}{'REF':<9}{'DETAILS':<36}{'SETTLE':<9}{'AMOUNT':>14}"]
    else:

        def row(e_day: str, ref: str, text: str, settle: str, amount: str, balance: str) -> str:
            return f"  {e_day:<10}{ref:<10}{text:<52}{settle:<10}{amount:>16}{balance:>18}"

        heads = [f"  {'DATE':<10}{'REF':<10}{'DETAILS':<52}{'SETTLE':<10}{'DEBIT/CREDIT':>16}{'BALANCE':>18}"]
    blocks: list[list[str]] = []
    balance = opening
    blocks.append([row(style.day(first), "", "BALANCE BROUGHT FORWARD", "", "", _amt(balance) + " CR")])
    if w == 80:
        blocks[-1] = [row(style.day(first), "", "BALANCE BROUGHT FORWARD", "", _amt(balance) + " CR", "")]
    for e in entries:
        balance += e.amount
        amount = f"{_amt(abs(e.amount))} {'DR' if e.amount < 0 else 'CR'}"
        bal = f"{_amt(abs(balance))} {'DR' if balance < 0 else 'CR'}"
        block = [
            row(
                style.day(e.day),
                e.ref,
                e.text[: (36 if w == 80 else 52) - 1],
                style.day(e.settle) if e.settle else "",
                amount,
                bal,
            )
        ]
        indent = " " * (2 + (18 if w == 80 else 20) + 2)
        block += [indent + m for m in e.more]
        blocks.append(block)
    closing_block = [
        row(
            style.day(last),
            "",
            "BALANCE CARRIED FORWARD",
            "",
            f"{_amt(abs(balance))} {'DR' if balance < 0 else 'CR'}",
            "",
        )
    ]
    if w != 80:
        closing_block = [
            row(
                style.day(last),
                "",
                "BALANCE CARRIED FORWARD",
                "",
                "",
                f"{_amt(abs(balance))} {'DR' if balance < 0 else 'CR'}",
            )
        ]
    blocks.append(closing_block)

    printed = dates.add_business_days(last, rng.randint(1, 4))
    run = f"{style.day(printed)} {rng.randint(1, 5):02d}:{rng.randint(0, 59):02d}"
    program = rng.choice(("KBSTM200", "STMT01", "KBLEDG4"))
    extra = f"ACCOUNT {account}   {period} STATEMENT {style.day(first)} TO {style.day(last)}   CCY {office.currency}"
    title = "STATEMENT OF ACCOUNT"
    numbers = _numbers(rng, office, style, last)

    n_pages = rng.randint(2, 4)
    total = sum(len(b) for b in blocks)
    capacity = -(-total // n_pages) + 2
    while True:
        pages_blocks: list[list[list[str]]] = [[]]
        used = 0
        for b in blocks:
            if used + len(b) > capacity and pages_blocks[-1]:
                pages_blocks.append([])
                used = 0
            pages_blocks[-1].append(b)
            used += len(b)
        if len(pages_blocks) <= n_pages:
            break
        capacity += 1
    if len(pages_blocks) < 2:  # a short period still prints a summary page
        pages_blocks.append([])
    pages: list[list[str]] = []
    count = len(pages_blocks)
    for index, page_blocks in enumerate(pages_blocks):
        page = _header(style, office, title, index + 1, run, program, extra)
        if index == 0:
            page.append("")
            for line in [client[0], *client[1]]:
                page.append("  " + line)
            page.append("")
            page.append(f"  YOUR INVESTMENT MANAGER: {rng.choice(_MANAGERS)}   TEL {_phone(office, rng)}")
            page.append("")
        page += heads + ["  " + "-" * (w - 4)]
        for b in page_blocks:
            page += b
        if index < count - 1:
            page.append("")
            page.append("CONTINUED ON NEXT PAGE".rjust(w))
        else:
            page.append("")
            page += _summary(entries, opening, balance, office, w)
            page.append("")
            page += _legal(rng, office, style, last, numbers)
            page.append("*** END OF STATEMENT ***".center(w))
        pages.append(page)
    text = _join_pages(style, pages)
    truth = [e.deal.truth(isin=None if e.deal.sedol else e.deal.isin) for e in entries if e.deal is not None]
    return Document(text.encode("ascii"), "statement", truth)


def _summary(entries: list[Entry], opening: Decimal, closing: Decimal, office: Office, w: int) -> list[str]:
    purchases = sum((-e.amount for e in entries if e.deal is not None and e.amount < 0), Decimal(0))
    sales = sum((e.amount for e in entries if e.deal is not None and e.amount > 0), Decimal(0))
    income = sum(
        (e.amount for e in entries if e.deal is None and e.text.startswith(("DIVIDEND", "INTEREST"))), Decimal(0)
    )
    other = closing - opening + purchases - sales - income
    rows = [
        ("OPENING BALANCE", opening),
        ("PURCHASES", -purchases),
        ("SALES", sales),
        ("INCOME RECEIVED", income),
        ("RECEIPTS/PAYMENTS/CHARGES", other),
        ("CLOSING BALANCE", closing),
    ]
    out = ["  SUMMARY OF CASH MOVEMENTS (" + office.currency + ")"]
    for label, value in rows:
        out.append(f"    {label:<30}{_amt(abs(value)):>16} {'DR' if value < 0 else 'CR'}")
    out.append(f"    {'NUMBER OF ENTRIES':<30}{len(entries):>16}")
    return out


def build(rng: random.Random) -> Document:
    office = EDINBURGH if rng.random() < 0.65 else DUBLIN
    style = Style(width=rng.choice((80, 132)), date=rng.choice(("uk2", "uk2", "mon", "dot")), ff=rng.random() < 0.7)
    if rng.random() < 0.5:
        return _contract_run(rng, office, style)
    return _statement(rng, office, style)


LAYOUT = Layout(
    name="kb_legacy_text",
    kind="txt",
    heldout=True,
    build=build,
    description="held out: Scottish/Irish stockbroker legacy text output, contract note runs and statements of account",
)
