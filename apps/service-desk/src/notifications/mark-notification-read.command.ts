import { CommandSeam } from '../command-handling/command-seam.js';
import { type CommandContext, derivedId } from '#command-handling';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { notificationReadsDecider, notificationReadsStream } from '#domain';
import type { AuthenticatedUser } from '../auth/authenticated-user.js';
import { Clock } from '../clock/clock.js';
import { ProblemException } from '../problem-details/problem.exception.js';
import { ProblemType } from '../problem-details/problem-types.js';
import type { NotificationReadResultDto } from './notification.dto.js';
import { NotificationReader } from './notification-reader.js';
import { NotificationRecipients } from './notification-recipients.js';

/**
 * POST /api/notifications/:id/read: records NotificationRead on the caller's own stream
 * (`notification-reads-<userId>`), so read state is per user and the read model stays rebuildable.
 * The command id is derived from (user, notification): marking twice records it once.
 */
export class MarkNotificationReadCommand extends Command<NotificationReadResultDto> {
  constructor(
    readonly user: AuthenticatedUser,
    readonly notificationId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(
    private readonly reader: NotificationReader,
    private readonly recipients: NotificationRecipients,
    private readonly seam: CommandSeam,
    private readonly clock: Clock,
  ) {}

  async execute({
    user,
    notificationId: id,
    context,
  }: MarkNotificationReadCommand): Promise<NotificationReadResultDto> {
    const found = await this.reader.find(user.id, await this.recipients.of(user), id);
    if (!found) {
      throw new ProblemException({
        type: ProblemType.notFound,
        title: 'Not Found',
        status: 404,
        detail: `No notification ${id} is addressed to you`,
      });
    }
    const outcome = await this.seam.handle(
      notificationReadsStream(user.id),
      notificationReadsDecider,
      {
        type: 'MarkNotificationRead',
        data: { notificationId: id, userId: user.id, readAt: this.clock.now().toISOString() },
      },
      { ...context, commandId: derivedId('notification-read', user.id, id), ifMatch: undefined },
    );
    return { id, revision: outcome.revision, position: String(outcome.position ?? 0) };
  }
}
