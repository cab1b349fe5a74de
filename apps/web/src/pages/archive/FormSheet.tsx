import { useLanguage, useT } from '../../i18n/language';
import { word } from '../../i18n/ticket-words';
import { FORM_WORDS } from './form-words';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { FormData } from './archive-types';
import { childLabels, formValue, isRecord, isRecordList, topLabels } from './form-values';
import { FormTable } from './FormTable';

/**
 * One form for printing on A4, laid out from its data: the form's Chinese heading, then each field
 * under its own label (`labels`); a list becomes a table, a group of fields a nested block.
 */
export function FormSheet({ form }: { form: FormData }) {
  const t = useT(ARCHIVE_MESSAGES);
  const { language } = useLanguage();
  const yesNo = { yes: t('yes'), no: t('no') };
  return (
    <article className="form-sheet" aria-label={form.title}>
      <h1 className="form-sheet-title">{form.title}</h1>
      {language === 'en' && <p className="form-sheet-subtitle">{form.titleEn}</p>}
      <table className="form-sheet-grid">
        <tbody>
          {topLabels(form.labels).map(([key, label]) => {
            const value = form[key];
            const children = childLabels(form.labels, key);
            if (children.length > 0 && isRecordList(value)) {
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>
                    <FormTable path={key} caption={label} columns={children} rows={value} yesNo={yesNo} />
                  </td>
                </tr>
              );
            }
            if (children.length > 0 && isRecord(value)) {
              return (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td className="form-sheet-nested">
                    <table>
                      <tbody>
                        {children.map(([child, childLabel]) => (
                          <tr key={child}>
                            <th scope="row">{childLabel}</th>
                            <td>{formValue(value[child], yesNo)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </td>
                </tr>
              );
            }
            return (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  {FORM_WORDS[key] && typeof value === 'string'
                    ? word(FORM_WORDS[key], value, language)
                    : formValue(value, yesNo)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
