import { api } from './api-client.js';

export interface CustomerInput {
  name?: string;
  shortName?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  fax?: string;
  email?: string;
  contacts?: { name: string; title?: string; phone?: string; email?: string; fax?: string }[];
}

/** Registers a customer through POST /api/customers (as the admin); its id. */
export async function createCustomer(
  baseUrl: string,
  adminToken: string,
  input: CustomerInput = {},
): Promise<string> {
  const response = await api(baseUrl, adminToken).post('/api/customers', {
    name: 'Beijing Municipal Hospital No. 3',
    contacts: [{ name: 'Dr. Wang', phone: '+86 10 5555 0101', email: 'wang@hospital.example' }],
    ...input,
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/customers answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { id: string }).id;
}
