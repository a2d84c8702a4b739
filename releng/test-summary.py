#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Prints one closing line for everything ./kansa test ran: the plug-in tests of every bundle
(from the Surefire reports Tycho wrote) plus the product checks that passed. The arguments name
the product checks that ran; each left the number of its checks that passed in the folder
KANSA_CHECK_RESULTS (releng/check-lib.sh's check_end), so the count is what really ran. Exits 1
if any plug-in test failed, none ran, or a named product check left no count."""
import os, pathlib, sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent / 'bundles'
results = pathlib.Path(os.environ.get('KANSA_CHECK_RESULTS', '/nonexistent'))
product_checks = 0
missing = []
counts = []
for check in sys.argv[1:]:
    try:
        count = int((results / check).read_text().strip())
    except (OSError, ValueError):
        missing.append(check)
        continue
    product_checks += count
    counts.append('%s %d' % (check, count))
if counts:
    print('product checks: ' + ', '.join(counts))
for check in missing:
    print('product check %s left no count in %s (does it end with check_end of releng/check-lib.sh?)'
          % (check, results))
tests = failed = skipped = 0
for report in sorted(root.glob('*/target/surefire-reports/TEST-*.xml')):
    suite = ET.parse(report).getroot()
    tests += int(suite.get('tests', 0))
    failed += int(suite.get('failures', 0)) + int(suite.get('errors', 0))
    skipped += int(suite.get('skipped', 0))
passed = tests - failed - skipped + product_checks
print('tests: %d passed, %d failed, %d skipped' % (passed, failed, skipped))
sys.exit(1 if failed or tests == 0 or missing else 0)
