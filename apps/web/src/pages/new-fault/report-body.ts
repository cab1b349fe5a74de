import type { Dayjs } from 'dayjs';

/** What the form holds; names follow the body of POST /api/tickets so the service's field errors land. */
export interface FaultFormValues {
  contractId?: string;
  reporter: { name?: string; phone?: string; email?: string };
  channel: string;
  product?: { name?: string; version?: string };
  description?: string;
  severity?: number;
  kind: string;
  urgency: string;
  reportedAt?: Dayjs | null;
  reportedAtReason?: string;
}

const filled = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** The POST /api/tickets body; empty optional fields are left out, an empty report time means now. */
export function reportBody(values: FaultFormValues) {
  const { reporter, product } = values;
  const productName = filled(product?.name);
  const productVersion = filled(product?.version);
  return {
    contractId: values.contractId,
    reporter: {
      name: filled(reporter.name) ?? reporter.name ?? '',
      ...(filled(reporter.phone) && { phone: filled(reporter.phone) }),
      ...(filled(reporter.email) && { email: filled(reporter.email) }),
    },
    channel: values.channel,
    ...(productName && productVersion && { product: { name: productName, version: productVersion } }),
    description: values.description ?? '',
    severity: values.severity,
    kind: values.kind,
    urgency: values.urgency,
    ...(values.reportedAt && { reportedAt: values.reportedAt.format() }),
    ...(values.reportedAt &&
      filled(values.reportedAtReason) && { reportedAtReason: filled(values.reportedAtReason) }),
  };
}
