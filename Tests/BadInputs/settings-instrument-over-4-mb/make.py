import os, sys

# Writes the input, too large to commit, into the folder given.
d = sys.argv[1]
open(os.path.join(d, 'instrument.yaml'), 'w').write('#' * 5000000)
