"""Reads a workbook with openpyxl, an independent reader, and prints every sheet's cell values
as JSON: {"sheets": {name: [[value, ...], ...]}, "formats": {name: [[number format, ...], ...]}}
(rows and columns from A1, None for an empty cell).

    python3 Tests/Tools/dump_workbook.py comparison.xlsx
"""
import json
import sys

try:
    import openpyxl
except ImportError:
    print("openpyxl is missing: run `make setup`")
    sys.exit(2)


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets, formats = {}, {}
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows())
        sheets[sheet.title] = [[cell.value for cell in row] for row in rows]
        formats[sheet.title] = [[cell.number_format for cell in row] for row in rows]
    print(json.dumps({"sheets": sheets, "formats": formats}, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
