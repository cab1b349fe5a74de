import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useT } from '../../i18n/language';
import { ARCHIVE_MESSAGES } from './archive.messages';

/** The buttons above a printable form: back to the list, and print (once the form is there). */
export function BackAndPrint({ onBack, printable }: { onBack: () => void; printable: boolean }) {
  const t = useT(ARCHIVE_MESSAGES);
  return (
    <>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
        {t('back')}
      </Button>
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!printable}>
        {t('print')}
      </Button>
    </>
  );
}
