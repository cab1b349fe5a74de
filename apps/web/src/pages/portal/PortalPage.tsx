import { Alert, App, Button, Flex, Form, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { WriteResult } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { LiveIndicator } from '../../live/LiveIndicator';
import { useDebounced } from '../../live/use-debounced';
import { useEventStream } from '../../live/use-event-stream';
import { STATUS_WORDS, TICKET_STATUSES, word } from '../../i18n/ticket-words';
import { ConfirmFixModal } from './ConfirmFixModal';
import { PORTAL } from './portal.messages';
import type { PortalTicket } from './portal-types';
import { PortalTicketTable } from './PortalTicketTable';
import { ReportFaultCard, type ReportedFault } from './ReportFaultCard';
import { usePortalTickets, useToConfirmCount } from './use-portal-tickets';

/**
 * /portal, for a customer contact: its organisation's tickets (the API scopes them), a fault
 * report, and its answer on each fix (confirm, or not fixed with a reason); rating on the ticket page.
 */
export function PortalPage() {
  const t = useT(PORTAL);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const { user } = useSession();
  const organisation = useApi<{ name: string }>(
    user?.customerId ? `/api/customers/${user.customerId}` : null,
  );
  const [status, setStatus] = useState<string | undefined>();
  const [after, setAfter] = useState<string>();
  const [reporting, setReporting] = useState(false);
  const [answering, setAnswering] = useState<{ ticket: PortalTicket; confirmed: boolean } | null>(null);
  const [reported, setReported] = useState<ReportedFault | null>(null);
  const [answered, setAnswered] = useState<{ ticket: PortalTicket; confirmed: boolean } | null>(null);
  const [round, setRound] = useState(0);
  const list = usePortalTickets(status, after, round);
  const toConfirm = useToConfirmCount(after, round);

  // Live: a change to one of the organisation's tickets (the stream sends a customer only those)
  // reloads the list once it shows that change; after a lost connection, everything again.
  const seen = useRef<string | undefined>(undefined);
  const reloadSoon = useDebounced(() => setAfter(seen.current), 300);
  const live = useEventStream({
    ticket: (event) => {
      seen.current = event.position;
      reloadSoon();
    },
    reconnected: () => setRound((r) => r + 1),
  });

  const onAnswered = (result: WriteResult, confirmed: boolean) => {
    if (!answering) return;
    void message.success(t(confirmed ? 'confirmed' : 'rejected', { serviceNo: answering.ticket.serviceNo }));
    setAnswered({ ticket: answering.ticket, confirmed });
    setAnswering(null);
    setAfter(result.position);
  };

  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t('title')}
          </Typography.Title>
          {organisation.data && <Typography.Text strong>{organisation.data.name}</Typography.Text>}
          <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        </div>
        <Button type="primary" size="large" onClick={() => setReporting((r) => !r)} aria-expanded={reporting}>
          {reporting ? t('hideReport') : t('report')}
        </Button>
      </Flex>
      {reporting && (
        <ReportFaultCard
          onReported={(fault) => {
            setReporting(false);
            setReported(fault);
            setStatus(undefined);
            setAfter(fault.position);
          }}
        />
      )}
      {reported && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setReported(null)}
          style={{ marginBottom: 16 }}
          title={t('reported', { serviceNo: reported.serviceNo })}
          action={<Link to={`/tickets/${reported.id}`}>{t('details')}</Link>}
        />
      )}
      {answered?.confirmed && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setAnswered(null)}
          style={{ marginBottom: 16 }}
          title={t('confirmed', { serviceNo: answered.ticket.serviceNo })}
          action={<Link to={`/tickets/${answered.ticket.id}`}>{t('survey')}</Link>}
        />
      )}
      {toConfirm > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('toConfirm', { count: toConfirm })}
          action={
            <Button size="small" onClick={() => setStatus('resolved')}>
              {t('onlyToConfirm')}
            </Button>
          }
        />
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={t('statusFilter')} htmlFor="portal-status">
            <Select
              id="portal-status"
              allowClear
              style={{ width: 200 }}
              placeholder={t('all')}
              value={status}
              onChange={(v?: string) => setStatus(v)}
              options={TICKET_STATUSES.map((s) => ({ value: s, label: word(STATUS_WORDS, s, language) }))}
            />
          </Form.Item>
        </Form>
        <LiveIndicator status={live} />
      </Flex>
      <ProblemAlert error={list.error} />
      <PortalTicketTable
        tickets={list.tickets}
        loading={list.loading}
        onAnswer={(ticket, confirmed) => setAnswering({ ticket, confirmed })}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('count', { count: list.tickets.length })}</Typography.Text>
        {list.hasMore && (
          <Button onClick={list.loadMore} loading={list.loading}>
            {t('more')}
          </Button>
        )}
      </Space>
      {answering && (
        <ConfirmFixModal
          ticket={answering.ticket}
          confirmed={answering.confirmed}
          onDone={onAnswered}
          onCancel={() => setAnswering(null)}
        />
      )}
    </>
  );
}
