import type { TableColumnsType } from 'antd';
import { ListTable } from '../../components/ListTable';
import { serviceNoColumn } from '../../components/service-no-column';
import { SlaCountdowns } from '../../components/SlaCountdown';
import { StatusTag } from '../../components/StatusTag';
import { useLanguage, useT } from '../../i18n/language';
import { AssigneeName } from './AssigneeName';
import { BOARD } from './board.messages';
import type { BoardTicket } from './board-ticket';
import { CustomerCell } from './CustomerCell';
import { KindUrgencyTags, SeverityTag } from './TicketTags';

/** One row per ticket: number, severity, kind, customer, status, the three SLA countdowns, assignee, time. */
export function TicketTable({ items, loading }: { items: BoardTicket[]; loading: boolean }) {
  const t = useT(BOARD);
  const { language } = useLanguage();
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const columns: TableColumnsType<BoardTicket> = [
    serviceNoColumn(t('serviceNo')),
    {
      title: t('severity'),
      dataIndex: 'severity',
      width: 80,
      render: (s: number) => <SeverityTag severity={s} />,
    },
    {
      title: t('kindUrgency'),
      key: 'kind',
      width: 130,
      render: (_, ticket) => <KindUrgencyTags kind={ticket.kind} urgency={ticket.urgency} />,
    },
    {
      title: t('customer'),
      key: 'customer',
      render: (_, ticket) => <CustomerCell ticket={ticket} />,
    },
    {
      title: t('reporter'),
      key: 'reporter',
      width: 120,
      ellipsis: true,
      render: (_, ticket) => ticket.reporter.name,
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 100,
      render: (s: string) => <StatusTag status={s} />,
    },
    {
      title: t('timers'),
      key: 'sla',
      width: 250,
      render: (_, ticket) => (
        <SlaCountdowns timers={ticket.sla} names={['response', 'onSite', 'resolution']} />
      ),
    },
    {
      title: t('assignee'),
      dataIndex: 'assignee',
      width: 90,
      render: (id: string | null) => <AssigneeName id={id} />,
    },
    {
      title: t('reportedAt'),
      dataIndex: 'reportedAt',
      width: 150,
      render: (at: string) => (
        <time dateTime={at}>
          {new Date(at).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' })}
        </time>
      ),
    },
  ];
  return (
    <ListTable<BoardTicket>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 1200 }}
      empty={t('empty')}
      // A complaint (B 投诉) stands out at a glance, besides its tag.
      onRow={(ticket) => (ticket.kind === 'complaint' ? { style: { background: '#fff0f6' } } : {})}
    />
  );
}
