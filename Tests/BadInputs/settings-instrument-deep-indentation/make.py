import os, sys

# Writes the input, too large to commit, into the folder given.
d = sys.argv[1]
open(os.path.join(d, 'instrument.yaml'), 'w').write(''.join(' ' * i + 'k:\n' for i in range(1000)) + ' ' * 1000 + 'v\n')
