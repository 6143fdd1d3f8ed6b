"""What documents call each trade field: label synonyms shared by PDFs, text, email bodies and CSV headers.

Within a field the synonyms are listed from most to least specific; when a document prints several, the
more specific label wins ("Trade Date" over a letter's "Date").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extraction import normalize, roles
from extraction.layout import Line, Word

LABELS: dict[str, tuple[str, ...]] = {
    "trade_date": (
        "trade date",
        "trade time",
        "execution time",
        "trade dt",
        "tradedate",
        "dealing date",
        "deal date",
        "execution date",
        "transaction date",
        "trade day",
        "schlusstag",
        "handelstag",
        "date d'opération",
        "contract date",
        "bargain date",
        "order date",
        "date of trade",
        "date of transaction",
        "traded on",
        "date traded",
        "executed on",
        "execution date/time",
        "trade date/time",
        "purchase date",
        "sale date",
        "dealing date/time",
        "geschäftstag",
        "handelsdatum",
        "ausführungstag",
        "ausführungsdatum",
        "auftragsdatum",
        "schlusstag/-zeit",
        "handelstag/-zeit",
        "handelsdag",
        "handelsdato",
        "affärsdag",
        "affärsdatum",
        "avslutsdag",
        "avslutsdatum",
        "trading day",
        "trading date",
        "fecha de operación",
        "fecha operación",
        "fecha de contratación",
        "fecha contratación",
        "fecha de ejecución",
        "fecha ejecución",
        "fecha de la operación",
        "data operazione",
        "data eseguito",
        "data esecuzione",
        "data contratto",
        "data di esecuzione",
        "abschlussdatum",
        "abschlusstag",
        "abschluss",
        "trade dt.",
        "date d'exécution",
        "date d'execution",
        "date de transaction",
        "date de l'opération",
        "date de négociation",
        "transactiedatum",
        "uitvoeringsdatum",
        "datum transactie",
        "datum uitvoering",
        "td",
        "t/d",
        "traded",
        # The bare word is the weakest name of the trade date: a letter's date is printed so too.
        "date",
        "datum",
        "séance du",
        "séance",
        "date de séance",
    ),
    "settlement_date": (
        "settlement date",
        "settle date",
        "settle dt",
        "settlementdate",
        "value date",
        "settlement",
        "sett date",
        "settle",
        "stl date",
        "valuta",
        "valutadatum",
        "date de valeur",
        "settlement due",
        "settles on",
        "settle on",
        "settlement day",
        "delivery date",
        "payment date",
        "payment due",
        "due date",
        "value day",
        "date of settlement",
        "settled on",
        "valutatag",
        "zahltag",
        "erfüllungstag",
        "lieferdatum",
        "likviddag",
        "likviddatum",
        "oppgjørsdato",
        "oppgjørsdag",
        "valørdato",
        "valørdag",
        "afviklingsdato",
        "afregningsdato",
        "betalingsdato",
        "leveringsdato",
        "settles",
        "fecha de liquidación",
        "fecha liquidación",
        "fecha valor",
        "data valuta",
        "data regolamento",
        "data di regolamento",
        "value dt",
        "value dt.",
        "date valeur",
        "date de règlement",
        "date de livraison",
        "date de liquidation",
        "afwikkelingsdatum",
        "leveringsdatum",
        "datum afwikkeling",
        "valeur",
        "sd",
        "s/d",
        "settled",
        "valuta-datum",
    ),
    "quantity": (
        "quantity",
        "qty",
        "shares",
        "units",
        "nominal",
        "nominal amount",
        "face value",
        "face amount",
        "quantity/nominal",
        "no. of shares",
        "number of shares",
        "amount/nominal",
        "share quantity",
        "qty/nominal",
        "stück",
        "stueck",
        "anzahl",
        "nominale",
        "quantité",
        "no. of units",
        "number of units",
        "unit quantity",
        "quantity traded",
        "executed quantity",
        "filled quantity",
        "shares bought",
        "shares sold",
        "shares purchased",
        "nominal value",
        "units traded",
        "unit",
        "stück/nominale",
        "nennwert",
        "anteile",
        "menge",
        "stück/nominal",
        "stk",
        "antal",
        "antall",
        "antal aktier",
        "antall aksjer",
        "antal stk",
        "nominelt",
        "nominellt",
        "nominelt beløb",
        "títulos",
        "número de títulos",
        "nº de títulos",
        "cantidad",
        "acciones",
        "quantità",
        "valore nominale",
        "q.tà",
        "nombre",
        "nombre de titres",
        "aantal",
        "nominaal",
        "stuks",
        "aantal stuks",
        "par value",
        "par amount",
        "par",
        "face",
        "principal amount (par)",
        "quantity (par)",
        "units redeemed",
        "units allotted",
        "units issued",
        "units purchased",
        "units sold",
        "units subscribed",
        "units cancelled",
        "qté",
        "qte",
        "qtté",
    ),
    "price": (
        "price",
        "unit price",
        "execution price",
        "exec price",
        "deal price",
        "average price",
        "avg price",
        "trade price",
        "price per share",
        "price (%)",
        "clean price",
        "px",
        "exec px",
        "trade px",
        "avg px",
        "kurs",
        "ausführungskurs",
        "cours",
        "prix",
        "price per unit",
        "dealing price",
        "market price",
        "fill price",
        "share price",
        "cost per share",
        "price/unit",
        "unit cost",
        "average cost",
        "rate",
        "net price",
        "gross price",
        "kurs von",
        "zum kurs von",
        "ausführungspreis",
        "preis",
        "kurs pro stück",
        "abrechnungskurs",
        "kurs per aktie",
        "kurs pr. aksje",
        "kurs pr. stk",
        "snittkurs",
        "gennemsnitskurs",
        "pris",
        "precio",
        "precio unitario",
        "precio medio",
        "prezzo",
        "prezzo eseguito",
        "prezzo unitario",
        "corso",
        "cours d'exécution",
        "prix d'exécution",
        "prix unitaire",
        "koers",
        "uitvoeringskoers",
        "prijs",
        "koers per stuk",
        "gemiddelde koers",
        "cambio",
        "cambio medio",
        "precio de ejecución",
        "nav",
        "nav per unit",
        "nav per share",
        "issue price",
        "redemption price",
        "subscription price",
        "kurs je stück",
        "preis je stück",
        "kurs je einheit",
    ),
    "gross_amount": (
        "gross amount",
        "gross consideration",
        "consideration",
        "principal amount",
        "principal",
        "gross",
        "market value",
        "gross value",
        "trade value",
        "deal value",
        "contract amount",
        "contract value",
        "transaction value",
        "transaction amount",
        "trade amount",
        "gross proceeds",
        "gross total",
        "principal value",
        "gross trade amount",
        "purchase amount",
        "sale amount",
        "execution value",
        "order value",
        "amount before charges",
        "total consideration",
        "kurswert",
        "bruttobetrag",
        "transaktionswert",
        "handelswert",
        "belopp",
        "beløp",
        "beløb",
        "kursvärde",
        "kursverdi",
        "kursværdi",
        "handelsbelopp",
        "handelsbeløp",
        "efectivo bruto",
        "importe bruto",
        "efectivo",
        "importe efectivo",
        "controvalore",
        "controvalore lordo",
        "gross amt",
        "gross amt.",
        "montant brut",
        "contre-valeur",
        "montant de la transaction",
        "valeur brute",
        "transactiebedrag",
        "bruto bedrag",
        "brutobedrag",
        "waarde transactie",
        "net amount for investment",
        "amount for investment",
        "net investment",
        "redemption value",
        "gross redemption proceeds",
        "consid",
        "consid.",
        "montant négocié",
    ),
    "net_amount": (
        "net amount",
        "net consideration",
        "total debit",
        "total credit",
        "net debit",
        "net credit",
        "amount debited",
        "amount credited",
        "debit amount",
        "credit amount",
        "total cost",
        "total proceeds",
        "net settlement amount",
        "settlement amount",
        "net proceeds",
        "net value",
        "amount due",
        "total due",
        "total amount",
        "net",
        "total",
        "net amt",
        "endbetrag",
        "montant net",
        "amount",
        "amt",
        "betrag",
        "montant",
        "amount payable",
        "amount receivable",
        "amount payable by you",
        "amount due to you",
        "amount due from you",
        "amount due by you",
        "total payable",
        "total receivable",
        "net total",
        "settlement value",
        "net amount due",
        "total amount due",
        "total to pay",
        "total to be paid",
        "total to be received",
        "net payable",
        "net receivable",
        "final amount",
        "total settlement amount",
        "net settlement",
        "amount to be debited",
        "amount to be credited",
        "net cash",
        "cash amount",
        "charged amount",
        "amount charged",
        "ausmachender betrag",
        "zu lasten",
        "zu ihren lasten",
        "zu ihren gunsten",
        "zu gunsten",
        "belastung",
        "gutschrift",
        "endbetrag zu ihren lasten",
        "nettobetrag",
        "gesamtbetrag",
        "likvidbelopp",
        "att betala",
        "att erhålla",
        "å betale",
        "å motta",
        "oppgjørsbeløp",
        "afregningsbeløb",
        "totalbeløb",
        "totalbelopp",
        "totalbeløp",
        "at betale",
        "amount to pay",
        "amount to receive",
        "total to receive",
        "efectivo neto",
        "importe neto",
        "total a cargo",
        "total a abonar",
        "importe total",
        "netto",
        "importo netto",
        "importo da addebitare",
        "importo da accreditare",
        "netto a debito",
        "netto a credito",
        "totale a vostro debito",
        "totale a vostro credito",
        "totale",
        "montant à régler",
        "net à payer",
        "montant à payer",
        "net à recevoir",
        "montant à recevoir",
        "te verrekenen",
        "nettobedrag",
        "netto bedrag",
        "te betalen",
        "te ontvangen",
        "totaal te betalen",
        "amount to settle",
        "total cargo en cuenta",
        "total abono en cuenta",
        "cargo en cuenta",
        "abono en cuenta",
        "total a pagar",
        "total a cobrar",
        "neto a pagar",
        "neto a cobrar",
        "netto a vostro credito",
        "netto a vostro debito",
        "totale a credito",
        "totale a debito",
        "netto valuta",
        "netto da addebitare",
        "netto da accreditare",
        "amount invested",
        "total amount invested",
        "net redemption proceeds",
        "redemption proceeds",
        "cash movement",
        "net cash amount",
        "net settlement amt",
        "net sett amt",
        "net settlement amt.",
        "til utbetaling",
        "til betaling",
        "til gode",
    ),
    "commission": (
        "commission",
        "brokerage",
        "dealing charge",
        "dealing commission",
        "comm",
        "commission amount",
        "broker commission",
        "provision",
        "courtage",
        "brokerage fee",
        "brokerage commission",
        "brokerage charge",
        "execution charge",
        "execution fee",
        "dealing fee",
        "trading commission",
        "commission charge",
        "agency commission",
        "broker fee",
        "broker's commission",
        "comm.",
        "orderprovision",
        "grundgebühr",
        "ordergebühr",
        "transaktionsentgelt",
        "maklercourtage",
        "kurtasje",
        "kurtage",
        "kommission",
        "provisjon",
        "courtagebelopp",
        "comisión",
        "comisiones",
        "corretaje",
        "comisión de intermediación",
        "commissioni",
        "commissione",
        "frais de courtage",
        "provisie",
        "makelaarsloon",
        "commissie",
        "makelaarscommissie",
        "comisión del intermediario",
        "comisión de la entidad",
        "comisión de ejecución",
        "comisión por intermediación",
        "commissioni di negoziazione",
        "commissione di negoziazione",
        "taxable value of supply",
        "taxable value of supply (brokerage)",
    ),
    "fees": (
        "sec fee",
        "taf",
        "finra taf",
        "exchange fee",
        "clearing fee",
        "ptm levy",
        "regulatory fee",
        "transaction fee",
        "other fees",
        "third party fees",
        "fees",
        "fee",
        "charges",
        "charge",
        "levy",
        "levies",
        "transaction levy",
        "trading fee",
        "trading fees",
        "settlement fee",
        "handling fee",
        "service fee",
        "exchange charge",
        "clearing charge",
        "registration fee",
        "regulatory levy",
        "other charges",
        "misc fees",
        "miscellaneous fees",
        "trading levy",
        "market fee",
        "settlement charge",
        "platform fee",
        "surcharge",
        "cost surcharge",
        "external costs",
        "third-party costs",
        "postage/handling",
        "postage and handling",
        "handling",
        "fremde spesen",
        "spesen",
        "börsenentgelt",
        "börsengebühr",
        "handelsplatzgebühr",
        "fremdkosten",
        "gebühren",
        "übertragungs-/liefergebühr",
        "entgelt",
        "avgift",
        "avgifter",
        "gebyr",
        "gebyrer",
        "vps fee",
        "vp fee",
        "vps-gebyr",
        "vp-afgift",
        "afgift",
        "handelsavgift",
        "clearingavgift",
        "cánones de bolsa",
        "canon de bolsa",
        "canon de liquidación",
        "gastos",
        "spese",
        "diritti fissi",
        "spese di regolamento",
        "altre spese",
        "frais",
        "frais de marché",
        "frais de règlement",
        "frais de bourse",
        "autres frais",
        "afwikkelingskosten",
        "beurskosten",
        "kosten",
        "transactiekosten",
        "overige kosten",
        "trading activity fee",
        "gastos de liquidación",
        "canon de compensación",
        "gastos de custodia",
        "otros gastos",
        "gastos de la operación",
        "gastos de bolsa y liquidación",
        "gastos de bolsa",
        "cánones",
        "cánones bme",
        "canon bme",
        "canon iberclear",
        "canon de la bolsa",
        "spese di eseguito",
        "spese fisse",
        "spese di esecuzione",
        "entry charge",
        "initial charge",
        "exit charge",
        "exit fee",
        "redemption fee",
        "subscription fee",
        "sales charge",
        "dilution levy",
        "anti-dilution levy",
        "less entry charge",
        "less exit charge",
        "section 31 fee",
        "sec section 31 fee",
        "finra trading fee",
        "service charge",
        "activity fee",
        "sec trans fee",
        "sec transaction fee",
        "ptm",
        "clearing",
        "clearing fees",
        "valutavekslingsgebyr",
        "vekslingsgebyr",
        "valutaväxlingsavgift",
        "växlingsavgift",
        "sfc transaction levy",
        "sfc levy",
        "afrc transaction levy",
        "afrc levy",
        "frc transaction levy",
        "ccass settlement fee",
        "ccass fee",
        "ccass fees",
        "settlement fee (ccass)",
    ),
    "taxes": (
        "stamp duty",
        "sdrt",
        "ftt",
        "financial transaction tax",
        "transaction tax",
        "withholding tax",
        "taxes",
        "tax",
        "gst",
        "vat",
        "stamp tax",
        "consumption tax",
        "gst on brokerage",
        "vat on commission",
        "tax on commission",
        "transfer tax",
        "securities transaction tax",
        "stt",
        "capital gains tax",
        "kapitalertragsteuer",
        "solidaritätszuschlag",
        "kirchensteuer",
        "quellensteuer",
        "umsatzsteuer",
        "steuern",
        "tax on stock exchange transactions",
        "stock exchange tax",
        "stock exchange transaction tax",
        "taxe sur les transactions financières",
        "impuestos",
        "iva",
        "itf",
        "impuesto sobre transacciones financieras",
        "tobin tax",
        "imposta sulle transazioni finanziarie",
        "imposte",
        "ttf",
        "swiss stamp",
        "swiss stamp duty",
        "stamp",
        "eidg. umsatzabgabe",
        "umsatzabgabe",
        "eidg. stempelabgabe",
        "stempelabgabe",
        "stempel",
        "tob",
        "taxe sur opérations de bourse",
        "taxe sur les opérations de bourse",
        "taxe boursière",
        "beurstaks",
        "taks op beursverrichtingen",
        "beursbelasting",
        "igst",
        "cgst",
        "sgst",
        "utgst",
        "gst (18%)",
        "iva comisión",
        "iva sobre comisión",
        "iva de la comisión",
        "iva sobre comisiones",
        "imposta",
        "imposta francese transazioni fin.",
        "imposta transazioni finanziarie",
        "imposta di bollo",
        "tassa sulle transazioni finanziarie",
        "impuesto s/ transacciones financieras",
        "impuesto sobre las transacciones financieras",
        "impuesto transacciones financieras",
        "sst",
        "sales and service tax",
        "service tax",
        "timbre",
        "droit de timbre",
        "droits de timbre",
        "timbre fédéral",
    ),
    "accrued_interest": (
        "accrued interest",
        "accrued int",
        "accrued",
        "rateo interessi",
        "rateo",
        "dietimi",
        "cupón corrido",
        "intereses devengados",
        "marchzins",
        "stückzinsen",
        "stückzins",
        "accrued int.",
        "purchased/sold interest",
        "purchased interest",
        "sold interest",
        "purchased / sold interest",
        "marchzinsen",
    ),
    "account": (
        "trading a/c",
        "trading a/c no",
        "trading account",
        "trading account no",
        "account number",
        "account no",
        "account no.",
        "client account",
        "securities account",
        "account",
        "acct",
        "a/c",
        "depot",
        "depot no",
        "client ref",
        "client reference",
        "account id",
        "your ref",
        "your reference",
        "client number",
        "client no",
        "client id",
        "customer number",
        "customer no",
        "customer id",
        "account code",
        "client code",
        "account #",
        "a/c no",
        "investor number",
        "portfolio number",
        "portfolio no",
        "portfolio",
        "depotnummer",
        "depot-nr",
        "depot-nummer",
        "kontonummer",
        "konto-nr",
        "depotkonto",
        "kundennummer",
        "depå",
        "depånummer",
        "depå nr",
        "vp-konto",
        "vps-konto",
        "vps account",
        "vp account",
        "depotnr",
        "custody account",
        "kontonr",
        "konto",
        "cuenta de valores",
        "cuenta",
        "contrato",
        "nº de contrato",
        "dossier titoli",
        "dossier",
        "conto",
        "conto corrente",
        "compte-titres",
        "compte titres",
        "numéro de compte",
        "n° de compte",
        "rekening",
        "effectenrekening",
        "rekeningnummer",
        "beleggingsrekening",
        "compte",
        "deposito titoli",
        "deposito",
        "conto titoli",
        "hin",
        "srn",
        "holder identification number",
        "holder number",
        "shareholder reference number",
        "a/c code",
        "client a/c",
        "aksjesparekonto",
        "depånr",
        "isk-konto",
        "investeringssparkonto",
        "ask-konto",
        "portefeuille",
        "n° de portefeuille",
    ),
    "trade_ref": (
        "confirm no",
        "confirmation no",
        "confirmation number",
        "confirmation ref",
        "confirmation reference",
        "contract no",
        "contract number",
        "contract note no",
        "contract note number",
        "contract note ref",
        "contract ref",
        "c/n no",
        "c/n",
        "note no",
        "notice no",
        "advice no",
        "slip no",
        "trade ref",
        "trade reference",
        "trade no",
        "trade number",
        "handelsnr",
        "handelsnr.",
        "affärsnr",
        "affärsnummer",
        "sluttseddelnr",
        "sluttseddelnummer",
        "handelsnummer",
        "deal ref",
        "deal reference",
        "deal id",
        "deal no",
        "deal number",
        "bargain ref",
        "bargain reference",
        "transaction ref",
        "transaction reference",
        "transaction id",
        "transaction no",
        "our ref",
        "référence",
        "notre référence",
        "referentie",
        "onze referentie",
        "execution ref",
        "execution id",
        "trade id",
        "execution no",
        "ticket",
        "ticket no",
        "ticket number",
        "tkt no",
        "tkt no.",
        "tag number",
        "tag no",
        "tag #",
        "conf #",
        "conf no",
        "voucher no",
        "reference number",
        "ref no",
        "reference",
        "ref",
        "geschäftsnummer",
        "referenznummer",
        "abrechnungsnummer",
        "rechnungsnummer",
        "avräkningsnota",
        "avräkningsnummer",
        "avregningsnota",
        "avregningsnummer",
        "nota nr",
        "notanummer",
        "afregningsnota",
        "referencia",
        "riferimento",
        "numero operazione",
        "buchungsnr",
        "buchungsnummer",
        "booking no",
        "booking number",
        "booking ref",
        "référence de l'opération",
        "transactienummer",
        "kenmerk",
        "confirmation",
        "número de operación",
        "nº de operación",
        "n.º de operación",
        "referencia de la operación",
        "núm. operación",
        "folio",
        "rif. operazione",
        "riferimento operazione",
        "n. eseguito",
        "numero eseguito",
        "n. operazione",
        "contract note",
        "notanr",
        "nota nr.",
        "kontraktsnr",
        "kontraktnr",
        "kontraktnummer",
        "kontrakt nr",
        "réf",
        "n° d'opération",
        "n° d’opération",
        "numéro d'opération",
        "no d'opération",
        "tag",
        "cn",
        "cn no",
        "c/note",
        # An order may be filled in several trades: its number is the weaker name of a trade's reference.
        "auftragsnummer",
        "ordernummer",
        "auftrags-nr",
        "ordrenummer",
        "ordernr",
        "order id",
        "order no",
        "order number",
        "nº de orden",
        "número de orden",
        "numero ordine",
        "n. ordine",
        "n° d'ordre",
        "numéro d'ordre",
        "order ref",
        "order reference",
        "order ref no",
        "your order reference",
    ),
    "security_name": (
        "security description",
        "security name",
        "investment name",
        "fund name",
        "name of security",
        "instrument name",
        "security",
        "description",
        "instrument",
        "stock",
        "issue",
        "security name/description",
        "wertpapier",
        "titre",
        "stock name",
        "name of stock",
        "instrument description",
        "security/description",
        "issue name",
        "stock description",
        "share name",
        "bond name",
        "counter",
        "counter name",
        "name of instrument",
        "wertpapier-bezeichnung",
        "wertpapierbezeichnung",
        "gattungsbezeichnung",
        "bezeichnung",
        "gattung",
        "värdepapper",
        "verdipapir",
        "værdipapir",
        "papir",
        "share",
        "details",
        "particulars",
        "narrative",
        "instrumento",
        "descripción",
        "titolo",
        "descrizione titolo",
        "descrizione",
        "strumento",
        "sec. description",
        "sec description",
        "titelbezeichnung",
        "titel",
        "libellé",
        "désignation",
        "nom de la valeur",
        "instrument financier",
        "effect",
        "fonds",
        "omschrijving",
        "naam effect",
        "naam fonds",
        "nombre del valor",
        "valor",
        "denominación",
        "nombre del instrumento",
        "título",
        "denominación del valor",
        "razón social",
        "emisor",
        "fund",
        "sub-fund",
        "fund and share class",
        "share class name",
        "stock desc",
        "security desc",
        "sec desc",
        "aksje",
        "aktie",
    ),
    "counterparty": ("counterparty", "contra party", "broker", "dealer", "executed by", "issued by"),
    "isin": (
        "isin",
        "isin code",
        "código isin",
        "codice isin",
        "cod. isin",
        # A column of identifiers of every scheme: each value fills the field its check digits pass.
        "asset id",
        "security id",
        "security identifier",
        "instrument id",
        "asset identifier",
    ),
    "cusip": ("cusip",),
    "sedol": ("sedol",),
    "ticker": (
        "ticker",
        "symbol",
        "ticker symbol",
        "stock code",
        "security code",
        "ticker code",
        "stock symbol",
        "trading symbol",
        "epic",
        "tidm",
        "asx code",
        "kortnamn",
        "kortnavn",
        "short name",
        "short code",
        "símbolo",
        "clave de pizarra",
        "emisora",
        "jse code",
        "share code",
        "instrument code",
        "exchange code",
        "nse symbol",
        "bse code",
        "scrip code",
    ),
    "side": (
        "side",
        "bought or sold",
        "bought/sold",
        "buy or sell",
        "buy/sell",
        "b/s",
        "bot/sld",
        "action",
        "transaction type",
        "direction",
        "trade type",
        "transaction",
        "activity",
        "type",
        "trade side",
        "purchase/sale",
        "buy/sale",
        "p/s",
        "order side",
        "buy / sell",
        "act code",
        "action code",
        "activity code",
        "transaction code",
        "trans code",
        "trans type",
        "activity type",
        "operación",
        "tipo de operación",
        "sentido",
        "segno",
        "tipo operazione",
        "operazione",
        "transaktion",
        "transaktionsart",
        "buchungsart",
        "opération",
        "type d'opération",
        "sens",
        "nature de l'opération",
        "type de transaction",
        "transactie",
        "soort transactie",
        "type transactie",
        "transactietype",
        "soort order",
        "geschäftsart",
        "art des geschäfts",
        "auftragsart",
        "txn description",
        "transaction description",
        "txn type",
        "txn code",
        "transaction narrative",
        "txn narrative",
        "way",
        "dir",
        "dir.",
        "tc",
        "trn cd",
        "b/s code",
    ),
    "currency": (
        "currency",
        "ccy",
        "trade currency",
        "settlement currency",
        "curr",
        "währung",
        "devise",
        "currency code",
        "price currency",
        "trade ccy",
        "settlement ccy",
        "ccy code",
        "settle ccy",
        "handelswährung",
        "abrechnungswährung",
        "divisa",
        "moneda",
        "valuta di regolamento",
        "whg",
        "whg.",
        "monnaie",
        "munt",
        "whrg",
        "wrg",
        "whrg.",
    ),
}

# Labels that name one field in some languages and another in others, read as the second when what follows
# is no value of the first: German "Valuta" is the value date, Dutch and Italian "valuta" the currency;
# French "Valeur" is the security, "Date valeur" its value date. A "Fund" named by a code ("Fund  PCP-09") is
# the client's fund, its account; named in words, the fund dealt in.
SECOND_READING: dict[str, str] = {"valuta": "currency", "valeur": "security_name", "fund": "account"}


def code_not_name(field: str | None, fallback: str | None, value: Sequence[Word]) -> bool:
    """Does a name's label hold a code, that its second reading names ("Fund  PCP-09": the account)?"""
    return field == "security_name" and fallback == "account" and len(value) == 1 and _has_digit(value[0].text)


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# Labels documents print that name no trade field: what the classifier learns to leave alone.
NOT_FIELDS: tuple[str, ...] = (
    "telephone",
    "partita iva",
    "p. iva",
    "p.iva",
    "codice fiscale",
    "cod. fiscale",
    "nif",
    "cif",
    "tel",
    "phone",
    "fax",
    "email",
    "e-mail",
    "website",
    "address",
    "registered office",
    "page",
    "branch",
    "office",
    "channel",
    "market",
    "mkt",
    "marketplace",
    "market place",
    "marknadsplats",
    "handelsplats",
    "handelsplass",
    "markedsplads",
    "venue",
    "exchange",
    "place of execution",
    "order type",
    "capacity",
    "time",
    "time zone",
    "client name",
    "name",
    "adviser",
    "representative",
    "report date",
    "generated date",
    "generated on",
    "print date",
    "printed date",
    "run date",
    "statement date",
    "date of birth",
    "account opened",
    "cost",
    "book cost",
    "cost basis",
    "unrealized gain",
    "realized gain",
    "gain/loss",
    "position",
    "holdings",
    "rebates",
    "printed on",
    "statement period",
    "period",
    "opening balance",
    "closing balance",
    "balance",
    "board lot",
    "lot size",
    "exchange rate",
    "fx rate",
    "rate of exchange",
    "commission rate",
    "tax rate",
    "interest rate",
    "conversion rate",
    "limit price",
    "order status",
    "validity",
    "tax id",
    "vat no",
    "registration no",
    "company no",
    "licence no",
    "exch. rate",
    "exch rate",
    "devisenkurs",
    "wechselkurs",
    "heure d'exécution",
    "marché",
    "lieu d'exécution",
    "place d'exécution",
    "tijdstip",
    "beurs",
    "plaats van uitvoering",
    "handelsplaats",
    "time of execution",
    "tipo de cambio",
    "hora",
    "hora de ejecución",
    "tipo de orden",
    "mercado",
    "date of issue",
    "issue date",
    "units held",
    "units held after this transaction",
    "holding after this transaction",
    "balance of units",
    "units after transaction",
    "nav date",
    "valuation date",
    "pricing date",
    "price date",
    "order time",
    "orig. order",
    "orig order",
    "original order",
    "acct type",
    "cap",
    "rr",
    "office / rr",
    "id type",
    "identifier type",
    "security id type",
    "asset id type",
    "counterparty bic",
    "broker bic",
    "cds a/c",
    "cds account",
    "cds a/c no",
    "cdp a/c",
    "cdp account",
    "cdp a/c no",
    "cdp securities account",
    "markedsplass",
    "tidspunkt",
    "kundenr",
    "ordrenr",
    "l/s",
    "long/short",
    "st",
    "status",
)

_NOT_FIELDS = frozenset(NOT_FIELDS)


def second_date_settles(fields: list[str | None]) -> list[str | None]:
    """'TRADE / SETTLEMENT' printed above 'DATE DATE': of two trade-date columns and no settlement column,
    the second is the settlement date, which never comes before the trade."""
    dated = [i for i, field in enumerate(fields) if field == "trade_date"]
    if len(dated) != 2 or "settlement_date" in fields:
        return fields
    return [("settlement_date" if i == dated[1] else field) for i, field in enumerate(fields)]


def names_nothing(text: str) -> bool:
    """Is text a label that names no trade field ('Balance', 'Venue')?"""
    return normalize_label(text) in _NOT_FIELDS


def names_no_field(words: Sequence[Word], start: int, end: int) -> bool:
    """Do the one or two words before a label make it a label of no field ('Generated Date:')?"""
    return any(
        normalize_label(" ".join(w.text for w in words[begin:end])) in _NOT_FIELDS
        for begin in range(max(0, start - 2), start)
    )


# Words that mark a statement row as a cash movement rather than a trade, when no side says otherwise.
CASH_ROW = re.compile(
    r"\b(dividends?|interest|deposit|withdrawal|transfer|journal|cash|fee|tax|coupon|wire|lodgement|contribution"
    r"|distribution|custody"
    r"|dividende|zinsen|\w*gebühr|vergütung|\w*zahlung|zahlungsauftrag|einlieferung|auslieferung|überweisung)\b",
    re.IGNORECASE,
)

# A heading over a table of what the account holds ("Portfolio valuation as at 31 May", "Open positions"). A
# company's name may hold the word ("DUVENAGE HOTELS HOLDINGS LTD"): a heading begins with it or says more.
HOLDINGS = re.compile(
    r"^(?:your |current |open |security |account |portfolio )?(?:holdings|positions|valuation)\b"
    r"|\bvaluation\b|\bportfolio (?:valuation|summary|holdings|positions)\b"
    r"|\b(?:holdings|positions) (?:as at|as of|at|summary)\b|\basset allocation\b"
    r"|\b(?:holdings|positions)\s*(?:\([A-Z]{3}\))?\s*$"  # "Canadian dollar holdings (CAD)"
    r"|^(?:your |current )?(?:investments? (?:held|summary|portfolio)|investments)\b",
    re.IGNORECASE,
)

_HEADING_LINES = 3  # lines above a table that may be its heading


def positions_table(lines: Sequence[Line], index: int, fields: set[str | None]) -> bool:
    """Is the table whose header is lines[index] a table of positions held: no trade date in its columns, under
    a heading that says holdings, or no side either and columns that say what positions are worth?"""
    if "trade_date" in fields:
        return False
    if any(HOLDINGS.search(line.text) for line in lines[max(0, index - _HEADING_LINES) : index + 1]):
        return True  # a long/short column under "Security positions at close" tells no deal's side
    if "side" in fields:
        return False
    # Without a heading, the columns tell: what a position is worth, weighs or has gained, never a deal's.
    return any(POSITION_COLUMNS.search(line.text) for line in lines[index : index + 2])


POSITION_COLUMNS = re.compile(
    r"\b(?:market value|weight(?:ing)?|% of (?:portfolio|total|account)|portfolio %|allocation|unreali[sz]ed"
    r"|book cost|cost base|average cost|avg\.? cost|gain/loss|gain or loss|est\.? (?:annual )?income)\b",
    re.IGNORECASE,
)


# A currency exchange is booked with a side ("Currency exchange, bought GBP 129,000.00") but buys no security.
FX_ROW = re.compile(r"\b(currency exchange|foreign exchange|fx|devisen\w*)\b", re.IGNORECASE)

# The charges a document may print several of; they are summed rather than picking one.
SUMMED_FIELDS = frozenset({"fees", "taxes"})


@dataclass(frozen=True)
class LabelMatch:
    field: str
    rank: int  # position in the synonym list: lower is more specific
    start: int  # index of the first label word in the line
    end: int  # index after the last label word
    explicit: bool  # the label ends with ":" so whatever follows is its value
    certainty: float = 1.0  # below 1 for a label the classifier read: its probability
    fallback: str | None = None  # the field it names when what follows is no value of field (SECOND_READING)


def normalize_label(text: str) -> str:
    """Lower case, single-spaced, without a trailing colon, dots or '#': 'Trade  Date:' -> 'trade date'."""
    text = text.lower().replace("_", " ").replace("#", " no").replace("：", ":").strip()
    # "Trade Date 交易日期": a label printed with its translation in Chinese or Japanese is the label.
    text = _CJK.sub(" ", text).strip()
    text = _INITIALS.sub(lambda m: m.group().replace(".", ""), text)  # "I.V.A." is "iva", "T.V.A." "tva"
    text = re.sub(r"[:.*¹²³⁴⁵]+$", "", text.strip())  # a trailing footnote mark: "Brokerage*", "Net¹"
    return " ".join(_NUMBER_WORD.get(word, word) for word in text.split())


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]+")
_INITIALS = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?:[a-z](?![\w.]))?")
# "Transaction number", "Transaction No.", "Transaction nr": one label.
_NUMBER_WORD = {"number": "no", "no.": "no", "nr": "no", "nr.": "no", "num": "no", "n°": "no", "nº": "no"}


_BY_TEXT: dict[str, tuple[str, int]] = {}
for _field, _synonyms in LABELS.items():
    for _rank, _synonym in enumerate(_synonyms):
        _BY_TEXT.setdefault(normalize_label(_synonym), (_field, _rank))
# "A/C No.", "Account Number", "Ref #": a code's label with the word for "number" after it.
# Such a label is as specific as the name it numbers, wherever the lists put it.
for _text, (_field, _rank) in list(_BY_TEXT.items()):
    if _field in ("account", "trade_ref"):
        _numbered = _BY_TEXT.get(_text + " no")
        if _numbered is None or _numbered[0] == _field and _numbered[1] > _rank:
            _BY_TEXT[_text + " no"] = (_field, _rank)
# "Stock Name" says all that "Stock" says and more: a longer label ranks at least as well as its first words do.
for _text, (_field, _rank) in list(_BY_TEXT.items()):
    _words = _text.split()
    for _cut in range(1, len(_words)):
        _head_hit = _BY_TEXT.get(" ".join(_words[:_cut]))
        if _head_hit is not None and _head_hit[0] == _field and _head_hit[1] < _BY_TEXT[_text][1]:
            _BY_TEXT[_text] = (_field, _head_hit[1])
# Text taken from PDFs sometimes loses the space inside a label ("GROSSAMOUNT"): one word may be a
# many-word label written solid.
_SOLID: dict[str, tuple[str, int]] = {}
for _text, _hit in _BY_TEXT.items():
    if " " in _text:
        _SOLID.setdefault(_text.replace(" ", ""), _hit)
# The most words a label (or a longer label of no field) beginning with a word may take: label_at tries no more.
_SPAN: dict[str, int] = {}
for _text in [*_BY_TEXT, *_SOLID, *_NOT_FIELDS]:
    _head, *_rest = _text.split() or [""]
    for _first in {_head, normalize_label(_head)}:  # "eidg." is "eidg" when printed alone
        _SPAN[_first] = max(_SPAN.get(_first, 0), 1 + len(_rest))


# Words that name a field only as a whole column header: a "Code" column beside the issue holds its code.
# In a statement a "Debit" or "Credit" column holds the cash a trade moved: its net amount.
HEADER_ONLY = {
    "code": "ticker",
    "name": "security_name",
    "debit": "net_amount",
    "credit": "net_amount",
    "cash": "net_amount",  # a statement's signed cash column: paid out in brackets, received without
}


_RATE_AFTER = re.compile(r"\s*\(?@?\s?\d+(?:[.,]\d+)?\s?%\)?$")


def field_for_header(text: str) -> str | None:
    """The trade field a whole table or CSV header names, e.g. 'Trade Dt' -> 'trade_date'."""
    key = normalize_label(text)
    # "Net Amount (EUR)", "Cash £", "SST 8%": a header with its unit or rate names what it does without.
    for name in (key, re.sub(r"\s*\(.*\)$", "", key), _unit_cut(key), _RATE_AFTER.sub("", key)):
        hit = _BY_TEXT.get(name)
        if hit or name in HEADER_ONLY:
            return hit[0] if hit else HEADER_ONLY[name]
    return _either_name(key)


def header_rank(text: str) -> int:
    """How specific a header's name is: the rank of the listed synonym it is (or begins with), else that of
    a label only the classifier knows."""
    key = normalize_label(text)
    parts = [key, re.sub(r"\s*\(.*\)$", "", key), _unit_cut(key)]
    parts += [_unit_cut(re.sub(r"\(.*?\)", " ", part).strip()) for part in key.split("/")[:1]]
    return min((hit[1] for part in parts if (hit := _BY_TEXT.get(part))), default=LEARNED_RANK)


def surest_columns(texts: Sequence[str], fields: Sequence[str | None]) -> list[str | None]:
    """Of two columns naming one field ("Order No.", "Trade No."), the more specific name keeps it; charges
    add up and dates are told apart elsewhere, so their columns all stay."""
    kept = list(fields)
    for field in {f for f in fields if f and fields.count(f) > 1 and f not in SUMMED_FIELDS and f not in _DATED}:
        columns = [n for n, f in enumerate(fields) if f == field]
        best = min(columns, key=lambda n: header_rank(texts[n]))
        for n in columns:
            if n != best:
                kept[n] = None
    return kept


_DATED = frozenset({"trade_date", "settlement_date"})


def _either_name(key: str) -> str | None:
    """ "Nominal/Anzahl", "Gross Rate / Trade Price Per Unit": a header giving two names for one column (in two
    languages, or for two values stacked in its cells) names the field of the first part that names one."""
    if "/" not in key:
        return None
    for part in key.split("/"):
        words = _unit_cut(re.sub(r"\(.*?\)", " ", part).strip()).split()
        hit = _BY_TEXT.get(" ".join(words))
        if hit is not None:
            return hit[0]
        if _per_unit(words) is not None:
            return _rate_field(words)
    return None


_UNITS = frozenset({"unit", "units", "share", "shares", "bond", "lot", "stück", "piece"})


def _per_unit(words: Sequence[str]) -> int | None:
    """Where "per unit" begins in a header's words ("brokerage per unit"), if it ends with one."""
    if len(words) >= 3 and words[-2] in ("per", "je", "pro") and words[-1] in _UNITS:
        return len(words) - 2
    return None


def _rate_field(words: Sequence[str]) -> str | None:
    """ "Trade price per unit" is the price; "Brokerage per unit" and "Net rate per unit" are rates, which
    are no field of the trade (the brokerage is the rate times the count)."""
    head = words[: _per_unit(words)]
    for start in range(len(head)):
        hit = _BY_TEXT.get(" ".join(head[start:]))
        if hit is not None:
            return hit[0] if hit[0] == "price" else None
    return None


def _unit_cut(key: str) -> str:
    """A header without the currency it is counted in: "net amount £", "price in eur" -> "net amount", "price"."""
    words = key.split()
    if len(words) < 2 or normalize.normalize_currency(words[-1]) is None:
        return key
    return " ".join(words[:-2] if words[-2] == "in" and len(words) > 2 else words[:-1])


# Rank of a label the classifier recognised: any listed synonym of the same field is preferred to it.
LEARNED_RANK = 100


def header_field(text: str) -> str | None:
    """The field a table or CSV header names: a known synonym, else what the classifier reads in it."""
    known = field_for_header(text)
    if known:
        return known
    learned = unlisted_field(text)
    return learned[0] if learned else None


def unlisted_field(text: str) -> tuple[str, float] | None:
    """The field an unlisted label names: its head word when that is a label ("Total Charges" are charges,
    whatever "Total" suggests), else the classifier's reading; with the classifier's probability."""
    reading = _unlisted(text)
    return (reading[0], reading[1]) if reading else None


_HEAD_JOINTS = frozenset({"on", "incl", "incl.", "including", "inc", "inc."})
_NAME_ENDINGS = frozenset({"fund", "trust", "portfolio"})


def _unlisted(text: str) -> tuple[str, float, int] | None:
    """(field, certainty, rank) of an unlisted label; a head word ranks just behind itself."""
    text = re.sub(r"\(.*?\)", " ", text)  # "Irish stamp duty (1%)": the label without its aside
    if not roles.looks_like_label(text) or normalize_label(text) in _NOT_FIELDS:
        return None
    words = normalize_label(text).split()
    if _per_unit(words) is not None:
        rate = _rate_field(words)
        return (rate, 1.0, _BY_TEXT["price"][1] + 1) if rate else None
    for joint, word in enumerate(words[1:-1], start=1):
        # "VAT on charges", "Tax on commission", "Brokerage incl GST": what stands before "on" or "incl"
        # names the amount.
        if word in _HEAD_JOINTS and (head := _BY_TEXT.get(" ".join(words[:joint]))) is not None:
            return head[0], 1.0, head[1] + 1
    for start in range(1, len(words)):  # the longest ending that is a label: "federal stamp duty"
        if len(words) - start == 1 and words[start] in _NAME_ENDINGS:
            break  # "Tanaka Endowment Fund", "Acme Growth Portfolio": a name, not a kind of fund label
        head = _BY_TEXT.get(" ".join(words[start:]))
        if head is not None:
            return head[0], 1.0, head[1] + 1
    if len(words) == 1 and (head := _compound_head(words[0])) is not None:
        return head[0], 1.0, head[1] + 1  # "Valutaavgift", "Börsengebühr": a compound named by its last part
    learned = roles.learned_field(text)
    return (learned[0], learned[1], LEARNED_RANK) if learned else None


# The last parts that name a Scandinavian or German compound word's field.
_COMPOUND_HEADS = ("avgift", "avgifter", "afgift", "afgifter", "gebyr", "gebyrer", "gebühr", "gebühren", "courtage")


def _compound_head(word: str) -> tuple[str, int] | None:
    for head in _COMPOUND_HEADS:
        if word.endswith(head) and len(word) > len(head) + 2:
            return _BY_TEXT.get(head)
    return None


def learned_label(words: Sequence[Word], start: int, stop: int) -> LabelMatch | None:
    """An unlisted label in words[start:stop] (a cell, or the part of it up to a colon) read by the classifier."""
    # The label ends at a colon, or where the value begins ("Notice no. VA949184140": at the figures).
    end = next(
        (
            i + 1 if words[i].text.endswith(":") else i
            for i in range(start, stop)
            if words[i].text.endswith(":") or any(ch.isdigit() for ch in words[i].text) and not _aside(words[i])
        ),
        stop,
    )
    if end <= start:
        return None
    learned = _unlisted(" ".join(w.text for w in words[start:end]))
    if learned is None:
        return None
    field, certainty, rank = learned
    return LabelMatch(field, rank, start, end, words[end - 1].text.endswith(":"), certainty=certainty)


def _aside(word: Word) -> bool:
    """'(1%)', '(HKD)': a bracketed aside belongs to the label it follows, figures and all."""
    return word.text.startswith("(") and word.text.rstrip(":").endswith(")")


def label_at(words: Sequence[Word], start: int) -> LabelMatch | None:
    """The longest label beginning at words[start], if any."""
    first = normalize_label(words[start].text).split()
    span = _SPAN.get(first[0]) if first else None
    if span is None:
        return None  # no label begins with this word
    for length in range(min(span + 1, len(words) - start), 0, -1):  # + 1: a colon printed apart ("Kurs :")
        chunk = words[start : start + length]
        key = normalize_label(" ".join(w.text for w in chunk))
        if length > 1 and key in _NOT_FIELDS:
            return None  # "NAV date", "Time zone": a longer label of no field, not "NAV" and a word
        hit = _BY_TEXT.get(key) or (_SOLID.get(key) if length == 1 else None)
        if hit:
            explicit = chunk[-1].text.endswith(":")
            return LabelMatch(hit[0], hit[1], start, start + length, explicit, fallback=SECOND_READING.get(key))
    return None
