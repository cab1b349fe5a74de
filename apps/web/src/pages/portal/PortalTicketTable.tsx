import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { serviceNoColumn } from '../../components/service-no-column';
import { ListTable } from '../../components/ListTable';
import { SlaCountdowns } from '../../components/SlaCountdown';
import { StatusTag } from '../../components/StatusTag';
import { useLanguage, useT } from '../../i18n/language';
import { KIND_WORDS, URGENCY_WORDS, word } from '../../i18n/ticket-words';
import { BundleButton } from './BundleButton';
import { formatInstant } from '../../components/format-instant';
import { PORTAL } from './portal.messages';
import type { PortalTicket } from './portal-types';
import { TicketDetails } from './TicketDetails';

/** Statuses after a fix exists, when the customer may rate the service. */
const RATEABLE = ['resolved', 'confirmed', 'closed'];
const DONE = ['confirmed', 'closed'];

const STATUS_COLOUR: Record<string, string> = {
  resolved: 'orange',
  confirmed: 'green',
  closed: 'default',
  reopened: 'red',
};

/** The organisation's tickets: what, when, how far; a fixed one asks for the customer's answer. */
export function PortalTicketTable(props: {
  tickets: PortalTicket[];
  loading: boolean;
  onAnswer: (ticket: PortalTicket, confirmed: boolean) => void;
}) {
  const t = useT(PORTAL);
  const { language } = useLanguage();
  const columns: ColumnsType<PortalTicket> = [
    serviceNoColumn(t('serviceNo')),
    {
      title: t('reportedAt'),
      dataIndex: 'reportedAt',
      width: 170,
      render: (v: string) => formatInstant(v, language),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 150,
      render: (v: string) => (
        <Space size={4} wrap>
          <StatusTag status={v} color={STATUS_COLOUR[v] ?? 'blue'} />
          {v === 'resolved' && (
            <Tag color="volcano" style={{ fontWeight: 600 }}>
              {t('pleaseConfirm')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: `${t('urgency')} / ${t('kind')}`,
      key: 'urgency',
      width: 150,
      render: (_, ticket) => (
        <Space orientation="vertical" size={0}>
          <span>{word(URGENCY_WORDS, ticket.urgency, language)}</span>
          <span>{word(KIND_WORDS, ticket.kind, language)}</span>
        </Space>
      ),
    },
    { title: t('reporter'), key: 'reporter', width: 150, render: (_, ticket) => ticket.reporter.name },
    {
      title: t('sla'),
      key: 'sla',
      render: (_, ticket) =>
        DONE.includes(ticket.status) ? null : (
          <SlaCountdowns timers={ticket.sla} names={['response', 'resolution']} />
        ),
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 200,
      render: (_, ticket) => (
        <Space wrap size={4}>
          {ticket.status === 'resolved' && (
            <>
              <Button size="small" type="primary" onClick={() => props.onAnswer(ticket, true)}>
                {t('confirm')}
              </Button>
              <Button size="small" danger onClick={() => props.onAnswer(ticket, false)}>
                {t('reject')}
              </Button>
            </>
          )}
          {RATEABLE.includes(ticket.status) && <Link to={`/tickets/${ticket.id}`}>{t('survey')}</Link>}
        </Space>
      ),
    },
  ];
  return (
    <ListTable<PortalTicket>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.tickets}
      loading={props.loading}
      empty={t('empty')}
      expandable={{
        expandedRowRender: (ticket) => (
          <>
            <TicketDetails ticketId={ticket.id} severity={ticket.severity} />
            <BundleButton ticketId={ticket.id} serviceNo={ticket.serviceNo} />
          </>
        ),
        expandRowByClick: false,
      }}
      scroll={{ x: 1100 }}
    />
  );
}
