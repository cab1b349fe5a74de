import { useSession } from '../../../auth/session';
import { ArriveFields } from '../forms/ArriveFields';
import { AssignFields } from '../forms/AssignFields';
import { ChaseFields } from '../forms/ChaseFields';
import { ConfirmationFields } from '../forms/ConfirmationFields';
import { CorrectReportTimeFields } from '../forms/CorrectReportTimeFields';
import { DispatchFields } from '../forms/DispatchFields';
import { EscalateFields } from '../forms/EscalateFields';
import { ReasonField } from '../forms/ReasonField';
import { RespondFields } from '../forms/RespondFields';
import { ResolveFields } from '../forms/ResolveFields';
import { SeverityFields } from '../forms/SeverityFields';
import { SurveyFields } from '../forms/SurveyFields';
import type { TicketView } from '../ticket-types';
import type { TicketAction } from './ticket-actions';

/** The fields of one action's form. */
export function ActionFields({ action, ticket }: { action: TicketAction; ticket: TicketView }) {
  const { user } = useSession();
  switch (action.key) {
    case 'respond':
      return <RespondFields />;
    case 'dispatch':
      return <DispatchFields ticket={ticket} />;
    case 'arrive':
      return <ArriveFields ticket={ticket} />;
    case 'resolve':
      return <ResolveFields />;
    case 'confirm':
      return <ConfirmationFields rejecting={false} />;
    case 'reject':
      return <ConfirmationFields rejecting />;
    case 'survey':
      return <SurveyFields />;
    case 'escalate':
      return <EscalateFields />;
    case 'chase':
      return <ChaseFields />;
    case 'severity':
      return <SeverityFields current={ticket.severity} />;
    case 'assign':
      return <AssignFields ticket={ticket} />;
    case 'close': {
      const unconfirmed = ticket.status !== 'confirmed' && user?.role === 'manager';
      return <ReasonField label="closeReason" required={unconfirmed} help={unconfirmed} />;
    }
    case 'reopen':
      return <ReasonField label="reopenReason" required />;
    case 'correctReportTime':
      return <CorrectReportTimeFields />;
    default:
      return null;
  }
}
