import { isRole } from '@domain';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { COMMON } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';
import { streamKind, type AuditEntry } from './audit-types';
import { EVENT_TYPE_WORDS } from '../../i18n/event-type-words';
import { formatInstant } from '../../components/format-instant';

const KNOWN_SOURCES = ['api', 'web', 'cli', 'scheduler', 'system'] as const;

/** The log as a table: both times, who and in which role, from where, what, on which stream. */
export function AuditTable(props: {
  entries: AuditEntry[];
  loading: boolean;
  names: Map<string, string>;
  customers: Map<string, string>;
  onActor: (actorId: string) => void;
  onBundle: (ticketId: string) => void;
}) {
  const t = useT(AUDIT);
  const common = useT(COMMON);
  const { language } = useLanguage();
  const roleWord = (role: string) =>
    isRole(role) ? common(`role.${role}`) : role === 'system' ? t('role.system') : role;
  const sourceWord = (source: string) =>
    (KNOWN_SOURCES as readonly string[]).includes(source)
      ? t(`source.${source as (typeof KNOWN_SOURCES)[number]}`)
      : source;
  /** An instant in the reader's words, the instant as recorded on hover. */
  const instant = (at: string) => <Tooltip title={at}>{formatInstant(at, language)}</Tooltip>;

  const columns: ColumnsType<AuditEntry> = [
    {
      title: t('recordedAt'),
      dataIndex: 'recordedAt',
      width: 160,
      render: (v: string) => instant(v),
    },
    {
      title: t('occurredAt'),
      dataIndex: 'occurredAt',
      width: 160,
      render: (v: string, e) => (
        <Space orientation="vertical" size={0}>
          {instant(v)}
          {e.backDated && (
            <Tooltip title={t('backDatedHint')}>
              <Tag color="orange">{t('backDated')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('actorAndRole'),
      key: 'actor',
      width: 170,
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{roleWord(e.actor.role)}</Typography.Text>
          {e.actor.id === 'system' ? (
            <Typography.Text type="secondary">{t('source.system')}</Typography.Text>
          ) : (
            <Tooltip title={`${t('filterByActor')} · ${e.actor.id}`}>
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', maxWidth: '100%', textAlign: 'left' }}
                onClick={() => props.onActor(e.actor.id)}
              >
                <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                  {props.names.get(e.actor.id) ?? e.actor.id.slice(0, 8)}
                </span>
              </Button>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t('source'),
      dataIndex: 'source',
      width: 70,
      render: (v: string) => sourceWord(v),
    },
    {
      title: t('type'),
      dataIndex: 'type',
      width: 150,
      render: (v: string) => (
        <Space orientation="vertical" size={0}>
          <span>{EVENT_TYPE_WORDS[v]?.[language] ?? v}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('stream'),
      key: 'stream',
      width: 140,
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <Tooltip title={e.stream}>{`${t(`stream.${streamKind(e.stream)}`)} #${e.revision}`}</Tooltip>
          {e.customerId && props.customers.get(e.customerId) && (
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12, maxWidth: 130 }}
              ellipsis={{ tooltip: props.customers.get(e.customerId) }}
            >
              {props.customers.get(e.customerId)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('summary'),
      key: 'summary',
      render: (_, e) => e.summary[language],
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 100,
      render: (_, e) =>
        e.ticketId && (
          <Space orientation="vertical" size={0}>
            <Link to={`/tickets/${e.ticketId}`}>{t('openTicket')}</Link>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => props.onBundle(e.ticketId!)}
            >
              {t('bundle')}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="eventId"
      size="small"
      columns={columns}
      dataSource={props.entries}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t('empty') }}
      tableLayout="fixed"
      scroll={{ x: 1250 }}
    />
  );
}
