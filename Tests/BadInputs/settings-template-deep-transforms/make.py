import os, sys

# Writes the input, too large to commit, into the folder given.
d = sys.argv[1]
open(os.path.join(d, 'template.md.mustache'), 'w').write('{{' + 'f(' * 50000 + 'title' + ')' * 50000 + '}}')
