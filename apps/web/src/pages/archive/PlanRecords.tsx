import { Button, Empty, Space, Spin, Table, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { PHASE_WORDS, word } from '../../i18n/ticket-words';
import { instant, score } from '../reports/report-format';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { CustomerArchive } from './archive-types';
import { PlanRecordDetails } from './PlanRecordDetails';

type Archive = Required<CustomerArchive>;

/** The customer's inspections, revisits and phase surveys as the archive keeps them; a survey opens its form. */
export function PlanRecords({
  customerId,
  onSurvey,
}: {
  customerId: string;
  onSurvey: (contractId: string, surveyId: string) => void;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  const { language } = useLanguage();
  const { data, error, loading } = useApi<CustomerArchive>(`/api/archive/customers/${customerId}?limit=1`);
  if (data && !data.inspections) return <Empty />;
  const a = data as Archive | undefined;
  return (
    <Spin spinning={loading}>
      <ProblemAlert error={error} />
      {a && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Title level={4}>{t('inspectionList')}</Typography.Title>
          <Table<Archive['inspections'][number]>
            size="small"
            rowKey="inspectionId"
            dataSource={a.inspections}
            pagination={false}
            columns={[
              { title: t('inspectionPeriod'), dataIndex: 'period', width: 90 },
              { title: t('contract'), dataIndex: 'contractName', width: 200 },
              {
                title: t('inspectedAt'),
                dataIndex: 'inspectedAt',
                width: 180,
                render: (v: string) => instant(v, language),
              },
              {
                title: t('findings'),
                key: 'findings',
                render: (_, r) => <PlanRecordDetails kind="finding" values={r.findings} />,
              },
            ]}
          />
          <Typography.Title level={4}>{t('revisitList')}</Typography.Title>
          <Table<Archive['revisits'][number]>
            size="small"
            rowKey="revisitId"
            dataSource={a.revisits}
            pagination={false}
            columns={[
              { title: t('revisitPeriod'), dataIndex: 'period', width: 90 },
              { title: t('contract'), dataIndex: 'contractName', width: 200 },
              {
                title: t('revisitedAt'),
                dataIndex: 'revisitedAt',
                width: 180,
                render: (v: string) => instant(v, language),
              },
              { title: t('contact'), dataIndex: 'contactName', width: 160 },
              {
                title: t('answers'),
                key: 'answers',
                render: (_, r) => <PlanRecordDetails kind="answer" values={r.answers} />,
              },
            ]}
          />
          <Typography.Title level={4}>{t('phaseSurveyList')}</Typography.Title>
          <Table<Archive['phaseSurveys'][number]>
            size="small"
            rowKey="surveyId"
            dataSource={a.phaseSurveys}
            pagination={false}
            columns={[
              {
                title: t('phase'),
                dataIndex: 'phase',
                render: (v: string) => word(PHASE_WORDS, v, language),
              },
              { title: t('contract'), dataIndex: 'contractName' },
              {
                title: t('surveyedAt'),
                dataIndex: 'surveyedAt',
                render: (v: string) => instant(v, language),
              },
              { title: t('team'), dataIndex: 'implementingTeam' },
              { title: t('respondent'), dataIndex: 'respondent' },
              {
                title: t('overall'),
                key: 'overall',
                align: 'right',
                render: (_, r) => score(r.scores.overall),
              },
              { title: t('comments'), dataIndex: 'comments' },
              {
                title: t('forms'),
                key: 'form',
                render: (_, r) => (
                  <Button
                    size="small"
                    aria-label={`${t('openForms')} ${word(PHASE_WORDS, r.phase, language)} ${r.surveyId}`}
                    onClick={() => onSurvey(r.contractId, r.surveyId)}
                  >
                    {t('openForms')}
                  </Button>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Spin>
  );
}
