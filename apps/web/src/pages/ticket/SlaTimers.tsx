import { Space, Typography } from 'antd';
import { SlaCountdown } from '../../components/SlaCountdown';
import type { TimerLike } from '../../components/sla-tone';
import { useLanguage, useT } from '../../i18n/language';
import { FrozenTimer } from './FrozenTimer';
import { formatInstant } from '../../components/format-instant';
import { TICKET_MESSAGES } from './ticket.messages';
import type { TicketView } from './ticket-types';

/**
 * The SLA timers with their due times: live countdowns now, or (as of a past instant) each timer
 * as it stood then, without a clock that moves.
 */
export function SlaTimers({ ticket, asOf }: { ticket: TicketView; asOf: boolean }) {
  const t = useT(TICKET_MESSAGES);
  const { language } = useLanguage();
  const { sla } = ticket;
  const timers: [string, TimerLike][] = [
    ['response', sla.response],
    ['onSite', sla.onSite],
    ['resolution', sla.resolution],
  ];
  if (sla.confirmationDueAt && ticket.status === 'resolved') {
    timers.push(['confirmation', { state: 'running', dueAt: sla.confirmationDueAt }]);
  }
  return (
    <Space wrap size={[24, 8]} aria-label={t('timers')}>
      {timers.map(([name, timer]) => (
        <Space key={name} orientation="vertical" size={0}>
          {asOf ? (
            <FrozenTimer name={name} timer={timer} at={sla.at} />
          ) : (
            <SlaCountdown timer={timer} name={name} />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {timer.completedAt
              ? t('completed', { time: formatInstant(timer.completedAt, language) })
              : timer.dueAt
                ? t('due', { time: formatInstant(timer.dueAt, language) })
                : '\u00a0'}
          </Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
