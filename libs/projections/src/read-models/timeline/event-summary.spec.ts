import { eventSummary } from './event-summary.js';

describe('eventSummary', () => {
  it.each([
    ['Responded', { mode: 'remote' }, 'engineer', '工程师 远程响应', 'Engineer responded remotely'],
    [
      'InspectionRecorded',
      { period: '2026-11', findings: { hiddenRisks: 'disk nearly full' } },
      'engineer',
      '工程师 记录 2026-11 巡检',
      'Engineer recorded the inspection for 2026-11',
    ],
    [
      'RevisitRecorded',
      { period: '2026-Q4', contactName: 'Information office' },
      'agent',
      '值班人员 记录 2026-Q4 客户回访',
      'On-duty agent recorded the customer revisit for 2026-Q4',
    ],
    [
      'ServicePlanPeriodMissed',
      { kind: 'inspection', period: '2026-03', dueBy: '2026-04-01T00:00:00.000+08:00' },
      'system',
      '系统 预警：2026-03 月度巡检未完成（截止 2026-04-01T00:00:00.000+08:00）',
      'System warned that the inspection for 2026-03 was missed (due by 2026-04-01T00:00:00.000+08:00)',
    ],
    [
      'PhaseSurveyRecorded',
      { phase: 'training', scores: { overall: 4 }, respondent: 'Head nurse (fictional)' },
      'customer',
      '客户联系人 记录培训阶段满意度调查（总体 4）',
      'Customer contact recorded the training phase satisfaction survey (overall 4)',
    ],
    ['Responded', { mode: 'guided' }, 'engineer', '工程师 指导性响应', 'Engineer responded with guidance'],
    [
      'FaultReported',
      { serviceNo: 'SV-202611-0042', severity: 1, channel: 'hotline', reporter: { name: 'X', phone: '123' } },
      'agent',
      '值班人员 登记故障 SV-202611-0042（一级，热线）',
      'On-duty agent reported fault SV-202611-0042 (level 1, hotline)',
    ],
    [
      'Escalated',
      { level: 2, reason: 'response_overdue', automatic: true },
      'system',
      '系统 将问题升级至公司总部（响应超时，自动）',
      'System escalated to headquarters (response overdue, automatic)',
    ],
    [
      'SeverityChanged',
      { from: 3, to: 1, reason: 'the whole ward is down' },
      'manager',
      '售后服务部经理 将故障级别由三级改为一级',
      'Service manager changed the severity from level 3 to level 1',
    ],
    [
      'Closed',
      { confirmed: false, reason: 'duplicate' },
      'manager',
      '售后服务部经理 未经客户确认关闭工单',
      "Service manager closed the ticket without the customer's confirmation",
    ],
    [
      'ResolutionRejected',
      { reason: 'still failing' },
      'customer',
      '客户联系人 拒绝解决方案，问题重新打开',
      'Customer contact rejected the resolution; the ticket is reopened',
    ],
    [
      'StaffRegistered',
      { username: 'li.na', roles: ['engineer'], passwordHash: '$argon2id$secret' },
      'admin',
      '管理员 登记用户 li.na（工程师）',
      'Admin registered user li.na (engineer)',
    ],
    ['SomethingNew', {}, 'auditor', '审计 记录事件 SomethingNew', 'Auditor recorded SomethingNew'],
  ])('summarises %s by %s', (type, data, role, zh, en) => {
    expect(eventSummary(type, data, role)).toEqual({ zh, en });
  });

  it('never repeats free texts or contact details', () => {
    const { zh, en } = eventSummary(
      'FaultReported',
      {
        serviceNo: 'SV-1',
        severity: 2,
        channel: 'web',
        description: 'secret words',
        reporter: { name: 'Dr. Example', phone: '010-5555' },
      },
      'customer',
    );
    expect(`${zh} ${en}`).not.toMatch(/secret|Example|5555/);
  });
});
