import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/language';
import { BacklogTab } from './BacklogTab';
import { REPORTS_MESSAGES } from './reports.messages';
import { ServicePlanTab } from './ServicePlanTab';
import { SlaReportTab } from './SlaReportTab';
import './reports.css';

const TABS = ['sla', 'backlog', 'service-plan'] as const;
type TabKey = (typeof TABS)[number];

/** Reports (统计报表): SLA compliance, the backlog now, the service plan; the tab is kept in the URL. */
export function ReportsPage() {
  const t = useT(REPORTS_MESSAGES);
  const [params, setParams] = useSearchParams();
  const active: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'sla';
  return (
    <>
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'sla', label: t('tab.sla'), children: <SlaReportTab /> },
          { key: 'backlog', label: t('tab.backlog'), children: <BacklogTab /> },
          { key: 'service-plan', label: t('tab.servicePlan'), children: <ServicePlanTab /> },
        ]}
      />
    </>
  );
}
