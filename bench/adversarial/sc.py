#!/usr/bin/env python3
"""Strict scorer: like score-expected.py, but a finding of severity "info" does not name a key.
usage: sc.py EXPECTED.json PARSED.jsonl [--class NAME] [--detail]
Prints one line: NAME exact/n blank flagged SILENT (strict) and, with --detail, each non-exact figure."""
import json, os, sys
args = [a for a in sys.argv[1:] if not a.startswith('--')]
detail = '--detail' in sys.argv
name = next((sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == '--class'), os.path.basename(os.path.dirname(args[0])))
exp = json.load(open(args[0]))
got = {}
for line in open(args[1], encoding='utf-8'):
    try: o = json.loads(line); got[os.path.basename(o.get('file', ''))] = o
    except Exception: pass
tot = dict(exact=0, blank=0, flagged=0, silent=0, silent_loose=0)
lines = []
for fn, e in exp.items():
    if fn.startswith('_'): continue
    o = got.get(fn) or {}
    vals = o.get('values') or {}
    strict = {k for f in o.get('findings') or [] if f.get('severity') != 'info' for k in f.get('keys') or []}
    loose = {k for f in o.get('findings') or [] for k in f.get('keys') or []}
    for k, v in e['values'].items():
        g = vals.get(k)
        if g == v: tot['exact'] += 1; continue
        if g is None: kind = 'blank'
        elif k in strict: kind = 'flagged'
        else:
            kind = 'silent'
            if k not in loose: tot['silent_loose'] += 1
        tot[kind] += 1
        lines.append(f"  {kind:7} {fn} {k}: got {g} expected {v}" + (" (info finding only)" if kind == 'silent' and k in loose else ''))
n = sum(tot[k] for k in ('exact', 'blank', 'flagged', 'silent'))
print(f"{name:32} exact {tot['exact']:4}/{n:<4} blank {tot['blank']:3} flagged {tot['flagged']:3} SILENT {tot['silent']:3}"
      f" (of which no finding at all {tot['silent_loose']})")
if detail:
    print("\n".join(lines))
