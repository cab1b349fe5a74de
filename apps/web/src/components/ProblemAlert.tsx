import { Alert } from 'antd';
import { ApiError } from '../api/api-error';
import { fieldMessage } from '../i18n/field-messages';
import { useLanguage } from '../i18n/language';

/** A refusal or failure as the service explained it (title, detail, field errors), for a person to read. */
export function ProblemAlert({ error }: { error: unknown }) {
  const { language } = useLanguage();
  if (!error) return null;
  const problem = error instanceof ApiError ? error : undefined;
  const title = problem ? `${problem.status} ${problem.title}` : String((error as Error)?.message ?? error);
  const lines = problem
    ? [
        problem.detail,
        ...problem.errors.map((e) => `${e.field}: ${fieldMessage(e.field, e.message, language)}`),
      ]
    : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={lines.filter(Boolean).join('\n') || undefined}
      style={{ whiteSpace: 'pre-line', marginBottom: 16 }}
    />
  );
}
