import { DeciderSpecification } from '../testing/decider-specification.js';
import { notificationReadsDecider, type NotificationRead } from './notification-reads.decider.js';

const given = DeciderSpecification.for(notificationReadsDecider);
const data = (notificationId: string) => ({
  notificationId,
  userId: 'u-1',
  readAt: '2026-12-05T08:00:00+08:00',
});
const read = (notificationId: string): NotificationRead => ({
  type: 'NotificationRead',
  data: data(notificationId),
});

describe('MarkNotificationRead', () => {
  it('records the first read of a notification', () => {
    given([])
      .when({ type: 'MarkNotificationRead', data: data('n-1') })
      .then([read('n-1')]);
  });

  it('records a notification read twice only once', () => {
    given([read('n-1')])
      .when({ type: 'MarkNotificationRead', data: data('n-1') })
      .thenNothing();
  });

  it('records another notification of the same user', () => {
    given([read('n-1')])
      .when({ type: 'MarkNotificationRead', data: data('n-2') })
      .then([read('n-2')]);
  });
});
