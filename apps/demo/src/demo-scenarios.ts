/**
 * The demo's tickets: fictional faults of a county hospital's DIP grouping and fund-compliance
 * platform, each with the path it takes. Times are minutes after the report.
 */
export type DemoStep =
  | { do: 'respond'; mode: 'guided' | 'remote' | 'onsite'; after: number }
  | { do: 'dispatch'; after: number }
  | { do: 'arrive'; after: number }
  | { do: 'resolve'; after: number; cause: string; measures: string; category: string }
  | { do: 'confirm'; after: number }
  | { do: 'reject'; after: number; reason: string }
  | { do: 'close'; after: number }
  | { do: 'escalate'; after: number; level: 1 | 2; reason: 'manual' | 'complaint' | 'response_overdue' }
  | { do: 'chase'; after: number; solvedPercent: number }
  | { do: 'survey'; after: number; overall: number };

export interface DemoTicket {
  description: string;
  severity: 1 | 2 | 3 | 4;
  kind: 'request' | 'complaint';
  urgency: 'normal' | 'urgent' | 'very_urgent';
  channel: 'hotline' | 'email' | 'web' | 'monitoring';
  steps: DemoStep[];
}

const fix = (cause: string, measures: string, category: string, after: number): DemoStep => ({
  do: 'resolve',
  after,
  cause,
  measures,
  category,
});

/** Closed, in time: the usual case. */
const happy = (cause: string, measures: string, category: string): DemoStep[] => [
  { do: 'respond', mode: 'remote', after: 12 },
  fix(cause, measures, category, 95),
  { do: 'confirm', after: 600 },
  { do: 'close', after: 610 },
  { do: 'survey', after: 620, overall: 5 },
];

export const DEMO_TICKETS: DemoTicket[] = [
  {
    description: 'DIP 分组服务无响应，住院结算无法提交 (grouping service down, discharge billing blocked)',
    severity: 1,
    kind: 'request',
    urgency: 'very_urgent',
    channel: 'hotline',
    steps: [
      { do: 'respond', mode: 'remote', after: 8 },
      { do: 'dispatch', after: 30 },
      { do: 'arrive', after: 75 },
      fix(
        '数据库服务器磁盘写满 (database disk full)',
        '清理归档日志并扩容 (purged archive logs, added space)',
        'environment',
        180,
      ),
      { do: 'confirm', after: 900 },
      { do: 'close', after: 905 },
      { do: 'survey', after: 1000, overall: 4 },
    ],
  },
  {
    description:
      '病案首页上传医保平台失败，提示签名错误 (upload to the insurance platform fails: bad signature)',
    severity: 2,
    kind: 'request',
    urgency: 'urgent',
    channel: 'hotline',
    steps: happy(
      '证书过期 (certificate expired)',
      '更新接口证书 (renewed the interface certificate)',
      'configuration',
    ),
  },
  {
    description: '月底分组结果与医保局反馈不一致 (month-end grouping differs from the fund office feedback)',
    severity: 3,
    kind: 'request',
    urgency: 'normal',
    channel: 'email',
    steps: happy(
      '分组器版本落后 (outdated grouper version)',
      '升级分组规则库 (updated the rule base)',
      'software',
    ),
  },
  {
    description: '如何导出科室 DIP 病种分值明细 (how to export ward-level DIP scores)',
    severity: 4,
    kind: 'request',
    urgency: 'normal',
    channel: 'web',
    steps: [
      { do: 'respond', mode: 'guided', after: 20 },
      fix('操作咨询 (how-to question)', '电话指导导出 (guided by phone)', 'consultation', 35),
      { do: 'confirm', after: 120 },
      { do: 'close', after: 125 },
    ],
  },
  {
    description: '工程师两次未按约定时间到场 (engineer missed two agreed visits)',
    severity: 3,
    kind: 'complaint',
    urgency: 'urgent',
    channel: 'hotline',
    steps: [
      { do: 'escalate', after: 5, level: 1, reason: 'complaint' },
      { do: 'respond', mode: 'guided', after: 25 },
      fix(
        '排班冲突 (rota conflict)',
        '指定专人负责并致歉 (named a fixed engineer, apologised)',
        'service',
        240,
      ),
      { do: 'confirm', after: 1440 },
      { do: 'close', after: 1450 },
      { do: 'survey', after: 1500, overall: 3 },
    ],
  },
  {
    description: '费用明细接口响应超时 (fee detail interface times out)',
    severity: 2,
    kind: 'request',
    urgency: 'urgent',
    channel: 'monitoring',
    steps: [
      { do: 'respond', mode: 'remote', after: 55 },
      { do: 'escalate', after: 60, level: 1, reason: 'response_overdue' },
      fix('索引缺失 (missing index)', '重建索引 (rebuilt the index)', 'software', 300),
      { do: 'reject', after: 1400, reason: '高峰期仍然超时 (still slow at peak hours)' },
      { do: 'chase', after: 1500, solvedPercent: 60 },
      fix(
        '连接池过小 (connection pool too small)',
        '调大连接池并压测 (enlarged the pool, load-tested)',
        'configuration',
        1800,
      ),
      { do: 'confirm', after: 2900 },
      { do: 'close', after: 2910 },
    ],
  },
  {
    description: '新入职编码员无法登录 (new coder cannot log in)',
    severity: 4,
    kind: 'request',
    urgency: 'normal',
    channel: 'email',
    steps: [{ do: 'respond', mode: 'guided', after: 15 }],
  },
  {
    description: '质控规则误报大量高倍率病例 (quality rules flag too many high-ratio cases)',
    severity: 3,
    kind: 'request',
    urgency: 'normal',
    channel: 'web',
    steps: [
      { do: 'respond', mode: 'remote', after: 28 },
      fix(
        '阈值配置错误 (wrong threshold)',
        '按医保局口径修正阈值 (corrected thresholds)',
        'configuration',
        200,
      ),
    ],
  },
  {
    description: '结算清单打印乱码 (settlement list prints garbled text)',
    severity: 3,
    kind: 'request',
    urgency: 'normal',
    channel: 'hotline',
    steps: [],
  },
];
