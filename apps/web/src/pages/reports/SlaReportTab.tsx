import { Form, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { useLanguage, useT } from '../../i18n/language';
import { DownloadCsvButton } from './DownloadCsvButton';
import { parsePeriod, periodName, thisMonth, type PeriodKind } from './period';
import { PeriodPicker } from './PeriodPicker';
import { instant } from './report-format';
import type { SlaReport } from './report-types';
import { ReportBody } from './ReportBody';
import { REPORTS_MESSAGES } from './reports.messages';
import { SlaCharts } from './SlaCharts';
import { SlaFiguresTable } from './SlaFiguresTable';
import { SlaSummary } from './SlaSummary';

const GROUPINGS = ['none', 'customer', 'contract', 'severity', 'engineer', 'warranty', 'month'] as const;
type Grouping = (typeof GROUPINGS)[number];

/** SLA compliance for a month, quarter or year, optionally grouped; charts, figures and CSV. */
export function SlaReportTab() {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const picked = parsePeriod(params.get('period')) ?? { kind: 'month' as PeriodKind, date: thisMonth() };
  const { kind, date } = picked;
  const groupBy: Grouping = GROUPINGS.find((g) => g === params.get('groupBy')) ?? 'none';
  const period = periodName(kind, date);
  const show = (next: { period?: string; groupBy?: Grouping }) =>
    setParams(
      (p) => {
        const copy = new URLSearchParams(p);
        if (next.period) copy.set('period', next.period);
        if (next.groupBy) copy.set('groupBy', next.groupBy);
        return copy;
      },
      { replace: true },
    );
  const path = `/api/reports/sla?period=${period}${groupBy === 'none' ? '' : `&groupBy=${groupBy}`}`;
  const report = useApi<SlaReport>(path);
  return (
    <>
      <Form layout="inline" className="no-print" style={{ marginBottom: 16, rowGap: 8 }}>
        <PeriodPicker
          id="sla-period"
          kind={kind}
          date={date}
          onChange={(k, d) => show({ period: periodName(k, d) })}
        />
        <Form.Item label={t('groupBy')} htmlFor="sla-group-by">
          <Select<Grouping>
            id="sla-group-by"
            style={{ width: 140 }}
            value={groupBy}
            onChange={(g) => show({ groupBy: g })}
            options={GROUPINGS.map((g) => ({ value: g, label: t(`groupBy.${g}`) }))}
          />
        </Form.Item>
        <Form.Item>
          <DownloadCsvButton
            path={path}
            filename={`sla-${period}${groupBy === 'none' ? '' : `-${groupBy}`}.csv`}
          />
        </Form.Item>
      </Form>
      <ReportBody report={report}>
        {(data) => (
          <>
            <Typography.Text type="secondary">
              {t('periodRange', {
                from: instant(data.period.from, language),
                to: instant(data.period.to, language),
                zone: data.period.timeZone,
              })}
              {' · '}
              {t('asOf', { time: instant(data.asOf, language) })}
              {data.phaseSurveys ? ` · ${t('phaseSurveys', { count: data.phaseSurveys.surveys })}` : ''}
            </Typography.Text>
            <SlaSummary figures={data.total} />
            <SlaCharts figures={data.total} groups={data.groups ?? []} phaseSurveys={data.phaseSurveys} />
            <Typography.Title level={4}>{t('figures')}</Typography.Title>
            <SlaFiguresTable report={data} />
          </>
        )}
      </ReportBody>
    </>
  );
}
