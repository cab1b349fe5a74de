import { wordFor, type Word } from '#domain';
import {
  ESCALATION_REASON_WORDS,
  ESCALATION_TARGET_WORDS,
  ROLE_WORDS,
  SERVICE_PLAN_VISIT_WORDS,
  SEVERITY_WORDS,
  SLA_TIMER_WORDS,
} from '../timeline/summary-labels.js';
import type { NotificationDraft } from './notifications-of.js';

/** An escalation addressed to one user by id: its row is that user's own. */
const YOU: Word = { zh: '您', en: 'You' };

/**
 * The bilingual line of a notification. Only the service number (or the contract's name), words for
 * codes and instants: no free text and no personal data, so it is safe to send to any channel.
 */
export function notificationText(
  draft: NotificationDraft,
  serviceNo: string | null,
  contractName: string | null = null,
): Word {
  const no = serviceNo ?? draft.ticketId ?? '—';
  switch (draft.kind) {
    case 'service_plan_missed': {
      const contract = contractName ?? draft.contractId ?? '—';
      const visit = wordFor(SERVICE_PLAN_VISIT_WORDS, draft.reason);
      const due = minutesOf(draft.dueAt);
      return {
        zh: `合同 ${contract}：${draft.period ?? '—'} ${visit.zh}未完成（截止 ${due}）`,
        en: `Contract ${contract}: the ${visit.en} for ${draft.period ?? '—'} was missed (due by ${due})`,
      };
    }
    case 'sla_at_risk': {
      const timer = wordFor(SLA_TIMER_WORDS, draft.timer);
      return {
        zh: `工单 ${no} 的${timer.zh}时限即将到期（截止 ${draft.dueAt ?? '—'}）`,
        en: `Ticket ${no}: the ${timer.en} deadline is at risk (due ${draft.dueAt ?? '—'})`,
      };
    }
    case 'escalated': {
      const to =
        draft.recipientKind === 'user'
          ? YOU
          : (ROLE_WORDS[draft.recipient] ?? wordFor(ESCALATION_TARGET_WORDS, draft.level));
      const why = wordFor(ESCALATION_REASON_WORDS, draft.reason);
      const auto = draft.automatic;
      return {
        zh: `工单 ${no} 已升级至${to.zh}（${draft.level ?? ''}级，${why.zh}${auto ? '，自动' : ''}）`,
        en: `Ticket ${no} escalated to ${to.en.toLowerCase()} (level ${draft.level ?? ''}, ${why.en}${auto ? ', automatic' : ''})`,
      };
    }
    case 'complaint_reported': {
      const severity = wordFor(SEVERITY_WORDS, draft.severity);
      return {
        zh: `收到投诉 ${no}（${severity.zh}），请售后服务部经理处理`,
        en: `Complaint ${no} reported (${severity.en}); for the service manager`,
      };
    }
    case 'level1_reported':
      return {
        zh: `一级故障 ${no} 已登记（响应截止 ${draft.dueAt ?? '—'}）`,
        en: `Level 1 fault ${no} reported (respond by ${draft.dueAt ?? '—'})`,
      };
  }
}

/** '2026-04-01T00:00:00.000+08:00' → '2026-04-01 00:00' (the wall time of the instant as written). */
function minutesOf(iso: string | null): string {
  const match = iso === null ? null : /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : (iso ?? '—');
}
