#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx whose number format is 200,000 unclosed brackets: a correct result, quickly.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    code = "[" * 200_000
    write_xlsx(path, {"xl/worksheets/sheet1.xml": sheet(survey_rows([45000.5, 45001])),
                      "xl/styles.xml": HEAD + f'<styleSheet {NS}><numFmts><numFmt numFmtId="164" formatCode="{code}yy"/></numFmts>'
                                       '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'})


if __name__ == "__main__":
    main(sys.argv[1])
