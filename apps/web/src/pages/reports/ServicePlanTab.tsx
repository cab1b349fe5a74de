import { DatePicker, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { useT } from '../../i18n/language';
import { DownloadCsvButton } from './DownloadCsvButton';
import type { PlanTotals, ServicePlanReport } from './report-types';
import { ReportBody } from './ReportBody';
import { REPORTS_MESSAGES } from './reports.messages';
import { ServicePlanGrid } from './ServicePlanGrid';

/** Every contract's inspections per month and revisits per quarter over a range of months; CSV. */
export function ServicePlanTab() {
  const t = useT(REPORTS_MESSAGES);
  const [from, setFrom] = useState(() => dayjs().startOf('month').subtract(11, 'month'));
  const [to, setTo] = useState(() => dayjs().startOf('month'));
  const path = `/api/reports/service-plan?from=${from.format('YYYY-MM')}&to=${to.format('YYYY-MM')}`;
  const report = useApi<ServicePlanReport>(path);
  const totals = (kind: string, x: PlanTotals) => t('planTotals', { kind, ...x });
  return (
    <>
      <Form layout="inline" className="no-print" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('from')} htmlFor="plan-from">
          <DatePicker
            id="plan-from"
            picker="month"
            value={from}
            allowClear={false}
            onChange={(d) => d && setFrom(d)}
          />
        </Form.Item>
        <Form.Item label={t('to')} htmlFor="plan-to">
          <DatePicker
            id="plan-to"
            picker="month"
            value={to}
            allowClear={false}
            onChange={(d) => d && setTo(d)}
          />
        </Form.Item>
        <Form.Item>
          <DownloadCsvButton
            path={path}
            filename={`service-plan-${from.format('YYYY-MM')}-${to.format('YYYY-MM')}.csv`}
          />
        </Form.Item>
      </Form>
      <ReportBody report={report}>
        {(data) => (
          <>
            <Typography.Text strong>{totals(t('inspections'), data.totals.inspections)}</Typography.Text>
            <Typography.Text strong>{totals(t('revisits'), data.totals.revisits)}</Typography.Text>
            <ServicePlanGrid
              title={t('inspections')}
              contracts={data.contracts}
              periodsOf={(c) => c.inspections}
            />
            <ServicePlanGrid title={t('revisits')} contracts={data.contracts} periodsOf={(c) => c.revisits} />
          </>
        )}
      </ReportBody>
    </>
  );
}
