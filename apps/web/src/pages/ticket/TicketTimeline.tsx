import { BackDatedTag } from '../../components/BackDatedTag';
import { ListTable } from '../../components/ListTable';
import { COMMON } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/language';
import { formatInstant } from '../../components/format-instant';
import { TICKET_MESSAGES } from './ticket.messages';
import type { TimelineEntry } from './ticket-types';

const SOURCE_KEYS = {
  api: 'sourceApi',
  web: 'sourceWeb',
  cli: 'sourceCli',
  scheduler: 'sourceScheduler',
} as const;

/** Every event of the ticket: what (summary), who (name or role), from where, when it happened and was recorded. */
export function TicketTimeline({
  items,
  loading,
  name,
  asOf,
}: {
  items: TimelineEntry[];
  loading: boolean;
  name: (id: string | undefined, role?: string) => string;
  /** When looking back: events recorded after this instant are greyed (they had not happened yet). */
  asOf?: string | null;
}) {
  const t = useT(TICKET_MESSAGES);
  const common = useT(COMMON);
  const { language } = useLanguage();
  return (
    <ListTable<TimelineEntry>
      rowKey="eventId"
      loading={loading && items.length === 0}
      dataSource={items}
      aria-label={t('timeline')}
      onRow={(e) =>
        asOf && Date.parse(e.recordedAt) > Date.parse(asOf)
          ? { style: { color: '#595959', background: '#f0f0f0', fontStyle: 'italic' }, title: t('afterAsOf') }
          : {}
      }
      columns={[
        {
          key: 'occurredAt',
          title: t('when'),
          width: 210,
          render: (_, e) => (
            <>
              {formatInstant(e.occurredAt, language)}
              {e.backDated && (
                <BackDatedTag label={t('backDated')} hint={t('backDatedHint')} style={{ marginLeft: 6 }} />
              )}
            </>
          ),
        },
        { key: 'summary', title: t('event'), render: (_, e) => e.summary[language] },
        { key: 'actor', title: t('actor'), width: 200, render: (_, e) => name(e.actor.id) },
        {
          key: 'role',
          title: t('role'),
          width: 150,
          render: (_, e) =>
            e.actor.role === 'system' ? t('roleSystem') : common(`role.${e.actor.role}` as 'role.agent'),
        },
        {
          key: 'source',
          title: t('source'),
          width: 90,
          render: (_, e) => {
            const key = SOURCE_KEYS[e.source as keyof typeof SOURCE_KEYS];
            return key ? t(key) : e.source;
          },
        },
        {
          key: 'recordedAt',
          title: t('recorded'),
          width: 180,
          render: (_, e) => formatInstant(e.recordedAt, language),
        },
      ]}
    />
  );
}
