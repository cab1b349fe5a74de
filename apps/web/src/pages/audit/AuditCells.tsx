import { isRole } from '@domain';
import { Button, Space, Tooltip, Typography } from 'antd';
import { COMMON } from '../../i18n/common.messages';
import { useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';
import { streamKind, type AuditEntry } from './audit-types';

/** Who acted, in which role: the role in words, then the system or the person (a click filters by them). */
export function ActorCell(props: {
  actor: AuditEntry['actor'];
  names: Map<string, string>;
  onActor: (actorId: string) => void;
}) {
  const t = useT(AUDIT);
  const common = useT(COMMON);
  const { id, role } = props.actor;
  const roleWord = isRole(role) ? common(`role.${role}`) : role === 'system' ? t('role.system') : role;
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{roleWord}</Typography.Text>
      {id === 'system' ? (
        <Typography.Text type="secondary">{t('source.system')}</Typography.Text>
      ) : (
        <Tooltip title={`${t('filterByActor')} · ${id}`}>
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto', maxWidth: '100%', textAlign: 'left' }}
            onClick={() => props.onActor(id)}
          >
            <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
              {props.names.get(id) ?? id.slice(0, 8)}
            </span>
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}

/** Which stream and revision, and the customer it belongs to when known. */
export function StreamCell({ entry, customers }: { entry: AuditEntry; customers: Map<string, string> }) {
  const t = useT(AUDIT);
  const customer = entry.customerId && customers.get(entry.customerId);
  return (
    <Space orientation="vertical" size={0}>
      <Tooltip
        title={entry.stream}
      >{`${t(`stream.${streamKind(entry.stream)}`)} #${entry.revision}`}</Tooltip>
      {customer && (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, maxWidth: 130 }}
          ellipsis={{ tooltip: customer }}
        >
          {customer}
        </Typography.Text>
      )}
    </Space>
  );
}
