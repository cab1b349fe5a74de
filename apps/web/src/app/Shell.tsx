import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { COMMON } from '../i18n/common.messages';
import { useLanguage, useT } from '../i18n/language';
import { SCREENS } from './screens';

/** The frame of every signed-in screen: the menu of the role's screens, the user, language, sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useT(COMMON);
  const { user, logout } = useSession();
  const { language, setLanguage } = useLanguage();
  const location = useLocation();
  const navigate = useNavigate();
  if (!user) return null;
  const items = SCREENS.filter((s) => s.roles.includes(user.role)).map((s) => ({
    key: s.path,
    label: <Link to={s.path}>{t(s.label)}</Link>,
  }));
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        className="no-print"
        style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#001529', paddingInline: 24 }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <nav aria-label={t('appName')} style={{ flex: 1, minWidth: 0 }}>
          <Menu theme="dark" mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} />
        </nav>
        <Space>
          <Typography.Text style={{ color: '#fff' }}>
            {user.displayName} · {t(`role.${user.role}`)}
          </Typography.Text>
          <Button size="small" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          <Button
            size="small"
            onClick={() => {
              logout();
              navigate('/login');
            }}
          >
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
