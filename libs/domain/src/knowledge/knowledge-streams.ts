/** Stream names of the knowledge base: one stream per case and one per playbook. */
export const kbCaseStream = (caseId: string): string => `kb-case-${caseId}`;
export const playbookStream = (playbookId: string): string => `playbook-${playbookId}`;
