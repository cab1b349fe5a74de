import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import type { DeskNotification } from '../../live/live-events';
import { LiveIndicator } from '../../live/LiveIndicator';
import { useDebounced } from '../../live/use-debounced';
import { useEventStream } from '../../live/use-event-stream';
import { BOARD } from './board.messages';
import { filtersOf, queryOf, ticketsPath, type BoardFilters } from './board-filters';
import { byUrgency } from './board-ticket';
import { FilterBar } from './FilterBar';
import { NotificationBell } from './NotificationBell';
import { TicketTable } from './TicketTable';
import { useTicketPages } from './use-ticket-pages';

/**
 * 服务台: the open tickets with live SLA countdowns, most urgent first; filters kept in the URL;
 * reloaded (debounced) whenever the live feed reports a ticket event; notifications pop up.
 */
export function BoardPage() {
  const t = useT(BOARD);
  const { language } = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const { notification } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const me = user?.id ?? '';
  const pathFor = useCallback(
    (limit: number, cursor?: string) => ticketsPath(filters, me, limit, cursor),
    [filters, me],
  );
  // "Most urgent first" orders what was read: read a larger first page so an older breached ticket is in it.
  const pageSize = filters.sort === 'urgent' ? 200 : 50;
  const { items, nextCursor, loading, error, reload, loadMore } = useTicketPages(pathFor, pageSize);
  const [notified, setNotified] = useState(0);

  // The furthest position the live feed reported: the reload waits for the read models to reach it.
  const reached = useRef<bigint>(undefined);
  const reloadSoon = useDebounced(() => reload(reached.current?.toString()), 300);
  const live = useEventStream({
    ticket: (event) => {
      const position = BigInt(event.position);
      if (reached.current === undefined || position > reached.current) reached.current = position;
      reloadSoon();
    },
    reconnected: reloadSoon,
    notification: (n: DeskNotification) => {
      notification.warning({
        title: t('notifications'),
        description: n.text[language],
        placement: 'topRight',
      });
      setNotified((r) => r + 1);
    },
  });

  const shown = useMemo(() => {
    return filters.sort === 'urgent' ? [...items].sort(byUrgency) : items;
  }, [items, filters]);

  // The filters just chosen show at once, while the router moves the URL (in a transition).
  const [pending, setPending] = useState<BoardFilters>();
  useEffect(() => setPending(undefined), [filters]);
  const change = (next: BoardFilters) => {
    setPending(next);
    setParams(queryOf(next), { replace: true });
  };
  const readOnly = user?.role === 'auditor';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space size="large" align="center">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <LiveIndicator status={live} />
        </Space>
        <Space>
          <NotificationBell round={notified} />
          {!readOnly && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/new-fault')}>
              {t('newFault')}
            </Button>
          )}
        </Space>
      </Flex>
      {readOnly && <Alert type="info" showIcon title={t('readOnly')} />}
      <FilterBar filters={pending ?? filters} onChange={change} />
      <ProblemAlert error={error} />
      <TicketTable items={shown} loading={loading && items.length === 0} />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" role="status">
          {t('shown', { count: shown.length })}
        </Typography.Text>
        {nextCursor && (
          <Button onClick={() => void loadMore()} loading={loading}>
            {t('loadMore')}
          </Button>
        )}
      </Flex>
    </Space>
  );
}
