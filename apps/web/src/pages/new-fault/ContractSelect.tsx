import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/language';
import type { ContractOption } from './use-contract-options';
import { NEW_FAULT } from './new-fault.messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  options: ContractOption[];
  loading: boolean;
  autoFocus?: boolean;
}

/** The contract to report on: typed to search by customer or contract name, or a pasted contract id. */
export function ContractSelect({ id, value, onChange, options, loading, autoFocus }: Props) {
  const t = useT(NEW_FAULT);
  const [search, setSearch] = useState('');
  const typedId = search.trim();
  const items = options.map((o) => ({ value: o.contract.id, label: o.label }));
  if (UUID.test(typedId) && !items.some((i) => i.value === typedId.toLowerCase()))
    items.push({ value: typedId.toLowerCase(), label: t('contractById', { id: typedId }) });
  if (value && !items.some((i) => i.value === value)) items.push({ value, label: value });
  return (
    <Select
      id={id}
      autoFocus={autoFocus}
      value={value}
      onChange={onChange}
      options={items}
      loading={loading}
      placeholder={loading ? t('contractsLoading') : t('contractPlaceholder')}
      notFoundContent={loading ? t('contractsLoading') : t('noContracts')}
      showSearch={{
        onSearch: setSearch,
        filterOption: (input, option) =>
          String(option?.label ?? '')
            .toLowerCase()
            .includes(input.toLowerCase()) || String(option?.value) === input.trim().toLowerCase(),
      }}
    />
  );
}
