import { CHANNELS, TICKET_KINDS, URGENCIES } from '@domain';
import { Button, Col, DatePicker, Form, Input, Radio, Row, Typography, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { useSession } from '../../auth/session';
import { BackdatingReasonField } from '../../components/BackdatingReasonField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { CHANNEL_WORDS, KIND_WORDS, URGENCY_WORDS, word } from '../../i18n/ticket-words';
import { ContractSelect } from './ContractSelect';
import { customerById } from './directory';
import { rememberContract } from './known-contracts';
import { NEW_FAULT } from './new-fault.messages';
import { reportBody, type FaultFormValues } from './report-body';
import { SeverityChoice } from './SeverityChoice';
import { useContractOptions } from './use-contract-options';

/** What POST /api/tickets answered: the new ticket, its 售后服务号, and its position for read-your-writes. */
export interface ReportedFault {
  id: string;
  serviceNo: string;
  revision: number;
  position: string;
}

interface Props {
  /** 'desk': the agent on the phone (every field). 'customer': the portal (channel web, reporter = the contact). */
  variant?: 'desk' | 'customer';
  onReported: (fault: ReportedFault) => void;
}

/**
 * The fault report (报障): one form for the on-duty agent taking a call and, as the 'customer'
 * variant, for a customer contact in the portal. Keyboard first: focus starts in the first field that
 * needs an answer, Tab moves on, arrow keys choose, Enter (Ctrl+Enter in the description) submits.
 */
export function FaultReportForm({ variant = 'desk', onReported }: Props) {
  const t = useT(NEW_FAULT);
  const { language } = useLanguage();
  const { user } = useSession();
  const customer = variant === 'customer';
  const [form] = Form.useForm<FaultFormValues>();
  const { options, loading, error: contractsError } = useContractOptions();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const nameRef = useRef<InputRef>(null);
  const contractId = Form.useWatch('contractId', form);

  // The only contract is chosen already: the agent starts with the caller's name.
  useEffect(() => {
    if (options.length !== 1 || form.getFieldValue('contractId')) return;
    form.setFieldValue('contractId', options[0].contract.id);
    nameRef.current?.focus();
  }, [options, form]);

  // Once a contract is chosen the agent goes on with the caller's name.
  useEffect(() => {
    if (contractId) nameRef.current?.focus();
  }, [contractId]);

  // The product follows the contract (unless the agent typed another).
  useEffect(() => {
    const chosen = options.find((o) => o.contract.id === contractId)?.contract;
    if (chosen && !form.isFieldTouched(['product', 'name']) && !form.isFieldTouched(['product', 'version']))
      form.setFieldsValue({ product: { ...chosen.product } });
  }, [contractId, options, form]);

  // A customer contact reports as itself, with its phone and e-mail from its organisation's contacts.
  useEffect(() => {
    if (!customer || !user) return;
    form.setFieldValue(['reporter', 'name'], user.displayName);
    if (!user.customerId) return;
    void customerById(user.customerId).then((org) => {
      const me = org?.contacts.find((c) => c.name === user.displayName);
      if (me) form.setFieldsValue({ reporter: { name: me.name, phone: me.phone, email: me.email } });
    });
  }, [customer, user, form]);

  const submit = async (values: FaultFormValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      // The portal's form has no channel field: a customer contact reports through the web.
      const body = reportBody({ ...values, channel: customer ? 'web' : values.channel });
      const answer = await api.post<ReportedFault>('/api/tickets', body);
      if (values.contractId) rememberContract(values.contractId);
      onReported(answer);
    } catch (e) {
      if (showFieldErrors(form, e, language)) setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  const submitOnCtrlEnter = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    }
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('required', { field }),
  });
  const chosen = (field: string) => ({ required: true, message: t('requiredChoice', { field }) });

  return (
    <Form<FaultFormValues>
      form={form}
      layout="vertical"
      name={customer ? 'portalFault' : 'fault'}
      onFinish={submit}
      requiredMark
      scrollToFirstError
      initialValues={{
        channel: customer ? 'web' : 'hotline',
        kind: 'request',
        urgency: 'normal',
        reporter: {},
      }}
    >
      <Typography.Paragraph type="secondary">{customer ? t('customerHint') : t('hint')}</Typography.Paragraph>
      <ProblemAlert error={contractsError ?? problem} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item label={t('contract')} name="contractId" rules={[chosen(t('contract'))]}>
            <ContractSelect options={options} loading={loading} autoFocus />
          </Form.Item>
        </Col>
        <Col xs={12} lg={7}>
          <Form.Item label={t('productName')} name={['product', 'name']} tooltip={t('productHint')}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={12} lg={5}>
          <Form.Item label={t('productVersion')} name={['product', 'version']}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item
            label={t('reporterName')}
            name={['reporter', 'name']}
            rules={[required(t('reporterName'))]}
          >
            <Input ref={nameRef} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item label={t('reporterPhone')} name={['reporter', 'phone']}>
            <Input type="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item
            label={t('reporterEmail')}
            name={['reporter', 'email']}
            rules={[{ type: 'email', message: t('email') }]}
          >
            <Input type="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {!customer && (
          <Col xs={24} lg={16}>
            <Form.Item label={t('channel')} name="channel" rules={[chosen(t('channel'))]}>
              <Radio.Group
                name="channel"
                optionType="button"
                options={CHANNELS.map((c) => ({ value: c, label: word(CHANNEL_WORDS, c, language) }))}
              />
            </Form.Item>
          </Col>
        )}
        {/* A customer contact reports as it happens; the desk may enter a call that came in earlier. */}
        {!customer && (
          <Col xs={24} lg={8}>
            <Form.Item
              label={t('reportedAt')}
              name="reportedAt"
              extra={t('reportedAtHint')}
              rules={[
                {
                  validator: (_, value?: dayjs.Dayjs | null) =>
                    value && value.isAfter(dayjs())
                      ? Promise.reject(new Error(t('future')))
                      : Promise.resolve(),
                },
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                placeholder={t('reportedAtPlaceholder')}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <BackdatingReasonField timeField="reportedAt" />
          </Col>
        )}
      </Row>
      <Form.Item label={t('description')} name="description" rules={[required(t('description'))]}>
        <Input.TextArea
          rows={4}
          placeholder={t('descriptionPlaceholder')}
          onKeyDown={submitOnCtrlEnter}
          maxLength={20000}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Form.Item
            label={customer ? t('customerSeverity') : t('severity')}
            name="severity"
            rules={[chosen(customer ? t('customerSeverity') : t('severity'))]}
            extra={customer ? t('customerSeverityHint') : undefined}
          >
            <SeverityChoice />
          </Form.Item>
        </Col>
        <Col xs={12} lg={5}>
          <Form.Item label={t('kind')} name="kind" rules={[chosen(t('kind'))]}>
            <Radio.Group name="kind">
              {TICKET_KINDS.map((k) => (
                <Radio key={k} value={k} style={{ display: 'flex' }}>
                  {word(KIND_WORDS, k, language)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={12} lg={5}>
          <Form.Item label={t('urgency')} name="urgency" rules={[chosen(t('urgency'))]}>
            <Radio.Group name="urgency">
              {URGENCIES.map((u) => (
                <Radio key={u} value={u} style={{ display: 'flex' }}>
                  {word(URGENCY_WORDS, u, language)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" size="large" loading={busy}>
        {t('submit')}
      </Button>
      <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
        {t('submitShortcut')}
      </Typography.Text>
    </Form>
  );
}
