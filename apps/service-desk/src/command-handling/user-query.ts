import { Query } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';

/** A read as the QueryBus carries it: what it asks for, and who asks (each read is fenced by the caller); answered with R. */
export abstract class UserQuery<Params, R> extends Query<R> {
  constructor(
    readonly params: Params,
    readonly user: AuthenticatedUser,
  ) {
    super();
  }
}
