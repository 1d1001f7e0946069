import os, sys

# Writes the input, too large to commit, into the folder given.
HEAD = 'id: custom\nversion: "1"\ntitle: Custom check\nscale:\n  min: 1\n  max: 3\n  labels: [No, Maybe, Yes]\ndimensions:\n  - id: d\n    title: Sharing\n    category: principle\n    polarity: positive\n    items:\n'
d = sys.argv[1]
open(os.path.join(d, 'instrument.yaml'), 'w').write(HEAD + ''.join(f'      - {{id: I{i}, text: S}}\n' for i in range(201)))
