import { maintenanceRequestForm } from './maintenance-request.form.js';
import { problemFeedbackForm } from './problem-feedback.form.js';
import { problemRecordForm } from './problem-record.form.js';
import { satisfactionSurveyForm } from './satisfaction-survey.form.js';
import { serviceRecordForm } from './service-record.form.js';
import type { TicketFormHeaderDto } from './ticket-form-header.dto.js';
import type { TicketSources } from './ticket-sources.js';

export const TICKET_FORM_NAMES = [
  'service-record',
  'maintenance-request',
  'problem-record',
  'problem-feedback',
  'satisfaction-survey',
] as const;
export type TicketFormName = (typeof TICKET_FORM_NAMES)[number];

interface TicketForm {
  title: string;
  titleEn: string;
  /** Whether the form applies to the ticket yet, and why (or why not). */
  applies(sources: TicketSources): boolean;
  when: string;
  render(sources: TicketSources): TicketFormHeaderDto;
}

const resolvedOnce = (s: TicketSources) => s.events.some((e) => e.type === 'Resolved');

/** The forms of DOMAIN.md that are rendered per ticket. */
export const TICKET_FORMS: Record<TicketFormName, TicketForm> = {
  'service-record': {
    title: '售后服务记录',
    titleEn: 'After-sales service record',
    applies: () => true,
    when: 'every ticket',
    render: serviceRecordForm,
  },
  'maintenance-request': {
    title: '系统维护申请表',
    titleEn: 'System maintenance request',
    applies: resolvedOnce,
    when: 'once the ticket has been resolved (it carries the cause analysis and the measures taken)',
    render: maintenanceRequestForm,
  },
  'problem-record': {
    title: '客户问题记录表',
    titleEn: 'Customer problem record',
    applies: () => true,
    when: 'every ticket',
    render: problemRecordForm,
  },
  'problem-feedback': {
    title: '客户问题回馈记录',
    titleEn: 'Customer problem feedback',
    applies: resolvedOnce,
    when: 'once the ticket has been resolved (it carries the handling result)',
    render: problemFeedbackForm,
  },
  'satisfaction-survey': {
    title: '客户满意度调查表',
    titleEn: 'Customer satisfaction survey',
    applies: (s) => s.events.some((e) => e.type === 'SatisfactionRecorded'),
    when: 'once the customer has answered a satisfaction survey on the ticket (the latest answer is shown)',
    render: satisfactionSurveyForm,
  },
};
