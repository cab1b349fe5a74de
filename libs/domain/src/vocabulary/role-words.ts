import type { ActorRole, Role } from '../shared/actor.js';
import type { EscalationLevel } from '../ticket/ticket-values.js';
import type { Word } from './word.js';

/** The roles of DOMAIN.md, and the service itself (the SLA watchman). */
export const ROLE_WORDS: Readonly<Record<ActorRole, Word>> = {
  agent: { zh: '值班人员', en: 'On-duty agent' },
  engineer: { zh: '工程师', en: 'Engineer' },
  manager: { zh: '售后服务部经理', en: 'Service manager' },
  headquarters: { zh: '公司总部', en: 'Headquarters' },
  auditor: { zh: '审计', en: 'Auditor' },
  admin: { zh: '管理员', en: 'Admin' },
  customer: { zh: '客户联系人', en: 'Customer contact' },
  system: { zh: '系统', en: 'System' },
};

/** Who receives an escalation of each level: 1 the service manager, 2 headquarters. */
export const ESCALATION_LEVEL_ROLES: Readonly<Record<EscalationLevel, Role>> = {
  1: 'manager',
  2: 'headquarters',
};
