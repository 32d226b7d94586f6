#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills the unfinished numerus messages of the English catalogue (tokendesk_en.ts): the singular
# drops "(s)" after %n, the plural turns it into "s"; SINGULAR_FIXES holds the sentences where
# English needs more (verb agreement, "your 1 package" against "all 47 packages"). Run it after
# `make translations` has added a new "%n ...(s)" message, check the result, commit both.
import os
import re

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tokendesk_en.ts')
# Singular wording where English needs more than dropping "(s)".
SINGULAR_FIXES = [
    ('token(s) are half-way', 'token is half-way'),
    ('place(s) hold', 'place holds'),
    ('such token(s) were revoked', 'such token was revoked'),
    ('%n tokens with that name were created since', '%n token with that name was created since'),
    ('for %n days', 'for %n day'),
    ('read-only, %n days', 'read-only, %n day'),
    ('Can publish all %n package(s)', 'Can publish your %n package'),
    ('Can stage releases of all %n package(s)', 'Can stage releases of your %n package'),
    ('field(s) differ ', 'field differs '),
    ('token(s) in use need attention', 'token in use needs attention'),
    ('package(s) need attention', 'package needs attention'),
    ('%n trusted publisher(s) configured', '%n trusted publisher configured'),
    ('release(s) wait(s)', 'release waits'),
    ('file(s) differ', 'file differs'),
]
text = open(path, encoding='utf-8').read()
def fill(m):
    source = m.group(2)
    plain = (source.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
             .replace('&quot;', '"').replace('&apos;', "'"))
    one = plain
    for a, b in SINGULAR_FIXES:
        one = one.replace(a, b)
    # Only %n's own noun is inflected; a "(s)" after %1 stays for the source to fix.
    one = re.sub(r'(%n [^%]*?)\(s\)', r'\1', one)
    many = re.sub(r'(%n [^%]*?)\(s\)', r'\1s', plain.replace('release(s) wait(s)', 'releases wait'))
    esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace("'", '&apos;').replace('"', '&quot;')
    return (m.group(1) + '<translation>\n            <numerusform>' + esc(one) +
            '</numerusform>\n            <numerusform>' + esc(many) + '</numerusform>\n        </translation>')
# [^<]* keeps a match inside one message.
pat = re.compile(r'(<message numerus="yes">\s*<source>([^<]*)</source>\s*)<translation type="unfinished">.*?</translation>', re.S)
text, n = pat.subn(fill, text)
open(path, 'w', encoding='utf-8').write(text)
print(n, 'filled')
