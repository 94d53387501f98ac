#!/usr/bin/env python3
"""Writes the CRA golden files of this folder from column tables typed by hand.

The values below are already in their final form (upper case, no accents, cut where the
layout lets a name or address be cut); this script only pads them ("X": left-aligned,
blanks; "9": right-aligned, zeros), places them at their 1-based columns, checks that no
two fields overlap and joins the records with CR LF. It does not use Quita's code.
Run it from anywhere: python3 make_golden.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def record(length, fields):
    line = [" "] * length
    taken = [False] * length
    for start, width, kind, value in fields:
        value = str(value)
        assert len(value) <= width, (start, value)
        assert all(32 <= ord(c) < 127 for c in value), value
        text = value.ljust(width) if kind == "X" else value.rjust(width, "0")
        if kind == "9":
            assert text.isdigit(), (start, value)
        for i in range(width):
            assert not taken[start - 1 + i], ("overlap at", start + i)
            taken[start - 1 + i] = True
            line[start - 1 + i] = text[i]
    out = "".join(line)
    assert len(out) == length
    return out


def write(name, records):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(("\r\n".join(records) + "\r\n").encode("ascii"))


def cut(text, width):
    """Names and addresses are cut at the field's width."""
    return text[:width]


# --- the presenter and the three titles ---------------------------------------------
PRESENTER = ("123", "QUITA COBRANCAS S.A.")
MUNICIPALITY = "3550308"  # IBGE, Sao Paulo
SEQUENCE = 42

CREDITOR_CODE = "0001234567"
CREDITOR = "LOJA EXEMPLO COMERCIO LTDA"

TITLES = [
    dict(drawer=CREDITOR, drawer_doc="11222333000181", drawer_street="AV. PAULISTA, 1000",
         drawer_cep="01310100", drawer_city="SAO PAULO", drawer_uf="SP",
         nosso="10000000001", species="DMI", number="NF-1001",
         issue="10012025", due="10022025", face=150000, balance=123456, place="SAO PAULO",
         endorsement="", debtor="MARIA DA CONCEICAO ARAUJO", doc_type=2,
         doc="00052998224725", street="RUA DAS FLORES, 12 - AP. 3", cep="04101000",
         city="SAO PAULO", uf="SP", neighbourhood="VILA MARIANA"),
    dict(drawer="DISTRIBUIDORA SOL NASCENTE LTDA", drawer_doc="06000568000199",
         drawer_street="RUA AUGUSTA, 500", drawer_cep="01304000", drawer_city="SAO PAULO",
         drawer_uf="SP", nosso="10000000002", species="NP", number="NP-2002",
         issue="05122024", due="05012025", face=9876543, balance=9876543, place="SAO PAULO",
         endorsement="M", debtor="PADARIA PAO QUENTE LTDA", doc_type=1,
         doc="33000167000101",
         street=cut("AVENIDA BRIGADEIRO FARIA LIMA, 3477 - TORRE NORTE - 14O ANDAR", 45),
         cep="04538133", city="SAO PAULO", uf="SP", neighbourhood="ITAIM BIBI"),
    dict(drawer="JOSE FERREIRA", drawer_doc="00039053344705",
         drawer_street="RUA DOS ANDRADAS, 77", drawer_cep="13010050", drawer_city="CAMPINAS",
         drawer_uf="SP", nosso="10000000003", species="DMI", number="3003",
         issue="01022025", due="01032025", face=5000, balance=5000, place="CAMPINAS",
         endorsement="",
         debtor=cut("ANTONIO CARLOS DE OLIVEIRA MAGALHAES ALBUQUERQUE FILHO", 45),
         doc_type=2, doc="00011144477735", street="RUA BARAO DE JAGUARA, 1481",
         cep="13015002", city="CAMPINAS", uf="SP", neighbourhood="CENTRO"),
]
assert TITLES[1]["street"] == "AVENIDA BRIGADEIRO FARIA LIMA, 3477 - TORRE N"
assert TITLES[2]["debtor"] == "ANTONIO CARLOS DE OLIVEIRA MAGALHAES ALBUQUER"

# Counts: 3 records, 3 first debtors, 2 indications (DMI), 1 original (NP).
COUNTS = (3, 3, 2, 1)
CHECK_SUM = sum(COUNTS)  # 9
BALANCES = 123456 + 9876543 + 5000  # 10004999


def header(date, sender, receiver, kind):
    return record(600, [
        (1, 1, "X", "0"), (2, 3, "X", PRESENTER[0]), (5, 40, "X", PRESENTER[1]),
        (45, 8, "9", date), (53, 3, "X", sender), (56, 3, "X", receiver), (59, 3, "X", kind),
        (62, 6, "9", SEQUENCE), (68, 4, "9", COUNTS[0]), (72, 4, "9", COUNTS[1]),
        (76, 4, "9", COUNTS[2]), (80, 4, "9", COUNTS[3]), (84, 6, "X", ""),
        (90, 3, "9", "043"), (93, 7, "9", MUNICIPALITY), (597, 4, "9", 1),
    ])


def trailer(date, sequence):
    return record(600, [
        (1, 1, "X", "9"), (2, 3, "X", PRESENTER[0]), (5, 40, "X", PRESENTER[1]),
        (45, 8, "9", date), (53, 5, "9", CHECK_SUM), (58, 18, "9", BALANCES),
        (597, 4, "9", sequence),
    ])


NO_REPLY = dict(office=0, protocol=0, occurrence="", protocol_date=0, fees=0,
                occurrence_date=0, irregularity="", distribution=0)


def transaction(t, sequence, reply=NO_REPLY):
    return record(600, [
        (1, 1, "X", "1"), (2, 3, "X", PRESENTER[0]), (5, 15, "X", CREDITOR_CODE),
        (20, 45, "X", CREDITOR), (65, 45, "X", t["drawer"]), (110, 14, "X", t["drawer_doc"]),
        (124, 45, "X", t["drawer_street"]), (169, 8, "9", t["drawer_cep"]),
        (177, 20, "X", t["drawer_city"]), (197, 2, "X", t["drawer_uf"]),
        (199, 15, "X", t["nosso"]), (214, 3, "X", t["species"]), (217, 11, "X", t["number"]),
        (228, 8, "9", t["issue"]), (236, 8, "9", t["due"]), (244, 3, "9", "001"),
        (247, 14, "9", t["face"]), (261, 14, "9", t["balance"]), (275, 20, "X", t["place"]),
        (295, 1, "X", t["endorsement"]), (296, 1, "X", "N"), (297, 1, "9", 1),
        (298, 45, "X", t["debtor"]), (343, 3, "9", t["doc_type"]), (346, 14, "9", t["doc"]),
        (360, 11, "X", ""),  # identity card: not sent
        (371, 45, "X", t["street"]), (416, 8, "9", t["cep"]), (424, 20, "X", t["city"]),
        (444, 2, "X", t["uf"]),
        # The notary's reply (zeros and blanks in a TPR).
        (446, 2, "9", reply["office"]), (448, 10, "9", reply["protocol"]),
        (458, 1, "X", reply["occurrence"]), (459, 8, "9", reply["protocol_date"]),
        (467, 10, "9", reply["fees"]), (477, 1, "X", ""),
        (478, 8, "9", reply["occurrence_date"]), (486, 2, "X", reply["irregularity"]),
        (488, 20, "X", t["neighbourhood"]), (508, 10, "9", reply["distribution"]),
        # Restricted columns: zeros for numbers, blanks for text.
        (518, 6, "9", 0), (524, 10, "9", 0), (534, 5, "9", 0), (539, 15, "9", 0),
        (554, 3, "9", 0), (557, 1, "X", ""), (558, 8, "X", ""), (566, 1, "X", ""),
        (567, 1, "X", ""), (568, 10, "9", 0), (578, 19, "X", ""),
        (597, 4, "9", sequence),
    ])


def remittance_file(date, sender, receiver, kind, replies):
    records = [header(date, sender, receiver, kind)]
    for i, t in enumerate(TITLES):
        records.append(transaction(t, i + 2, replies[i]))
    records.append(trailer(date, len(TITLES) + 2))
    return records


def reply(protocol, occurrence="", fees=0, occurrence_date=0, irregularity="",
          distribution=0):
    return dict(office=1, protocol=protocol, occurrence=occurrence, protocol_date="17032025",
                fees=fees, occurrence_date=occurrence_date, irregularity=irregularity,
                distribution=distribution)


# Remittance (TPR), B + presenter + DDMM + "." + YY + sequence.
write("B1231503.251", remittance_file("15032025", "BFO", "SDT", "TPR", [NO_REPLY] * 3))
# Confirmation (CRT): protocol numbers, no occurrence yet.
write("C1231703.251", remittance_file("17032025", "SDT", "BFO", "CRT",
                                      [reply(12345), reply(12346), reply(12347)]))
# Return (RTP): paid, protested, returned for irregularity 14 (wrong CEP).
write("R1232603.251", remittance_file("26032025", "SDT", "BFO", "RTP", [
    reply(12345, "1", 4567, "20032025", "", 1234),
    reply(12346, "2", 8910, "25032025", "", 1234),
    reply(12347, "5", 0, "18032025", "14", 0),
]))


# --- withdrawal (DP) and cancellation (CP): 127 columns ------------------------------
def request_file(date, kind, requests):
    total = sum(r[4] for r in requests)
    records = [record(127, [
        (1, 1, "X", "0"), (2, 3, "X", PRESENTER[0]), (5, 45, "X", PRESENTER[1]),
        (50, 8, "9", date), (58, 5, "9", len(requests)), (63, 5, "9", len(requests)),
        (123, 5, "9", 1)])]
    records.append(record(127, [
        (1, 1, "X", "1"), (2, 2, "9", 1), (4, 5, "9", len(requests)),
        (9, 7, "9", MUNICIPALITY), (123, 5, "9", 2)]))
    for i, (protocol, pdate, number, debtor, value, nosso) in enumerate(requests):
        records.append(record(127, [
            (1, 1, "X", "2"), (2, 10, "9", protocol), (12, 8, "9", pdate),
            (20, 11, "X", number), (31, 45, "X", debtor), (76, 14, "9", value),
            (90, 1, "X", kind), (91, 12, "X", CREDITOR_CODE), (103, 12, "X", nosso),
            (115, 2, "X", ""), (117, 6, "X", ""), (123, 5, "9", 3 + i)]))
    n = len(records)
    records.append(record(127, [
        (1, 1, "X", "8"), (2, 2, "9", 1), (4, 5, "9", len(requests)), (123, 5, "9", n + 1)]))
    records.append(record(127, [
        (1, 1, "X", "9"), (2, 3, "X", PRESENTER[0]), (5, 45, "X", PRESENTER[1]),
        (50, 8, "9", date), (58, 5, "9", len(requests)), (63, 14, "9", total),
        (123, 5, "9", n + 2)]))
    return records


write("DP1231803.251", request_file("18032025", "S", [
    (12345, "17032025", "NF-1001", "MARIA DA CONCEICAO ARAUJO", 123456, "10000000001"),
    (12347, "17032025", "3003", TITLES[2]["debtor"], 5000, "10000000003"),
]))
write("CP1232703.251", request_file("27032025", "C", [
    (12346, "17032025", "NP-2002", "PADARIA PAO QUENTE LTDA", 9876543, "10000000002"),
]))
