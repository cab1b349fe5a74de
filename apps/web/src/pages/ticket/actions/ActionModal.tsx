import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/api-error';
import { api } from '../../../api/client';
import { showFieldErrors } from '../../../api/form-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useLanguage, useT } from '../../../i18n/language';
import { STATUS_WORDS, word } from '../../../i18n/ticket-words';
import { OccurredAtField } from '../forms/OccurredAtField';
import type { TicketView } from '../ticket-types';
import { ACTION_MESSAGES } from './actions.messages';
import { actionBody } from './action-body';
import { ActionFields } from './ActionFields';
import type { TicketAction } from './ticket-actions';

type ActionKey = `action.${string}` & keyof (typeof ACTION_MESSAGES)['zh'];

/**
 * One action's form in a dialog: its labelled fields, "when it happened", submit (Enter works).
 * A refusal shows the service's explanation; field errors go next to their fields. The action is
 * sent with `If-Match` on the ticket's revision when the form opened, so it is refused (412) if
 * anything was recorded on the ticket meanwhile: the form then says so, the page shows the
 * current state, and a second submit goes against that state.
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
  const [stale, setStale] = useState(false);
  const { language } = useLanguage();
  // The revision the user decided on: the ticket as it was when the form opened (null: as it is now).
  const decidedOn = useRef<number | null>(ticket.revision);
  const body = useRef<HTMLDivElement>(null);
  const title = t(`action.${action.key}` as ActionKey);

  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(undefined);
    const revision = decidedOn.current ?? ticket.revision;
    try {
      const answer = await api.post(`/api/tickets/${ticket.id}/${action.path}`, actionBody(action, values), {
        'If-Match': `"${revision}"`,
      });
      void message.success(t('done', { action: title }));
      onDone(answer.position);
    } catch (error) {
      const changed = error instanceof ApiError && error.status === 412;
      setStale(changed);
      // Once told, the user decides again on the ticket as the page now shows it.
      if (changed) decidedOn.current = null;
      const unplaced = changed ? undefined : showFieldErrors(form, error, language);
      if (!changed && (unplaced !== undefined || !(error instanceof ApiError))) setProblem(error);
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
          {stale && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('stale', { status: word(STATUS_WORDS, ticket.status, language) })}
              style={{ marginBottom: 16 }}
            />
          )}
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
