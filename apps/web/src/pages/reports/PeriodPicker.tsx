import { DatePicker, Form, Segmented } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n/language';
import type { PeriodKind } from './period';
import { REPORTS_MESSAGES } from './reports.messages';

/** Month / quarter / year, and which one: two labelled controls for a report's period. */
export function PeriodPicker({
  id,
  kinds = ['month', 'quarter', 'year'],
  kind,
  date,
  onChange,
}: {
  id: string;
  kinds?: PeriodKind[];
  kind: PeriodKind;
  date: Dayjs;
  onChange: (kind: PeriodKind, date: Dayjs) => void;
}) {
  const t = useT(REPORTS_MESSAGES);
  return (
    <>
      <Form.Item label={t('periodKind')}>
        <Segmented<PeriodKind>
          aria-label={t('periodKind')}
          value={kind}
          options={kinds.map((k) => ({ value: k, label: t(`periodKind.${k}`) }))}
          onChange={(k) => onChange(k, date)}
        />
      </Form.Item>
      <Form.Item label={t('period')} htmlFor={id}>
        <DatePicker
          id={id}
          picker={kind}
          value={date}
          allowClear={false}
          onChange={(d) => d && onChange(kind, d)}
        />
      </Form.Item>
    </>
  );
}
