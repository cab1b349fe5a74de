import type { Messages } from '../i18n/language';

export const LIVE = {
  zh: {
    connecting: '正在连接实时更新…',
    live: '实时更新',
    reconnecting: '实时更新已断开，正在重连…',
    liveHint: '新报障和工单变化会自动出现，无需刷新',
  },
  en: {
    connecting: 'Connecting to live updates…',
    live: 'Live',
    reconnecting: 'Live updates lost, reconnecting…',
    liveHint: 'New reports and ticket changes appear by themselves, no reload needed',
  },
} satisfies Messages<string>;
