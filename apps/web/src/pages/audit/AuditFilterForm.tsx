import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Role } from '../../auth/session';
import { COMMON } from '../../i18n/common.messages';
import { useLanguage, useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';
import type { AuditFilters } from './audit-types';
import { EVENT_TYPE_WORDS } from '../../i18n/event-type-words';
import type { Named } from './use-directory';

const ROLES: Role[] = ['agent', 'engineer', 'manager', 'headquarters', 'auditor', 'admin', 'customer'];

interface FormValues {
  actor?: string;
  role?: string;
  customer?: string;
  type?: string;
  from?: Dayjs | null;
  to?: Dayjs | null;
  order?: string;
}

const toForm = (f: AuditFilters): FormValues => ({
  actor: f.actor,
  role: f.role,
  customer: f.customer,
  type: f.type,
  from: f.from ? dayjs(f.from) : null,
  to: f.to ? dayjs(f.to) : null,
  order: f.order ?? 'desc',
});

/** ISO 8601 with the browser's offset, as the API wants instants. */
const instant = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DDTHH:mm:ssZ') : undefined);

/** The log's filters: actor, role, customer, event type, recording period, order. Enter searches. */
export function AuditFilterForm(props: {
  filters: AuditFilters;
  customers: Named[];
  staff: Named[] | undefined;
  onSearch: (filters: AuditFilters) => void;
}) {
  const t = useT(AUDIT);
  const common = useT(COMMON);
  const { language } = useLanguage();
  const [form] = Form.useForm<FormValues>();
  const key = JSON.stringify(props.filters);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(JSON.parse(key) as AuditFilters));
  }, [form, key]);

  const search = (v: FormValues) =>
    props.onSearch({
      actor: v.actor?.trim() || undefined,
      role: v.role,
      customer: v.customer,
      type: v.type,
      from: instant(v.from),
      to: instant(v.to),
      order: v.order === 'asc' ? 'asc' : undefined,
    });

  const typeOptions = Object.entries(EVENT_TYPE_WORDS).map(([type, w]) => ({
    value: type,
    label: `${w[language]} · ${type}`,
  }));
  const roleOptions = [
    ...ROLES.map((r) => ({ value: r, label: common(`role.${r}`) })),
    { value: 'system', label: t('role.system') },
  ];
  const showSearch = { optionFilterProp: 'label' as const };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toForm(props.filters)}
      onFinish={search}
      aria-label={t('filters')}
    >
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item label={t('type')} name="type">
            <Select allowClear showSearch={showSearch} placeholder={t('any')} options={typeOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('role')} name="role">
            <Select allowClear placeholder={t('any')} options={roleOptions} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('actor')} name="actor">
            {props.staff ? (
              <Select
                allowClear
                showSearch={showSearch}
                placeholder={t('any')}
                options={props.staff.map((s) => ({ value: s.id, label: s.name }))}
              />
            ) : (
              <Input allowClear placeholder={t('actorPlaceholder')} />
            )}
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('customer')} name="customer">
            <Select
              allowClear
              showSearch={showSearch}
              placeholder={t('any')}
              options={props.customers.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('from')} name="from">
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('to')} name="to">
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('order')} name="order">
            <Select
              options={[
                { value: 'desc', label: t('newestFirst') },
                { value: 'asc', label: t('oldestFirst') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={6} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('search')}
              </Button>
              <Button onClick={() => props.onSearch({})}>{t('reset')}</Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
