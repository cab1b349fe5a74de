import { Badge, Tooltip } from 'antd';
import { useT } from '../i18n/language';
import type { LiveStatus } from './live-events';
import { LIVE } from './live.messages';

const BADGE = { connecting: 'default', live: 'success', reconnecting: 'warning' } as const;

/** How the live feed stands, in words and a dot; announced to screen readers when it changes. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const t = useT(LIVE);
  return (
    <Tooltip title={t('liveHint')}>
      <span role="status" aria-live="polite" data-live={status}>
        <Badge status={BADGE[status]} text={t(status)} />
      </span>
    </Tooltip>
  );
}
