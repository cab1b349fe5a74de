import type { TableColumnsType } from 'antd';
import { ListTable } from '../../components/ListTable';
import { useLanguage, useT } from '../../i18n/language';
import { SEVERITY_WORDS, TIMER_WORDS, WARRANTY_WORDS, word } from '../../i18n/ticket-words';
import { duration, percent, score } from './report-format';
import { TIMERS, type SlaReport, type SlaFigures } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

type Row = SlaFigures & { rowKey: string; name: string };

/** The report's figures per group (and the total) as a table, one row each. */
export function SlaFiguresTable({ report }: { report: SlaReport }) {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  const timer = (name: string) => word(TIMER_WORDS, name, language);
  const groupName = (groupBy: string | null, g: SlaFigures): string => {
    const words =
      groupBy === 'severity' ? SEVERITY_WORDS : groupBy === 'warranty' ? WARRANTY_WORDS : undefined;
    if (groupBy === 'engineer' && g.key === 'unassigned') return t('nobody');
    return words && g.key ? word(words, g.key, language) : (g.label ?? g.key ?? '');
  };
  const rows: Row[] = [
    ...(report.groups ?? []).map((g) => ({
      ...g,
      rowKey: g.key ?? g.label ?? '',
      name: groupName(report.groupBy, g),
    })),
    { ...report.total, rowKey: '__total', name: t('total') },
  ];
  const columns: TableColumnsType<Row> = [
    { title: t('group'), dataIndex: 'name', fixed: 'left', width: 180 },
    { title: t('tickets'), dataIndex: 'tickets', align: 'right' },
    ...TIMERS.map((name) => ({
      title: t('withinTargetOf', { timer: timer(name) }),
      key: `within-${name}`,
      align: 'right' as const,
      render: (_: unknown, r: Row) =>
        `${percent(r.withinTarget[name].share)} (${r.withinTarget[name].met}/${r.withinTarget[name].judged})`,
    })),
    ...TIMERS.map((name) => ({
      title: t('breaches', { timer: timer(name) }),
      key: `breach-${name}`,
      align: 'right' as const,
      render: (_: unknown, r: Row) => r.breaches[name].count,
    })),
    ...TIMERS.map((name) => ({
      title: t('durationOf', { timer: timer(name) }),
      key: `duration-${name}`,
      render: (_: unknown, r: Row) =>
        [r.durations[name].meanMs, r.durations[name].medianMs, r.durations[name].p90Ms]
          .map((ms) => duration(ms, language))
          .join(' / '),
    })),
    { title: t('escalations'), key: 'escalations', align: 'right', render: (_, r) => r.escalations.total },
    { title: t('reopenRate'), key: 'reopenRate', align: 'right', render: (_, r) => percent(r.reopenRate) },
    { title: t('complaints'), dataIndex: 'complaints', align: 'right' },
    {
      title: t('satisfaction'),
      key: 'satisfaction',
      align: 'right',
      render: (_, r) => `${score(r.satisfaction.overall)} (${r.satisfaction.surveys})`,
    },
  ];
  return (
    <ListTable<Row>
      rowKey="rowKey"
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => (r.rowKey === '__total' ? 'report-total-row' : '')}
    />
  );
}
