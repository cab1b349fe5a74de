import type { SatisfactionItem } from '../shared/satisfaction.js';
import type { Word } from './word.js';

/** The items of the satisfaction survey (客户满意度调查表), as the paper form names them. */
export const SATISFACTION_ITEM_WORDS: Readonly<Record<SatisfactionItem, Word>> = {
  productFunction: { zh: '产品功能', en: 'Product function' },
  packagingAndManuals: { zh: '产品包装及手册', en: 'Packaging and manuals' },
  systemQuality: { zh: '系统质量', en: 'System quality' },
  onTimeDelivery: { zh: '按时交货', en: 'On-time delivery' },
  installationOnTime: { zh: '安装集成及时性', en: 'Installation on time' },
  installationQuality: { zh: '安装质量', en: 'Installation quality' },
  engineerTechnicalAbility: { zh: '工程师技术能力', en: "Engineer's technical ability" },
  engineerProfessionalism: { zh: '工程师职业素养', en: "Engineer's professionalism" },
  engineerAttitude: { zh: '工程师服务态度', en: "Engineer's attitude" },
  trainingEffect: { zh: '培训效果', en: 'Training effect' },
  userManualUsefulness: { zh: '用户手册实用性', en: 'Usefulness of the manual' },
  numberOfContacts: { zh: '联系次数', en: 'Number of contacts' },
  responseTime: { zh: '维护请求响应时间', en: 'Response to maintenance requests' },
  maintenanceQuality: { zh: '维护质量', en: 'Quality of maintenance' },
  overall: { zh: '总体评价', en: 'Overall' },
};
