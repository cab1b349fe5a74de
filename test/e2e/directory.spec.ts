import { startTicketDesk, type TicketDesk } from './tickets/ticket-desk.fixture.js';

describe('the directory of customers, contracts and people', () => {
  let desk: TicketDesk;

  beforeAll(async () => {
    desk = await startTicketDesk();
  });
  afterAll(() => desk?.close());

  it('lists every customer, by name, for the desk', async () => {
    const listed = await desk.agent.get('/api/customers');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      { id: desk.orgA, name: 'Example County Hospital (fictional)' },
      { id: desk.orgB, name: 'Sample City Clinic (fictional)' },
    ]);
  });

  it("lists every contract with its customer's name and product", async () => {
    const listed = await desk.engineer.get('/api/contracts');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id: desk.contractA,
        customerId: desk.orgA,
        customerName: 'Example County Hospital (fictional)',
        product: { name: 'DIP grouping platform', version: '3.2' },
      }),
      expect.objectContaining({ id: desk.contractB, customerName: 'Sample City Clinic (fictional)' }),
    ]);
  });

  it('shows a customer contact its own organisation and contract only', async () => {
    const customers = await desk.customerA.get('/api/customers');
    expect(customers.body.items).toEqual([{ id: desk.orgA, name: 'Example County Hospital (fictional)' }]);
    const contracts = await desk.customerA.get('/api/contracts');
    expect(contracts.body.items.map((c: { id: string }) => c.id)).toEqual([desk.contractA]);
  });

  it('names every user for the desk: display name, role, active; no username or contact details', async () => {
    const listed = await desk.agent.get('/api/people');
    expect(listed.status).toBe(200);
    const byId = new Map(listed.body.items.map((p: { id: string }) => [p.id, p]));
    expect(byId.get(desk.engineer.id)).toEqual({
      id: desk.engineer.id,
      name: `Test engineer ${desk.engineer.username}`,
      role: 'engineer',
      active: true,
    });
    expect(byId.get(desk.customerB.id)).toMatchObject({ role: 'customer' });
    for (const person of listed.body.items)
      expect(Object.keys(person).sort()).toEqual(['active', 'id', 'name', 'role']);
    const names = listed.body.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it("names for a customer contact the vendor's staff and its own organisation's contacts, not another's", async () => {
    const listed = await desk.customerA.get('/api/people');
    expect(listed.status).toBe(200);
    const ids = listed.body.items.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([desk.engineer.id, desk.agent.id, desk.customerA.id]));
    expect(ids).not.toContain(desk.customerB.id);
  });

  it('shows a deactivated user as inactive, still named', async () => {
    const deactivated = await desk.admin.patch(`/api/staff/${desk.manager2.id}`, {
      active: false,
      reason: 'left the company (test)',
    });
    expect(deactivated.status).toBe(200);
    const listed = await desk.engineer.get('/api/people');
    const person = listed.body.items.find((p: { id: string }) => p.id === desk.manager2.id);
    expect(person).toMatchObject({ role: 'manager', active: false });
  });
});
