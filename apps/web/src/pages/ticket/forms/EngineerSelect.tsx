import { Select } from 'antd';
import { useEngineers } from './use-engineers';

/**
 * Picks one engineer or several (`multiple`) by name from the staff list; a role that may not read
 * the list picks from the engineers it knows (itself, those on the ticket) or pastes an id.
 */
export function EngineerSelect({
  known,
  multiple = false,
  id,
  value,
  onChange,
}: {
  known: string[];
  multiple?: boolean;
  id?: string;
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
}) {
  const { options, complete } = useEngineers(known);
  if (complete) {
    return (
      <Select
        id={id}
        value={value}
        onChange={onChange}
        mode={multiple ? 'multiple' : undefined}
        showSearch={{ optionFilterProp: 'label' }}
        allowClear
        options={options}
      />
    );
  }
  // Tags mode lets an id be typed; one engineer keeps the last one entered.
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return (
    <Select
      id={id}
      mode="tags"
      value={list}
      onChange={(next: string[]) => onChange?.(multiple ? next : next.at(-1))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      options={options}
    />
  );
}
