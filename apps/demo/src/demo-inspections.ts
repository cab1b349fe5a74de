/**
 * The demo contract's monthly inspections over the past year (fictional findings): what happened
 * to the inspection of the month `monthsAgo` months before the current one. Ten are done — one of
 * them late, one by another engineer on the manager's override — and two are missed. The current
 * month is left due.
 */
export interface DemoFindings {
  runningStatus: string;
  environment: string;
  versions: string;
  hiddenRisks: string;
  recommendations: string;
}

export type DemoInspection =
  /** By the fixed expert on `day` of the month, 10:00 local time. */
  | { monthsAgo: number; how: 'on_time'; day: number; findings: DemoFindings }
  /** By the fixed expert in the first days of the next month (`dayOfNextMonth`), for this month. */
  | { monthsAgo: number; how: 'late'; dayOfNextMonth: number; findings: DemoFindings }
  /** By engineer-1, recorded by the manager with an override and its reason. */
  | { monthsAgo: number; how: 'override'; day: number; reason: string; findings: DemoFindings }
  /** Nothing recorded; `why` is the story, not sent anywhere. */
  | { monthsAgo: number; how: 'missed'; why: string };

export const DEMO_INSPECTIONS: DemoInspection[] = [
  {
    monthsAgo: 12,
    how: 'on_time',
    day: 20,
    findings: {
      runningStatus: '终验后首月，分组、结算清单上传、质控各模块运行平稳，无宕机记录',
      environment: '应用服务器 2 台、数据库服务器 1 台（单机），数据盘使用 42%，内存峰值 61%',
      versions: '平台 3.2.0；DIP 分组规则库 2024 版；数据库 Oracle 19c',
      hiddenRisks: '数据库仅有本机备份，无异地备份',
      recommendations: '配置每日异地备份并纳入信息科值班检查',
    },
  },
  {
    monthsAgo: 11,
    how: 'on_time',
    day: 15,
    findings: {
      runningStatus: '运行正常；月底集中结算时分组接口平均耗时 3 秒，峰值 8 秒',
      environment: '数据盘使用 47%，内存峰值 78%；异地备份已按上月建议配置',
      versions: '平台 3.2.0；分组规则库 2024 版',
      hiddenRisks: '备份从未做过恢复演练，可用性未经验证',
      recommendations: '每季度做一次备份恢复演练并留存记录',
    },
  },
  {
    monthsAgo: 10,
    how: 'on_time',
    day: 12,
    findings: {
      runningStatus: '运行正常；医保局发布新版分组方案后已完成规则库升级',
      environment: '数据盘使用 51%；应用服务器 CPU 峰值 55%',
      versions: '平台 3.2.1；DIP 分组规则库 2025 版 v1',
      hiddenRisks: '升级前已出院病例重新分组后分值有差异，尚未逐例核对',
      recommendations: '病案科与医保办共同核对差异病例，必要时向医保局反馈',
    },
  },
  { monthsAgo: 9, how: 'missed', why: '巡检专家病假，当月未安排替补 (fictional)' },
  {
    monthsAgo: 8,
    how: 'on_time',
    day: 18,
    findings: {
      runningStatus: '运行正常；本月发生一次数据库磁盘写满导致分组服务中断，已处理',
      environment: '数据盘使用 63%，归档日志每日增长约 6 GB',
      versions: '平台 3.2.1；分组规则库 2025 版 v1',
      hiddenRisks: '按当前增长速度，数据盘约三个月内再次写满',
      recommendations: '定期清理归档日志，数据盘使用超过 80% 时短信告警，建议扩容',
    },
  },
  {
    monthsAgo: 7,
    how: 'override',
    day: 22,
    reason: '巡检专家赵工外出支援兄弟医院上线，经理指派李工代为巡检 (fictional)',
    findings: {
      runningStatus: '运行正常；扩容后未再出现磁盘告警',
      environment: '数据盘已扩容至 2 TB，使用 35%；磁盘告警已接入信息科值班短信',
      versions: '平台 3.2.1；分组规则库 2025 版 v2',
      hiddenRisks: '质控规则阈值沿用旧口径，可能误报高倍率病例',
      recommendations: '按医保局最新口径复核质控阈值',
    },
  },
  {
    monthsAgo: 6,
    how: 'late',
    dayOfNextMonth: 3,
    findings: {
      runningStatus: '因医院月底结算封网，本月巡检顺延至次月初完成；系统运行正常',
      environment: '数据盘使用 38%；新增一台备用应用服务器',
      versions: '平台 3.2.3（含医保接口补丁）；分组规则库 2025 版 v2',
      hiddenRisks: '医保平台接口证书将于两个月后到期',
      recommendations: '提前申请新证书并安排在非结算时段更换',
    },
  },
  {
    monthsAgo: 5,
    how: 'on_time',
    day: 16,
    findings: {
      runningStatus: '运行正常；费用明细接口在门诊高峰期偶有超时',
      environment: '数据库连接池上限 50，高峰期占满',
      versions: '平台 3.2.3；分组规则库 2025 版 v2',
      hiddenRisks: '高峰期接口超时可能导致结算清单上传失败',
      recommendations: '调大连接池并补建费用明细索引，完成后做一次压测',
    },
  },
  {
    monthsAgo: 4,
    how: 'on_time',
    day: 10,
    findings: {
      runningStatus: '运行平稳；接口证书已更新，超时问题经调优后未再出现',
      environment: '数据盘使用 41%，连接池高峰占用 60%',
      versions: '平台 3.2.4；分组规则库 2025 版 v3',
      hiddenRisks: '备用应用服务器未纳入监控',
      recommendations: '将备用服务器接入监控，并做一次主备切换演练',
    },
  },
  { monthsAgo: 3, how: 'missed', why: '医院机房搬迁停机，巡检暂停且未补做 (fictional)' },
  {
    monthsAgo: 2,
    how: 'on_time',
    day: 13,
    findings: {
      runningStatus: '机房搬迁后各模块恢复正常，质控误报已按新阈值消除',
      environment: '新机房双路供电；数据盘使用 44%',
      versions: '平台 3.2.4；分组规则库 2025 版 v3',
      hiddenRisks: '搬迁后备份任务路径变更，有两天备份未成功',
      recommendations: '备份任务失败时自动告警，并每周核对备份日志',
    },
  },
  {
    monthsAgo: 1,
    how: 'on_time',
    day: 9,
    findings: {
      runningStatus: '全年运行总体平稳；本月无故障停机',
      environment: '数据盘使用 46%，内存峰值 70%；备份告警已启用',
      versions: '平台 3.2.4；分组规则库 2025 版 v3',
      hiddenRisks: '3.2 版本将于明年停止规则库更新',
      recommendations: '结合医保局新政策，规划升级至 3.3 版本',
    },
  },
];
