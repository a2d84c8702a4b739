#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Prints, as JSON, what openpyxl sees of a request workbook's protection and validation."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
result = {"sheets": {}, "workbookLocked": bool(wb.security and wb.security.lockStructure)}
for ws in wb.worksheets:
    result["sheets"][ws.title] = {
        "state": ws.sheet_state,
        "protected": bool(ws.protection.sheet),
        "validations": [
            {"type": dv.type, "ranges": str(dv.sqref), "formula1": dv.formula1, "formula2": dv.formula2}
            for dv in ws.data_validations.dataValidation
        ],
        "unlocked": sorted(
            cell.coordinate
            for row in ws.iter_rows()
            for cell in row
            if cell.protection is not None and cell.protection.locked is False
        ),
    }
print(json.dumps(result, ensure_ascii=False))
