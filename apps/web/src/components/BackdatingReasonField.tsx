import { Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT, type Messages } from '../i18n/language';

/** A time further back than this shows as back-dated and needs a reason (the service's default tolerance). */
const REASON_AFTER_MS = 5 * 60_000;

const MESSAGES = {
  zh: {
    label: '补录原因',
    help: '早于现在 5 分钟以上的时间须说明补录原因（例如：夜班电话记录事后录入）',
    required: '早于现在 5 分钟以上的时间须说明补录原因',
  },
  en: {
    label: 'Why it is entered after the fact',
    help: 'A time more than 5 minutes ago needs a reason (e.g. the night shift’s phone log typed in later)',
    required: 'A time more than 5 minutes ago needs a reason',
  },
} satisfies Messages<string>;

/**
 * "Why it is entered after the fact" for the form's business time `timeField` (reportedAt,
 * occurredAt): shown once that time lies more than 5 minutes back, then required, as the service
 * requires `<timeField>Reason` beyond its tolerance and keeps it with the entry.
 */
export function BackdatingReasonField({ timeField }: { timeField: string }) {
  const t = useT(MESSAGES);
  const when = Form.useWatch<Dayjs | null | undefined>(timeField);
  if (!dayjs.isDayjs(when) || dayjs().diff(when) <= REASON_AFTER_MS) return null;
  return (
    <Form.Item
      name={`${timeField}Reason`}
      label={t('label')}
      extra={t('help')}
      rules={[{ required: true, whitespace: true, message: t('required') }]}
    >
      <Input.TextArea autoSize maxLength={2000} />
    </Form.Item>
  );
}
