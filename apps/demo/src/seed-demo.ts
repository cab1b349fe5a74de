import { randomBytes } from 'node:crypto';
import { DEMO_TICKETS, type DemoStep } from './demo-scenarios.js';
import { demoClient, loginAs, withHistoryReasons, type DemoClient } from './demo-client.js';
import { DEMO_ZONE, demoCalendar, zonedInstant } from './demo-calendar.js';
import { seedPhaseSurveys } from './seed-phase-surveys.js';
import { seedServicePlan } from './seed-service-plan.js';

export interface DemoLogin {
  username: string;
  password: string;
  role: string;
}

const DAY = 24 * 60;
const PEOPLE = [
  { key: 'agent', role: 'agent', displayName: '值班员 小周 (fictional)' },
  { key: 'engineer-1', role: 'engineer', displayName: '工程师 李工 (fictional)' },
  { key: 'engineer-2', role: 'engineer', displayName: '工程师 陈工 (fictional)' },
  { key: 'expert', role: 'engineer', displayName: '巡检专家 赵工 (fictional)' },
  { key: 'manager', role: 'manager', displayName: '售后服务部经理 (fictional)' },
  { key: 'headquarters', role: 'headquarters', displayName: '总部值守 (fictional)' },
  { key: 'auditor', role: 'auditor', displayName: '审计员 (fictional)' },
] as const;

/**
 * Loads the demo through the public API, as the people of the desk would: a fictional county
 * hospital, its contract with the default policy, staff of every role and a few dozen tickets over
 * the past months in varied states, and a year of the contract's service plan (inspections,
 * revisits: seed-service-plan.ts; phase surveys: seed-phase-surveys.ts). Every request carries an Idempotency-Key, so running it again
 * appends nothing.
 */
export async function seedDemo(baseUrl: string, adminPassword: string, now: Date, known: DemoLogin[] = []) {
  const admin = await loginAs(baseUrl, 'admin', adminPassword);
  const key = (name: string) => ({ 'Idempotency-Key': `demo-${name}` });
  const post = (client: DemoClient, path: string, body: unknown, name: string) =>
    client.post(path, withHistoryReasons(body), key(name));
  const customer = await post(
    admin,
    '/api/customers',
    {
      name: '示例县人民医院 Example County People’s Hospital (fictional)',
      contacts: [
        { name: '信息科 王老师 (fictional)', phone: '000-0000-0001', email: 'it@county-hospital.example' },
      ],
    },
    'customer',
  );
  const logins: DemoLogin[] = [];
  const ids: Record<string, string> = {};
  const password = (username: string) =>
    known.find((l) => l.username === username)?.password ?? randomBytes(9).toString('base64url');
  for (const person of [
    ...PEOPLE,
    { key: 'customer', role: 'customer', displayName: '医院联系人 (fictional)' },
  ]) {
    const username = `demo-${person.key}`;
    const secret = password(username);
    const body = { username, password: secret, displayName: person.displayName, role: person.role };
    const staff = await post(
      admin,
      '/api/staff',
      person.role === 'customer' ? { ...body, customerId: customer.id } : body,
      `staff-${person.key}`,
    );
    ids[person.key] = staff.id;
    logins.push({ username, password: secret, role: person.role });
  }
  const contract = await post(
    admin,
    '/api/contracts',
    {
      customerId: customer.id,
      product: { name: 'DIP 分组与基金监管平台', version: '3.2' },
      // Final acceptance on the 6th, twelve months ago: the service plan starts that month. A
      // two-year warranty keeps every demo ticket (the past 150 days) in warranty.
      acceptanceDate: demoCalendar(now).month(12).set({ day: 6 }).toISODate(),
      warrantyMonths: 24,
      timeZone: DEMO_ZONE,
      inspectionExpertId: ids.expert,
      // Registered 18 months ago: the phase surveys of the installation (5 months before acceptance) follow it.
      occurredAt: zonedInstant(demoCalendar(now).month(18).set({ day: 1, hour: 9 })),
    },
    'contract',
  );
  const as = async (username: string) => {
    const login = logins.find((l) => l.username === username)!;
    return loginAs(baseUrl, login.username, login.password);
  };
  const desk = {
    agent: await as('demo-agent'),
    engineer: await as('demo-engineer-1'),
    manager: await as('demo-manager'),
    customer: await as('demo-customer'),
    expert: await as('demo-expert'),
  };
  let tickets = 0;
  const count = 36;
  for (let i = 0; i < count; i++) {
    const scenario = DEMO_TICKETS[i % DEMO_TICKETS.length];
    const ageMinutes = Math.round(((count - i) / count) * 150 * DAY) - (i % 5) * 97;
    const reportedAt = new Date(now.getTime() - ageMinutes * 60_000);
    // A customer contact may date a report back 15 minutes only: its past web reports were typed in by the agent.
    const web = i % 4 === 3;
    const reporter = desk.agent;
    const ticket = await post(
      reporter,
      '/api/tickets',
      {
        contractId: contract.id,
        reporter: { name: '信息科 王老师 (fictional)', phone: '000-0000-0001' },
        channel: web ? 'web' : scenario.channel,
        description: scenario.description,
        severity: scenario.severity,
        kind: scenario.kind,
        urgency: scenario.urgency,
        reportedAt: reportedAt.toISOString(),
      },
      `ticket-${i}`,
    );
    tickets++;
    for (const [n, step] of scenario.steps.entries()) {
      const occurredAt = new Date(reportedAt.getTime() + step.after * 60_000);
      if (occurredAt > now) break;
      const [client, path, body] = request(step, desk, ids['engineer-2']);
      await post(
        client,
        `/api/tickets/${ticket.id}/${path}`,
        { ...body, occurredAt: occurredAt.toISOString() },
        `ticket-${i}-${n}`,
      );
    }
  }
  const servicePlan = await seedServicePlan(desk, post, contract.id, ids['engineer-1'], now);
  const phaseSurveys = await seedPhaseSurveys(desk.agent, post, contract.id, servicePlan.planStartsIn, now);
  return {
    logins,
    staffIds: ids,
    customerId: customer.id,
    contractId: contract.id,
    tickets,
    servicePlan,
    phaseSurveys,
  };
}

function request(
  step: DemoStep,
  desk: { agent: DemoClient; engineer: DemoClient; manager: DemoClient; customer: DemoClient },
  onSiteEngineer: string,
): [DemoClient, string, Record<string, unknown>] {
  switch (step.do) {
    case 'respond':
      return [desk.engineer, 'responses', { mode: step.mode, note: '已联系客户 (contacted the customer)' }];
    case 'dispatch':
      return [
        desk.agent,
        'dispatches',
        { engineers: [onSiteEngineer], reason: '远程无法恢复 (remote help failed)' },
      ];
    case 'arrive':
      return [desk.engineer, 'arrivals', {}];
    case 'resolve':
      return [
        desk.engineer,
        'resolution',
        {
          cause: step.cause,
          measures: step.measures,
          resolution: '已恢复 (restored)',
          category: step.category,
        },
      ];
    case 'confirm':
      // The customer's past answers were taken at the revisit call and entered by the agent.
      return [desk.agent, 'confirmation', { confirmed: true, note: '确认恢复 (confirmed)' }];
    case 'reject':
      return [desk.agent, 'confirmation', { confirmed: false, note: step.reason }];
    case 'close':
      return [desk.agent, 'close', {}];
    case 'escalate':
      return [
        desk.agent,
        'escalations',
        { level: step.level, reason: step.reason, note: '按合同升级 (per contract)' },
      ];
    case 'chase':
      return [
        desk.agent,
        'supervision-notes',
        { period: '第1次督办', progress: '工程师处理中', solvedPercent: step.solvedPercent },
      ];
    case 'survey':
      return [
        desk.agent,
        'survey',
        {
          scores: {
            overall: step.overall,
            responseTime: step.overall,
            engineerAttitude: 5,
            maintenanceQuality: step.overall,
          },
        },
      ];
  }
}

export { demoClient };
