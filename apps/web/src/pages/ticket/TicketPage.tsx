import { Alert, Button, Card, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LiveIndicator } from '../../live/LiveIndicator';
import { useLanguage, useT } from '../../i18n/language';
import { TicketActions } from './actions/TicketActions';
import { AsOfBar } from './AsOfBar';
import { formatInstant } from '../../components/format-instant';
import { TicketHeader } from './TicketHeader';
import { TicketRefused } from './TicketRefused';
import { TicketTimeline } from './TicketTimeline';
import { TICKET_MESSAGES } from './ticket.messages';
import type { Timeline, TicketView } from './ticket-types';
import { useNames } from './use-names';
import { useTicketLive } from './use-ticket-live';

/**
 * /tickets/:id — one ticket for every role: its facts and SLA timers, what the user may do now,
 * every event, and the ticket as it stood at any past instant.
 */
export function TicketPage() {
  const { id = '' } = useParams();
  const t = useT(TICKET_MESSAGES);
  const { language } = useLanguage();
  const [after, setAfter] = useState<string>();
  const [asOfAt, setAsOfAt] = useState<string | null>(null);
  const suffix = after ? `?after=${after}` : '';
  const ticket = useApi<TicketView>(`/api/tickets/${id}${suffix}`);
  const timeline = useApi<Timeline>(`/api/tickets/${id}/timeline${suffix}`);
  const name = useNames(timeline.data?.items.filter((e) => e.actor.role !== 'system').map((e) => e.actor.id));
  const asOf = useApi<TicketView>(
    asOfAt ? `/api/tickets/${id}/as-of?at=${encodeURIComponent(asOfAt)}` : null,
  );
  const reloadTicket = ticket.reload;
  const reloadTimeline = timeline.reload;
  const reload = useCallback(() => {
    reloadTicket();
    reloadTimeline();
  }, [reloadTicket, reloadTimeline]);
  // The latest position seen: a write's answer or a live event, never going back.
  const moved = useCallback(
    (position: string) => setAfter((seen) => (seen && BigInt(seen) >= BigInt(position) ? seen : position)),
    [],
  );
  const live = useTicketLive(id, moved, reload, !(ticket.error && !ticket.data));

  if (ticket.error && !ticket.data) return <TicketRefused error={ticket.error} />;
  if (!ticket.data)
    return (
      <Spin tip={t('loading')}>
        <div style={{ minHeight: 160 }} />
      </Spin>
    );

  const shown = asOfAt ? asOf.data : ticket.data;
  const notYet = asOfAt && asOf.error instanceof ApiError && asOf.error.status === 404;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('title', { serviceNo: ticket.data.serviceNo })}
        </Typography.Title>
        <Space>
          <LiveIndicator status={live} />
          <Button onClick={reload} autoInsertSpace={false}>
            {t('reload')}
          </Button>
        </Space>
      </Space>
      {ticket.error && <ProblemAlert error={ticket.error} />}
      {asOfAt && (
        <Alert
          type="warning"
          showIcon
          title={t('asOfBanner', { time: formatInstant(asOfAt, language) })}
          action={
            <Button size="small" onClick={() => setAsOfAt(null)} autoInsertSpace={false}>
              {t('asOfNow')}
            </Button>
          }
        />
      )}
      {notYet ? (
        <Alert type="info" showIcon title={t('asOfNotYet')} />
      ) : asOfAt && asOf.error ? (
        <ProblemAlert error={asOf.error} />
      ) : shown ? (
        <div data-testid={asOfAt ? 'ticket-as-of' : 'ticket-now'}>
          <TicketHeader ticket={shown} asOf={Boolean(asOfAt)} name={name} />
        </div>
      ) : (
        <Spin />
      )}
      {!asOfAt && <TicketActions ticket={ticket.data} onDone={moved} onRefused={reload} />}
      <AsOfBar events={timeline.data?.items ?? []} at={asOfAt} onChange={setAsOfAt} />
      <Card title={t('timeline')} size="small">
        {timeline.error && <ProblemAlert error={timeline.error} />}
        <TicketTimeline
          items={timeline.data?.items ?? []}
          loading={timeline.loading}
          name={name}
          asOf={asOfAt}
        />
      </Card>
    </Space>
  );
}
