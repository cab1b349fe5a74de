import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { useT } from '../i18n/language';
import { LOGIN } from './login.messages';
import { homeOf } from '../app/home-of';
import { useSession } from './session';

/** Username and password; the role the service answers decides the screens shown. */
export function LoginPage() {
  const t = useT(LOGIN);
  const { login } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const user = await login(values.username, values.password);
      navigate(homeOf(user.role), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? t('failed') : String((e as Error).message));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ display: 'grid', placeItems: 'center', minHeight: '100vh', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('title')}
        </Typography.Title>
        {error && <Alert type="error" title={error} role="alert" style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label={t('username')}
            name="username"
            rules={[{ required: true, message: t('required', { field: t('username') }) }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('password')}
            name="password"
            rules={[{ required: true, message: t('required', { field: t('password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
