import { INSPECTION_FINDINGS, REVISIT_ANSWERS } from '@domain';
import { useT } from '../../i18n/language';
import { PlanStatusTag } from '../reports/PlanStatusTag';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { MaintenanceReport } from './archive-types';
import { formValue } from './form-values';

/** The maintenance report's inspections (四、巡检记录) and revisits (五、回访记录) with what was found. */
export function ServiceVisits({ report }: { report: MaintenanceReport }) {
  const t = useT(ARCHIVE_MESSAGES);
  const time = (iso: string | undefined) => formValue(iso, { yes: '', no: '' });
  const inspections = report.inspections ?? [];
  const revisits = report.revisits ?? [];
  return (
    <>
      <h2>{t('section.inspections')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('inspectionPeriod')}</th>
            <th>{t('contract')}</th>
            <th>{t('planStatus')}</th>
            <th>{t('doneAt')}</th>
            <th>{t('findings')}</th>
          </tr>
        </thead>
        <tbody>
          {inspections.length === 0 && (
            <tr>
              <td colSpan={5}>{t('none')}</td>
            </tr>
          )}
          {inspections.map((i) => (
            <tr key={`${i.contractId}-${i.period}`}>
              <td>{i.period}</td>
              <td>{i.contract}</td>
              <td>
                <PlanStatusTag status={i.status} doneAt={i.doneAt} dueBy={i.dueBy} />
              </td>
              <td>{time(i.doneAt)}</td>
              <td>
                {INSPECTION_FINDINGS.filter((f) => i.findings?.[f]).map((f) => (
                  <div key={f}>
                    {t(`finding.${f}`)}：{i.findings?.[f]}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('section.revisits')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('revisitPeriod')}</th>
            <th>{t('contract')}</th>
            <th>{t('planStatus')}</th>
            <th>{t('doneAt')}</th>
            <th>{t('contact')}</th>
            <th>{t('answers')}</th>
          </tr>
        </thead>
        <tbody>
          {revisits.length === 0 && (
            <tr>
              <td colSpan={6}>{t('none')}</td>
            </tr>
          )}
          {revisits.map((r) => (
            <tr key={`${r.contractId}-${r.period}`}>
              <td>{r.period}</td>
              <td>{r.contract}</td>
              <td>
                <PlanStatusTag status={r.status} doneAt={r.doneAt} dueBy={r.dueBy} />
              </td>
              <td>{time(r.doneAt)}</td>
              <td>{r.contactName}</td>
              <td>
                {REVISIT_ANSWERS.filter((a) => r.answers?.[a]).map((a) => (
                  <div key={a}>
                    {t(`answer.${a}`)}：{r.answers?.[a]}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
