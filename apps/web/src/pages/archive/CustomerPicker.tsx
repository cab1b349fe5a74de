import { Form, Select } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';
import { useCustomers } from './use-customers';

/** Chooses the customer organisation whose archive is shown (searchable by name). */
export function CustomerPicker({
  value,
  onChange,
  withContracts,
}: {
  value: string | null;
  onChange: (id: string) => void;
  /** Also the customers of every contract (readers of reports may list them). */
  withContracts: boolean;
}) {
  const t = useT(ARCHIVE_MESSAGES);
  const { customers, loading, error } = useCustomers(withContracts);
  return (
    <Form layout="inline" className="no-print" style={{ marginBottom: 16 }}>
      <ProblemAlert error={error} />
      <Form.Item label={t('customer')} htmlFor="archive-customer">
        <Select
          id="archive-customer"
          style={{ width: 420, maxWidth: '100%' }}
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          placeholder={t('pickCustomer')}
          notFoundContent={loading ? undefined : t('noCustomers')}
          value={value ?? undefined}
          onChange={onChange}
          options={customers.map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
    </Form>
  );
}
