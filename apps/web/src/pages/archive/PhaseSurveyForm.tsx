import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space, Spin } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { FormData } from './archive-types';
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
  const t = useT(ARCHIVE_MESSAGES);
  const sheet = useApi<FormData>(
    `/api/archive/contracts/${encodeURIComponent(contractId)}/surveys/${encodeURIComponent(surveyId)}/form`,
  );
  return (
    <>
      <Space className="no-print" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('back')}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!sheet.data}
        >
          {t('print')}
        </Button>
      </Space>
      <ProblemAlert error={sheet.error} />
      <Spin spinning={sheet.loading}>{sheet.data && <FormSheet form={sheet.data} />}</Spin>
    </>
  );
}
