import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';

/** Finds a ticket by its service number (GET /api/tickets?q=) and opens its dispute bundle. */
export function DisputeBundleFinder({ onFound }: { onFound: (ticketId: string) => void }) {
  const t = useT(AUDIT);
  const [form] = Form.useForm<{ serviceNo: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const find = async ({ serviceNo }: { serviceNo: string }) => {
    const wanted = serviceNo.trim().toUpperCase();
    setBusy(true);
    setError(undefined);
    try {
      const page = await api.get<{ items: { id: string; serviceNo: string }[] }>(
        `/api/tickets?q=${encodeURIComponent(wanted)}&limit=20`,
      );
      const ticket = page.items.find((i) => i.serviceNo === wanted);
      if (ticket) onFound(ticket.id);
      else form.setFields([{ name: 'serviceNo', errors: [t('notFound', { serviceNo: wanted })] }]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('finderTitle')} size="small" style={{ marginBottom: 16, flex: '0 1 460px' }}>
      <ProblemAlert error={error} />
      <Form form={form} layout="inline" onFinish={find}>
        <Form.Item
          label={t('serviceNo')}
          name="serviceNo"
          rules={[{ required: true, whitespace: true, message: t('serviceNoRequired') }]}
        >
          <Input placeholder="SV-202611-0042" style={{ width: 180 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('find')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        {t('finderHint')}
      </Typography.Text>
    </Card>
  );
}
