import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useLanguage, useT } from '../../i18n/language';
import type { DeskNotification } from '../../live/live-events';
import { BOARD } from './board.messages';

interface Props {
  /** Bumped when a notification arrives live, to read the list again. */
  round: number;
}

/** The user's unread notifications (SLA warnings, escalations, complaints) as a badge with a list. */
export function NotificationBell({ round }: Props) {
  const t = useT(BOARD);
  const { language } = useLanguage();
  // After a read mark, the list is read as of that write (?after), so the item is gone for sure.
  const [after, setAfter] = useState<string>();
  const { data, error, reload } = useApi<{ items: DeskNotification[] }>(
    `/api/notifications?unread=true&limit=20${after ? `&after=${after}` : ''}`,
  );
  useEffect(() => {
    if (round > 0) reload();
  }, [round, reload]);
  const items = data?.items ?? [];
  if (error && !data) return null; // a role without notifications
  const markRead = async (id: string) => {
    const { position } = await api.post(`/api/notifications/${encodeURIComponent(id)}/read`, {});
    if (position === after) reload();
    else setAfter(position);
  };
  const list = (
    <List
      style={{ width: 420, maxHeight: 420, overflow: 'auto' }}
      size="small"
      locale={{ emptyText: t('noNotifications') }}
      dataSource={items}
      renderItem={(n) => (
        <List.Item
          actions={[
            <Button key="read" size="small" type="link" onClick={() => void markRead(n.id)}>
              {t('markRead')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={
              n.ticketId ? <Link to={`/tickets/${n.ticketId}`}>{n.text[language]}</Link> : n.text[language]
            }
            description={new Date(n.createdAt).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB')}
          />
        </List.Item>
      )}
    />
  );
  return (
    <Popover content={list} title={t('notifications')} trigger="click" placement="bottomRight">
      <Button
        icon={
          <Badge count={items.length} size="small" offset={[4, -2]}>
            <BellOutlined />
          </Badge>
        }
        aria-label={`${t('notifications')}: ${t('unread', { count: items.length })}`}
      >
        {t('notifications')}
      </Button>
    </Popover>
  );
}
