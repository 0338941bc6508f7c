#!/usr/bin/env python3
"""Consistency check for Ponte's curated reference data (data/reference/*.tsv).

Run from anywhere:  python3 data/reference/check.py  [directory]

Checks, for organisations.tsv, programmes.tsv, places.tsv and given-names.tsv:
  * the header row is exactly the expected one (lines starting with '#' are comments);
  * every row has the header's number of columns and no cell has leading/trailing spaces;
  * ids are unique within the file and slug-shaped ([a-z0-9] words joined by '-');
  * enumerated columns hold allowed values (type, country as ISO 3166-1 alpha-2, lang as ISO 639-1 or 'xx');
  * every parent refers to an id of the same file, every managed_by to an id of organisations.tsv,
    and parent chains have no cycles;
  * wikidata cells are empty or match ^Q[1-9][0-9]*$, and no QID is used by two ids of the same file;
  * multi-valued cells use " | " as separator and contain no empty item;
  * no name, acronym or alias (compared case-insensitively) belongs to two different ids of the same file,
    unless the pair is listed in ACCEPTED_AMBIGUITIES below;
  * no alias is shorter than 3 characters unless it is an acronym (all capitals);
  * given names are unique.
Prints counts per file and every problem found; exits with status 1 if there is any problem.
"""
import os
import re
import sys
from collections import defaultdict

HEADERS = {
    'organisations.tsv': ['id', 'type', 'name_en', 'name_it', 'acronyms', 'aliases', 'parent', 'country', 'wikidata'],
    'programmes.tsv': ['id', 'name_en', 'name_it', 'acronyms', 'aliases', 'managed_by', 'parent', 'period', 'wikidata'],
    'places.tsv': ['id', 'type', 'name_en', 'name_it', 'aliases', 'parent', 'wikidata'],
    'given-names.tsv': ['name', 'lang'],
}
ORG_TYPES = {'eu-institution', 'eu-body', 'international-organisation', 'ministry', 'national-agency', 'public-body',
             'local-authority', 'university', 'research-centre', 'foundation', 'ngo', 'network', 'company',
             'religious-body', 'other'}
PLACE_TYPES = {'country', 'region', 'province', 'city', 'continent'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
QID = re.compile(r'^Q[1-9][0-9]*$')
ISO2 = re.compile(r'^[A-Z]{2}$')
LANG = re.compile(r'^([a-z]{2}|xx)$')
PERIOD = re.compile(r'^(\d{4})(-(\d{4})?)?$')
MULTI = {'acronyms', 'aliases'}
NAME_COLS = ('name_en', 'name_it', 'acronyms', 'aliases')

# Surface forms deliberately shared by two ids of the same file: (file, casefolded form) -> set of ids.
ACCEPTED_AMBIGUITIES = {
}


def read(path, header, problems):
    """Return the data rows of a TSV file as dicts (1-based line numbers under '_line')."""
    fname = os.path.basename(path)
    out = []
    seen_header = False
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if line.endswith('\r'):
                problems.append(f'{fname}:{n}: CRLF line ending')
                line = line.rstrip('\r')
            if line.startswith('#'):
                continue
            if not seen_header:
                seen_header = True
                if line.split('\t') != header:
                    problems.append(f'{fname}:{n}: header is {line.split(chr(9))!r}, expected {header!r}')
                continue
            if not line.strip():
                problems.append(f'{fname}:{n}: blank line')
                continue
            cells = line.split('\t')
            if len(cells) != len(header):
                problems.append(f'{fname}:{n}: {len(cells)} columns, expected {len(header)}')
                continue
            row = dict(zip(header, cells))
            row['_line'] = n
            for col, v in zip(header, cells):
                if v != v.strip():
                    problems.append(f'{fname}:{n}: {col} has leading/trailing spaces')
                if col in MULTI and v:
                    items = v.split(' | ')
                    if any(not i.strip() or i != i.strip() or '|' in i for i in items):
                        problems.append(f'{fname}:{n}: {col} is not a clean " | "-separated list: {v!r}')
            out.append(row)
    if not seen_header:
        problems.append(f'{fname}: no header row')
    return out


def values(row, col):
    v = row.get(col, '')
    if not v:
        return []
    return [x.strip() for x in v.split(' | ')] if col in MULTI else [v]


def check_entities(fname, rows, problems, org_ids=None):
    ids = {}
    for r in rows:
        i = r['id']
        if not SLUG.match(i):
            problems.append(f'{fname}:{r["_line"]}: id {i!r} is not slug-shaped')
        if i in ids:
            problems.append(f'{fname}:{r["_line"]}: duplicate id {i!r} (first on line {ids[i]})')
        ids[i] = r['_line']
        if not (r.get('name_en') or r.get('name_it')):
            problems.append(f'{fname}:{r["_line"]}: {i} has neither name_en nor name_it')
    # references
    for r in rows:
        p = r.get('parent', '')
        if p and p not in ids:
            problems.append(f'{fname}:{r["_line"]}: parent {p!r} of {r["id"]} is not an id of this file')
        if p == r['id']:
            problems.append(f'{fname}:{r["_line"]}: {r["id"]} is its own parent')
        if org_ids is not None:
            m = r.get('managed_by', '')
            if m and m not in org_ids:
                problems.append(f'{fname}:{r["_line"]}: managed_by {m!r} is not an id of organisations.tsv')
    parent = {r['id']: r.get('parent', '') for r in rows}
    for start in parent:
        seen, cur = set(), start
        while cur:
            if cur in seen:
                problems.append(f'{fname}: parent cycle through {start!r}')
                break
            seen.add(cur)
            cur = parent.get(cur, '')
    # QIDs
    qids = defaultdict(list)
    for r in rows:
        q = r.get('wikidata', '')
        if q:
            if not QID.match(q):
                problems.append(f'{fname}:{r["_line"]}: bad QID {q!r}')
            qids[q].append(r['id'])
    for q, who in qids.items():
        if len(who) > 1:
            problems.append(f'{fname}: QID {q} used by several ids: {", ".join(who)}')
    # surface forms
    forms = defaultdict(set)
    for r in rows:
        for col in NAME_COLS:
            for v in values(r, col):
                forms[v.casefold()].add(r['id'])
                if col == 'aliases' and len(v) < 3 and not v.isupper():
                    problems.append(f'{fname}:{r["_line"]}: alias {v!r} of {r["id"]} is shorter than 3 characters')
                if col == 'acronyms' and len(v) < 2:
                    problems.append(f'{fname}:{r["_line"]}: acronym {v!r} of {r["id"]} is shorter than 2 characters')
    for form, who in sorted(forms.items()):
        if len(who) > 1 and ACCEPTED_AMBIGUITIES.get((fname, form)) != who:
            problems.append(f'{fname}: {form!r} names several ids: {", ".join(sorted(who))}')
    return set(ids)


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems = []
    data = {}
    for fname, header in HEADERS.items():
        path = os.path.join(here, fname)
        if not os.path.exists(path):
            problems.append(f'{fname}: missing')
            data[fname] = []
            continue
        data[fname] = read(path, header, problems)

    orgs, progs, places, names = (data[f] for f in HEADERS)
    for r in orgs:
        if r['type'] not in ORG_TYPES:
            problems.append(f'organisations.tsv:{r["_line"]}: unknown type {r["type"]!r}')
        if r['country'] and not ISO2.match(r['country']):
            problems.append(f'organisations.tsv:{r["_line"]}: country {r["country"]!r} is not ISO 3166-1 alpha-2')
    for r in places:
        if r['type'] not in PLACE_TYPES:
            problems.append(f'places.tsv:{r["_line"]}: unknown type {r["type"]!r}')
    for r in progs:
        m = PERIOD.match(r['period']) if r['period'] else None
        if r['period'] and (not m or (m.group(3) and m.group(3) < m.group(1))):
            problems.append(f'programmes.tsv:{r["_line"]}: bad period {r["period"]!r}')

    org_ids = check_entities('organisations.tsv', orgs, problems)
    check_entities('programmes.tsv', progs, problems, org_ids=org_ids)
    check_entities('places.tsv', places, problems)

    seen = {}
    for r in names:
        if not LANG.match(r['lang']):
            problems.append(f'given-names.tsv:{r["_line"]}: bad lang {r["lang"]!r}')
        if len(r['name']) < 3 or ' ' in r['name']:
            problems.append(f'given-names.tsv:{r["_line"]}: suspicious name {r["name"]!r}')
        k = r['name'].casefold()
        if k in seen:
            problems.append(f'given-names.tsv:{r["_line"]}: duplicate name {r["name"]!r} (line {seen[k]})')
        seen[k] = r['_line']

    for fname in HEADERS:
        rows = data[fname]
        extra = ''
        if 'wikidata' in HEADERS[fname]:
            extra = f', {sum(1 for r in rows if r["wikidata"])} with a Wikidata QID'
        print(f'{fname}: {len(rows)} rows{extra}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
