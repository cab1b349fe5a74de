import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Customer, Role } from '#domain';

/**
 * Who sees a contact's phone, e-mail and fax (personal data, DOMAIN.md: only roles that need it):
 * the admin who keeps them, agents who call back, engineers who guide and visit, the service
 * manager who answers escalations and complaints, and the customer's own contacts. The auditor
 * and headquarters see each contact's name and title only.
 */
export const SEES_CONTACT_DETAILS: readonly Role[] = ['admin', 'manager', 'agent', 'engineer', 'customer'];

export class ContactView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() title?: string;
  @ApiPropertyOptional({ description: 'Personal data: hidden from auditor and headquarters' }) phone?: string;
  @ApiPropertyOptional({ description: 'Personal data: hidden from auditor and headquarters' }) email?: string;
  @ApiPropertyOptional({ description: 'Personal data: hidden from auditor and headquarters' }) fax?: string;
}

export class CustomerView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() shortName?: string;
  @ApiPropertyOptional() address?: string;
  @ApiPropertyOptional() postcode?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() fax?: string;
  @ApiPropertyOptional() email?: string;
  @ApiProperty({ type: [ContactView] }) contacts: ContactView[];
  @ApiProperty({ description: 'True when the contacts’ phone, e-mail and fax were left out for this role' })
  contactDetailsHidden: boolean;
  @ApiProperty({ description: 'Revision of the customer stream (also the ETag)' }) revision: number;
}

export function customerView(customer: Customer, revision: number, role: Role): CustomerView {
  const full = SEES_CONTACT_DETAILS.includes(role);
  const contacts = customer.contacts.map(({ contactId, name, title, phone, email, fax }) => ({
    id: contactId,
    name,
    ...(title !== undefined && { title }),
    ...(full && { ...(phone && { phone }), ...(email && { email }), ...(fax && { fax }) }),
  }));
  return { id: customer.customerId, ...customer.details, contacts, contactDetailsHidden: !full, revision };
}
