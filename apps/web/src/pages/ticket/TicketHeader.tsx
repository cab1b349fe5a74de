import { Descriptions, Space, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useLanguage, useT } from '../../i18n/language';
import {
  CHANNEL_WORDS,
  ESCALATION_REASON_WORDS,
  KIND_WORDS,
  SEVERITY_WORDS,
  STATUS_WORDS,
  URGENCY_WORDS,
  WARRANTY_WORDS,
  word,
} from '../../i18n/ticket-words';
import { formatInstant } from '../../components/format-instant';
import { SlaTimers } from './SlaTimers';
import { TICKET_MESSAGES } from './ticket.messages';
import type { TicketView } from './ticket-types';

/** The ticket's facts: number, status, severity, customer, product, reporter, people, times, SLA. */
export function TicketHeader({
  ticket,
  asOf,
  name,
}: {
  ticket: TicketView;
  asOf: boolean;
  name: (id: string | undefined, role?: string) => string;
}) {
  const t = useT(TICKET_MESSAGES);
  const { language } = useLanguage();
  const customer = useApi<{ name: string }>(`/api/customers/${ticket.customerId}`);
  const contract = useApi<{ name: string }>(`/api/contracts/${ticket.contractId}`);
  const { reporter, resolution } = ticket;
  const when = (iso?: string) => formatInstant(iso, language);
  const items = [
    {
      key: 'status',
      label: t('status'),
      children: (
        <Tag color={ticket.status === 'closed' ? 'default' : 'blue'} data-testid="ticket-status">
          {word(STATUS_WORDS, ticket.status, language)}
        </Tag>
      ),
    },
    { key: 'severity', label: t('severity'), children: word(SEVERITY_WORDS, ticket.severity, language) },
    { key: 'kind', label: t('kind'), children: word(KIND_WORDS, ticket.kind, language) },
    { key: 'urgency', label: t('urgency'), children: word(URGENCY_WORDS, ticket.urgency, language) },
    {
      key: 'warranty',
      label: t('warranty'),
      children: `${word(WARRANTY_WORDS, ticket.warranty, language)} · ${t('warrantyUntil', { date: ticket.warrantyUntil })}`,
    },
    { key: 'channel', label: t('channel'), children: word(CHANNEL_WORDS, ticket.channel, language) },
    { key: 'customer', label: t('customer'), children: customer.data?.name ?? ticket.customerId.slice(0, 8) },
    { key: 'contract', label: t('contract'), children: contract.data?.name ?? ticket.contractId.slice(0, 8) },
    {
      key: 'product',
      label: t('product'),
      children: [ticket.product.name, ticket.product.version].filter(Boolean).join(' '),
    },
    {
      key: 'reporter',
      label: t('reporter'),
      children: [reporter.name, reporter.phone, reporter.email, reporter.fax].filter(Boolean).join(' · '),
    },
    {
      key: 'reportedAt',
      label: t('reportedAt'),
      children: (
        <>
          {when(ticket.reportedAt)}
          {ticket.originalReportedAt && (
            <Typography.Text type="secondary">
              {' '}
              ({t('originalReportedAt', { time: when(ticket.originalReportedAt) })})
            </Typography.Text>
          )}
        </>
      ),
    },
    { key: 'recordedAt', label: t('recordedAt'), children: when(ticket.recordedAt) },
    { key: 'takenBy', label: t('takenBy'), children: name(ticket.takenBy) },
    {
      key: 'assignee',
      label: t('assignee'),
      children: ticket.assigneeId ? name(ticket.assigneeId) : t('none'),
    },
    {
      key: 'engineers',
      label: t('engineers'),
      span: 2,
      children: ticket.engineers.length
        ? ticket.engineers.map((id) => name(id, 'engineer')).join('、')
        : t('none'),
    },
    { key: 'description', label: t('description'), span: 'filled' as const, children: ticket.description },
    {
      key: 'timers',
      label: t('timers'),
      span: 'filled' as const,
      children: <SlaTimers ticket={ticket} asOf={asOf} />,
    },
  ];
  if (ticket.escalations.length > 0) {
    items.push({
      key: 'escalations',
      label: t('escalations'),
      span: 'filled' as const,
      children: (
        <Space orientation="vertical" size={0}>
          {ticket.escalations.map((e, i) => (
            <span key={i}>
              {e.level === 2 ? t('escalationLevel2') : t('escalationLevel1')} ·{' '}
              {word(ESCALATION_REASON_WORDS, e.reason, language)}
              {e.automatic ? ` · ${t('automatic')}` : ''}
              {e.note ? ` · ${e.note}` : ''}
            </span>
          ))}
        </Space>
      ),
    });
  }
  if (resolution) {
    items.push({
      key: 'resolution',
      label: t('resolution'),
      span: 'filled' as const,
      children: (
        <Space orientation="vertical" size={0}>
          <span>{`${t('cause')}：${resolution.cause}`}</span>
          <span>{`${t('measures')}：${resolution.measures}`}</span>
          <span>{`${t('resolution')}：${resolution.resolution}`}</span>
          <span>{`${t('category')}：${resolution.category}`}</span>
        </Space>
      ),
    });
  }
  return (
    <Descriptions
      bordered
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' } }}
      column={{ xs: 1, md: 2, xl: 3 }}
      items={items}
    />
  );
}
