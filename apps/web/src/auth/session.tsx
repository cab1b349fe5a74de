import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, currentToken, setToken, whenUnauthorized } from '../api/client';

export type Role = 'agent' | 'engineer' | 'manager' | 'headquarters' | 'auditor' | 'admin' | 'customer';

export interface User {
  id: string;
  username: string;
  role: Role;
  displayName: string;
  customerId?: string;
}

interface LoginAnswer {
  accessToken: string;
  expiresIn: number;
  user: User;
}

interface Session {
  user: User | null;
  token: string | null;
  login: (username: string, password: string) => Promise<User>;
  logout: () => void;
}

const STORAGE_KEY = 'desk.session';
const SessionContext = createContext<Session | null>(null);

/** The signed-in user and the bearer token, kept for the browser tab (sessionStorage) until it expires. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: User; token: string; expiresAt: number } | null>(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return null;
    const parsed = JSON.parse(saved) as { user: User; token: string; expiresAt: number };
    return parsed.expiresAt > Date.now() ? parsed : null;
  });
  setToken(state?.token ?? null);

  const logout = useCallback(() => {
    // Ends the token on the service too (best effort: it may be refused already, which is why we are here).
    if (currentToken()) void api.post('/api/auth/logout', undefined).catch(() => undefined);
    sessionStorage.removeItem(STORAGE_KEY);
    setToken(null);
    setState(null);
  }, []);
  useEffect(() => whenUnauthorized(logout), [logout]);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await api.post<LoginAnswer>('/api/auth/login', { username, password });
    const next = {
      user: answer.user,
      token: answer.accessToken,
      expiresAt: Date.now() + answer.expiresIn * 1000,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setToken(next.token);
    setState(next);
    return answer.user;
  }, []);

  const value = useMemo(
    () => ({ user: state?.user ?? null, token: state?.token ?? null, login, logout }),
    [state, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
