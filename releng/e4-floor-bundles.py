#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""The bundles.info of a pure e4 application inside a built product (releng/measure-e4-floor.sh,
row e4min): the lines of the product's bundles.info for the bundles a plain e4 application
declares (SEEDS) and everything they need, by the manifests (Require-Bundle, Import-Package and
Require-Capability that are not optional, the fragments of every bundle taken). Without it the probe starts among the
product's 124 bundles, where the 3.x compatibility layer's model processors run even for an
e4 application (they read the 3.x commands, contexts and bindings into its model).

usage: e4-floor-bundles.py <product-folder>   (prints the bundles.info on stdout)
"""
import re
import sys
import zipfile
from pathlib import Path

# what an e4 application's product would list: the probe, E4Application and its renderers,
# the add-ons of its Application.e4xmi, the framework's start bundles, the platform's
# services that only declarative services provide (event admin, DI suppliers)
SEEDS = [
    'jp.kansa.startprobe',
    'org.eclipse.e4.ui.workbench.swt', 'org.eclipse.e4.ui.workbench.renderers.swt',
    'org.eclipse.e4.ui.workbench.addons.swt', 'org.eclipse.e4.core.commands',
    'org.eclipse.e4.ui.services', 'org.eclipse.e4.ui.bindings',
    'org.eclipse.equinox.simpleconfigurator', 'org.apache.felix.scr', 'org.eclipse.equinox.common',
    'org.eclipse.equinox.event', 'org.eclipse.core.runtime',
    'org.eclipse.e4.core.di.extensions.supplier',
]
# never taken: the 3.x workbench is what this row leaves out (an optional or version-ranged
# need of an e4 bundle on it stays unmet, as in any pure e4 product)
EXCLUDED = {'org.eclipse.ui', 'org.eclipse.ui.workbench'}


def manifest(path):
    if path.is_dir():
        text = (path / 'META-INF/MANIFEST.MF').read_text('utf-8')
    else:
        with zipfile.ZipFile(path) as jar:
            text = jar.read('META-INF/MANIFEST.MF').decode('utf-8')
    headers, last = {}, None
    for line in text.replace('\r', '').split('\n'):
        if line.startswith(' ') and last:
            headers[last] += line[1:]
        elif ':' in line:
            last, value = line.split(':', 1)
            headers[last] = value.strip()
    return headers


def clauses(value):
    """'a;x="1,2",b' -> [('a', 'x="1,2"'), ('b', '')]: names with their attributes."""
    parts, current, quoted = [], '', False
    for c in value or '':
        if c == '"':
            quoted = not quoted
        if c == ',' and not quoted:
            parts.append(current)
            current = ''
        else:
            current += c
    if current.strip():
        parts.append(current)
    result = []
    for part in parts:
        fields = part.strip().split(';')
        names = [f for f in fields if '=' not in f]
        attributes = ';'.join(f for f in fields if '=' in f)
        result.extend((n.strip(), attributes) for n in names)
    return result


def optional(attributes):
    return re.search(r'resolution\s*:=\s*"?optional', attributes) is not None


def attributes_of(attributes):
    """'filter:="(&(a=b)(!(c=d)))"' -> {'a': 'b'}; 'x="y";v:Version="1"' -> {'x': 'y', 'v': '1'}:
    the positive terms of a requirement's filter, or a capability's attributes."""
    found = re.search(r'filter\s*:=\s*"([^"]*)"', attributes)
    if found:
        positive = re.sub(r'\(!\([^()]*\)\)', '', found.group(1))
        return {k: v for k, v in re.findall(r'\(([\w.]+)=([^()<>~]*)\)', positive) if k != 'version'}
    return {k.split(':')[0].strip(): v.strip().strip('"') for k, v in
            (a.split('=', 1) for a in attributes.split(';') if '=' in a and ':=' not in a)}


def providers(bundles, namespace, wanted):
    if namespace in ('osgi.ee', 'osgi.native'):
        return []  # the framework's
    return [name for name, b in bundles.items() for ns, attributes in b['provides']
            if ns == namespace and all(attributes.get(k) == v for k, v in wanted.items())][:1]


def main(product):
    product = Path(product)
    info = product / 'configuration/org.eclipse.equinox.simpleconfigurator/bundles.info'
    lines = [l for l in info.read_text('utf-8').splitlines() if l and not l.startswith('#')]
    bundles = {}
    for line in lines:
        name, _version, location = line.split(',')[:3]
        headers = manifest(product / location)
        bundles[name] = {
            'line': line,
            'requires': [n for n, a in clauses(headers.get('Require-Bundle')) if not optional(a)],
            'imports': [n for n, a in clauses(headers.get('Import-Package')) if not optional(a)],
            'exports': [n for n, _ in clauses(headers.get('Export-Package'))],
            'host': next((n for n, _ in clauses(headers.get('Fragment-Host'))), None),
            'capabilities': [(n, attributes_of(a)) for n, a in clauses(headers.get('Require-Capability'))
                             if not optional(a) and 'effective:=active' not in a.replace(' ', '')],
            'provides': [(n, attributes_of(a)) for n, a in clauses(headers.get('Provide-Capability'))],
        }
    exporters = {}
    for name, b in bundles.items():
        for package in b['exports']:
            exporters.setdefault(package, []).append(name)
    taken, todo = set(), [s for s in SEEDS if s in bundles]
    while todo:
        name = todo.pop()
        if name in taken or name in EXCLUDED:
            continue
        taken.add(name)
        b = bundles[name]
        needed = list(b['requires'])
        for package in b['imports']:
            # the framework (system bundle) exports the org.osgi.framework and JDK packages
            needed.extend(exporters.get(package, [])[:1])
        for namespace, wanted in b['capabilities']:
            needed.extend(providers(bundles, namespace, wanted))
        if b['host']:
            needed.append(b['host'])
        needed.extend(f for f, fb in bundles.items() if fb['host'] == name)
        todo.extend(n for n in needed if n in bundles and n not in taken)
    print('#encoding=UTF-8\n#version=1')
    for line in lines:
        if line.split(',')[0] in taken:
            print(line)


if __name__ == '__main__':
    main(sys.argv[1])
