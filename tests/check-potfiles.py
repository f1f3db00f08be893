#!/usr/bin/env python3
# check-potfiles.py — po/POTFILES.in names exactly the files with translatable strings
#
# Copyright 2026 The Resume Coach developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A file that is missing from POTFILES.in never reaches the template, so its strings stay English
# in every language without anyone noticing; a listed file that no longer exists breaks the pot
# target. This scans src/, ui/ and data/ the way xgettext would, and prints what differs.
#
# Usage: check-potfiles.py SOURCE_ROOT BUILD_ROOT

import os
import re
import sys

# Strings and comments of C, so that a marker in a comment ("label: N_(), …") does not count
C_TOKENS = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|/\*.*?\*/|//[^\n]*', re.S)
# xgettext's keywords (its C defaults and the glib preset), taken only with a literal to read
C_MARKERS = re.compile(r'\b(?:(?:_|N_|C_|NC_|Q_|gettext|ngettext)\s*\(|'
                       r'(?:g_dgettext|g_dngettext|g_dpgettext2|dgettext|dngettext)\s*\([^,()]*,)'
                       r'\s*"')
UI_MARKER = re.compile(r'translatable="yes"')
SCHEMA_MARKER = re.compile(r'<(?:summary|description)>')
# a shared-mime-info file's descriptions (its rules: shared-mime-info.its)
MIME_MARKER = re.compile(r'<comment[\s>]')
SCANNED = ('.c', '.h', '.ui', '.gschema.xml', '.desktop.in', '.metainfo.xml.in', '.mime.xml')


def has_strings(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if path.endswith(('.c', '.h')):
        code = C_TOKENS.sub(lambda m: ' ' if m.group().startswith('/') else '""', text)
        return C_MARKERS.search(code) is not None
    if path.endswith('.ui'):
        return UI_MARKER.search(text) is not None
    if path.endswith('.gschema.xml'):
        return SCHEMA_MARKER.search(text) is not None
    if path.endswith('.mime.xml'):
        return MIME_MARKER.search(text) is not None
    # a desktop file's Name and Comment, a metainfo's name and summary: always there
    return path.endswith(('.desktop.in', '.metainfo.xml.in'))


def scanned(source_root):
    for top in ('src', 'ui', 'data'):
        for folder, dirs, files in os.walk(os.path.join(source_root, top)):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                if name.endswith(SCANNED) and has_strings(path):
                    yield os.path.relpath(path, source_root)


def main(source_root, build_root):
    with open(os.path.join(source_root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        listed = [line.strip() for line in f if line.strip() and not line.startswith('#')]
    problems = []

    if listed != sorted(listed):
        problems.append('po/POTFILES.in is not sorted')
    for path in listed:
        # data/rule-strings.c is written into the build directory (data/rule-strings.py)
        if not any(os.path.exists(os.path.join(root, path)) for root in (source_root, build_root)):
            problems.append(f'{path}: listed in po/POTFILES.in but does not exist')
        elif os.path.exists(os.path.join(source_root, path)) and not has_strings(
                os.path.join(source_root, path)):
            problems.append(f'{path}: listed in po/POTFILES.in but has no translatable strings')
    for path in scanned(source_root):
        if path not in listed:
            problems.append(f'{path}: has translatable strings but is missing from po/POTFILES.in')

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
