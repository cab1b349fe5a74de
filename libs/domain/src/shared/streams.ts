/** Stream names of the domain's aggregates (one stream per aggregate instance). */
export const ticketStream = (ticketId: string): string => `ticket-${ticketId}`;
export const contractStream = (contractId: string): string => `contract-${contractId}`;
export const customerStream = (customerId: string): string => `customer-${customerId}`;
export const staffStream = (staffId: string): string => `staff-${staffId}`;
