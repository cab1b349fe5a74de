import { startTicketDesk, type TicketDesk } from './tickets/ticket-desk.fixture.js';

describe('the directory of customers and contracts', () => {
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
});
