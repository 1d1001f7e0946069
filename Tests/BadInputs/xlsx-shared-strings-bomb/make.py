#!/usr/bin/env python3
"""Writes input.xlsx: a 2 MB .xlsx whose shared strings inflate to 2 GB of short strings.

Usage: python3 make.py DIR"""
import os, struct, sys, zipfile, zlib

# The minimal workbook writer shared by the xlsx-* cases (Tests/BadInputs/workbook_writer.py).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from workbook_writer import HEAD, NS, PARTS, ITEMS, sheet, text, survey_rows, write_xlsx  # noqa: E402

def bomb_part(prefix, filler, suffix, mebibytes):
    """(deflated, crc, size) of prefix + filler × mebibytes MiB + suffix, made fast: after a full flush the
    compressor starts afresh, so one compressed MiB of filler serves for every MiB."""
    chunk = filler * ((1 << 20) // len(filler))
    def piece(data):
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = piece(prefix) + piece(chunk) * mebibytes + last.compress(suffix) + last.flush()
    crc = zlib.crc32(prefix)
    for _ in range(mebibytes):
        crc = zlib.crc32(chunk, crc)
    return body, zlib.crc32(suffix, crc), len(prefix) + len(chunk) * mebibytes + len(suffix)

def deflated(name, content):
    data = content.encode()
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), zlib.crc32(data), len(data)

def write_raw_zip(path, entries):
    """entries: (name, deflated bytes, crc, inflated size); local headers, central directory, end record."""
    out, central = bytearray(), bytearray()
    for name, body, crc, size in entries:
        offset, name = len(out), name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(body), size, len(name), 0) + name + body
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(body), size,
                               len(name), 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0)
    open(path, "wb").write(bytes(out + central + end))


def main(folder):
    path = os.path.join(folder, "input.xlsx")
    entries = [deflated(name, content) for name, content in PARTS.items()]
    entries.append(deflated("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
    entries.append(("xl/sharedStrings.xml", *bomb_part((HEAD + f"<sst {NS}>").encode(), b"<si><t>a</t></si>", b"</sst>", 2048)))
    write_raw_zip(path, entries)


if __name__ == "__main__":
    main(sys.argv[1])
