import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';

const KEYS = {
  finding: ['runningStatus', 'environment', 'versions', 'hiddenRisks', 'recommendations'],
  answer: [
    'serviceSystemView',
    'trainingView',
    'systemRunningView',
    'environmentCheck',
    'versionAnalysis',
    'hiddenRisks',
  ],
} as const;

/** An inspection's findings or a revisit's answers, one labelled line each. */
export function PlanRecordDetails({
  kind,
  values,
}: {
  kind: 'finding' | 'answer';
  values: Record<string, string | null> | undefined;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  return (
    <>
      {KEYS[kind]
        .filter((key) => values?.[key])
        .map((key) => (
          <div key={key}>
            <strong>{t(`${kind}.${key}` as Parameters<typeof t>[0])}</strong>：{values?.[key]}
          </div>
        ))}
    </>
  );
}
