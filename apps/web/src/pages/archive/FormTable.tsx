import { useLanguage } from '../../i18n/language';
import { word } from '../../i18n/ticket-words';
import { formValue } from './form-values';
import { FORM_WORDS } from './form-words';

/** A list on a form (处理记录, 督办记录, 维护产品) as a table under the form's own column headings. */
export function FormTable({
  path,
  caption,
  columns,
  rows,
  yesNo,
}: {
  path: string;
  caption: string;
  columns: [string, string][];
  rows: Record<string, unknown>[];
  yesNo: { yes: string; no: string };
}) {
  const { language } = useLanguage();
  const cell = (key: string, value: unknown) => {
    const words = FORM_WORDS[`${path}.${key}`];
    return words ? word(words, value as string, language) : formValue(value, yesNo);
  };
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
              <td
                key={key}
                className={/^\d{4}-\d{2}-\d{2}T/.test(String(row[key])) ? 'form-time' : undefined}
              >
                {cell(key, row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
