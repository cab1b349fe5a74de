import { join } from 'node:path';
import { SqliteEventStore } from '#event-store';
import { ADMIN_ENV, adminToken } from '../support/admin-token.js';
import { api } from '../support/api-client.js';
import { createCustomer } from '../support/create-customer.js';
import { createStaff } from '../support/create-staff.js';
import { type StartedApp, startApp } from '../support/start-app.js';

const hospital = {
  name: 'Example County Hospital (fictional)',
  address: '1 Example Road, Sample County',
  phone: '+86 10 5555 0100',
  contacts: [
    {
      name: 'Dr. Example Contact',
      title: 'Head of the insurance office',
      phone: '010-0000-0101',
      email: 'wang@bmh3.example',
    },
    { name: 'Liu Yang', phone: '+86 139 0000 0002' },
  ],
};

describe('Customers', () => {
  let service: StartedApp;
  let admin: string;
  beforeAll(async () => {
    service = await startApp({ env: { ...ADMIN_ENV } });
    admin = await adminToken(service);
  });
  afterAll(() => service.close());

  it('registers a customer with its contacts and reads it back in full as the admin', async () => {
    const created = await api(service.baseUrl, admin).post('/api/customers', hospital);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      revision: 2,
      position: expect.stringMatching(/^\d+$/),
    });

    const read = await api(service.baseUrl, admin).get(`/api/customers/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body).toEqual({
      id: created.body.id,
      name: hospital.name,
      address: hospital.address,
      phone: hospital.phone,
      contacts: [
        { id: expect.any(String), ...hospital.contacts[0] },
        { id: expect.any(String), ...hospital.contacts[1] },
      ],
      contactDetailsHidden: false,
      revision: 2,
    });
  });

  it.each(['auditor', 'headquarters'] as const)(
    'shows the %s contact names and titles only',
    async (role) => {
      const id = await createCustomer(service.baseUrl, admin, hospital);
      const reader = await createStaff(service.baseUrl, admin, { role });
      const read = await api(service.baseUrl, reader.token).get(`/api/customers/${id}`);
      expect(read.status).toBe(200);
      expect(read.body.contacts).toEqual([
        { id: expect.any(String), name: 'Dr. Example Contact', title: 'Head of the insurance office' },
        { id: expect.any(String), name: 'Liu Yang' },
      ]);
      expect(read.body).toMatchObject({ phone: hospital.phone, contactDetailsHidden: true });
    },
  );

  it.each(['agent', 'engineer', 'manager'] as const)(
    'shows the %s the contacts’ phones and e-mails',
    async (role) => {
      const id = await createCustomer(service.baseUrl, admin, hospital);
      const reader = await createStaff(service.baseUrl, admin, { role });
      const read = await api(service.baseUrl, reader.token).get(`/api/customers/${id}`);
      expect(read.body.contacts[0]).toMatchObject({ phone: '010-0000-0101', email: 'wang@bmh3.example' });
    },
  );

  it('lets a customer contact read its own organisation and nobody else’s', async () => {
    const own = await createCustomer(service.baseUrl, admin, { name: 'Own Hospital' });
    const other = await createCustomer(service.baseUrl, admin, { name: 'Other Hospital' });
    const contact = await createStaff(service.baseUrl, admin, { role: 'customer', customerId: own });

    const mine = await api(service.baseUrl, contact.token).get(`/api/customers/${own}`);
    expect(mine.status).toBe(200);
    expect(mine.body.name).toBe('Own Hospital');

    const theirs = await api(service.baseUrl, contact.token).get(`/api/customers/${other}`);
    expect(theirs.status).toBe(403);
    expect(theirs.body).toMatchObject({ status: 403, role: 'customer', code: 'other_organisation' });
    expect(JSON.stringify(theirs.body)).not.toContain('Other Hospital');
  });

  it('answers an unknown customer with 404', async () => {
    const read = await api(service.baseUrl, admin).get('/api/customers/00000000-0000-4000-8000-000000000000');
    expect(read.status).toBe(404);
  });

  it('answers a retried POST with the same Idempotency-Key with the first result, writing one stream', async () => {
    const key = { 'Idempotency-Key': 'register-hospital-42' };
    const body = { name: 'Idempotent Hospital', contacts: [{ name: 'Zhao Lei' }] };
    const first = await api(service.baseUrl, admin).post('/api/customers', body, key);
    const retry = await api(service.baseUrl, admin).post('/api/customers', body, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);

    const store = new SqliteEventStore({ file: join(service.dataDir, 'events.sqlite') });
    try {
      const streams = new Map<string, number>();
      for await (const event of store.readAll()) {
        if (event.type === 'CustomerRegistered' && event.data.name === 'Idempotent Hospital') {
          streams.set(event.stream, (streams.get(event.stream) ?? 0) + 1);
        }
      }
      expect([...streams]).toEqual([[`customer-${first.body.id}`, 1]]);
      const events = [];
      for await (const event of store.readStream(`customer-${first.body.id}`)) events.push(event.type);
      expect(events).toEqual(['CustomerRegistered', 'CustomerContactAdded']);
    } finally {
      await store.close();
    }
  });

  it('answers bad fields with 400 naming each', async () => {
    const response = await api(service.baseUrl, admin).post('/api/customers', {
      name: ' ',
      contacts: [{ name: 'Ok' }, { name: 'Bad', email: 'not-an-address', phone: 'call me' }],
      vip: true,
    });
    expect(response.status).toBe(400);
    const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
    expect(fields).toEqual(new Set(['name', 'contacts[1].email', 'contacts[1].phone', 'vip']));
  });
});
