#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Prints one closing line for everything ./kansa test ran: the plug-in tests of every bundle
(from the Surefire reports Tycho wrote) plus the product checks that passed (smoke starts and
the LibreOffice check, passed in as a number). Exits 1 if any plug-in test failed or none ran."""
import pathlib, sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent / 'bundles'
product_checks = int(sys.argv[1]) if len(sys.argv) > 1 else 0
tests = failed = skipped = 0
for report in sorted(root.glob('*/target/surefire-reports/TEST-*.xml')):
    suite = ET.parse(report).getroot()
    tests += int(suite.get('tests', 0))
    failed += int(suite.get('failures', 0)) + int(suite.get('errors', 0))
    skipped += int(suite.get('skipped', 0))
passed = tests - failed - skipped + product_checks
print('tests: %d passed, %d failed, %d skipped' % (passed, failed, skipped))
sys.exit(1 if failed or tests == 0 else 0)
