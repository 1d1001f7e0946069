"""A minimal .xlsx writer for the xlsx-* cases of the bad-input corpus: each case's make.py
imports it and writes its one hostile workbook. Standard library only."""
import struct
import zipfile
import zlib

HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
PARTS = {
    "[Content_Types].xml": HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": HEAD + f'<Relationships {RELS}><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": HEAD + f'<workbook {NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": HEAD + f'<Relationships {RELS}><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}
ITEMS = ("EQ1 EQ2 EQ3 EQ4 TR1 TR2 TR3 TR4 RE1 RE2 RE3 RS1 RS2 RS3 CO1 CO2 CO3 AG1 AG2 AG3 AG4 RV1 RV2 RV3 BE1 BE2 "
         "BE3 BE4 DR1 DR2 DR3 DR4 DR5 DR6 DR7 PU1 PU2 PU3 PU4 PU5 ST1 ST2 ST3 ST4 ST5 GW1 GW2 GW3 GW4 GW5 GW6").split()

def sheet(rows_xml):
    """A worksheet part around `rows_xml` (its <row> elements)."""
    return HEAD + f"<worksheet {NS}><sheetData>{rows_xml}</sheetData></worksheet>"

def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

def survey_rows(timestamps, style=1):
    """A header row and one row per timestamp: respondent, timestamp (a date-styled number), group, every item."""
    def col(i):
        name = ""
        while True:
            name = chr(65 + i % 26) + name
            i = i // 26 - 1
            if i < 0:
                return name
    rows = ['<row r="1">' + "".join(text(f"{col(i)}1", h) for i, h in enumerate(["respondent", "timestamp", "group"] + ITEMS)) + "</row>"]
    for n, stamp in enumerate(timestamps, start=2):
        cells = [text(f"A{n}", f"r{n}"), f'<c r="B{n}" s="{style}"><v>{stamp}</v></c>', text(f"C{n}", "A")]
        cells += [f'<c r="{col(i + 3)}{n}"><v>{(n + i) % 5 + 1}</v></c>' for i in range(len(ITEMS))]
        rows.append(f'<row r="{n}">' + "".join(cells) + "</row>")
    return "".join(rows)

def write_xlsx(path, parts, method=zipfile.ZIP_DEFLATED):
    """Writes a workbook: the standard parts above, updated with `parts` (name -> str or bytes)."""
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, content in {**PARTS, **parts}.items():
            archive.writestr(name, content.encode() if isinstance(content, str) else content)


# --- helpers shared by several cases: damaging an archive, writing bombs ---

def central(data):
    """{name: offset of its central directory record} and the offset of the end record."""
    end = data.rindex(b"PK\x05\x06")
    count, size, start = struct.unpack_from("<HII", data, end + 10)
    records, at = {}, start
    for _ in range(count):
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, at + 28)
        records[data[at + 46:at + 46 + name_length].decode()] = at
        at += 46 + name_length + extra_length + comment_length
    return records, end


def patched(path, change):
    """Writes a plain workbook, then lets `change(bytearray)` damage it."""
    write_xlsx(path, {"xl/worksheets/sheet1.xml": sheet(survey_rows([45000.5, 45001.25]))})
    data = bytearray(open(path, "rb").read())
    change(data)
    open(path, "wb").write(bytes(data))


def deflated(name, content):
    data = content.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def write_raw_zip(path, entries):
    """entries: (name, deflated bytes, crc, inflated size); local headers, central directory, end record."""
    out, central = bytearray(), bytearray()
    for name, body, crc, size in entries:
        offset, name = len(out), name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(body), size, len(name), 0) + name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(body), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    open(path, "wb").write(bytes(out + central + end))


def bomb_part(prefix, filler, suffix, mebibytes):
    """(deflated, crc, size) of prefix + filler × mebibytes MiB + suffix, made fast: after a full flush the
    compressor starts afresh, so one compressed MiB of filler serves for every MiB."""
    chunk = filler * ((1 << 20) // len(filler))
    def piece(data):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = piece(prefix) + piece(chunk) * mebibytes + last.compress(suffix) + last.flush()
    crc = zlib.crc32(prefix)
    for _ in range(mebibytes):
        crc = zlib.crc32(chunk, crc)
    return body, zlib.crc32(suffix, crc), len(prefix) + len(chunk) * mebibytes + len(suffix)
