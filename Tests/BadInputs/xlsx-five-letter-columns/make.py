#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx with 60,000 cells at 5-letter columns: used to hang padding rows.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    rows = "".join(f'<row r="{r}">' + "".join(f'<c r="AAAA{chr(65 + c)}{r}"><v>1</v></c>' for c in range(20)) + "</row>" for r in range(1, 3001))
    write_xlsx(path, {"xl/worksheets/sheet1.xml": sheet(rows)})


if __name__ == "__main__":
    main(sys.argv[1])
