// RFC 4180 CSV for spreadsheets: CRLF rows, fields quoted only when they must be, and a byte-order
// mark so Excel reads UTF-8 (without it, "Ketapang — Kapuas Hulu" arrives as mojibake).

export const UTF8_BOM = '\uFEFF';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`, and
 * tab or carriage return in some versions): text typed by participants is prefixed with an apostrophe,
 * which Excel and LibreOffice show as plain text (OWASP "CSV injection").
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_TRIGGER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
