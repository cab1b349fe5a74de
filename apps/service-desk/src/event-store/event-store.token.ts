/**
 * Injection token of the EventStore port: `constructor(@Inject(EVENT_STORE) private readonly store: EventStore)`.
 */
export const EVENT_STORE = Symbol('EVENT_STORE');
