import { randomUUID } from 'node:crypto';
import {
  CONTRACT_NAME,
  DESCRIPTION,
  FIRST_FIX,
  HOSPITAL,
  REPORTER,
  SECOND_FIX,
  writeArchiveStory,
  type ArchiveStory,
} from './archive-story.fixture.js';

const NOT_FIELDS = new Set(['form', 'title', 'titleEn', 'ticketId', 'labels']);

/** Every field of the form (nested ones as a.b) has a Chinese heading in `labels`. */
function expectEveryFieldLabelled(form: Record<string, unknown>) {
  const labels = form.labels as Record<string, string>;
  for (const [key, value] of Object.entries(form)) {
    if (NOT_FIELDS.has(key)) continue;
    expect({ key, label: typeof labels[key] }).toEqual({ key, label: 'string' });
    const nested = Array.isArray(value) ? value[0] : value;
    if (nested && typeof nested === 'object') {
      for (const sub of Object.keys(nested)) {
        expect({ key: `${key}.${sub}`, label: typeof labels[`${key}.${sub}`] }).toEqual({
          key: `${key}.${sub}`,
          label: 'string',
        });
      }
    }
  }
}

describe('the forms of DOMAIN.md for one ticket, over HTTP', () => {
  let story: ArchiveStory;
  let forms: string;
  beforeAll(async () => {
    story = await writeArchiveStory();
    forms = `/api/archive/tickets/${story.first.id}/forms`;
    expect((await story.desk.manager.get(`${forms}?after=${story.position}`)).status).toBe(200);
  }, 120_000);
  afterAll(() => story.desk.close());

  it('lists the five forms and which apply', async () => {
    const { desk, first, second } = story;
    const list = await desk.manager.get(forms);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ ticketId: first.id, serviceNo: first.serviceNo });
    expect(
      list.body.forms.map((f: { form: string; title: string; applies: boolean; href: string }) => [
        f.form,
        f.title,
        f.applies,
        f.href,
      ]),
    ).toEqual([
      ['service-record', '售后服务记录', true, `${forms}/service-record`],
      ['maintenance-request', '系统维护申请表', true, `${forms}/maintenance-request`],
      ['problem-record', '客户问题记录表', true, `${forms}/problem-record`],
      ['problem-feedback', '客户问题回馈记录', true, `${forms}/problem-feedback`],
      ['satisfaction-survey', '客户满意度调查表', true, `${forms}/satisfaction-survey`],
    ]);
    const unresolved = await desk.manager.get(`/api/archive/tickets/${second.id}/forms`);
    expect(unresolved.body.forms.map((f: { applies: boolean }) => f.applies)).toEqual([
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('renders the after-sales service record (售后服务记录)', async () => {
    const { desk, first, wang, li, zhao } = story;
    const { status, body } = await desk.manager.get(`${forms}/service-record`);
    expect(status).toBe(200);
    const { labels, ...fields } = body;
    expect(fields).toEqual({
      form: 'service-record',
      title: '售后服务记录',
      titleEn: 'After-sales service record',
      ticketId: first.id,
      serviceNo: first.serviceNo,
      onDutyAgent: wang.name,
      supportEngineers: [li.name, zhao.name],
      status: 'closed',
      onSiteEngineers: [li.name, zhao.name],
      vendorContact: { unit: null, person: zhao.name, phone: null, fax: null, email: null },
      customerContact: {
        unit: HOSPITAL.name,
        person: REPORTER.name,
        phone: REPORTER.phone,
        fax: REPORTER.fax,
        email: REPORTER.email,
      },
      faultDescription: DESCRIPTION,
      history: [
        {
          time: '2026-11-20T15:30:00.000+08:00',
          action: 'FaultReported',
          symptom: DESCRIPTION,
          fix: null,
          by: wang.name,
        },
        {
          time: '2026-11-20T15:45:00.000+08:00',
          action: 'Responded',
          symptom: null,
          fix: 'Logged in remotely; the grouper service will not start',
          by: li.name,
        },
        {
          time: '2026-11-20T16:10:00.000+08:00',
          action: 'DispatchedOnSite',
          symptom: 'The server disk must be replaced on site',
          fix: null,
          by: li.name,
        },
        {
          time: '2026-11-20T17:00:00.000+08:00',
          action: 'ArrivedOnSite',
          symptom: null,
          fix: null,
          by: li.name,
        },
        {
          time: '2026-11-20T19:00:00.000+08:00',
          action: 'Resolved',
          symptom: FIRST_FIX.cause,
          fix: FIRST_FIX.measures,
          by: li.name,
        },
        {
          time: '2026-11-20T20:00:00.000+08:00',
          action: 'ResolutionRejected',
          symptom: "Settlement of yesterday's records still fails",
          fix: null,
          by: wang.name,
        },
        {
          time: '2026-11-20T22:00:00.000+08:00',
          action: 'Resolved',
          symptom: SECOND_FIX.cause,
          fix: SECOND_FIX.measures,
          by: zhao.name,
        },
        {
          time: '2026-11-21T09:00:00.000+08:00',
          action: 'ResolutionConfirmed',
          symptom: null,
          fix: 'Checked with the finance office: settled',
          by: wang.name,
        },
        { time: '2026-11-21T10:00:00.000+08:00', action: 'Closed', symptom: null, fix: null, by: wang.name },
      ],
    });
    expect(labels).toMatchObject({
      serviceNo: '售后服务号',
      onDutyAgent: '值班人员',
      supportEngineers: '技术支持人员',
      onSiteEngineers: '现场工程师',
      'customerContact.phone': '电话',
      'customerContact.fax': '传真',
      faultDescription: '故障描述',
      'history.time': '时间',
    });
    expectEveryFieldLabelled(body);
  });

  it('renders the system maintenance request (系统维护申请表)', async () => {
    const { desk, first, wang } = story;
    const { status, body } = await desk.engineer.get(`${forms}/maintenance-request`);
    expect(status).toBe(200);
    const { labels, ...fields } = body;
    expect(fields).toEqual({
      form: 'maintenance-request',
      title: '系统维护申请表',
      titleEn: 'System maintenance request',
      ticketId: first.id,
      filledInBy: wang.name,
      serviceNo: first.serviceNo,
      date: '2026-11-20',
      customer: {
        fullName: HOSPITAL.name,
        contact: REPORTER.name,
        phone: HOSPITAL.phone,
        fax: HOSPITAL.fax,
        postcode: HOSPITAL.postcode,
      },
      products: [
        {
          software: 'DIP grouping platform',
          version: '3.2',
          quantity: null,
          time: '2026-11-20T22:00:00.000+08:00',
        },
      ],
      faultSymptom: DESCRIPTION,
      causeAnalysis: SECOND_FIX.cause,
      measuresTaken: SECOND_FIX.measures,
    });
    expect(labels).toMatchObject({
      serviceNo: '售后服务号',
      'customer.fullName': '客户全称',
      'customer.postcode': '邮编',
      causeAnalysis: '分析原因',
      measuresTaken: '采取措施',
    });
    expectEveryFieldLabelled(body);
  });

  it('renders the customer problem record (客户问题记录表)', async () => {
    const { desk, first, wang, zhao } = story;
    const { status, body } = await desk.auditor.get(`${forms}/problem-record`);
    expect(status).toBe(200);
    const { labels, ...fields } = body;
    expect(fields).toEqual({
      form: 'problem-record',
      title: '客户问题记录表',
      titleEn: 'Customer problem record',
      ticketId: first.id,
      recordNo: first.serviceNo,
      receivedDate: '2026-11-20',
      recorder: wang.name,
      customer: HOSPITAL.name,
      contact: REPORTER.name,
      details: DESCRIPTION,
      kind: 'B',
      urgency: 'B',
      handlingDepartment: null,
      handlingDate: '2026-11-20',
      // reported 15:30 on the 20th, level 1: resolution due 12 hours later, 03:30 on the 21st
      expectedResolutionDate: '2026-11-21',
      plannedMeasures: null,
      responsiblePerson: zhao.name,
      chasingRecords: [
        {
          period: '2026-11-20 晚间',
          progress: 'Zhao regrouping the records',
          solvedPercent: 60,
          notedBy: wang.name,
          notedAt: '2026-11-20T20:30:00.000+08:00',
        },
      ],
    });
    expect(labels).toMatchObject({
      recordNo: '记录编号',
      kind: '问题类型',
      urgency: '紧急程度',
      chasingRecords: '督办记录',
    });
    expectEveryFieldLabelled(body);
  });

  it('renders the customer problem feedback (客户问题回馈记录)', async () => {
    const { first, zhao, contact } = story;
    const { status, body } = await contact.get(`${forms}/problem-feedback`);
    expect(status).toBe(200);
    const { labels, ...fields } = body;
    expect(fields).toEqual({
      form: 'problem-feedback',
      title: '客户问题回馈记录',
      titleEn: 'Customer problem feedback',
      ticketId: first.id,
      recordNo: first.serviceNo,
      receivedDate: '2026-11-20',
      department: null,
      customer: HOSPITAL.name,
      details: DESCRIPTION,
      handlingResult: SECOND_FIX.resolution,
      responsiblePerson: zhao.name,
      departmentHeadOpinion: null,
      solvedDate: '2026-11-20',
      customerOpinion: {
        confirmed: true,
        note: 'Checked with the finance office: settled',
        date: '2026-11-21',
      },
    });
    expect(labels).toMatchObject({ handlingResult: '处理结果', departmentHeadOpinion: '部门负责人意见' });
    expectEveryFieldLabelled(body);
  });

  it('renders the customer satisfaction survey (客户满意度调查表) with every item, unanswered ones null', async () => {
    const { first, headquarters } = story;
    const { status, body } = await headquarters.get(`${forms}/satisfaction-survey`);
    expect(status).toBe(200);
    const { labels, ...fields } = body;
    expect(fields).toEqual({
      form: 'satisfaction-survey',
      title: '客户满意度调查表',
      titleEn: 'Customer satisfaction survey',
      ticketId: first.id,
      contract: CONTRACT_NAME,
      product: 'DIP grouping platform 3.2',
      customer: HOSPITAL.name,
      phase: null,
      implementingTeam: null,
      respondent: 'Head of IT Sun (fictional)',
      date: '2026-11-21',
      scores: {
        productFunction: null,
        packagingAndManuals: null,
        systemQuality: null,
        onTimeDelivery: null,
        installationOnTime: null,
        installationQuality: null,
        engineerTechnicalAbility: null,
        engineerProfessionalism: null,
        engineerAttitude: null,
        trainingEffect: null,
        userManualUsefulness: null,
        numberOfContacts: null,
        responseTime: 5,
        maintenanceQuality: 3,
        overall: 4,
      },
      comments: 'A second visit was needed',
    });
    expect(labels).toMatchObject({ 'scores.overall': '总体评价', 'scores.maintenanceQuality': '维护质量' });
    expectEveryFieldLabelled(body);
  });

  it("hides people's phones, e-mails and faxes from the auditor", async () => {
    const { body } = await story.desk.auditor.get(`${forms}/service-record`);
    expect(body.customerContact).toEqual({
      unit: HOSPITAL.name,
      person: REPORTER.name,
      phone: null,
      fax: null,
      email: null,
    });
  });

  it("lets a customer contact read only its own organisation's forms", async () => {
    expect((await story.contact.get(`${forms}/service-record`)).status).toBe(200);
    for (const form of [
      '',
      '/service-record',
      '/maintenance-request',
      '/problem-record',
      '/problem-feedback',
      '/satisfaction-survey',
    ]) {
      const other = await story.desk.customerB.get(`${forms}${form}`);
      expect({ form, status: other.status }).toEqual({ form, status: 403 });
    }
  });

  it('answers 404 for an unknown ticket and 400 for an id that is not one', async () => {
    const unknown = `/api/archive/tickets/${randomUUID()}/forms`;
    expect((await story.desk.manager.get(unknown)).status).toBe(404);
    expect((await story.desk.manager.get(`${unknown}/problem-record`)).status).toBe(404);
    const bad = await story.desk.manager.get('/api/archive/tickets/not-an-id/forms/service-record');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    expect((await story.desk.manager.get(`${forms}/satisfaction-poem`)).status).toBe(404);
  });
});
