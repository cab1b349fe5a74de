import { formValue } from './form-values';

/** A list on a form (处理记录, 督办记录, 维护产品) as a table under the form's own column headings. */
export function FormTable({
  caption,
  columns,
  rows,
  yesNo,
}: {
  caption: string;
  columns: [string, string][];
  rows: Record<string, unknown>[];
  yesNo: { yes: string; no: string };
}) {
  return (
    <table className="form-sheet-list" aria-label={caption}>
      <thead>
        <tr>
          {columns.map(([key, label]) => (
            <th key={key} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length}>&nbsp;</td>
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={i}>
            {columns.map(([key]) => (
              <td key={key}>{formValue(row[key], yesNo)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
