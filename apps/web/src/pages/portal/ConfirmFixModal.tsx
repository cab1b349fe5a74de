import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { api, type WriteResult } from '../../api/client';
import { showFieldErrors } from '../../api/form-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { PORTAL } from './portal.messages';
import type { PortalTicket, PortalTicketDetail } from './portal-types';
import { TicketDetails } from './TicketDetails';

interface Answer {
  confirmed: boolean;
  note?: string;
}

/**
 * The customer's answer on a fix (客户回访): confirmed, or not fixed with a reason, which reopens
 * the ticket (POST /api/tickets/:id/confirmation). Shows the fix it answers first, and answers on
 * that (If-Match on the revision shown): if the ticket changed meanwhile (a colleague sent it back
 * and it was fixed again, say), nothing is recorded, the current fix is shown, and the customer
 * answers again on it.
 */
export function ConfirmFixModal(props: {
  ticket: PortalTicket;
  confirmed: boolean;
  onDone: (result: WriteResult, confirmed: boolean) => void;
  onCancel: () => void;
}) {
  const t = useT(PORTAL);
  const { language } = useLanguage();
  const [form] = Form.useForm<Answer>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [shownRevision, setShownRevision] = useState<number>();
  const [changed, setChanged] = useState(0);
  const onShown = useCallback((detail: PortalTicketDetail) => setShownRevision(detail.revision), []);
  const confirmed = Form.useWatch('confirmed', form) ?? props.confirmed;

  const send = async (answer: Answer) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const note = answer.note?.trim();
      const result = await api.post(
        `/api/tickets/${props.ticket.id}/confirmation`,
        { confirmed: answer.confirmed, ...(note && { note }) },
        shownRevision === undefined ? {} : { 'If-Match': `"${shownRevision}"` },
      );
      props.onDone(result, answer.confirmed);
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setShownRevision(undefined);
        setChanged((n) => n + 1); // shows the ticket as it now is
      } else if (showFieldErrors(form, e, language) !== undefined) setProblem(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={t('confirmTitle', { serviceNo: props.ticket.serviceNo })}
      okText={t('submit')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: shownRevision === undefined }}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
    >
      {changed > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('changedMeanwhile')}
          style={{ marginBottom: 16 }}
        />
      )}
      <TicketDetails key={changed} ticketId={props.ticket.id} onShown={onShown} />
      <ProblemAlert error={problem} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ confirmed: props.confirmed }}
        onFinish={send}
        style={{ marginTop: 16 }}
      >
        <Form.Item label={t('answer')} name="confirmed" rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: true, label: t('yes') },
              { value: false, label: t('no') },
            ]}
          />
        </Form.Item>
        <Form.Item
          label={t('note')}
          name="note"
          rules={[{ required: !confirmed, whitespace: true, message: t('noteRequired') }]}
        >
          <Input.TextArea rows={3} placeholder={t('notePlaceholder')} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
