import { App, Button, Form, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import { showFieldErrors } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useT } from '../../../i18n/language';
import { OccurredAtField } from '../forms/OccurredAtField';
import type { TicketView } from '../ticket-types';
import { ACTION_MESSAGES } from './actions.messages';
import { actionBody } from './action-body';
import { ActionFields } from './ActionFields';
import type { TicketAction } from './ticket-actions';

type ActionKey = `action.${string}` & keyof (typeof ACTION_MESSAGES)['zh'];

/**
 * One action's form in a dialog: its labelled fields, "when it happened", submit (Enter works).
 * A refusal shows the service's explanation; field errors go next to their fields.
 */
export function ActionModal({
  action,
  ticket,
  onClose,
  onDone,
  onRefused,
}: {
  action: TicketAction;
  ticket: TicketView;
  onClose: () => void;
  onDone: (position: string) => void;
  /** The service refused on the ticket's state (409, 412): the page reloads to show what changed. */
  onRefused: () => void;
}) {
  const t = useT(ACTION_MESSAGES);
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const body = useRef<HTMLDivElement>(null);
  const title = t(`action.${action.key}` as ActionKey);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await api.post(`/api/tickets/${ticket.id}/${action.path}`, actionBody(action, values));
      void message.success(t('done', { action: title }));
      onDone(answer.position);
    } catch (error) {
      const unplaced = showFieldErrors(form, error);
      if (unplaced !== undefined || !(error instanceof ApiError)) setProblem(error);
      if (error instanceof ApiError && (error.status === 409 || error.status === 412)) onRefused();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={null}
      // The keyboard starts in the first field (unless the user is already in one).
      afterOpenChange={(open) => {
        const form = body.current;
        if (!open || !form || form.contains(document.activeElement)) return;
        form.querySelector<HTMLElement>('input:not([type=hidden]), textarea')?.focus();
      }}
      width={action.key === 'survey' ? 760 : 560}
      destroyOnHidden
    >
      <div ref={body}>
        <Form form={form} layout="vertical" onFinish={submit} aria-label={title} requiredMark>
          <ProblemAlert error={problem} />
          <ActionFields action={action} ticket={ticket} />
          {action.backdatable && <OccurredAtField />}
          <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
            <Button onClick={onClose} autoInsertSpace={false}>
              {t('cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy} autoInsertSpace={false}>
              {t('submit')}
            </Button>
          </Space>
        </Form>
      </div>
    </Modal>
  );
}
