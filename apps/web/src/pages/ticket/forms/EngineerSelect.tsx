import { Select } from 'antd';
import { useEngineers } from './use-engineers';

/** Picks one engineer or several (`multiple`); an id may also be pasted when the list is not ours to read. */
export function EngineerSelect({
  known,
  multiple,
  ...rest
}: {
  known: string[];
  multiple?: boolean;
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
}) {
  const options = useEngineers(known);
  return (
    <Select
      {...rest}
      mode={multiple ? 'tags' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      options={options}
    />
  );
}
