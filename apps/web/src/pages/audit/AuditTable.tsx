import { Button, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { useLanguage, useT } from '../../i18n/language';
import { ActorCell, StreamCell } from './AuditCells';
import { AUDIT } from './audit.messages';
import type { AuditEntry } from './audit-types';
import { EVENT_TYPE_WORDS } from '../../i18n/event-type-words';
import { formatInstant } from '../../components/format-instant';
import { ListTable } from '../../components/ListTable';
import { BackDatedTag } from '../../components/BackDatedTag';

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
  const { language } = useLanguage();
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
          {e.backDated && <BackDatedTag label={t('backDated')} hint={t('backDatedHint')} />}
        </Space>
      ),
    },
    {
      title: t('actorAndRole'),
      key: 'actor',
      width: 170,
      render: (_, e) => <ActorCell actor={e.actor} names={props.names} onActor={props.onActor} />,
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
      render: (_, e) => <StreamCell entry={e} customers={props.customers} />,
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
    <ListTable<AuditEntry>
      rowKey="eventId"
      columns={columns}
      dataSource={props.entries}
      loading={props.loading}
      empty={t('empty')}
      tableLayout="fixed"
      scroll={{ x: 1250 }}
    />
  );
}
