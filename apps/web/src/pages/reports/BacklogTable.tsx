import { ListTable } from '../../components/ListTable';
import { useT } from '../../i18n/language';
import type { BacklogRow } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

type Named = BacklogRow & { name: string };

/** Open / at risk / breached per one dimension of the backlog. */
export function BacklogTable({
  title,
  dimension,
  rows,
}: {
  title: string;
  dimension: string;
  rows: Named[];
}) {
  const t = useT(REPORTS_MESSAGES);
  return (
    <ListTable<Named>
      title={() => title}
      rowKey="name"
      dataSource={rows}
      columns={[
        { title: dimension, dataIndex: 'name' },
        { title: t('open'), dataIndex: 'open', align: 'right' },
        { title: t('atRisk'), dataIndex: 'atRisk', align: 'right' },
        { title: t('breached'), dataIndex: 'breached', align: 'right' },
      ]}
    />
  );
}
