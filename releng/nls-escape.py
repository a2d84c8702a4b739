#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Rewrites non-ASCII characters of .properties files under bundles/ as \\uXXXX escapes.

Equinox NLS reads messages*.properties as ISO-8859-1, so Japanese text written as UTF-8
would show as mojibake. Run after editing Japanese strings: python3 releng/nls-escape.py
With --check it changes nothing and fails if a file still needs escaping (CI runs that)."""
import pathlib, sys

def escape(text):
    return ''.join(c if ord(c) < 128 else '\\u%04x' % ord(c) for c in text)

root = pathlib.Path(__file__).resolve().parent.parent / 'bundles'
check = '--check' in sys.argv
bad = []
for path in sorted(root.glob('*/**/*.properties')):
    # only files read at run time as ISO-8859-1 (NLS messages, plugin/feature localisation)
    if not path.name.startswith(('plugin', 'messages', 'feature', 'bundle', 'fragment')):
        continue
    if '/target/' in str(path) or '/bin/' in str(path):
        continue
    text = path.read_text(encoding='utf-8')
    escaped = escape(text)
    if escaped != text:
        bad.append(path)
        if not check:
            path.write_text(escaped, encoding='ascii')
if check and bad:
    print('nls-escape: non-ASCII in ' + ', '.join(str(p) for p in bad) + ' (run python3 releng/nls-escape.py)')
    sys.exit(1)
print('nls-escape: %d file(s) %s' % (len(bad), 'need escaping' if check else 'escaped'))
