import { Button, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ListTable } from '../../components/ListTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { serviceNoColumn } from '../../components/service-no-column';
import { StatusTag } from '../../components/StatusTag';
import { useLanguage, useT } from '../../i18n/language';
import { SEVERITY_WORDS, word } from '../../i18n/ticket-words';
import { instant } from '../reports/report-format';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { ArchiveTicket, CustomerArchive } from './archive-types';

/** A customer's tickets in report-time order, page by page, each with a way to its forms. */
export function ArchiveTickets({
  customerId,
  onForms,
}: {
  customerId: string;
  onForms: (ticketId: string) => void;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  const { language } = useLanguage();
  const [tickets, setTickets] = useState<ArchiveTicket[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error>();
  const [months, setMonths] = useState<[Dayjs, Dayjs] | null>(null);
  const range = months
    ? `&from=${encodeURIComponent(months[0].startOf('month').format())}&to=${encodeURIComponent(
        months[1].add(1, 'month').startOf('month').format(),
      )}`
    : '';
  const load = (after: string | null, replace: boolean) => {
    setLoading(true);
    const path = `/api/archive/customers/${customerId}?limit=50${range}${after ? `&cursor=${encodeURIComponent(after)}` : ''}`;
    return api.get<CustomerArchive>(path).then(
      (page) => {
        setTickets((old) => (replace ? page.tickets : [...old, ...page.tickets]));
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (e: Error) => {
        setError(e);
        setLoading(false);
      },
    );
  };
  useEffect(() => {
    setTickets([]);
    setError(undefined);
    void load(null, true);
  }, [customerId, range]);
  return (
    <>
      <Form layout="inline" className="no-print" style={{ marginBottom: 12 }}>
        <Form.Item label={t('reportedIn')} htmlFor="archive-months">
          <DatePicker.RangePicker
            id={{ start: 'archive-months' }}
            picker="month"
            value={months}
            onChange={(value) => setMonths(value && value[0] && value[1] ? [value[0], value[1]] : null)}
            placeholder={[t('fromMonth'), t('toMonth')]}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} />
      <ListTable<ArchiveTicket>
        rowKey="id"
        loading={loading}
        dataSource={tickets}
        empty={t('noTickets')}
        scroll={{ x: 'max-content' }}
        columns={[
          serviceNoColumn(t('serviceNo')),
          { title: t('reportedAt'), dataIndex: 'reportedAt', render: (v: string) => instant(v, language) },
          {
            title: t('severity'),
            dataIndex: 'severity',
            render: (v: number) => word(SEVERITY_WORDS, v, language),
          },
          {
            title: t('status'),
            dataIndex: 'status',
            render: (v: string) => <StatusTag status={v} />,
          },
          { title: t('contract'), dataIndex: 'contractName' },
          { title: t('description'), dataIndex: 'description', ellipsis: true, width: 320 },
          { title: t('escalations'), key: 'esc', align: 'right', render: (_, r) => r.escalations.length },
          { title: t('surveys'), key: 'surveys', align: 'right', render: (_, r) => r.surveys.length },
          {
            title: t('forms'),
            key: 'forms',
            render: (_, r) => (
              <Button
                size="small"
                onClick={() => onForms(r.id)}
                aria-label={`${t('openForms')} ${r.serviceNo}`}
              >
                {t('openForms')}
              </Button>
            ),
          },
        ]}
      />
      {cursor && (
        <Button style={{ marginTop: 12 }} loading={loading} onClick={() => void load(cursor, false)}>
          {t('more')}
        </Button>
      )}
    </>
  );
}
