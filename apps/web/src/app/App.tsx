import { Result, Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage';
import { useSession, type Role } from '../auth/session';
import { COMMON } from '../i18n/common.messages';
import { useT } from '../i18n/language';
import { homeOf } from './home-of';
import { SCREENS, TicketPage } from './screens';
import { Shell } from './Shell';

const EVERYONE: Role[] = ['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'admin', 'customer'];

/** Signed in, with a role allowed here; else to the login (keeping where the user wanted to go) or a 403 page. */
function Guarded({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const t = useT(COMMON);
  const { user } = useSession();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (!roles.includes(user.role)) {
    return (
      <Shell>
        <Result status="403" title="403" subTitle={t('forbidden')} />
      </Shell>
    );
  }
  return (
    <Shell>
      <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{children}</Suspense>
    </Shell>
  );
}

function Home() {
  const { user } = useSession();
  return <Navigate to={user ? homeOf(user.role) : '/login'} replace />;
}

function NotFound() {
  const t = useT(COMMON);
  return <Result status="404" title="404" subTitle={t('notFound')} />;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/" element={<Home />} />
      {SCREENS.map((s) => (
        <Route key={s.path} path={s.path} element={<Guarded roles={s.roles}>{s.element}</Guarded>} />
      ))}
      <Route
        path="/tickets/:id"
        element={
          <Guarded roles={EVERYONE}>
            <TicketPage />
          </Guarded>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
