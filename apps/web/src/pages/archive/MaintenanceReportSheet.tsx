import { useLanguage, useT } from '../../i18n/language';
import {
  ESCALATION_REASON_WORDS,
  SATISFACTION_ITEM_WORDS,
  SATISFACTION_ITEMS,
  SEVERITY_WORDS,
  SLA_STATE_WORDS,
  STATUS_WORDS,
  TIMER_WORDS,
  word,
} from '../../i18n/ticket-words';
import { percent, score } from '../reports/report-format';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { MaintenanceReport } from './archive-types';
import { formValue } from './form-values';
import { ServiceVisits } from './ServiceVisits';

const TIMERS = ['response', 'onSite', 'resolution'] as const;

/** The customer's monthly or quarterly maintenance report (月度/季度维护报告), laid out for A4. */
export function MaintenanceReportSheet({ report }: { report: MaintenanceReport }) {
  const t = useT(ARCHIVE_MESSAGES);
  const { language } = useLanguage();
  const yesNo = { yes: t('yes'), no: t('no') };
  const time = (iso: string | null | undefined) => formValue(iso, yesNo);
  const none = (count: number, span: number) =>
    count === 0 && (
      <tr>
        <td colSpan={span}>{t('none')}</td>
      </tr>
    );
  const sat = report.satisfaction;
  const answered = SATISFACTION_ITEMS.filter(
    (item) => sat?.tickets.items[item] != null || sat?.phases?.items[item] != null,
  );
  return (
    <article className="maintenance-report" aria-label={t(`kind.${report.kind}`)}>
      <h1>
        {t('reportTitle', {
          customer: report.customer.name,
          period: report.period.name,
          kind: t(`kind.${report.kind}`),
        })}
      </h1>
      <p className="report-meta">
        {t('periodRange', {
          from: time(report.period.from),
          to: time(report.period.to),
          zone: report.period.timeZone,
        })}
        <br />
        {t('generatedAt', { time: time(report.asOf) })}
      </p>

      <h2>{t('section.summary')}</h2>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t('tickets')}</th>
            <td>{report.sla.tickets}</td>
            <th scope="row">{t('breached')}</th>
            <td>{report.sla.breaches.tickets}</td>
          </tr>
          {TIMERS.map((timer) => (
            <tr key={timer}>
              <th scope="row">{t('withinTarget', { timer: word(TIMER_WORDS, timer, language) })}</th>
              <td colSpan={3}>
                {percent(report.sla.withinTarget[timer].share)} ({report.sla.withinTarget[timer].met}/
                {report.sla.withinTarget[timer].judged})
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('escalations')}</th>
            <td>{report.sla.escalations.total}</td>
            <th scope="row">{t('complaints')}</th>
            <td>{report.sla.complaints}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t('section.tickets')}</h2>
      <table className="report-tickets">
        <thead>
          <tr>
            <th>{t('serviceNo')}</th>
            <th>{t('description')}</th>
            <th>{t('cause')}</th>
            <th>{t('measures')}</th>
            <th>{t('resolution')}</th>
            <th>{t('sla')}</th>
          </tr>
        </thead>
        <tbody>
          {none(report.tickets.length, 6)}
          {report.tickets.map((ticket) => (
            <tr key={ticket.ticketId}>
              <td className="nowrap">
                {ticket.serviceNo}
                <br />
                {time(ticket.reportedAt)}
                <br />
                {word(SEVERITY_WORDS, ticket.severity, language)}
              </td>
              <td>{ticket.description}</td>
              <td>{ticket.cause}</td>
              <td>{ticket.measures}</td>
              <td>
                {ticket.resolution}
                <br />
                {word(STATUS_WORDS, ticket.status, language)}
              </td>
              <td className="nowrap">
                {TIMERS.filter((timer) => ticket.sla[timer] !== 'not_started').map((timer) => (
                  <div key={timer}>
                    {word(TIMER_WORDS, timer, language)}：{word(SLA_STATE_WORDS, ticket.sla[timer], language)}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('section.escalations')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('serviceNo')}</th>
            <th>{t('at')}</th>
            <th>{t('level')}</th>
            <th>{t('reason')}</th>
            <th>{t('how')}</th>
            <th>{t('note')}</th>
          </tr>
        </thead>
        <tbody>
          {none(report.escalations.length, 6)}
          {report.escalations.map((e, i) => (
            <tr key={i}>
              <td>{e.serviceNo}</td>
              <td>{time(e.at)}</td>
              <td>{e.level}</td>
              <td>{word(ESCALATION_REASON_WORDS, e.reason, language)}</td>
              <td>{e.automatic ? t('automatic') : t('manual')}</td>
              <td>{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ServiceVisits report={report} />

      <h2>{t('section.satisfaction')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('item')}</th>
            <th>{t('ticketSurveys', { count: sat?.tickets.surveys ?? report.surveys.length })}</th>
            {sat?.phases && <th>{t('phaseSurveys', { count: sat.phases.surveys })}</th>}
          </tr>
        </thead>
        <tbody>
          {none(answered.length, sat?.phases ? 3 : 2)}
          {answered.map((item) => (
            <tr key={item}>
              <th scope="row">{SATISFACTION_ITEM_WORDS[item][language]}</th>
              <td>{score(sat?.tickets.items[item])}</td>
              {sat?.phases && <td>{score(sat.phases.items[item])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {(report.phaseSurveys ?? [])
        .filter((s) => s.comments)
        .map((s) => (
          <p key={s.surveyId}>
            {t('comments')}（{time(s.surveyedAt)}，{s.respondent}）：{s.comments}
          </p>
        ))}
      <p className="report-signature">{t('signature')}</p>
    </article>
  );
}
