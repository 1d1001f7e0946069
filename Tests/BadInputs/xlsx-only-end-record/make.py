#!/usr/bin/env python3
"""Writes input.xlsx: a file that is nothing but an empty zip end record.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    open(path, "wb").write(b"PK\x03\x04" + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0, 0, 0, 0, 0))


if __name__ == "__main__":
    main(sys.argv[1])
