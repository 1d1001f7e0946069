"""A minimal .xlsx writer for the xlsx-* cases of the bad-input corpus: each case's make.py
imports it and writes its one hostile workbook. Standard library only."""
import zipfile

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
