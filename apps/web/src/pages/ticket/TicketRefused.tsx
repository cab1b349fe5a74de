import { Result } from 'antd';
import { ApiError } from '../../api/api-error';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { TICKET_MESSAGES } from './ticket.messages';

/** The service refused the ticket (another organisation's, or none such): said plainly, with its reason. */
export function TicketRefused({ error }: { error: Error }) {
  const t = useT(TICKET_MESSAGES);
  const status = error instanceof ApiError ? error.status : 0;
  return (
    <Result
      status={status === 404 ? '404' : status === 403 ? '403' : 'error'}
      title={status === 404 ? t('notFound') : status === 403 ? t('forbidden') : String(status || '')}
      extra={<ProblemAlert error={error} />}
    />
  );
}
