import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../auth/session';
import { useT } from '../../../i18n/language';
import { TICKET_MESSAGES } from '../ticket.messages';
import type { TicketView } from '../ticket-types';
import { ACTION_MESSAGES } from './actions.messages';
import { ActionModal } from './ActionModal';
import { actionsFor, type TicketAction } from './ticket-actions';

type ActionKey = `action.${string}` & keyof (typeof ACTION_MESSAGES)['zh'];

/** The buttons of what this user may do to the ticket now; each opens its form. */
export function TicketActions({
  ticket,
  onDone,
  onRefused,
}: {
  ticket: TicketView;
  onDone: (position: string) => void;
  onRefused: () => void;
}) {
  const t = useT(ACTION_MESSAGES);
  const tt = useT(TICKET_MESSAGES);
  const { user } = useSession();
  const [open, setOpen] = useState<TicketAction>();
  if (!user) return null;
  const actions = actionsFor(user.role, ticket.status);
  return (
    <Card title={tt('actions')} size="small" style={{ marginBottom: 16 }}>
      {actions.length === 0 ? (
        <Typography.Text type="secondary">{tt('noActions')}</Typography.Text>
      ) : (
        <Space wrap>
          {actions.map((action, i) => (
            <Button
              key={action.key}
              type={i === 0 ? 'primary' : 'default'}
              autoInsertSpace={false}
              onClick={() => setOpen(action)}
            >
              {t(`action.${action.key}` as ActionKey)}
            </Button>
          ))}
        </Space>
      )}
      {open && (
        <ActionModal
          action={open}
          ticket={ticket}
          onClose={() => setOpen(undefined)}
          onRefused={onRefused}
          onDone={(position) => {
            setOpen(undefined);
            onDone(position);
          }}
        />
      )}
    </Card>
  );
}
