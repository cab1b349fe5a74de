import { Tag } from 'antd';
import { useLanguage, useT } from '../../i18n/language';
import { instant } from './report-format';
import type { PlanStatus } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

const COLOURS: Record<PlanStatus, string> = { on_time: 'green', late: 'orange', missed: 'red', due: 'blue' };

/** A service-plan period's outcome as a coloured word, with when it was done or is due on hover. */
export function PlanStatusTag({
  status,
  doneAt,
  dueBy,
}: {
  status: PlanStatus;
  doneAt?: string;
  dueBy?: string;
}) {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  const when = doneAt
    ? t('doneAt', { time: instant(doneAt, language) })
    : dueBy
      ? t('dueBy', { time: instant(dueBy, language) })
      : undefined;
  return (
    <Tag color={COLOURS[status]} title={when} style={{ marginInlineEnd: 0 }}>
      {t(`plan.${status}`)}
    </Tag>
  );
}
