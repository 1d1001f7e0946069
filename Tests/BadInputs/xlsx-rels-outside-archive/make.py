#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx whose workbook points its sheet at ../../../../etc/passwd.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    rels = PARTS["xl/_rels/workbook.xml.rels"].replace("worksheets/sheet1.xml", "../../../../etc/passwd")
    write_xlsx(path, {"xl/_rels/workbook.xml.rels": rels, "xl/worksheets/sheet1.xml": sheet(survey_rows([45000]))})


if __name__ == "__main__":
    main(sys.argv[1])
