#!/usr/bin/env python3
"""Writes input.xlsx: an .xlsx whose sheet's deflate stream does not end with its part but runs on over the central directory.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    def deflated(name, data, final=True):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return name, c.compress(data) + (c.flush() if final else c.flush(zlib.Z_SYNC_FLUSH)), zlib.crc32(data), len(data)
    entries = [deflated(n, c.encode()) for n, c in PARTS.items()]
    entries.append(deflated("xl/worksheets/sheet1.xml", sheet(survey_rows([45000, 45001])).encode(), final=False))
    out, central = bytearray(), bytearray()
    for name, body, crc, size in entries:
        offset, name = len(out), name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(body), size, len(name), 0) + name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(body), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out) + 5, 0)
    # a stored, non-final deflate block that swallows the central directory and end record
    rest = len(central) + len(end)
    open(path, "wb").write(bytes(out + bytes([0]) + struct.pack("<HH", rest, rest ^ 0xFFFF) + central + end))


if __name__ == "__main__":
    main(sys.argv[1])
