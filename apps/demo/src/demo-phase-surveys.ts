/**
 * The demo contract's satisfaction surveys at the end of implementation phases (fictional): each
 * answered by the hospital's contact in the month `monthsAfterAcceptance` months after the month of
 * final acceptance, on `day`, 16:00 local time.
 */
export interface DemoPhaseSurvey {
  surveyId: string;
  phase: 'installation' | 'training' | 'trial_run' | 'acceptance' | 'maintenance';
  monthsAfterAcceptance: number;
  day: number;
  respondent: string;
  implementingTeam: string;
  scores: Record<string, number> & { overall: number };
  comments: string;
}

const TEAM = '华东区实施二组 (fictional)';

export const DEMO_PHASE_SURVEYS: DemoPhaseSurvey[] = [
  {
    surveyId: 'DEMO-PS-01',
    phase: 'installation',
    monthsAfterAcceptance: -5,
    day: 20,
    respondent: '信息科 王老师 (fictional)',
    implementingTeam: TEAM,
    scores: {
      onTimeDelivery: 5,
      installationOnTime: 4,
      installationQuality: 5,
      engineerAttitude: 5,
      overall: 5,
    },
    comments: '安装比计划晚两天，但质量好',
  },
  {
    surveyId: 'DEMO-PS-02',
    phase: 'training',
    monthsAfterAcceptance: -3,
    day: 12,
    respondent: '病案科 孙老师 (fictional)',
    implementingTeam: TEAM,
    scores: { trainingEffect: 3, userManualUsefulness: 3, engineerProfessionalism: 4, overall: 4 },
    comments: '编码员培训课时偏少，操作手册缺少 DIP 分值查询的说明',
  },
  {
    surveyId: 'DEMO-PS-03',
    phase: 'trial_run',
    monthsAfterAcceptance: -1,
    day: 25,
    respondent: '医保办 刘主任 (fictional)',
    implementingTeam: TEAM,
    scores: {
      productFunction: 4,
      systemQuality: 4,
      responseTime: 5,
      engineerTechnicalAbility: 4,
      overall: 4,
    },
    comments: '试运行期间分组结果与医保局反馈基本一致，个别病例需人工复核',
  },
  {
    surveyId: 'DEMO-PS-04',
    phase: 'acceptance',
    monthsAfterAcceptance: 0,
    day: 8,
    respondent: '信息科 王老师 (fictional)',
    implementingTeam: TEAM,
    scores: { productFunction: 5, systemQuality: 4, onTimeDelivery: 4, engineerAttitude: 5, overall: 5 },
    comments: '按合同完成终验',
  },
  {
    surveyId: 'DEMO-PS-05',
    phase: 'maintenance',
    monthsAfterAcceptance: 11,
    day: 26,
    respondent: '信息科 王老师 (fictional)',
    implementingTeam: '售后服务部 (fictional)',
    scores: { responseTime: 4, maintenanceQuality: 4, numberOfContacts: 5, engineerAttitude: 5, overall: 4 },
    comments: '巡检报告很有帮助；有两个月漏检，希望改进',
  },
];
