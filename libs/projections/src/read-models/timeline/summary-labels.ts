/** Chinese and English words of the summary lines: roles, severities, channels, modes, reasons. */
export interface Words {
  zh: string;
  en: string;
}

export const ROLE_WORDS: Record<string, Words> = {
  agent: { zh: '值班人员', en: 'On-duty agent' },
  engineer: { zh: '工程师', en: 'Engineer' },
  manager: { zh: '售后服务部经理', en: 'Service manager' },
  headquarters: { zh: '公司总部', en: 'Headquarters' },
  auditor: { zh: '审计', en: 'Auditor' },
  admin: { zh: '管理员', en: 'Admin' },
  customer: { zh: '客户联系人', en: 'Customer contact' },
  system: { zh: '系统', en: 'System' },
  scheduler: { zh: '系统', en: 'System' },
};

export const SEVERITY_WORDS: Record<number, Words> = {
  1: { zh: '一级', en: 'level 1' },
  2: { zh: '二级', en: 'level 2' },
  3: { zh: '三级', en: 'level 3' },
  4: { zh: '四级', en: 'level 4' },
};

export const CHANNEL_WORDS: Record<string, Words> = {
  hotline: { zh: '热线', en: 'hotline' },
  email: { zh: '电子邮件', en: 'e-mail' },
  fax: { zh: '传真', en: 'fax' },
  web: { zh: '网页', en: 'web' },
  onsite: { zh: '现场', en: 'on site' },
  monitoring: { zh: '监控', en: 'monitoring' },
};

export const RESPONSE_WORDS: Record<string, Words> = {
  guided: { zh: '指导性响应', en: 'responded with guidance' },
  remote: { zh: '远程响应', en: 'responded remotely' },
  onsite: { zh: '现场响应', en: 'responded on site' },
};

export const ESCALATION_TARGET_WORDS: Record<number, Words> = {
  1: { zh: '售后服务部经理', en: 'the service manager' },
  2: { zh: '公司总部', en: 'headquarters' },
};

export const ESCALATION_REASON_WORDS: Record<string, Words> = {
  response_overdue: { zh: '响应超时', en: 'response overdue' },
  onsite_overdue: { zh: '到场超时', en: 'on-site arrival overdue' },
  resolution_overdue: { zh: '解决超时', en: 'resolution overdue' },
  solution_not_confirmed: { zh: '解决方案未获确认', en: 'solution not confirmed' },
  complaint: { zh: '投诉', en: 'complaint' },
  manual: { zh: '人工升级', en: 'by hand' },
};

export const SLA_TIMER_WORDS: Record<string, Words> = {
  response: { zh: '响应', en: 'response' },
  onSite: { zh: '到场', en: 'on-site arrival' },
  resolution: { zh: '解决', en: 'resolution' },
  confirmation: { zh: '客户确认', en: "customer's confirmation" },
};

/** The word for a key, or the key itself when the list does not know it. */
export function wordsFor(list: Record<string | number, Words>, key: unknown): Words {
  return list[String(key)] ?? { zh: String(key), en: String(key) };
}

export const SERVICE_PLAN_VISIT_WORDS: Record<string, Words> = {
  inspection: { zh: '月度巡检', en: 'inspection' },
  revisit: { zh: '季度回访', en: 'revisit' },
};

/** Implementation phases (实施阶段) of the phase satisfaction survey. */
export const PHASE_WORDS: Record<string, Words> = {
  requirements: { zh: '需求调研', en: 'requirements' },
  installation: { zh: '安装调试', en: 'installation' },
  training: { zh: '培训', en: 'training' },
  trial_run: { zh: '试运行', en: 'trial run' },
  acceptance: { zh: '验收', en: 'acceptance' },
  maintenance: { zh: '运维', en: 'maintenance' },
};
