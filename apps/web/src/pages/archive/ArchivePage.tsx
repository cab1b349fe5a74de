import { Empty, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';
import { ArchiveTickets } from './ArchiveTickets';
import { CustomerPicker } from './CustomerPicker';
import { MaintenanceReportTab } from './MaintenanceReportTab';
import { PhaseSurveyForm } from './PhaseSurveyForm';
import { PlanRecords } from './PlanRecords';
import { TicketForms } from './TicketForms';
import './archive.css';

/** Roles that read reports, and so the maintenance report (README "Reports"). */
const REPORT_READERS = ['manager', 'headquarters', 'auditor', 'admin'];

/**
 * The service archive (服务档案): a customer's tickets with their printable forms, and the monthly or
 * quarterly maintenance report. Where the user is (customer, tab, ticket, form, period) is in the URL.
 */
export function ArchivePage() {
  const t = useT(ARCHIVE_MESSAGES);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const customer = params.get('customer');
  const ticket = params.get('ticket');
  const set = (changes: Record<string, string | null>) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      Object.entries(changes).forEach(([key, value]) =>
        value === null ? next.delete(key) : next.set(key, value),
      );
      return next;
    });

  if (ticket) {
    return (
      <TicketForms
        ticketId={ticket}
        form={params.get('form')}
        onForm={(form) => set({ form })}
        onBack={() => set({ ticket: null, form: null })}
      />
    );
  }
  const surveyContract = params.get('surveyContract');
  const survey = params.get('survey');
  if (surveyContract && survey) {
    return (
      <PhaseSurveyForm
        contractId={surveyContract}
        surveyId={survey}
        onBack={() => set({ surveyContract: null, survey: null })}
      />
    );
  }
  const readsReports = !!user && REPORT_READERS.includes(user.role);
  const asked = params.get('tab');
  const tab = asked === 'plan' || (readsReports && asked === 'maintenance') ? asked : 'tickets';
  return (
    <div className="archive-page">
      <Typography.Title level={2} className="no-print">
        {t('title')}
      </Typography.Title>
      <CustomerPicker
        value={customer}
        onChange={(id) => set({ customer: id })}
        withContracts={readsReports}
      />
      {!customer ? (
        <Empty description={t('pickCustomer')} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => set({ tab: key })}
          destroyOnHidden
          items={[
            {
              key: 'tickets',
              label: t('tab.tickets'),
              children: <ArchiveTickets customerId={customer} onForms={(id) => set({ ticket: id })} />,
            },
            {
              key: 'plan',
              label: t('tab.plan'),
              children: (
                <PlanRecords
                  customerId={customer}
                  onSurvey={(contractId, surveyId) => set({ surveyContract: contractId, survey: surveyId })}
                />
              ),
            },
            ...(readsReports
              ? [
                  {
                    key: 'maintenance',
                    label: t('tab.maintenance'),
                    children: (
                      <MaintenanceReportTab
                        customerId={customer}
                        period={params.get('period')}
                        onPeriod={(period) => set({ period })}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
    </div>
  );
}
