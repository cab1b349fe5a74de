import type { ThemeConfig } from 'antd';

/** Whether the user asked the system for less motion (WCAG 2.3.3): then no animations at all. */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Ant Design's look with readable contrast (WCAG 2 AA, 4.5:1 for text, checked by the browser
 * tests with axe-core): its secondary and placeholder greys and its status colours are too light
 * on white and on their own pale backgrounds, so they are darkened here. Motion follows the
 * user's system setting.
 */
export const THEME: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};
