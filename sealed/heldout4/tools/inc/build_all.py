"""Regenerates every held-out-4 incident and the split list; each script checks its own incident (lib.check)."""
import glob, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
ids = []
for f in sorted(glob.glob(os.path.join(here, '*.py'))):
    name = os.path.basename(f)[:-3]
    if name in ('lib', 'build_all', 'compare_format'):
        continue
    r = subprocess.run([sys.executable, f], cwd=here)
    if r.returncode:
        sys.exit(r.returncode)
    ids.append(name)
with open(os.path.join(here, '..', '..', 'evidence', 'heldout4.txt'), 'w') as out:
    out.write('\n'.join(ids) + '\n')
print(len(ids), 'incidents')
