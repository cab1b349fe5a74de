import type { CommandActor } from '../shared/actor.js';
import { SYSTEM_ROLE } from '../shared/actor.js';
import type { WritePlaybookData } from './playbook.commands.js';

/** The actor of the seed content written at first start. */
export const KB_SEED: CommandActor = { id: 'seed', role: SYSTEM_ROLE };

/** The id of the seeded playbook of a kind: fixed, so every start writes the same playbook once. */
export const seedPlaybookId = (kind: string): string => `seed-${kind}`;

/** The five emergency playbooks of DOMAIN.md (fictional text), shipped as seed content. */
export const SEED_PLAYBOOKS: readonly WritePlaybookData[] = [
  {
    playbookId: seedPlaybookId('software_damage'),
    kind: 'software_damage',
    title: '软件损坏应急预案 / Software damage',
    prevention:
      '每日备份程序与数据库，备份异地保存；每月演练一次恢复。Back up programs and databases daily, keep a copy off site, rehearse a restore monthly.',
    response:
      '立即启用备份恢复系统，停机时间不超过24小时；恢复后核对数据完整性并书面报告。Restore from the latest backup; the outage must not exceed 24 hours; check the data afterwards and report in writing.',
  },
  {
    playbookId: seedPlaybookId('software_fault'),
    kind: 'software_fault',
    title: '软件故障应急预案 / Software fault',
    prevention:
      '升级前在测试环境验证，保留回退版本。Verify every upgrade in a test environment first and keep the previous version for rollback.',
    response:
      '按故障等级响应：远程诊断，必要时回退版本或派工程师到场，记录原因与措施。Respond by severity: diagnose remotely, roll back or send an engineer on site if needed, record cause and measures.',
  },
  {
    playbookId: seedPlaybookId('operator_error'),
    kind: 'operator_error',
    title: '人为操作失误应急预案 / Operator error',
    prevention:
      '定期培训操作人员，关键操作需二次确认并留痕。Train operators regularly; critical operations need a second confirmation and leave a trace.',
    response:
      '根据操作日志定位误操作，从备份或日志恢复受影响数据，并补充培训。Find the mistaken operation in the logs, restore the affected data from backup or logs, and retrain.',
  },
  {
    playbookId: seedPlaybookId('configuration_loss'),
    kind: 'configuration_loss',
    title: '配置丢失应急预案 / Configuration loss',
    prevention:
      '配置文件纳入版本管理，每次变更后备份。Keep configuration under version control and back it up after every change.',
    response:
      '从最近的配置备份恢复，比对差异后重启服务并验证业务。Restore the latest configuration backup, compare the differences, restart the services and verify the workflows.',
  },
  {
    playbookId: seedPlaybookId('intrusion'),
    kind: 'intrusion',
    title: '非法入侵应急预案 / Intrusion',
    prevention:
      '最小权限、及时打补丁、开启审计日志与入侵检测。Least privilege, timely patches, audit logs and intrusion detection switched on.',
    response:
      '隔离受影响主机，保全日志证据，通知客户信息科，清除后从可信备份恢复。Isolate the affected hosts, preserve the logs as evidence, inform the customer\u2019s IT department, clean up and restore from a trusted backup.',
  },
];
