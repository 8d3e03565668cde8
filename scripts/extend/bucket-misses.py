#!/usr/bin/env python3
"""Buckets the names-dev held-out rows by what kind of pair they are, and counts the misses of
`thaitm extend --evaluate-transliteration --verbose` in each bucket.

Usage (from the repo root):
  .build/release/thaitm extend --evaluate-transliteration ../shared/data/names-dev/pairs.tsv \
      --verbose > /tmp/misses.txt
  scripts/extend/bucket-misses.py ../shared/data/names-dev/pairs.tsv /tmp/misses.txt [--list BUCKET]
  With --fold0, the rows are training fold 0 instead (misses from `--tune-transliteration
  --verbose`), so that rules can be designed without looking at held-out rows.

Buckets (first that applies), decided WITHOUT the learned model, from the rows alone:
  abbreviation   every English alternative is 1-4 letters, or all capitals / dotted (Dy, RAM, Ltd.)
  translit       some English alternative's consonant skeleton is close to the RTGS romanization of
                 the Thai (classifier prefix stripped, lexicon-translated words removed from both):
                 a mostly-transliteration explanation exists
  translated     a Thai lexicon word translates an English word of the row, but no transliteration
                 explanation was found
  latin          English looks like a Latin binomial / taxon (Genus species, -aceae, -idae ...)
  other          none of the above (translations the lexicon lacks, unrelated glosses)
"""
import re
import subprocess
import sys

ROOT = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True).strip()


def fnv(s):
    h = 0xCBF29CE484222325
    for b in s.encode():
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


PREFIXES = [
    "เมืองหลวงประเทศ", "หมู่เกาะ", "ทะเลสาบ", "แม่น้ำ", "ภูเขา", "เทือกเขา", "ช่องแคบ", "มหาสมุทร",
    "คาบสมุทร", "ประเทศ", "จังหวัด", "กรุง", "เมือง", "มลรัฐ", "รัฐ", "แคว้น", "ภาษา", "สกุล",
    "วงศ์ย่อย", "วงศ์", "อันดับ", "เกาะ", "อ่าว", "ทะเล", "ชาว", "ต้น", "ปลา", "นก", "ธาตุ",
    "ยา", "นครรัฐ", "นคร", "ทวีป", "ยอดเขา", "แหลม", "ลัทธิ", "ศาสนา", "มหาวิทยาลัย", "หุบเขา",
    "ถ้ำ", "สะพาน", "โบสถ์", "อุทยานแห่งชาติ", "ทะเลทราย", "ราชวงศ์", "เทพี", "เทพเจ้า", "เทพ",
    "ดอก", "หญ้า", "ผึ้ง", "ลิง", "งู", "หน่วยเงินตรา", "สกุลเงิน", "จักรพรรดิ", "กฎของ", "พระ",
    "นักบุญ", "เซนต์", "ประธานาธิบดี", "นายกรัฐมนตรี", "นาย", "นาง", "ดร.", "เจ้าชาย", "เจ้าหญิง",
    "กษัตริย์", "พระเจ้า", "สมเด็จ", "เซอร์",
]
STOP = {"of", "the", "and", "in", "de", "la", "le", "von", "van", "du", "for", "on"}


def strip_prefix(t):
    for p in sorted(PREFIXES, key=len, reverse=True):
        if t.startswith(p) and len(t) - len(p) >= 2:
            return t[len(p):].lstrip()
    return t


def skeleton(latin):
    s = latin.lower()
    s = re.sub(r"[^a-z]", "", s)
    for a, b in [("ph", "p"), ("th", "t"), ("kh", "k"), ("ch", "j"), ("sh", "j"), ("ng", "n"),
                 ("ck", "k"), ("qu", "k")]:
        s = s.replace(a, b)
    table = str.maketrans("kcqgxtdpbfvszjrlmnwyh", "KKKKKTTPPPPSSJRRMNWY_")
    s = s.translate(table)
    s = re.sub(r"[aeiou_]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def close(a, b):
    if not a or not b:
        return False
    return 1 - edit(a, b) / max(len(a), len(b)) >= 0.5


def load_lexicon():
    lex = {}
    for line in open(f"{ROOT}/data/lexicon/th-en-lexicon.tsv", encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        th, en = line.rstrip("\n").split("\t")[:2]
        lex[th] = [w.lower() for e in en.split("|") for w in re.split(r"[ _-]", e)]
    return lex


def stem5(w):
    return w.lower()[:5]


def main():
    names, misses_path = sys.argv[1], sys.argv[2]
    args = sys.argv[3:]
    fold0 = "--fold0" in args
    if fold0:
        args.remove("--fold0")
    want = args[1] if len(args) > 1 and args[0] == "--list" else None
    rows = []
    for i, line in enumerate(open(names, encoding="utf-8")):
        f = line.rstrip("\n").split("\t")
        if i == 0 and f[0] == "th" or len(f) < 2:
            continue
        h = fnv(f[0])
        if (h % 5 != 0 and h // 5 % 4 == 0) if fold0 else h % 5 == 0:
            rows.append((f[0], f[1].split("|")))
    missed = {(l.split("\t")[1], l.split("\t")[2]) for l in open(misses_path, encoding="utf-8") if l.startswith("MISS")}
    lex = load_lexicon()
    held = {t for t, _ in rows}
    lex = {k: v for k, v in lex.items() if k not in held and len(k) >= 2}
    stripped = [strip_prefix(t) for t, _ in rows]
    rom = subprocess.run([f"{ROOT}/.build/release/thaitm", "romanize"], input="\n".join(stripped) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    buckets = {}
    for (thai, english), st, r in zip(rows, stripped, rom):
        # Lexicon words inside the Thai (greedy longest match, 2+ letters).
        words, i = [], 0
        while i < len(st):
            for j in range(len(st), i + 1, -1):
                if st[i:j] in lex:
                    words.append(st[i:j]); i = j; break
            else:
                i += 1
        translations = {stem5(w) for t in words for w in lex[t]}
        is_abbr = all(len(re.sub(r"[^A-Za-z]", "", e)) <= 4 or re.fullmatch(r"[A-Z.\- ]+", e) for e in english)
        translit = False
        translated = False
        for e in english:
            ws = [w for w in re.split(r"[ \-]", e) if w and w.lower() not in STOP]
            rest = [w for w in ws if stem5(re.sub(r"'s$", "", w)) not in translations]
            if len(rest) < len(ws):
                translated = True
            if close(skeleton(r), skeleton("".join(ws))) or (rest and close(skeleton(r), skeleton("".join(rest)))):
                translit = True
            elif any(close(skeleton(r), skeleton(w)) and len(skeleton(w)) >= 0.6 * len(skeleton(r)) for w in ws):
                translit = True
        latin = all(re.fullmatch(r"[A-Z][a-z]+( [a-z]+){1,2}", e) or re.search(r"(aceae|idae|ales|inae|phyta|opsida)$", e) for e in english)
        if is_abbr:
            b = "abbreviation"
        elif translit:
            b = "translit"
        elif translated:
            b = "translated"
        elif latin:
            b = "latin"
        else:
            b = "other"
        n, m = buckets.get(b, (0, 0))
        buckets[b] = (n + 1, m + ((thai, english[0]) in missed))
        if want == b:
            print(("MISS" if (thai, english[0]) in missed else "hit") + "\t" + thai + "\t" + r + "\t" + "|".join(english))
    total = sum(n for n, _ in buckets.values())
    tm = sum(m for _, m in buckets.values())
    print(f"{'bucket':14} {'rows':>5} {'missed':>6} {'ranked first':>13}")
    for b in ["translit", "translated", "abbreviation", "latin", "other"]:
        n, m = buckets.get(b, (0, 0))
        print(f"{b:14} {n:5} {m:6} {n - m:6} = {100 * (n - m) / max(n, 1):5.1f}%")
    print(f"{'all':14} {total:5} {tm:6} {total - tm:6} = {100 * (total - tm) / total:5.1f}%")


main()
