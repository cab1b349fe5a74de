import { formatInstant } from '../components/format-instant';

/** The instant a rule's English explanation names in brackets at its end, in Chinese. */
const bracketed = (detail: string): string => {
  const iso = /\(([^()]+)\)\s*$/.exec(detail)?.[1];
  return iso && !Number.isNaN(Date.parse(iso)) ? formatInstant(iso, 'zh') : (iso ?? '');
};

/**
 * The domain's business rules a person at the desk can run into, by their problem `code`, in
 * Chinese (the service explains them in English). Rules only an admin's API calls meet are not here.
 */
const ZH: Record<string, (detail: string) => string> = {
  before_latest_event: (d) => `实际发生时间不能早于工单的最近一条记录（${bracketed(d)}）。`,
  report_after_follow_up: (d) => `报障时间不能晚于工单的首次跟进（${bracketed(d)}）。`,
  level_1_first: () => '须先升级至售后服务部经理（一级），才能升级至总部（二级）。',
  severity_unchanged: () => '工单已是这一故障级别。',
  confirmation_required: () =>
    '客户确认解决后才能关闭工单；未经客户确认，只有售后服务部经理可以填写原因关闭。',
  reason_required: () => '未经客户确认关闭工单，须填写关闭原因。',
  period_not_started: () => '该期间尚未开始，不能登记。',
  period_not_over: () => '该期间尚未结束。',
  period_before_plan: () => '该期间早于服务计划的开始。',
  override_requires_manager: () => '登记人不是指定的巡检专家：须由售后服务部经理填写原因批准。',
};

/** A refused rule's explanation in Chinese, if the UI knows the rule. */
export function ruleMessageZh(code: string | undefined, detail: string | undefined): string | undefined {
  const say = code === undefined ? undefined : ZH[code];
  return say?.(detail ?? '');
}
