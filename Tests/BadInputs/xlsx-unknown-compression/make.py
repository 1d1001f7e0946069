#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx whose sheet uses compression method 99.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402

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


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    def change(data):
        records, end = central(data)
        at = records["xl/worksheets/sheet1.xml"]
        local, = struct.unpack_from("<I", data, at + 42)
        struct.pack_into("<H", data, at + 10, 99)
        struct.pack_into("<H", data, local + 8, 99)
    patched(path, change)


if __name__ == "__main__":
    main(sys.argv[1])
