import os, sys

# Writes the inputs, too large to commit, into the folder given: an export of 4 000 extra
# columns and a mapping file whose 20 000 headings are each one typo away from one of them.
d = sys.argv[1]
columns = [f'column {i}' for i in range(4000)]
with open(os.path.join(d, 'export.csv'), 'w') as f:
    f.write('respondent,EQ1,EQ2,' + ','.join(columns) + '\n')
    f.write('r1,4,5' + ',' * len(columns) + '\n')
    f.write('r2,3,4' + ',' * len(columns) + '\n')
with open(os.path.join(d, 'map.yaml'), 'w') as f:
    f.write('columns:\n' + ''.join(f'  "colunm {i}": EQ1\n' for i in range(20000)))
