import { ROLE_WORDS } from '@domain';
import type { Messages } from './language';

/**
 * Words every screen uses: roles, statuses, severities, the shell. The roles are the domain's
 * (libs/domain/src/vocabulary), but for the shell's shorter 值班员 and its English 'Administrator'.
 */
export const COMMON = {
  zh: {
    appName: '售后服务台',
    logout: '退出登录',
    language: 'English',
    'role.agent': '值班员',
    'role.engineer': ROLE_WORDS.engineer.zh,
    'role.manager': ROLE_WORDS.manager.zh,
    'role.headquarters': ROLE_WORDS.headquarters.zh,
    'role.auditor': ROLE_WORDS.auditor.zh,
    'role.admin': ROLE_WORDS.admin.zh,
    'role.customer': ROLE_WORDS.customer.zh,
    'menu.board': '服务台',
    'menu.newFault': '新报障',
    'menu.reports': '报表',
    'menu.archive': '服务档案',
    'menu.audit': '审计',
    'menu.portal': '我的报障',
    loading: '加载中…',
    retry: '重试',
    forbidden: '您的角色无权查看此页。',
    notFound: '没有这个页面。',
  },
  en: {
    appName: 'Service desk',
    logout: 'Sign out',
    language: '中文',
    'role.agent': ROLE_WORDS.agent.en,
    'role.engineer': ROLE_WORDS.engineer.en,
    'role.manager': ROLE_WORDS.manager.en,
    'role.headquarters': ROLE_WORDS.headquarters.en,
    'role.auditor': ROLE_WORDS.auditor.en,
    'role.admin': 'Administrator',
    'role.customer': ROLE_WORDS.customer.en,
    'menu.board': 'Desk board',
    'menu.newFault': 'New fault',
    'menu.reports': 'Reports',
    'menu.archive': 'Service archive',
    'menu.audit': 'Audit',
    'menu.portal': 'My tickets',
    loading: 'Loading…',
    retry: 'Retry',
    forbidden: 'Your role may not see this page.',
    notFound: 'There is no such page.',
  },
} satisfies Messages<string>;
