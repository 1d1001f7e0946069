import os, sys

# Writes the input, too large to commit, into the folder given.
d = sys.argv[1]
import random
random.seed(1)
ids = [f'I{k}x{i}' for k in range(5) for i in range(200)]
text = ('We agree on what we want to achieve together and how. ' * 20)[:900]
yaml = ('id: limits\nversion: "1"\ntitle: At the limits\nscale:\n  min: 0\n  max: 10\n  labels: [' + ', '.join(f'L{j}' for j in range(11)) + ']\n'
        '  missing: [' + ', '.join(f'M{j}' for j in range(50)) + ']\ndimensions:\n')
for k in range(5):
    yaml += f'  - id: d{k}\n    title: Dimension {k}\n    category: {["principle", "norm", "benefit", "drawback", "practice"][k]}\n'
    yaml += f'    polarity: {"negative" if k == 3 else "positive"}\n    items:\n'
    yaml += ''.join(f'      - id: {ids[k * 200 + i]}\n        text: {text}\n' for i in range(200))
open(os.path.join(d, 'instrument.yaml'), 'w').write(yaml)
rows = ['respondent,group,' + ','.join(ids)]
rows += [f'r{r},g{r % 4},' + ','.join(str(random.randint(0, 10)) for _ in ids) for r in range(40)]
open(os.path.join(d, 'answers.csv'), 'w').write('\n'.join(rows) + '\n')
