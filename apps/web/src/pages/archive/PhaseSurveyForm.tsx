import { Space, Spin } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { FormData } from './archive-types';
import { BackAndPrint } from './BackAndPrint';
import { FormSheet } from './FormSheet';

/** A phase satisfaction survey's 客户满意度调查表, ready to print. */
export function PhaseSurveyForm({
  contractId,
  surveyId,
  onBack,
}: {
  contractId: string;
  surveyId: string;
  onBack: () => void;
}) {
  const sheet = useApi<FormData>(
    `/api/archive/contracts/${encodeURIComponent(contractId)}/surveys/${encodeURIComponent(surveyId)}/form`,
  );
  return (
    <>
      <Space className="no-print" wrap style={{ marginBottom: 16 }}>
        <BackAndPrint onBack={onBack} printable={!!sheet.data} />
      </Space>
      <ProblemAlert error={sheet.error} />
      <Spin spinning={sheet.loading}>{sheet.data && <FormSheet form={sheet.data} />}</Spin>
    </>
  );
}
