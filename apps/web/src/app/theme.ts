import type { ThemeConfig } from 'antd';

/**
 * Ant Design's look with readable contrast (WCAG 2 AA, 4.5:1 for text, checked by the browser
 * tests with axe-core): its secondary and placeholder greys and its status colours are too light
 * on white and on their own pale backgrounds, so they are darkened here.
 */
export const THEME: ThemeConfig = {
  token: {
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
