import type { TableColumnsType } from 'antd';
import { ListTable } from '../../components/ListTable';
import { useT } from '../../i18n/language';
import { CustomerName } from './CustomerName';
import { PlanStatusTag } from './PlanStatusTag';
import type { PlanPeriod, ServicePlanReport } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

type Contract = ServicePlanReport['contracts'][number];

/** One row per contract, one column per month (inspections) or quarter (revisits), a coloured cell each. */
export function ServicePlanGrid({
  title,
  contracts,
  periodsOf,
}: {
  title: string;
  contracts: Contract[];
  periodsOf: (c: Contract) => PlanPeriod[];
}) {
  const t = useT(REPORTS_MESSAGES);
  const periods = [...new Set(contracts.flatMap((c) => periodsOf(c).map((p) => p.period)))].sort();
  const columns: TableColumnsType<Contract> = [
    {
      title: t('customer'),
      key: 'customer',
      fixed: 'left',
      width: 200,
      render: (_, c) => <CustomerName id={c.customerId} />,
    },
    { title: t('contract'), dataIndex: 'name', fixed: 'left', width: 180 },
    ...periods.map((period) => ({
      title: period,
      key: period,
      align: 'center' as const,
      render: (_: unknown, c: Contract) => {
        const cell = periodsOf(c).find((p) => p.period === period);
        return cell ? <PlanStatusTag status={cell.status} doneAt={cell.doneAt} dueBy={cell.dueBy} /> : '—';
      },
    })),
  ];
  return (
    <ListTable<Contract>
      title={() => title}
      rowKey="contractId"
      columns={columns}
      dataSource={contracts}
      scroll={{ x: 'max-content' }}
      empty={t('noContracts')}
    />
  );
}
