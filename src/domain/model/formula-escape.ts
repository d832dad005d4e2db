/**
 * Spreadsheet formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is read as a formula by Excel, LibreOffice and Google Sheets (OWASP's list); so, in
 * some spreadsheets and locales, is one starting with the full-width forms `＝`, `＋`, `－`, `＠`,
 * and a NUL in front can hide any of them from a simple check. Text the
 * app writes into a CSV is escaped by putting an apostrophe in front, which every spreadsheet
 * shows as text; the importer takes the apostrophe off again, so written files read back
 * unchanged. Text that already starts with apostrophes before such a character gets one more,
 * so escaping and unescaping are exact inverses for every string.
 */

// eslint-disable-next-line no-control-regex -- a NUL is one of the characters to escape.
const NEEDS_ESCAPE = /^'*[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20]/;
// eslint-disable-next-line no-control-regex -- as above.
const ESCAPED = /^'+[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20]/;

/** The text as a CSV cell should hold it: with an apostrophe in front when it could be a formula. */
export function escapeFormula(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/** The text an escaped cell stands for (the inverse of escapeFormula); other text unchanged. */
export function unescapeFormula(cell: string): string {
  // Only cells starting with an apostrophe can be escaped: keep the common case one comparison.
  return cell.charCodeAt(0) === 39 && ESCAPED.test(cell) ? cell.slice(1) : cell;
}
