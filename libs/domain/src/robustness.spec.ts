import fc from 'fast-check';
import {
  DomainError,
  contractDecider,
  customerDecider,
  fold,
  staffDecider,
  ticketDecider,
  type Decider,
  type TicketEvent,
} from '#domain';
import {
  DEFAULT_POLICY,
  TERMS,
  at,
  arrived,
  closed,
  confirmed,
  dispatched,
  faultReported,
  rejected,
  resolved,
  responded,
} from './testing/ticket-fixtures.js';

/**
 * No input yields anything but events or a DomainError: whatever the API lets through by
 * mistake, the decider answers with an error the HTTP layer can map (never a TypeError, a 500).
 */
const FIELDS = [
  'ticketId',
  'serviceNo',
  'contract',
  'reporter',
  'channel',
  'product',
  'description',
  'severity',
  'kind',
  'urgency',
  'mode',
  'note',
  'engineerId',
  'engineerIds',
  'reason',
  'expectedArrivalAt',
  'cause',
  'measures',
  'resolution',
  'category',
  'level',
  'to',
  'automatic',
  'period',
  'progress',
  'solvedPercent',
  'scores',
  'comments',
  'respondent',
  'reportedAt',
  'contractId',
  'customerId',
  'name',
  'finalAcceptanceDate',
  'warrantyMonths',
  'timeZone',
  'inspectionExpertId',
  'slaPolicy',
  'policy',
  'effectiveFrom',
  'expertId',
  'changes',
  'contactId',
  'title',
  'phone',
  'email',
  'fax',
  'staffId',
  'username',
  'roles',
  'passwordHash',
];

const arbValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom('PT5S', '2026-11-03T10:00:00+08:00', 'Asia/Shanghai', '2026-01-15', 1, 2, true, 'customer'),
  fc.constant(TERMS),
  fc.constant({ ...TERMS, slaPolicies: [null] }),
  fc.constant({ ...TERMS, slaPolicies: [{ version: 1, effectiveFrom: 'x', policy: DEFAULT_POLICY }] }),
  fc.constant({ ...TERMS, slaPolicies: [{ version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy: {} }] }),
  fc.constant({ name: 'x', version: 'y' }),
  fc.constant({ overall: 3 }),
  fc.constant({ name: 'cal', hours: { mon: { open: '09:00', close: '17:00' } } }),
);
const arbActor = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      id: fc.constantFrom('u-1', 's-1'),
      role: fc.constantFrom('agent', 'manager', 'admin', 'customer'),
    }),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

const BROKEN_TERMS = [
  { ...TERMS, slaPolicies: [null] },
  { ...TERMS, slaPolicies: [{ version: 1, effectiveFrom: 'x', policy: DEFAULT_POLICY }] },
  { ...TERMS, slaPolicies: [{ version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy: {} }] },
  { ...TERMS, slaPolicies: [{ version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy: null }] },
  {
    ...TERMS,
    slaPolicies: [
      { version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy: { ...DEFAULT_POLICY, targets: {} } },
    ],
  },
  {
    ...TERMS,
    slaPolicies: [
      { version: 1, effectiveFrom: '2026-01-01T00:00:00Z', policy: { ...DEFAULT_POLICY, calendar: 7 } },
    ],
  },
  { ...TERMS, product: null },
  { ...TERMS, timeZone: 'Nowhere' },
];
const valueFor = (key: string) =>
  key === 'contract' ? fc.oneof(fc.constantFrom(...BROKEN_TERMS), arbValue) : arbValue;

/** A valid command of one type, with one to three fields of its data replaced by odd values (or removed). */
const arbCommand = (type: string, base: Record<string, unknown>) =>
  fc
    .record({
      type: fc.oneof({ weight: 19, arbitrary: fc.constant(type) }, { weight: 1, arbitrary: fc.string() }),
      data: fc.oneof(
        { weight: 19, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
      ),
      actor: arbActor,
      now: fc.oneof(
        { weight: 9, arbitrary: fc.constant(at('12:00')) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 0 }) },
      ),
      occurredAt: fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) },
        { weight: 3, arbitrary: fc.constant(at('11:00')) },
        { weight: 1, arbitrary: fc.string() },
      ),
      changes: fc.array(
        fc
          .oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.keys(base)) }, fc.constantFrom(...FIELDS))
          .chain((key) => fc.tuple(fc.constant(key), fc.option(valueFor(key), { nil: undefined, freq: 6 }))),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ changes, data, occurredAt, ...rest }) => {
      const mutated = data ?? { ...base, ...Object.fromEntries(changes) };
      return occurredAt === undefined ? { ...rest, data: mutated } : { ...rest, data: mutated, occurredAt };
    });

/** For every command type of the decider, from every history given. */
function neverCrashes<C, E, S>(
  decider: Decider<C, E, S>,
  valid: Record<string, object>,
  histories: E[][],
): void {
  for (const [type, base] of Object.entries(valid)) {
    for (const history of histories) {
      const state = fold(decider, history);
      fc.assert(
        fc.property(arbCommand(type, base as Record<string, unknown>), (command) => {
          try {
            expect(Array.isArray(decider.decide(command as C, state))).toBe(true);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        }),
        { numRuns: 200 },
      );
    }
  }
}

const TICKET_HISTORIES: TicketEvent[][] = [
  [],
  [faultReported()],
  [faultReported(), responded(at('10:10')), dispatched(at('10:20')), arrived(at('10:50'))],
  [faultReported(), responded(at('10:10')), resolved(at('11:00'))],
  [
    faultReported(),
    responded(at('10:10')),
    resolved(at('11:00')),
    confirmed(at('11:30')),
    closed(at('11:40')),
  ],
  [faultReported(), responded(at('10:10')), resolved(at('11:00')), rejected(at('11:30'))],
];

const TICKET_COMMANDS: Record<string, object> = {
  ReportFault: {
    ticketId: 't-1',
    serviceNo: 'SV-1',
    contract: TERMS,
    reporter: { name: 'R' },
    channel: 'hotline',
    description: 'd',
    severity: 2,
    kind: 'request',
    urgency: 'normal',
  },
  Respond: { ticketId: 't-1', mode: 'remote' },
  DispatchOnSite: { ticketId: 't-1', engineerIds: ['e'], reason: 'r', expectedArrivalAt: at('13:00') },
  ArriveOnSite: { ticketId: 't-1' },
  Resolve: { ticketId: 't-1', cause: 'c', measures: 'm', resolution: 'r', category: 'x' },
  Escalate: { ticketId: 't-1', level: 1, reason: 'manual', automatic: false },
  ConfirmResolution: { ticketId: 't-1' },
  RejectResolution: { ticketId: 't-1', reason: 'r' },
  NoteSupervision: { ticketId: 't-1', period: 'AM', progress: 'p', solvedPercent: 5 },
  ChangeSeverity: { ticketId: 't-1', severity: 1, reason: 'r' },
  Assign: { ticketId: 't-1', engineerId: 'e' },
  Close: { ticketId: 't-1', reason: 'r' },
  Reopen: { ticketId: 't-1', reason: 'r' },
  RecordSatisfaction: { ticketId: 't-1', scores: { overall: 3 } },
  CorrectReportTime: { ticketId: 't-1', reportedAt: at('09:00'), reason: 'r' },
};

const CONTRACT_COMMANDS: Record<string, object> = {
  RegisterContract: {
    contractId: 'c-1',
    customerId: 'cu-1',
    name: 'n',
    product: { name: 'p', version: '1' },
    finalAcceptanceDate: '2026-01-15',
    inspectionExpertId: 'e',
  },
  SetSlaPolicy: { contractId: 'c-1', policy: { atRiskShare: 0.7 } },
  ChangeInspectionExpert: { contractId: 'c-1', expertId: 'e2' },
  AmendContract: { contractId: 'c-1', changes: { warrantyMonths: 6 }, reason: 'r' },
};

const CUSTOMER_COMMANDS: Record<string, object> = {
  RegisterCustomer: { customerId: 'cu-1', name: 'n' },
  UpdateCustomerDetails: { customerId: 'cu-1', changes: { phone: '1' } },
  AddCustomerContact: { customerId: 'cu-1', contactId: 'k-1', name: 'n' },
  UpdateCustomerContact: { customerId: 'cu-1', contactId: 'k-1', changes: { phone: '1' } },
  RemoveCustomerContact: { customerId: 'cu-1', contactId: 'k-1' },
};

const STAFF_COMMANDS: Record<string, object> = {
  RegisterStaff: { staffId: 's-1', username: 'zhang', name: 'Z', roles: ['engineer'] },
  ChangeStaffRoles: { staffId: 's-1', roles: ['customer'], customerId: 'cu-1' },
  UpdateStaffProfile: { staffId: 's-1', changes: { name: 'Y' } },
  SetStaffPassword: { staffId: 's-1', passwordHash: 'h' },
  DeactivateStaff: { staffId: 's-1' },
  ReactivateStaff: { staffId: 's-1' },
};

const ADMIN = { id: 'a', role: 'admin' } as const;
const first = <C, E, S>(decider: Decider<C, E, S>, type: string, data: object): E[] =>
  decider.decide({ type, data, actor: ADMIN, now: at('09:00') } as C, decider.initialState());

describe('robustness: any input gives events or a DomainError', () => {
  it('holds for the ticket decider', () => {
    neverCrashes(ticketDecider, TICKET_COMMANDS, TICKET_HISTORIES);
  });

  it('holds for the contract decider', () => {
    const registered = first(contractDecider, 'RegisterContract', CONTRACT_COMMANDS.RegisterContract);
    neverCrashes(contractDecider, CONTRACT_COMMANDS, [[], registered]);
  });

  it('holds for the customer decider', () => {
    const registered = first(customerDecider, 'RegisterCustomer', CUSTOMER_COMMANDS.RegisterCustomer);
    const withContact = [
      ...registered,
      ...customerDecider.decide(
        {
          type: 'AddCustomerContact',
          data: CUSTOMER_COMMANDS.AddCustomerContact,
          actor: ADMIN,
          now: at('09:00'),
        } as never,
        fold(customerDecider, registered),
      ),
    ];
    neverCrashes(customerDecider, CUSTOMER_COMMANDS, [[], registered, withContact]);
  });

  it('holds for the staff decider', () => {
    const registered = first(staffDecider, 'RegisterStaff', STAFF_COMMANDS.RegisterStaff);
    neverCrashes(staffDecider, STAFF_COMMANDS, [[], registered]);
  });
});
