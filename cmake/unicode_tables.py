#!/usr/bin/env python3
"""Write the Unicode database the runtime uses (character names, classes, case mappings).

usage: unicode_tables.py OUT.cpp OUT.json

Everything is read from the running python3's unicodedata and str methods, so the runtime
answers as that CPython does (3.11: Unicode 14.0.0). Name aliases and named sequences, which
unicodedata cannot list, are read from /usr/share/unicode/{NameAliases,NamedSequences}.txt when
present, each kept only when this CPython's unicodedata.lookup resolves it the same way.

OUT.cpp defines `const char* unicode_table_text()` (lang/unicode_db.h) returning the text, or
nullptr when compiled with LOOPSCOPE_PY_TEXT_LATER (the web app: the page downloads the text
after its first load inside python.json, as OUT.json's "unicodedata/tables" entry), and
`const char* unicode_latin1_text()`, the #version, #records and #ranges of U+0000..U+00FF
(always compiled in: the page answers for Latin-1 before the download).

The text, lines of ASCII:
  #version 14.0.0
  #records N   then N lines  flags,category,decimal,digit,numeric,upper,lower,title,fold
               (flags in hex, see unicode_db.cpp; a case mapping is the code point's delta in
               decimal, or =hex.hex... for a mapping to several code points)
  #ranges N    then N lines  length_hex,record  (consecutive runs covering 0..10FFFF)
  #rules N     then N lines  first_hex,last_hex,PREFIX  (names PREFIX-<code point in hex>)
  #names N     then N lines  one per named code point in order: a character giving how many
               leading characters the name shares with the previous one (chr(48 + n)), the
               rest of the name, and ";gap_hex" when code points were skipped since the last
  #aliases N   then N lines  NAME;hex
  #sequences N then N lines  NAME;hex.hex...
"""
import json
import os
import re
import sys
import unicodedata

from cpp_writer import TEXT_LATER_MACRO, c_string_lines, write_atomically

CATEGORIES = ("Cn Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs Zl Zp "
              "Cc Cf Cs Co").split()
KEY = "unicodedata/tables"
RULE = re.compile(r"^(.*)-([0-9A-F]{4,6})$")


def case_entry(cp, mapped):
    if len(mapped) == 1:
        return str(ord(mapped) - cp)
    return "=" + ".".join("%x" % ord(m) for m in mapped)


def record(cp):
    c = chr(cp)
    cat = unicodedata.category(c)
    bits = [c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(),
            c.isprintable(), c.isupper(), c.islower(), cat == "Lt"]
    flags = 0
    for i, b in enumerate(bits):
        if b:
            flags |= 1 << i
    cased = c.isupper() or c.islower() or cat == "Lt"
    if cased:
        flags |= 1 << 9
    elif ("A\u03a3" + c + "A").lower()[1] == "\u03c3":
        flags |= 1 << 10  # case-ignorable: a final sigma looks through it
    if c.isidentifier():
        flags |= 1 << 11
    if ("a" + c).isidentifier():
        flags |= 1 << 12
    num = unicodedata.numeric(c, None)
    return "%x,%d,%d,%d,%s,%s,%s,%s,%s" % (
        flags, CATEGORIES.index(cat), unicodedata.decimal(c, -1), unicodedata.digit(c, -1),
        "" if num is None else repr(num), case_entry(cp, c.upper()), case_entry(cp, c.lower()),
        case_entry(cp, c.title()), case_entry(cp, c.casefold()))


def properties(limit):
    records, index, ranges = [], {}, []
    prev, start = None, 0
    for cp in range(limit):
        r = record(cp)
        if r != prev:
            if prev is not None:
                ranges.append((cp - start, index[prev]))
            if r not in index:
                index[r] = len(records)
                records.append(r)
            prev, start = r, cp
    ranges.append((limit - start, index[prev]))
    out = ["#records %d" % len(records)] + records
    out += ["#ranges %d" % len(ranges)] + ["%x,%d" % rg for rg in ranges]
    return out


def names():
    rules = []  # [first, last, prefix]
    listed = []
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("HANGUL SYLLABLE "):
            continue  # Hangul syllables are named by the runtime's own rule
        m = RULE.match(n)
        if m and int(m.group(2), 16) == cp and len(m.group(2)) == max(4, len("%X" % cp)):
            if rules and rules[-1][2] == m.group(1) and rules[-1][1] == cp - 1:
                rules[-1][1] = cp
            else:
                rules.append([cp, cp, m.group(1)])
            continue
        listed.append((cp, n))
    # a "rule" of one code point is not worth its line
    single = [r for r in rules if r[0] == r[1]]
    rules = [r for r in rules if r[0] != r[1]]
    listed = sorted(listed + [(r[0], "%s-%X" % (r[2], r[0])) for r in single])
    out = ["#rules %d" % len(rules)] + ["%x,%x,%s" % tuple(r) for r in rules]
    out.append("#names %d" % len(listed))
    prev_cp, prev_name = -1, ""
    for cp, n in listed:
        k = 0
        while k < min(len(n), len(prev_name), 74) and n[k] == prev_name[k]:
            k += 1
        gap = cp - prev_cp - 1
        out.append(chr(48 + k) + n[k:] + (";%x" % gap if gap else ""))
        prev_cp, prev_name = cp, n
    return out


def ucd_lines(name):
    path = os.path.join("/usr/share/unicode", name)
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                rows.append([p.strip() for p in line.split(";")])
    return rows


def aliases_and_sequences():
    aliases = []
    for row in ucd_lines("NameAliases.txt"):
        cp, alias = int(row[0], 16), row[1]
        try:
            if unicodedata.lookup(alias) == chr(cp) and unicodedata.name(chr(cp), "") != alias:
                aliases.append("%s;%x" % (alias, cp))
        except KeyError:
            pass
    sequences = []
    for row in ucd_lines("NamedSequences.txt"):
        name, cps = row[0], [int(x, 16) for x in row[1].split()]
        try:
            if unicodedata.lookup(name) == "".join(map(chr, cps)):
                sequences.append("%s;%s" % (name, ".".join("%x" % c for c in cps)))
        except KeyError:
            pass
    return (["#aliases %d" % len(aliases)] + aliases + ["#sequences %d" % len(sequences)] +
            sequences)


def main() -> int:
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    out_cpp, out_json = sys.argv[1], sys.argv[2]
    if unicodedata.unidata_version != "14.0.0":
        sys.stderr.write("unicode_tables: python3 has Unicode %s, CPython 3.11 has 14.0.0\n" %
                         unicodedata.unidata_version)
    lines = ["#version " + unicodedata.unidata_version]
    latin1 = lines + properties(0x100)
    lines += properties(0x110000) + names() + aliases_and_sequences()
    text = "\n".join(lines) + "\n"
    cpp = [
        "// Generated by cmake/unicode_tables.py: do not edit.",
        '#include "lang/unicode_db.h"',
        "",
        "namespace loopscope::unicode {",
        "",
        "const char* unicode_latin1_text() {",
        "    return",
    ]
    cpp += c_string_lines("\n".join(latin1) + "\n", " " * 8)
    cpp += [
        "        ;",
        "}",
        "",
        "const char* unicode_table_text() {",
        f"#ifdef {TEXT_LATER_MACRO}",
        "    return nullptr;",
        "#else",
        "    return",
    ]
    cpp += c_string_lines(text, " " * 8)
    cpp += ["        ;", "#endif", "}", "", "} // namespace loopscope::unicode", ""]
    write_atomically(out_cpp, "\n".join(cpp))
    write_atomically(out_json, json.dumps({KEY: text}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
