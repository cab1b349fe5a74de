import { INSPECTION_FINDINGS, REVISIT_ANSWERS } from '@domain';
import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';

const KEYS = { finding: INSPECTION_FINDINGS, answer: REVISIT_ANSWERS };

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
