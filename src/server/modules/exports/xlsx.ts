import { fill, type Words } from './labels';
import type { Table } from './table';

export type ExportInfo = {
  unitName: string;
  from: string;
  to: string;
  interval: 'month' | 'quarter' | 'year';
  threshold: number;
  generatedAt: Date;
  generatedBy: string;
};

/** The sheet name of an indicator: its key (at most 26 characters, stable whatever the language). */
export const sheetName = (key: string) => key.slice(0, 31);

/**
 * Indicator tables as a workbook: a first sheet "Om"/"About" (unit, period, split, small-number
 * protection, when and by whom, the indicators and their sheets), then one sheet per indicator
 * named by its key, with its title, its definition and measure above a header row and the table.
 * Figures are numbers; suppressed and empty cells are the same words as in the CSV.
 */
export async function toXlsx(tables: Table[], info: ExportInfo, w: Words): Promise<Buffer> {
  const A = w.L.about;
  // Loaded when first used: the library is large and exports are rare (server memory, issue 9).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Brobygger';
  wb.created = info.generatedAt;

  const about = wb.addWorksheet(A.sheet);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 60;
  about.addRow([fill(A.title, { unit: info.unitName })]).font = { bold: true, size: 14 };
  about.addRow([]);
  const facts: [string, string][] = [
    [A.unit, info.unitName],
    [A.period, `${w.day(info.from)} – ${w.day(info.to)}`],
    [A.interval, w.L.intervals[info.interval]],
    [A.threshold, fill(A.thresholdText, { n: info.threshold, marker: w.suppressed, noData: w.noData })],
    [A.generated, w.moment(info.generatedAt)],
    [A.generatedBy, info.generatedBy],
  ];
  for (const [k, v] of facts) {
    const row = about.addRow([k, v]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  about.addRow([]);
  about.addRow([A.indicators]).font = { bold: true };
  for (const t of tables) about.addRow([t.title, sheetName(t.key)]);

  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.key));
    const width = Math.max(t.columns.length, 4);
    ws.columns = t.columns.map((c) => ({ width: c.kind === 'period' ? 12 : Math.min(Math.max(c.header.length + 2, 14), 30) }));
    ws.addRow([t.title]).font = { bold: true, size: 14 };
    const def = ws.addRow([t.definition]);
    ws.mergeCells(def.number, 1, def.number, width);
    def.alignment = { wrapText: true, vertical: 'top' };
    def.height = Math.min(409, 15 * Math.ceil(t.definition.length / (width * 14)) + 5);
    ws.addRow([`${A.measure}: ${w.L.measures[t.measure]}`]).font = { italic: true };
    ws.addRow([]);
    const header = ws.addRow(t.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'bottom' };
    for (const r of t.rows) ws.addRow(r);
    ws.lastRow!.font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: header.number, xSplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
