import { Form, Segmented, Space, Spin, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';
import type { FormData, FormListing } from './archive-types';
import { BackAndPrint } from './BackAndPrint';
import { FormSheet } from './FormSheet';

/** A ticket's forms (售后服务记录 …): pick one, read it as on paper, print it. */
export function TicketForms({
  ticketId,
  form,
  onForm,
  onBack,
}: {
  ticketId: string;
  form: string | null;
  onForm: (form: string) => void;
  onBack: () => void;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  const { language } = useLanguage();
  const listing = useApi<FormListing>(`/api/archive/tickets/${ticketId}/forms`);
  const forms = listing.data?.forms ?? [];
  const chosen = forms.find((f) => f.form === form && f.applies) ?? forms.find((f) => f.applies);
  const sheet = useApi<FormData>(chosen ? chosen.href : null);
  return (
    <>
      <Space className="no-print" direction="vertical" size={12} style={{ width: '100%', marginBottom: 16 }}>
        <Space wrap>
          <BackAndPrint onBack={onBack} printable={!!sheet.data} />
        </Space>
        {listing.data && (
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('formOf', { serviceNo: listing.data.serviceNo })}
          </Typography.Title>
        )}
        {forms.length > 0 && (
          <Form.Item label={t('forms')} style={{ marginBottom: 0 }}>
            <Segmented
              aria-label={t('forms')}
              value={chosen?.form}
              onChange={(value) => onForm(String(value))}
              options={forms.map((f) => ({
                value: f.form,
                disabled: !f.applies,
                label: (
                  <span title={f.applies ? f.titleEn : t('notApplicable', { when: f.when })}>
                    {language === 'zh' ? f.title : `${f.title} ${f.titleEn}`}
                  </span>
                ),
              }))}
            />
          </Form.Item>
        )}
      </Space>
      <ProblemAlert error={listing.error ?? sheet.error} />
      <Spin spinning={listing.loading || sheet.loading}>{sheet.data && <FormSheet form={sheet.data} />}</Spin>
    </>
  );
}
