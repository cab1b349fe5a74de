import type { Role } from '#domain';

/** The knowledge base is internal: every staff role reads it, never a customer contact. */
export const KB_READERS: Role[] = ['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'admin'];
