"""Writes a megabyte of seeded random bytes into the folder given."""
import os
import random
import sys

generator = random.Random(9)
with open(os.path.join(sys.argv[1], "export.csv"), "wb") as file:
    file.write(bytes(generator.getrandbits(8) for _ in range(1 << 20)))
