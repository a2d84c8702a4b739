// SPDX-License-Identifier: EPL-2.0
// ExcelJS streaming WorkbookWriter writing the cells of the JSON-lines dump; reads first, times the write.
const fs = require('fs');
const ExcelJS = require('exceljs');
const rows = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l).map(l => JSON.parse(l));
(async () => {
  const start = process.hrtime.bigint();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[3], useSharedStrings: false, useStyles: false });
  const sheets = new Map();
  let cells = 0;
  for (const row of rows) {
    let ws = sheets.get(row[0]);
    if (!ws) { ws = wb.addWorksheet(row[0].slice(0, 31)); sheets.set(row[0], ws); }
    ws.addRow(row.slice(1)).commit();
    for (let i = 1; i < row.length; i++) if (row[i] !== null) cells++;
  }
  await wb.commit();
  const ms = Number((process.hrtime.bigint() - start) / 1000000n);
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`RESULT exceljs ${ms} ${rss} ${cells}`);
})();
