"""Writes this case's input into the folder given (too large to commit): 10 million
tab-separated rows in UTF-16LE with a byte-order mark, as Excel's "Unicode text" saves."""
import os
import sys

with open(os.path.join(sys.argv[1], "export.txt"), "wb") as file:
    file.write("\ufeffrespondent\tEQ1\n".encode("utf-16-le"))
    for start in range(0, 10_000_000, 100_000):
        file.write("".join("%d\t3\n" % i for i in range(start, start + 100_000)).encode("utf-16-le"))
