import { stringify } from 'csv-stringify/sync';
import type { Words } from './labels';
import type { Table } from './table';

/**
 * Indicator tables as one CSV file for a spreadsheet: UTF-8 with a byte order mark (so Excel reads
 * Danish letters), `;` between fields (what Excel expects where the decimal separator is a comma),
 * CRLF line ends, numbers with the language's decimal separator (0,75 in Danish, 0.75 in English).
 * One table after the other, each with its own header row and the indicator's key in the first
 * column, separated by an empty line. (The JSON API is the place for machines.)
 */
export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';

export function toCsv(tables: Table[], w: Words): string {
  const sections = tables.map((t) =>
    stringify([[w.L.columns.key, ...t.columns.map((c) => c.header)], ...t.rows.map((r) => [t.key, ...r.map((v) => (typeof v === 'number' ? w.number(v) : v))])], {
      delimiter: CSV_DELIMITER,
      record_delimiter: 'windows',
    }),
  );
  return BOM + sections.join('\r\n');
}
