import os, sys

# Writes the input, too large to commit, into the folder given.
SCALE = 'id: custom\nversion: "1"\ntitle: Custom check\nscale:\n  min: 1\n  max: 3\n  labels: [No, Maybe, Yes]\ndimensions:\n'
d = sys.argv[1]
open(os.path.join(d, 'instrument.yaml'), 'w').write(SCALE + ''.join(f'  - id: d{k}\n    title: D\n    category: principle\n    polarity: positive\n    items: [' + ', '.join(f'{{id: I{k}x{i}, text: S}}' for i in range(200 if k < 5 else 1)) + ']\n' for k in range(6)))
