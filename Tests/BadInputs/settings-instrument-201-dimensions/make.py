import os, sys

# Writes the input, too large to commit, into the folder given.
SCALE = 'id: custom\nversion: "1"\ntitle: Custom check\nscale:\n  min: 1\n  max: 3\n  labels: [No, Maybe, Yes]\ndimensions:\n'
d = sys.argv[1]
open(os.path.join(d, 'instrument.yaml'), 'w').write(SCALE + ''.join(f'  - {{id: d{k}, title: D, category: principle, polarity: positive, items: [{{id: I{k}, text: S}}]}}\n' for k in range(201)))
