#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Fills a Kansa request workbook as a vendor would, with openpyxl (another client than POI).

usage: fill_reply.py REQUEST.xlsx REPLY.xlsx ANSWERS.json [--reorder] [--delete-row CHECK_ID]
                    [--meta KEY=VALUE]

ANSWERS.json maps a check id (the hidden column) to {header text: value}; a value
"date:YYYY-MM-DD" is written as a real date cell. --reorder moves the vendor's columns to the
front (after the hidden id column) the way a vendor dragging columns would; --delete-row
removes the row of that check; --meta rewrites a value of the hidden identity sheet (a tampered
reply). Cells are found by header text, never by position.
"""
import datetime
import json
import sys

import openpyxl

ID_HEADER = "確認ID"


def main(argv):
    source, target, answers_file = argv[1], argv[2], argv[3]
    reorder = "--reorder" in argv
    delete = argv[argv.index("--delete-row") + 1] if "--delete-row" in argv else None
    with open(answers_file, encoding="utf-8") as f:
        answers = json.load(f)
    wb = openpyxl.load_workbook(source)
    ws = wb["確認表"]
    headers = {cell.value: cell.column for cell in ws[1] if cell.value}
    id_col = headers[ID_HEADER]
    rows = {ws.cell(row=r, column=id_col).value: r for r in range(2, ws.max_row + 1)}
    for check_id, values in answers.items():
        r = rows[check_id]
        for header, value in values.items():
            cell = ws.cell(row=r, column=headers[header])
            if isinstance(value, str) and value.startswith("date:"):
                cell.value = datetime.datetime.strptime(value[5:], "%Y-%m-%d")
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = value
    if reorder:
        reorder_columns(ws)
    if delete:
        headers = {cell.value: cell.column for cell in ws[1] if cell.value}
        for r in range(2, ws.max_row + 1):
            if ws.cell(row=r, column=headers[ID_HEADER]).value == delete:
                ws.delete_rows(r)
                break
    if "--meta" in argv:
        key, value = argv[argv.index("--meta") + 1].split("=", 1)
        meta = wb["kansa"]
        for r in range(1, meta.max_row + 1):
            if meta.cell(row=r, column=1).value == key:
                meta.cell(row=r, column=2).value = value
    wb.save(target)


def reorder_columns(ws):
    """Reverses the order of every column after the hidden id column, values and all."""
    width = ws.max_column
    table = [[ws.cell(row=r, column=c).value for c in range(1, width + 1)] for r in range(1, ws.max_row + 1)]
    for r, row in enumerate(table, start=1):
        moved = [row[0]] + list(reversed(row[1:]))
        for c, value in enumerate(moved, start=1):
            cell = ws.cell(row=r, column=c)
            cell.value = value
            if isinstance(value, datetime.datetime):
                cell.number_format = "yyyy-mm-dd"


if __name__ == "__main__":
    main(sys.argv)
