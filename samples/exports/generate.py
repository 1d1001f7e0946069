"""Writes the Riverside sample's answers in each survey platform's export shape.

The answers are those of ../riverside/responses.csv and the statements those of the default
instrument (Templates/instruments/partnership-health.yaml), so the files stay in step with
both: run this again after changing either (from the repository root):

    python3 samples/exports/generate.py      # needs PyYAML and openpyxl

Each file carries what its platform really writes (header rows, metadata, byte-level habits)
and marks the sample's empty test submission the platform's way (a preview status, an
unfinished flag, an incomplete form...). A few files add a partial response or an earlier
duplicate submission. Personal-data columns are filled with unique fake values
(`@riverside.example`, `Plantedname`, `198.51.100.x`) that must never reach an output.

manifest.json lists, for each file, the extra flags `tapestry assess` needs and the rows it
must read, accept and reject; a test checks them and that the statistics equal the canonical
sample's.
"""
import csv
import datetime
import io
import json
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GROUP_QUESTION = "What kind of organisation do you represent?"
MATRIX_QUESTION = "How much do you agree with each statement?"

with open(os.path.join(ROOT, "Templates", "instruments", "partnership-health.yaml"), encoding="utf-8") as handle:
    INSTRUMENT = yaml.safe_load(handle)
ITEMS = [item for dimension in INSTRUMENT["dimensions"] for item in dimension["items"]]
LABELS = INSTRUMENT["scale"]["labels"]
GERMAN = ["Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll zu"]
KOBO = ["strongly_disagree", "disagree", "neither_agree_nor_disagree", "agree", "strongly_agree"]
GROUP_CODES = {"Community group": 1, "Nonprofit": 2, "Faith organisation": 3, "Tenant association": 4, "Local business": 5}


def load_sample():
    """The canonical sample: (respondent, group, [value or None or 'dk' or 'typo']) per row."""
    rows = []
    with open(os.path.join(ROOT, "samples", "riverside", "responses.csv"), encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for record in reader:
            values = []
            for item in ITEMS:
                cell = record[item["id"]].strip()
                if cell == "":
                    values.append(None)
                elif cell == "Don't know":
                    values.append("dk")
                elif cell.isdigit() and 1 <= int(cell) <= 5:
                    values.append(int(cell))
                elif cell.isdigit():
                    values.append("typo")
                else:
                    values.append(LABELS.index(cell) + 1)
            rows.append((record["respondent"], record["group"], values))
    return rows


def label(value, labels=LABELS, dont_know="Don't know"):
    if value == "dk":
        return dont_know
    if value in (None, "typo"):
        return ""
    return labels[value - 1]


def number(value, dont_know="", typo="6"):
    if value == "dk":
        return dont_know
    if value is None:
        return ""
    if value == "typo":
        return typo
    return str(value)


def is_test(respondent):
    return respondent == "TEST"


def when(index, minutes=0):
    start = datetime.datetime(2026, 9, 8, 9, 0, 0) + datetime.timedelta(hours=index * 3, minutes=minutes)
    return start


def write_csv(name, rows, delimiter=",", encoding="utf-8", newline="\r\n", quoting=csv.QUOTE_MINIMAL, bom=False):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline, quoting=quoting)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(data)


def person(index):
    return f"member{index:02d}@riverside.example", f"Plantedname{index:02d}", f"Plantedsurname{index:02d}", f"198.51.100.{index}"


def google_forms(sample):
    rows = [["Timestamp", "Email Address", GROUP_QUESTION] + [f"{MATRIX_QUESTION} [{item['text']}]" for item in ITEMS]]
    for index, (respondent, group, values) in enumerate(sample, 1):
        email = person(index)[0]
        stamp = when(index)
        rows.append([f"{stamp.month}/{stamp.day}/{stamp.year} {stamp.hour}:{stamp.minute:02d}:{stamp.second:02d}", email, group]
                    + [label(value) for value in values])
    write_csv("google-forms.csv", rows)
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 1}


def surveymonkey(sample):
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name", "Custom Data 1"]
    first = meta + [GROUP_QUESTION, MATRIX_QUESTION] + [""] * (len(ITEMS) - 1)
    second = [""] * len(meta) + ["Response"] + [item["text"] for item in ITEMS]
    rows = [first, second]
    for index, (respondent, group, values) in enumerate(sample, 1):
        email, name, surname, ip = person(index)
        start = when(index)
        end = start + datetime.timedelta(minutes=7)
        rows.append([str(11423356000 + index), "431234567", start.strftime("%m/%d/%Y %I:%M:%S %p"), end.strftime("%m/%d/%Y %I:%M:%S %p"),
                     ip, email, name, surname, f"custom-{name}", group] + [label(value) for value in values])
    write_csv("surveymonkey.csv", rows)
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 1}


def qualtrics(sample):
    meta = [("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Chicago"}'),
            ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Chicago"}'),
            ("Status", "Response Type", '{"ImportId":"status"}'),
            ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
            ("Progress", "Progress", '{"ImportId":"progress"}'),
            ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
            ("Finished", "Finished", '{"ImportId":"finished"}'),
            ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"America/Chicago"}'),
            ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
            ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
            ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
            ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
            ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
            ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
            ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
            ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
            ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
            ("Q1", GROUP_QUESTION, '{"ImportId":"QID1"}')]
    ids, labels_row, imports = [list(part) for part in zip(*meta)]
    position = 0
    for block, dimension in enumerate(INSTRUMENT["dimensions"], 2):
        for number_in_block, item in enumerate(dimension["items"], 1):
            ids.append(f"Q{block}_{number_in_block}")
            labels_row.append(f"{MATRIX_QUESTION} - {item['text']}")
            imports.append(f'{{"ImportId":"QID{block}_{number_in_block}"}}')
            position += 1
    rows = [ids, labels_row, imports]

    def row(index, group, values, status="IP Address", finished="True", progress="100"):
        email, name, surname, ip = person(index)
        start = when(index)
        return ([start.strftime("%Y-%m-%d %H:%M:%S"), (start + datetime.timedelta(minutes=6)).strftime("%Y-%m-%d %H:%M:%S"),
                 status, ip, progress, "371", finished, (start + datetime.timedelta(minutes=6)).strftime("%Y-%m-%d %H:%M:%S"),
                 f"R_{index:03d}riversideQx", surname, name, email, f"ext-{name}", "41.8781", "-87.6298", "anonymous", "EN", group]
                + [number(value, dont_know="-99") for value in values])

    read = 0
    for index, (respondent, group, values) in enumerate(sample, 1):
        if is_test(respondent):
            rows.append(row(index, group, values, status="Survey Preview"))
        else:
            rows.append(row(index, group, values))
        read += 1
    # Someone who stopped after the first page: unfinished, not scored by default.
    partial = [3] * 8 + [None] * (len(ITEMS) - 8)
    rows.append(row(len(sample) + 1, "Nonprofit", partial, finished="False", progress="16"))
    read += 1
    write_csv("qualtrics.csv", rows)
    return {"read": read, "accepted": len(sample) - 1, "rejected": 2, "onlyMissing": 0}


def microsoft_forms(sample):
    from openpyxl import Workbook
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Last modified time", GROUP_QUESTION] + [item["text"] for item in ITEMS])
    for index, (respondent, group, values) in enumerate(sample, 1):
        email, name, surname, _ = person(index)
        start = when(index)
        sheet.append([index, start, start + datetime.timedelta(minutes=5), email, f"{name} {surname}", None, group]
                     + [label(value) or None for value in values])
        for column in (2, 3):
            sheet.cell(row=index + 1, column=column).number_format = "m/d/yy h:mm"
    workbook.properties.created = datetime.datetime(2026, 9, 30)
    workbook.properties.modified = datetime.datetime(2026, 9, 30)
    path = os.path.join(HERE, "microsoft-forms.xlsx")
    workbook.save(path)
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 1}


def kobotoolbox(sample):
    header = ["start", "end", GROUP_QUESTION] + [item["text"] for item in ITEMS] + [
        "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
    rows = [header]

    def row(index, group, values, uuid):
        start = when(index)
        return ([start.strftime("%Y-%m-%dT%H:%M:%S.000-05:00"), (start + datetime.timedelta(minutes=8)).strftime("%Y-%m-%dT%H:%M:%S.000-05:00"),
                 group.lower().replace(" ", "_")] + [label(value, KOBO, "dont_know") for value in values]
                + [str(500 + index), uuid, start.strftime("%Y-%m-%dT%H:%M:%S"), "", "", "submitted_via_web", f"Plantedname{index:02d}", "vRiver1", "", str(index)])

    read = 0
    for index, (respondent, group, values) in enumerate(sample, 1):
        uuid = f"5a1c{index:04d}-7d2e-4c1a-9b3f-riverside{index:03d}"
        if index == 5:
            # An earlier submission from the same device, sent again after a correction:
            # only the last one counts.
            earlier = [1 if isinstance(value, int) else value for value in values]
            rows.append(row(index, group, earlier, uuid))
            read += 1
        rows.append(row(index, group, values, uuid))
        read += 1
    write_csv("kobotoolbox.csv", rows, delimiter=";", quoting=csv.QUOTE_ALL)
    return {"read": read, "accepted": len(sample) - 1, "rejected": 2, "onlyMissing": 1}


def limesurvey(sample):
    codes = []
    for block, dimension in enumerate(INSTRUMENT["dimensions"], 1):
        for number_in_block, _ in enumerate(dimension["items"], 1):
            codes.append(f"PH{block}[SQ{number_in_block:03d}]")
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "org"] + codes
    lines = [";".join(f'"{cell}"' for cell in header)]
    for index, (respondent, group, values) in enumerate(sample, 1):
        start = when(index)
        submitted = "" if is_test(respondent) else f'"{(start + datetime.timedelta(minutes=9)).strftime("%Y-%m-%d %H:%M:%S")}"'
        cells = [f'"{index}"', submitted, '"3"', '"en"', f'"{123456789 + index}"', f'"{start.strftime("%Y-%m-%d %H:%M:%S")}"',
                 f'"{start.strftime("%Y-%m-%d %H:%M:%S")}"', f'"198.51.100.{index}"', f'"O{GROUP_CODES[group]}"']
        for value in values:
            if value == "dk":
                cells.append('"A6"')
            elif value in (None, "typo"):
                cells.append("")  # LimeSurvey writes NULL as nothing at all, unquoted
            else:
                cells.append(f'"A{value}"')
        lines.append(";".join(cells))
    data = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    with open(os.path.join(HERE, "limesurvey.csv"), "wb") as handle:
        handle.write(b"\xef\xbb\xbf" + data)
    mapping = ["# Mapping file for limesurvey.csv: LimeSurvey exported question codes and answer codes,",
               "# which tapestry cannot match by itself. `tapestry inspect limesurvey.csv` lists the lines to add.",
               "columns:"]
    mapping += [f'  "{code}": {item["id"]}' for code, item in zip(codes, ITEMS)]
    mapping += ["labels:"] + [f"  A{point}: {point}" for point in range(1, 6)] + ["missing:", '  - "A6"', ""]
    with open(os.path.join(HERE, "limesurvey.map.yaml"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(mapping))
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 0}


def redcap(sample):
    header = ["record_id", "redcap_survey_identifier", "partnership_survey_timestamp", "email", "org"] + [item["id"].lower() for item in ITEMS] + ["partnership_survey_complete"]
    rows = [header]
    for index, (respondent, group, values) in enumerate(sample, 1):
        stamp = "[not completed]" if is_test(respondent) else when(index).strftime("%Y-%m-%d %H:%M:%S")
        complete = "0" if is_test(respondent) else "2"
        rows.append([str(index), "", stamp, person(index)[0], str(GROUP_CODES[group])] + [number(value) for value in values] + [complete])
    write_csv("redcap.csv", rows, newline="\n")
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 0}


def typeform(sample):
    header = ["#", GROUP_QUESTION] + [f"<strong>{item['text']}</strong>" if position % 9 == 0 else item["text"] for position, item in enumerate(ITEMS)] + [
        "Response Type", "Start Date (UTC)", "Stage Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
    rows = [header]

    def row(index, group, values, kind="completed"):
        start = when(index)
        submit = "" if kind == "partial" else (start + datetime.timedelta(minutes=4)).strftime("%Y-%m-%d %H:%M:%S")
        return ([f"tf{index:03d}x9riverside{index:05d}token"[:32], group] + [number(value) for value in values]
                + [kind, start.strftime("%Y-%m-%d %H:%M:%S"), "", submit, f"net{index:03d}planted", ""])

    read = 0
    for index, (respondent, group, values) in enumerate(sample, 1):
        rows.append(row(index, group, values, "partial" if is_test(respondent) else "completed"))
        read += 1
    rows.append(row(len(sample) + 1, "Community group", [4] * 10 + [None] * (len(ITEMS) - 10), "partial"))
    read += 1
    write_csv("typeform.csv", rows, newline="\n")
    return {"read": read, "accepted": len(sample) - 1, "rejected": 2, "onlyMissing": 0}


def excel_german(sample):
    rows = [["respondent", "E-Mail", "group"] + [item["id"] for item in ITEMS]]
    for index, (respondent, group, values) in enumerate(sample, 1):
        rows.append([respondent, person(index)[0], group] + [label(value, GERMAN, "Weiß nicht") for value in values])
    write_csv("excel-german.csv", rows, delimiter=";", encoding="cp1252")
    return {"read": len(sample), "accepted": len(sample) - 1, "rejected": 1, "onlyMissing": 1}


def main():
    sample = load_sample()
    manifest = {}
    for name, make, arguments in [
        ("google-forms.csv", google_forms, ["--group-by", GROUP_QUESTION]),
        ("surveymonkey.csv", surveymonkey, ["--group-by", GROUP_QUESTION]),
        ("qualtrics.csv", qualtrics, ["--group-by", "Q1"]),
        ("microsoft-forms.xlsx", microsoft_forms, ["--group-by", GROUP_QUESTION]),
        ("kobotoolbox.csv", kobotoolbox, ["--group-by", GROUP_QUESTION]),
        ("limesurvey.csv", limesurvey, ["--group-by", "org", "--map", "samples/exports/limesurvey.map.yaml"]),
        ("redcap.csv", redcap, ["--group-by", "org"]),
        ("typeform.csv", typeform, ["--group-by", GROUP_QUESTION]),
        ("excel-german.csv", excel_german, ["--group-by", "group"]),
    ]:
        manifest[name] = {"arguments": arguments, "rows": make(sample)}
    platforms = {"google-forms.csv": "google-forms", "surveymonkey.csv": "surveymonkey", "qualtrics.csv": "qualtrics",
                 "microsoft-forms.xlsx": "microsoft-forms", "kobotoolbox.csv": "kobotoolbox", "limesurvey.csv": "limesurvey",
                 "redcap.csv": "redcap", "typeform.csv": "typeform", "excel-german.csv": "canonical"}
    for name, platform in platforms.items():
        manifest[name]["platform"] = platform
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {len(manifest)} exports to {HERE}")


if __name__ == "__main__":
    main()
