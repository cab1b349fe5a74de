import { PrinterOutlined } from '@ant-design/icons';
import { Button, Form, Spin } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { DownloadCsvButton } from '../reports/DownloadCsvButton';
import { parsePeriod, periodName, thisMonth } from '../reports/period';
import { PeriodPicker } from '../reports/PeriodPicker';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { MaintenanceReport } from './archive-types';
import { MaintenanceReportSheet } from './MaintenanceReportSheet';

/** Picks a month or quarter and shows the customer's maintenance report, ready to print. */
export function MaintenanceReportTab({
  customerId,
  period,
  onPeriod,
}: {
  customerId: string;
  period: string | null;
  onPeriod: (period: string) => void;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  const picked = parsePeriod(period);
  const kind = picked?.kind === 'quarter' ? 'quarter' : 'month';
  const date = picked?.date ?? thisMonth();
  const name = periodName(kind, date);
  const path = `/api/reports/maintenance?customer=${customerId}&period=${name}`;
  const { data, error, loading } = useApi<MaintenanceReport>(path);
  return (
    <>
      <Form layout="inline" className="no-print" style={{ marginBottom: 16, rowGap: 8 }}>
        <PeriodPicker
          id="maintenance-period"
          kinds={['month', 'quarter']}
          kind={kind}
          date={date}
          onChange={(k, d) => onPeriod(periodName(k, d))}
        />
        <Form.Item>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!data}>
            {t('print')}
          </Button>
        </Form.Item>
        <Form.Item>
          <DownloadCsvButton path={path} filename={`maintenance-${name}.csv`} />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
      <Spin spinning={loading}>{data && <MaintenanceReportSheet report={data} />}</Spin>
    </>
  );
}
