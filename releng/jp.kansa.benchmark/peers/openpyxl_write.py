# SPDX-License-Identifier: EPL-2.0
# openpyxl write-only mode writing the cells of the JSON-lines dump; reads first, times the write.
import json, resource, sys, time
from openpyxl import Workbook

rows = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]
start = time.perf_counter()
wb = Workbook(write_only=True)
sheets = {}
cells = 0
for row in rows:
    name = row[0]
    ws = sheets.get(name)
    if ws is None:
        ws = sheets[name] = wb.create_sheet(title=name[:31])
    ws.append(row[1:])
    cells += sum(1 for v in row[1:] if v is not None)
wb.save(sys.argv[2])
ms = int((time.perf_counter() - start) * 1000)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"RESULT openpyxl {ms} {rss} {cells}")
