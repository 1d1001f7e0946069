#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx whose sheet claims 2 GB of compressed data in a small file.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402
from workbook_writer import central, patched  # noqa: E402

def main(folder):
    path = os.path.join(folder, "input.xlsx")
    def change(data):
        records, end = central(data)
        struct.pack_into("<I", data, records["xl/worksheets/sheet1.xml"] + 20, 0x7FFFFFFF)
    patched(path, change)


if __name__ == "__main__":
    main(sys.argv[1])
