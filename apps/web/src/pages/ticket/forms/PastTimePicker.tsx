import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';

/**
 * A date and time to the second, no later than today: a business time entered after the fact.
 * Form.Item's value, onChange and id pass through to the picker.
 */
export function PastTimePicker(props: DatePickerProps) {
  return (
    <DatePicker
      showTime
      needConfirm={false}
      format="YYYY-MM-DD HH:mm:ss"
      disabledDate={(d) => d.isAfter(dayjs(), 'day')}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
