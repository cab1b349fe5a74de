import { stringify } from 'csv-stringify/sync';

/** A byte-order mark first, so that Excel reads the file as UTF-8 (Chinese names and labels). */
const BOM = '\uFEFF';

/**
 * The one CSV writer of every export: a header row, then the rows, UTF-8 with a BOM, CRLF line
 * ends (what Excel writes). A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (or their full-width forms) gets a `'` before it, so that a spreadsheet shows it as text
 * instead of running it as a formula (OWASP: CSV injection). Numbers are written as numbers: a
 * negative number keeps its minus sign.
 */
export function csvText(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    BOM +
    stringify([header, ...rows], {
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { boolean: (b) => (b ? 'true' : 'false') },
    })
  );
}
