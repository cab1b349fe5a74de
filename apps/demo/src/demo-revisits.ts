/**
 * The demo contract's quarterly revisits (fictional answers): what happened to the revisit of the
 * quarter `quartersAgo` quarters before the current one. Three are done on the 18th of the
 * quarter's last month, one is missed; the current quarter is left due.
 */
export interface DemoRevisitAnswers {
  serviceSystemView: string;
  trainingView: string;
  systemRunningView: string;
  environmentCheck: string;
  versionAnalysis: string;
  hiddenRisks: string;
}

export type DemoRevisit =
  | { quartersAgo: number; how: 'on_time'; contactName: string; answers: DemoRevisitAnswers }
  | { quartersAgo: number; how: 'missed'; why: string };

export const DEMO_REVISITS: DemoRevisit[] = [
  {
    quartersAgo: 4,
    how: 'on_time',
    contactName: '信息科 王老师 (fictional)',
    answers: {
      serviceSystemView: '热线响应及时，希望固定一名工程师对接',
      trainingView: '编码员培训到位，科室医生对分值查询不熟悉',
      systemRunningView: '终验后运行稳定，月底结算偶有等待',
      environmentCheck: '机房温湿度正常，服务器无告警',
      versionAnalysis: '平台 3.2.0 为当前稳定版本，规则库需随医保局方案更新',
      hiddenRisks: '数据库无异地备份',
    },
  },
  { quartersAgo: 3, how: 'missed', why: '医院迎检期间联系人无暇接待，未改期 (fictional)' },
  {
    quartersAgo: 2,
    how: 'on_time',
    contactName: '医保办 刘主任 (fictional)',
    answers: {
      serviceSystemView: '工程师两次未按约到场的投诉已处理，现指定专人负责，较满意',
      trainingView: '希望为新入职编码员再组织一次培训',
      systemRunningView: '磁盘扩容后运行平稳，高峰期费用明细接口偶有超时',
      environmentCheck: '新增备用应用服务器，磁盘告警已接入值班短信',
      versionAnalysis: '已升级至 3.2.3，医保接口补丁已生效',
      hiddenRisks: '接口证书即将到期',
    },
  },
  {
    quartersAgo: 1,
    how: 'on_time',
    contactName: '信息科 王老师 (fictional)',
    answers: {
      serviceSystemView: '响应和巡检都较规范，巡检报告对信息科很有帮助',
      trainingView: '新编码员培训已完成，效果良好',
      systemRunningView: '机房搬迁后恢复顺利，质控误报明显减少',
      environmentCheck: '新机房双路供电，备份任务已恢复',
      versionAnalysis: '3.2.4 运行稳定，建议明年规划升级 3.3',
      hiddenRisks: '备份任务曾有两天失败，需持续关注',
    },
  },
];
