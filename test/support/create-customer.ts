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
    name: 'Example County Hospital (fictional)',
    contacts: [{ name: 'Dr. Example', phone: '010-0000-0101', email: 'it-desk@hospital.example' }],
    ...input,
  });
  if (response.status !== 201) {
    throw new Error(`POST /api/customers answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return (response.body as { id: string }).id;
}
