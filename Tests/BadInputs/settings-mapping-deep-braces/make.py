import os, sys

# Writes the input, too large to commit, into the folder given.
d = sys.argv[1]
open(os.path.join(d, 'map.yaml'), 'w').write('columns: ' + '{a: ' * 100000 + '\n')
