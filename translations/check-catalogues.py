#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the translation catalogues: every message finished (unless --allow-unfinished) and
every translation keeping its source's placeholders (%1..%9, %n), HTML tags and at most one
mnemonic. Prints one line per problem and a summary per catalogue; exits 1 on any problem.

    translations/check-catalogues.py [--allow-unfinished] [translations/tokendesk_de.ts ...]
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# "&" before a letter or digit marks a mnemonic; "&&" is a literal ampersand; entities are not.
MNEMONIC = re.compile(r"(?<!&)&(?!&|[a-zA-Z]+;|#\d+;)(?=\w)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def check(path, allow_unfinished):
    problems = []
    total = finished = 0
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            total += 1
            where = f"{os.path.basename(path)}: {name}: {source[:60]!r}"
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                total -= 1
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            if kind == "unfinished" or any(not f.strip() for f in forms):
                if not allow_unfinished:
                    problems.append(f"{where}: unfinished")
                continue
            finished += 1
            for form in forms:
                want, got = placeholders(source), placeholders(form)
                # A numerus form may leave %n out ("one file"), never add what the source lacks.
                if message.get("numerus") == "yes":
                    want = [p for p in want if p != "%n"]
                    got = [p for p in got if p != "%n"]
                if want != got:
                    problems.append(f"{where}: placeholders {want} became {got}")
                if tags(source) != tags(form):
                    problems.append(f"{where}: HTML tags differ")
                if len(MNEMONIC.findall(form)) > 1:
                    problems.append(f"{where}: more than one mnemonic in {form!r}")
                if MNEMONIC.search(source) and not MNEMONIC.search(form):
                    problems.append(f"{where}: the mnemonic (&) is missing")
    return total, finished, problems


def main(argv):
    allow = "--allow-unfinished" in argv
    files = [a for a in argv if not a.startswith("--")] or sorted(
        glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tokendesk_*.ts")))
    status = 0
    for path in files:
        total, finished, problems = check(path, allow)
        for p in problems:
            print(p)
        share = 100.0 * finished / total if total else 100.0
        print(f"{os.path.basename(path)}: {finished} of {total} finished ({share:.1f} %), "
              f"{len(problems)} problem(s)")
        status |= 1 if problems else 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
