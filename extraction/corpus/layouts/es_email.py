"""Alcázar Valores, Rambla Capital and Tepeyac Casa de Bolsa: an execution notice by email, in Spanish.

The Madrid and Barcelona brokers write EUR amounts as 1.234,56 (with "EUR" or "€" after them, or bare under a
"Divisa" line); the Mexico City casa de bolsa writes MXN as 1,234.56 ("$" or bare under a "Moneda: MXN" line,
or "MXN" after the amount). Dates are day first, 14/03/2025, on both sides of the ocean. The trade comes as
"Etiqueta: valor" lines, as dotted-leader lines, as an HTML table of label and value cells, or as an HTML table
with one row of columns above a table of charges; HTML mails carry a plain-text alternative now and then.
Spain: corretaje or comisión (commission), cánones de bolsa and de liquidación or one "Gastos" line (fees), the
0,2 % ITF on purchases of Spanish shares (tax). Mexico: comisión plus 16 % IVA on it (tax); the emisora is
named by its ticker, with the serie and the company's name on lines of their own. Noise: execution time,
market, order type with a limit price, a partly filled order's remainder, a greeting, a signature with
telephone numbers, a legal footer with CNMV or CNBV registration numbers and a privacy notice, and sometimes
the client's quoted order below ("El ... escribió:").
"""

from __future__ import annotations

import html
import random
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import dates, identifiers, mail, money, noise, trades
from ..model import COMMISSION, FEE, TAX, Charge, Deal, Document, Layout

Row = tuple[str, str, str]  # key, label, value


@dataclass(frozen=True)
class Office:
    country: str  # ES or MX
    legal_name: str
    address: tuple[str, ...]
    area: str  # the telephone prefix of the city

    @property
    def brand(self) -> str:
        return self.legal_name.split(",")[0]

    @property
    def city(self) -> str:
        return self.address[-1].split(" ", 1)[1]

    @property
    def domain(self) -> str:
        return _plain(self.brand.split()[0]).lower() + (".example.es" if self.country == "ES" else ".example.com.mx")


OFFICES = (
    Office(
        "ES", "Alcázar Valores, Sociedad de Valores, S.A.", ("Paseo de la Castellana 141", "28046 Madrid"), "+34 91"
    ),
    Office("ES", "Rambla Capital, Agencia de Valores, S.A.", ("Passeig de Gràcia 77", "08008 Barcelona"), "+34 93"),
    Office(
        "MX",
        "Tepeyac Casa de Bolsa, S.A. de C.V., Grupo Financiero Tepeyac",
        ("Paseo de la Reforma 412, piso 18", "Col. Juárez, Alcaldía Cuauhtémoc", "06600 Ciudad de México"),
        "+52 55",
    ),
)
_ES_ROOTS = ("Guadarrama", "Albufera", "Tramuntana", "Moncayo", "Cantábrico", "Montsant", "Gredos", "Peñalara")
_ES_SECTORS = ("Energía", "Renovables", "Infraestructuras", "Inmobiliaria", "Telecom", "Alimentación", "Logística")
_MX_ROOTS = ("Altiplano", "Anáhuac", "Bajío", "Sierra Madre", "Huasteca", "Mixteca", "Tarahumara", "Pátzcuaro")
_MX_KINDS = ("Cementos", "Minera", "Grupo Industrial", "Grupo Aeroportuario", "Promotora", "Corporación")
_FIRST = ("María", "Javier", "Lucía", "Carlos", "Marta", "Alejandro", "Pilar", "Jorge", "Guadalupe", "Fernando")
_LAST = ("García", "Ortega", "Martínez", "Ruiz", "Calderón", "Villanueva", "Prieto", "Ibáñez", "Domínguez", "Salas")
_MONTHS = tuple("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split())
_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


@dataclass(frozen=True)
class Trade:
    deal: Deal
    office: Office
    serie: str  # the Mexican share series; empty in Spain
    ordered: Decimal  # the client's order size; larger than the quantity when partly filled
    limit: Decimal | None  # the order's limit price; None for a market order

    @property
    def spain(self) -> bool:
        return self.office.country == "ES"


def _plain(text: str) -> str:
    """text without its accents, as older back-office systems print names."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _share(rng: random.Random, spain: bool) -> tuple[str, str, str | None, str]:
    """name, ISIN, ticker and serie; Spanish notices print no ticker and Spanish shares have no serie."""
    if spain:
        root, sector = rng.choice(_ES_ROOTS), rng.choice(_ES_SECTORS)
        base = rng.choice((f"{root} {sector}", f"Grupo {root}", f"{sector} {root}"))
        name = rng.choice((f"{base}, S.A.", base.upper(), _plain(base).upper()))
        return name, identifiers.isin("ES", "0" + noise.digits(rng, 8)), None, ""
    root = rng.choice(_MX_ROOTS)
    base = f"{rng.choice(_MX_KINDS)} {root}, S.A.B. de C.V."
    ticker = _plain(root).replace(" ", "").upper()[: rng.choice((5, 6, 7))]
    isin = identifiers.isin("MX", "01" + (ticker + "0000")[:4] + noise.digits(rng, 3))
    name = base if rng.random() < 0.6 else base.upper()
    return name, isin, ticker, rng.choice(("A", "B", "*", "O", "CPO", "B-1"))


def _spanish_charges(rng: random.Random, is_buy: bool, gross: Decimal) -> list[Charge]:
    if rng.random() < 0.35:  # a flat-fee tariff up to 10.000 euros
        small = Decimal("5.95") if gross <= 3000 else Decimal("9.95")
        commission = small if gross <= 10_000 else trades.rate_of(gross, "0.001", "EUR")
    else:
        rate, floor = rng.choice((("0.0020", "6"), ("0.0025", "8"), ("0.0035", "12")))
        commission = trades.rate_of(gross, rate, "EUR", minimum=floor)
    label = rng.choice(("Comisión", "Corretaje", "Comisión de intermediación", "Comisión del intermediario"))
    charges = [Charge(COMMISSION, label, commission)]
    base = Decimal("1.10") if gross <= 300 else Decimal("2.45") if gross <= 3000 else Decimal("4.65")
    canon = base + trades.rate_of(gross, "0.000024", "EUR")
    settlement = Decimal(rng.choice(("0.48", "0.70", "1.10"))) if rng.random() < 0.4 else None
    if settlement is not None and rng.random() < 0.3:
        charges.append(Charge(FEE, rng.choice(("Gastos", "Gastos de bolsa y liquidación")), canon + settlement))
    else:
        charges.append(Charge(FEE, rng.choice(("Cánones de bolsa", "Canon de bolsa", "Cánones BME")), canon))
        if settlement is not None:
            charges.append(Charge(FEE, rng.choice(("Canon de liquidación", "Canon Iberclear")), settlement))
    if is_buy and rng.random() < 0.7:  # the ITF reaches only large Spanish companies
        label = rng.choice(("ITF", "Impuesto s/ Transacciones Financieras", "ITF (0,2 %)", "Impuestos"))
        charges.append(Charge(TAX, label, trades.rate_of(gross, "0.002", "EUR")))
    return charges


def _mexican_charges(rng: random.Random, gross: Decimal) -> list[Charge]:
    rate, floor = rng.choice((("0.0010", "0"), ("0.0017", "50"), ("0.0025", "100")))
    commission = trades.rate_of(gross, rate, "MXN", minimum=floor)
    label = rng.choice(("Comisión", "Comisión por intermediación", "Comisión bursátil"))
    vat = money.to_money(commission * Decimal("0.16"), "MXN")
    return [
        Charge(COMMISSION, label, commission),
        Charge(TAX, rng.choice(("IVA", "IVA comisión", "IVA (16%)", "I.V.A.")), vat),
    ]


def _references(rng: random.Random, office: Office, trade_date: date) -> tuple[str, str]:
    """The securities account and the broker's order reference, in the office's shapes."""
    d = noise.digits
    if office.country == "MX":
        account = rng.choice((d(rng, 7), f"{d(rng, 2)}-{d(rng, 6)}-{d(rng, 1)}"))
        return account, rng.choice((d(rng, 8), f"TPY-{d(rng, 7)}"))
    account = rng.choice(
        (f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}-{d(rng, 10)}", f"{d(rng, 8)}/{d(rng, 2)}", f"{d(rng, 3)}.{d(rng, 6)}")
    )
    prefix = office.brand[:3].upper()
    return account, rng.choice((f"{prefix}{d(rng, 9)}", f"{trade_date:%Y%m%d}{d(rng, 6)}", f"{d(rng, 4)}/{d(rng, 7)}"))


def make_deal(rng: random.Random, office: Office) -> Trade:
    spain = office.country == "ES"
    currency = "EUR" if spain else "MXN"
    name, isin, ticker, serie = _share(rng, spain)

    def unit_price(r: random.Random) -> Decimal:
        if spain:
            whole = r.choice((0, 1, 1, 2, 2))
            return trades.price(r, decimals=4 if whole == 0 else r.choice((2, 3, 3, 4)), whole_digits=whole)
        return trades.price(r, decimals=2, whole_digits=r.choice((1, 2, 2, 3)))

    q, p, gross = trades.draw(rng, currency, trades.shares, unit_price, minimum=Decimal(600 if spain else 8000))
    side = trades.side(rng)
    trade_date = dates.trade_day(rng)
    charges = _spanish_charges(rng, side == "BUY", gross) if spain else _mexican_charges(rng, gross)
    account, ref = _references(rng, office, trade_date)
    lag = 1 if not spain and trade_date >= date(2024, 5, 27) else 2  # Mexico moved to T+1 with the US
    deal = Deal(
        side=side,
        quantity=q,
        price=p,
        currency=currency,
        security_name=name,
        trade_date=trade_date,
        settlement_date=dates.add_business_days(trade_date, lag),
        gross_amount=gross,
        charges=tuple(charges),
        account=account,
        counterparty=office.legal_name,
        trade_ref=ref,
        isin=isin if rng.random() < 0.85 else None,
        ticker=ticker,
    )
    ordered = q + Decimal(rng.randint(1, 9) * 100) if rng.random() < 0.12 and q >= 200 else q
    limit = None
    if rng.random() < 0.5:
        factor = Decimal(rng.choice(("1.005", "1.01", "1.03") if side == "BUY" else ("0.995", "0.99", "0.97")))
        limit = money.places(p * factor, 2)
    return Trade(deal, office, serie, ordered, limit)


class Printer:
    """Numbers and amounts in the office's style."""

    def __init__(self, rng: random.Random, trade: Trade) -> None:
        self.spain = trade.spain
        self.currency = trade.deal.currency
        self.number = "eu" if self.spain else "us"
        self.placement = rng.choice(("code", "code", "sign", "bare"))
        # bare amounts, or a Mexican "$", need the currency on a line of its own
        self.currency_row = self.placement == "bare" or (self.placement == "sign" and not self.spain)

    def count(self, value: Decimal) -> str:
        return money.fmt(value, self.number)

    def amount(self, value: Decimal, *, unit: bool = False) -> str:
        exponent = value.as_tuple().exponent
        decimals = max(2, -exponent) if unit and isinstance(exponent, int) else 2
        text = money.fmt(value, self.number, decimals=decimals)
        if self.placement == "code":
            return f"{text} {self.currency}"
        if self.placement == "sign":
            return f"{text} €" if self.spain else f"${text}"
        return text


def _rows(rng: random.Random, trade: Trade, out: Printer) -> list[Row]:
    deal, spain = trade.deal, trade.spain
    side = ("Compra" if deal.is_buy else "Venta") if rng.random() < 0.7 else ("COMPRA" if deal.is_buy else "VENTA")
    rows: list[Row] = [("side", rng.choice(("Operación", "Tipo de operación", "Sentido")), side)]
    if spain:
        rows.append(("security", rng.choice(("Valor", "Instrumento", "Nombre del valor")), deal.security_name))
    else:
        rows += [
            ("emisora", "Emisora", deal.ticker or ""),
            ("serie", "Serie", trade.serie),
            ("security", rng.choice(("Razón social", "Descripción", "Instrumento")), deal.security_name),
        ]
    if deal.isin:
        rows.append(("isin", rng.choice(("ISIN", "Código ISIN")), deal.isin))
    markets = ("Mercado Continuo", "Bolsa de Madrid", "SIBE - Mercado Continuo") if spain else ("BMV", "BIVA")
    order = rng.choice(("A mercado", "Por lo mejor")) if spain else "A mercado"
    if trade.limit is not None:
        order = f"{rng.choice(('Limitada a', 'Límite'))} {out.amount(trade.limit, unit=True)}"
    day = rng.choice(("Fecha de operación", "Fecha de contratación", "Fecha de ejecución"))
    rows += [
        ("market", "Mercado", rng.choice(markets)),
        ("order", "Tipo de orden", order),
        ("trade_date", day, dates.fmt(deal.trade_date, "uk")),
        ("time", rng.choice(("Hora", "Hora de ejecución")), dates.clock(rng)),
        ("settle", rng.choice(("Fecha de liquidación", "Fecha valor")), dates.fmt(deal.settlement_date, "uk")),
    ]
    if out.currency_row:
        currency = "EUR" if spain else rng.choice(("MXN", "Pesos mexicanos (MXN)", "MXN - Moneda Nacional"))
        rows.append(("currency", rng.choice(("Divisa", "Moneda")), currency))
    quantity = ("Títulos", "Número de títulos", "Cantidad") if spain else ("Títulos", "Cantidad", "Acciones")
    price = ("Precio", "Cambio", "Precio medio") if spain else ("Precio", "Precio promedio")
    gross = ("Efectivo bruto", "Importe bruto", "Efectivo") if spain else ("Importe", "Importe bruto")
    rows += [
        ("quantity", rng.choice(quantity), out.count(deal.quantity)),
        ("price", rng.choice(price), out.amount(deal.price, unit=True)),
        ("gross", rng.choice(gross), out.amount(deal.gross_amount)),
    ]
    rows += [("charge", charge.label, out.amount(charge.amount)) for charge in deal.charges]
    if deal.is_buy:
        net = rng.choice(("Efectivo neto", "Importe neto", "Total a cargo", "Total cargo en cuenta"))
    else:
        net = rng.choice(("Efectivo neto", "Importe neto", "Total a abonar", "Total abono en cuenta"))
    rows.append(("net", net, out.amount(deal.net_amount)))
    account = ("Cuenta de valores", "Contrato", "Nº de cuenta de valores") if spain else ("Contrato", "Cuenta")
    ref = ("Referencia", "Nº de orden", "Número de operación") if spain else ("Folio", "Nº de orden", "Referencia")
    refs = [("account", rng.choice(account), deal.account or ""), ("ref", rng.choice(ref), deal.trade_ref or "")]
    return refs + rows if rng.random() < 0.4 else rows + refs


def _colon_lines(rng: random.Random, rows: list[Row]) -> list[str]:
    if rng.random() < 0.5:
        return [f"{label}: {value}" for _, label, value in rows]
    width = max(len(label) for _, label, _ in rows) + 2
    return [f"{label + ':':<{width}}{value}" for _, label, value in rows]


def _dotted_lines(rows: list[Row]) -> list[str]:
    """Labels run out in dots to a column; amounts are right-aligned to a second one."""
    width = max(len(label) for _, label, _ in rows) + 4
    amounts = max(len(value) for key, _, value in rows if key in ("gross", "charge", "net"))
    lines = []
    for key, label, value in rows:
        shown = value.rjust(amounts) if key in ("gross", "charge", "net", "price", "quantity") else value
        lines.append(f"{label} ".ljust(width, ".") + f" {shown}")
    return lines


def _long_date(day: date, *, weekday: bool = False) -> str:
    text = f"{day.day} de {_MONTHS[day.month - 1]} de {day.year}"
    return f"{_WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def _phone(rng: random.Random, office: Office) -> str:
    if office.country == "MX":
        return f"{office.area} {noise.digits(rng, 4)} {noise.digits(rng, 4)}"
    return f"{office.area} {noise.digits(rng, 3)} {noise.digits(rng, 2)} {noise.digits(rng, 2)}"


def _legal(rng: random.Random, office: Office) -> list[str]:
    """The footer: registrations, a guarantee scheme, a complaints service, privacy and confidentiality."""
    d = noise.digits
    if office.country == "MX":
        sentences = [
            f"{office.legal_name} es una entidad autorizada y supervisada por la Comisión Nacional Bancaria y de "
            f"Valores (CNBV), oficio núm. 312-3/{d(rng, 5)}/{rng.randint(1994, 2012)}. "
            f"RFC {noise.letters(rng, 3)}{d(rng, 6)}{noise.letters(rng, 1)}{d(rng, 2)}.",
            f"Unidad Especializada de Atención a Usuarios (UNE): 55 {d(rng, 4)} {d(rng, 4)}, "
            f"une@{office.domain}, de lunes a viernes de 9:00 a 18:00 h. Lada sin costo 800 {d(rng, 3)} "
            f"{d(rng, 4)}.",
            "Aviso de privacidad: sus datos personales se tratan conforme a la Ley Federal de Protección de Datos "
            f"Personales en Posesión de los Particulares; versión integral en www.{office.domain}/privacidad.",
            "Las operaciones se rigen por el contrato de intermediación bursátil firmado el "
            f"{noise.old_date(rng, 'uk')} y se reflejarán en su estado de cuenta mensual. "
            f"Las cifras pueden diferir por redondeo en {rng.choice(('0.01', '0.02'))} pesos.",
        ]
    else:
        court = "M" if office.city == "Madrid" else "B"
        register = "Sociedades de Valores" if "Sociedad" in office.legal_name else "Agencias de Valores"
        sentences = [
            f"{office.legal_name}, {', '.join(office.address)}. Inscrita en el Registro Mercantil de {office.city}, "
            f"Tomo {rng.randint(20_000, 45_000)}, Folio {rng.randint(1, 220)}, Hoja {court}-{d(rng, 6)}. "
            f"CIF A-{d(rng, 8)}.",
            f"Entidad inscrita en el Registro de {register} de la CNMV con el n.º {rng.randint(12, 320)} y adherida "
            "al Fondo de Garantía de Inversiones (FOGAIN), que cubre hasta 100.000 euros por inversor.",
            f"Tarifas de comisiones y gastos repercutibles comunicadas a la CNMV el {noise.old_date(rng, 'uk')}. "
            f"Servicio de Atención al Cliente: Apartado de Correos {rng.randint(100, 9999)}, {office.address[-1]}.",
            "Protección de datos: tratamos sus datos conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica "
            f"3/2018, de 5 de diciembre; puede ejercer sus derechos en dpo@{office.domain}.",
        ]
    sentences.append(
        "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha "
        "recibido por error, le rogamos que lo comunique al remitente y lo elimine."
    )
    return sentences


def _signature(rng: random.Random, office: Office) -> list[str]:
    adviser, d = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", noise.digits
    if office.country == "MX":
        team = rng.choice(("Promoción Bursátil", "Mesa de Capitales", "Asesoría Patrimonial"))
        phones = f"Tel. {_phone(rng, office)} ext. {d(rng, 4)} | Cel. +52 1 55 {d(rng, 4)} {d(rng, 4)}"
    else:
        team = rng.choice(("Mesa de Renta Variable", "Departamento de Operaciones", "Banca Privada - Intermediación"))
        phones = f"Tel. {_phone(rng, office)} | Móvil +34 6{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}"
    regards = rng.choice(("Un saludo,", "Atentamente,", "Saludos cordiales,"))
    return [regards, adviser, team, phones, office.brand, ", ".join(office.address), f"www.{office.domain}"]


@dataclass(frozen=True)
class Quote:
    """The client's order below the notice: a header ("El ... escribió:" or Outlook's) and the order's lines."""

    header: list[str]
    lines: list[str]

    def text(self) -> list[str]:
        if self.header[-1].endswith("escribió:"):
            return [*self.header, *(f"> {line}" for line in self.lines)]
        return [*self.header, "", *self.lines]


def _quote(rng: random.Random, trade: Trade, client_name: str, client_email: str, out: Printer) -> Quote:
    """The client's order, quoted below the notice."""
    deal = trade.deal
    early = rng.random() < 0.4  # before the open on the trade day, else the evening before
    asked = deal.trade_date if early else dates.previous_business_day(deal.trade_date)
    hour = f"{7 if early else rng.randint(15, 21)}:{rng.randint(0, 59):02d}"
    what = deal.ticker or deal.security_name.split(",")[0]
    verb = ("compren" if deal.is_buy else "vendan") if trade.spain else ("comprar" if deal.is_buy else "vender")
    limit = trade.limit or money.places(deal.price * Decimal("1.02" if deal.is_buy else "0.98"), 2)
    cash = money.places(deal.gross_amount * Decimal(rng.choice(("1.2", "1.5", "2", "3"))), -3)
    count, first = out.count(trade.ordered), client_name.split()[0]
    hello = ("Buenos días" if trade.spain else "Buen día") if early else "Buenas tardes"
    if trade.spain:
        order = f"{hello}, por favor {verb} {count} títulos de {what} con límite {out.amount(limit, unit=True)}."
        funds = f"Tengo unos {money.fmt(cash, 'eu')} euros disponibles en la cuenta asociada."
        thanks = f"Gracias, {first}"
    else:
        bound = f"{'máximo' if deal.is_buy else 'mínimo'} de ${money.fmt(limit, 'us', decimals=2)}"
        order = f"{hello}, le pido {verb} {count} acciones de {what} a un precio {bound}."
        funds = f"Tengo aproximadamente ${money.fmt(cash, 'us')} en efectivo en el contrato."
        thanks = f"Saludos, {first}"
    if not deal.is_buy:
        needed = dates.add_business_days(deal.settlement_date, rng.randint(1, 5))
        funds = f"Necesito disponer del efectivo antes del {dates.fmt(needed, 'uk')}."
    text = [order, funds, thanks]
    style = rng.choice(("gmail", "apple", "outlook"))
    if style == "outlook":
        header = [
            "-----Mensaje original-----",
            f"De: {client_name} <{client_email}>",
            f"Enviado el: {_long_date(asked, weekday=True)} {hour}",
            f"Para: {trade.office.brand} <operaciones@{trade.office.domain}>",
            f"Asunto: Orden {what}",
        ]
        return Quote(header, text)
    short = f"{asked.day} {_MONTHS[asked.month - 1][:3]} {asked.year}"
    if style == "gmail":
        line = f"El {_WEEKDAYS[asked.weekday()][:3]}, {short} a las {hour}, {client_name} (<{client_email}>) escribió:"
    else:
        line = f"El {short}, a las {hour}, {client_name} <{client_email}> escribió:"
    return Quote([line], text)


@dataclass(frozen=True)
class Letter:
    """Everything around the trade, ready to be written as text or as HTML."""

    greeting: str
    intro: str
    closing: str
    signature: list[str]
    legal: list[str]
    quote: Quote | None


def _letter(rng: random.Random, trade: Trade, client_name: str, client_email: str, out: Printer) -> Letter:
    deal, office = trade.deal, trade.office
    first, surname = client_name.split()[0], client_name.split()[1]
    if trade.spain:
        greeting = rng.choice(("Estimado cliente:", f"Hola, {first}:", f"Estimado/a Sr./Sra. {surname}:"))
    else:
        greeting = rng.choice(("Estimado cliente:", f"Apreciable {first}:", f"Buen día, {first}:"))
    intro = rng.choice(
        (
            "Le confirmamos la ejecución de la siguiente operación por cuenta de su contrato:",
            "Le informamos de que su orden ha sido ejecutada en el mercado con el siguiente detalle:",
            f"Detalle de la operación realizada el {_long_date(deal.trade_date)}:",
        )
    )
    if trade.ordered != deal.quantity:
        rest = out.count(trade.ordered - deal.quantity)
        intro = (
            f"Su orden se ha ejecutado parcialmente. Los {rest} títulos restantes siguen en el libro de órdenes "
            "hasta el cierre de la sesión, salvo que nos indique lo contrario. Detalle de lo ejecutado:"
        )
    moved = "cargará en" if deal.is_buy else "abonará en"
    toll_free = f"900 {noise.digits(rng, 3)} {noise.digits(rng, 3)}" if trade.spain else _phone(rng, office)
    closing = rng.choice(
        (
            f"El importe se {moved} su cuenta asociada en la fecha de liquidación. Puede consultar la nota de "
            "liquidación en el área privada de nuestra web.",
            f"Para cualquier aclaración puede llamarnos al {toll_free}, de lunes a viernes de 8:30 a 18:00 h.",
            "Le rogamos que revise estos datos y nos comunique cualquier discrepancia a la mayor brevedad.",
        )
    )
    quote = _quote(rng, trade, client_name, client_email, out) if rng.random() < 0.45 else None
    return Letter(greeting, intro, closing, _signature(rng, office), _legal(rng, office), quote)


def _text_body(letter: Letter, block: list[str]) -> str:
    lines = [letter.greeting, "", letter.intro, "", *block, "", letter.closing, ""]
    lines += [*letter.signature, "", *letter.legal]
    if letter.quote:
        lines += ["", *letter.quote.text()]
    return "\n".join(lines) + "\n"


_TABLE = '<table cellspacing="0" style="border-collapse:collapse;font-size:13px">'
_CELL = 'style="padding:3px 10px;border:1px solid #c9d3dc"'
_HEAD = 'style="padding:4px 10px;border:1px solid #c9d3dc;background:#e8eef4;text-align:left"'


def _label_table(rows: list[Row]) -> str:
    cells = "\n".join(
        f"<tr><td {_CELL}>{html.escape(label)}</td><td {_CELL}><b>{html.escape(value)}</b></td></tr>"
        for _, label, value in rows
    )
    return f"{_TABLE}\n{cells}\n</table>"


def _column_tables(rows: list[Row]) -> str:
    """The security and the size as one row of columns, then the dates and references, then the money."""
    across = ("side", "emisora", "serie", "security", "isin", "quantity", "price", "gross")
    main = [row for row in rows if row[0] in across]
    money_rows = [row for row in rows if row[0] in ("charge", "net")]
    rest = [row for row in rows if row not in main and row not in money_rows]
    head = "".join(f"<th {_HEAD}>{html.escape(label)}</th>" for _, label, _ in main)
    values = "".join(f"<td {_CELL}>{html.escape(value)}</td>" for _, _, value in main)
    columns = f"{_TABLE}\n<tr>{head}</tr>\n<tr>{values}</tr>\n</table>"
    return f"{columns}\n<br>\n{_label_table(rest)}\n<br>\n{_label_table(money_rows)}"


def _html_body(letter: Letter, table: str, office: Office) -> str:
    def para(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    signature = "<br>\n".join(html.escape(line) for line in letter.signature)
    legal = "\n".join(f'<p style="font-size:10px;color:#777">{html.escape(s)}</p>' for s in letter.legal)
    quote = ""
    if letter.quote:
        header = "<br>\n".join(html.escape(line) for line in letter.quote.header)
        lines = "<br>\n".join(html.escape(line) for line in letter.quote.lines)
        quote = (
            f'<div class="quote">{header}<br>\n'
            f'<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">{lines}'
            "</blockquote></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>{html.escape(office.brand)}</title></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<div style="border-bottom:3px solid #7a1f2b;padding:6px 0;font-size:18px;font-weight:bold">
{html.escape(office.brand)}</div>
{para(letter.greeting)}
{para(letter.intro)}
{table}
{para(letter.closing)}
<p>{signature}</p>
<hr style="border:none;border-top:1px solid #ddd">
{legal}
{quote}
</body></html>
"""


def build(rng: random.Random) -> Document:
    office = rng.choice(OFFICES)
    trade = make_deal(rng, office)
    deal = trade.deal
    first, last = rng.choice(_FIRST), f"{rng.choice(_LAST)} {rng.choice(_LAST)}"
    client_name = f"{first} {last}"
    mailbox = "correo.example.es" if trade.spain else "correo.example.com.mx"
    client_email = f"{_plain(first).lower()}.{_plain(last.split()[0]).lower()}@{mailbox}"
    out = Printer(rng, trade)
    rows = _rows(rng, trade, out)
    letter = _letter(rng, trade, client_name, client_email, out)
    word = "Compra" if deal.is_buy else "Venta"
    what = deal.ticker or deal.security_name
    subjects = (f"Confirmación de operación - {word} {what}", f"Ejecución de orden {deal.trade_ref}")
    subject = rng.choice((*subjects, f"Aviso de ejecución {dates.fmt(deal.trade_date, 'uk')}"))
    if letter.quote:
        subject = f"RE: Orden {deal.ticker or deal.security_name.split(',')[0]}"
    msg = mail.message(
        rng,
        sender=f"{office.brand} <operaciones@{office.domain}>",
        to=f"{client_name} <{client_email}>",
        subject=subject,
        when=mail.sent_at(rng, deal.trade_date, utc_offset_hours=1 if office.country == "ES" else -6),
        domain=office.domain,
    )
    variant = rng.choice(("lines", "dotted", "html_rows", "html_columns"))
    if variant in ("lines", "dotted"):
        block = _colon_lines(rng, rows) if variant == "lines" else _dotted_lines(rows)
        msg.set_content(_text_body(letter, block))
    else:
        table = _label_table(rows) if variant == "html_rows" else _column_tables(rows)
        page = _html_body(letter, table, office)
        if rng.random() < 0.5:
            msg.set_content(_text_body(letter, _colon_lines(rng, rows)))
            msg.add_alternative(page, subtype="html")
        else:
            msg.set_content(page, subtype="html")
    return Document(mail.finish(msg, rng), "email", [deal.truth()])


LAYOUT = Layout(
    name="es_email",
    kind="eml",
    heldout=False,
    build=build,
    description="Spanish or Mexican execution email in Spanish: EUR 1.234,56 or MXN 1,234.56, 14/03/2025, "
    "label lines, dotted leaders or HTML tables, ITF or IVA",
)
