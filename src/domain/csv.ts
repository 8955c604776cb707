/**
 * RFC 4180 CSV cells and rows (CRLF rows, cells quoted when they hold a comma, quote or line
 * break), shared by the API's export and the web page's. A text cell starting with = + - @
 * (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of running it as a formula (OWASP's advice on CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: (string | number | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;
