import { Card } from 'antd';
import { useT } from '../../i18n/language';
import { FaultReportForm, type ReportedFault } from '../new-fault/FaultReportForm';
import { PORTAL } from './portal.messages';

export type { ReportedFault };

/** The portal's fault report: the desk's form in its customer variant (channel web, reporter = the contact). */
export function ReportFaultCard({ onReported }: { onReported: (fault: ReportedFault) => void }) {
  const t = useT(PORTAL);
  return (
    <Card title={t('reportTitle')} style={{ marginBottom: 16 }}>
      <FaultReportForm variant="customer" onReported={onReported} />
    </Card>
  );
}
