import type { ImplementationPhase, ServicePlanKind } from '../contract/contract.events.js';
import type { Word } from './word.js';

/** Implementation phases (实施阶段) that a phase satisfaction survey closes. */
export const PHASE_WORDS: Readonly<Record<ImplementationPhase, Word>> = {
  requirements: { zh: '需求调研', en: 'Requirements' },
  installation: { zh: '安装调试', en: 'Installation' },
  training: { zh: '培训', en: 'Training' },
  trial_run: { zh: '试运行', en: 'Trial run' },
  acceptance: { zh: '验收', en: 'Acceptance' },
  maintenance: { zh: '运维', en: 'Maintenance' },
};

/** The visits of a contract's service plan: the monthly inspection and the quarterly revisit. */
export const SERVICE_PLAN_KIND_WORDS: Readonly<Record<ServicePlanKind, Word>> = {
  inspection: { zh: '月度巡检', en: 'Inspection' },
  revisit: { zh: '季度回访', en: 'Revisit' },
};
