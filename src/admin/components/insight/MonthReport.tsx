/**
 * 月报 on 数据看板: a month (last month at first, never after this one) and 「生成月报」, which makes the
 * month's report for the caller's scope (insight.month_report) and shows its two files to download.
 *
 * Selectors: `#month-report`; the month `#period-label`, `#period-prev`, `#period-next`; `#month-report-make`;
 * the links `#month-report-pdf`, `#month-report-xlsx` (`data-url`); `.error-message[data-code]`.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { BigButton, Card, Notice, Tappable } from '@/components';
import { PeriodStepper, addMonths } from '@/admin/components/PeriodStepper';
import type { ActionOutput } from '@/domain/schemas';
import { useAct } from '@/hooks/useAct';
import { call, openPdf, prefetchPdf, shanghaiDate } from '@/services';
import { openSheetFile } from '@/services/sheetFiles';
import './monthReport.scss';

type Made = ActionOutput<'insight', 'month_report'>;

const monthWords = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

export function MonthReport() {
  const current = shanghaiDate(new Date()).slice(0, 7);
  const [month, setMonth] = useState(addMonths(current, -1));
  const [made, setMade] = useState<Made>();
  const { busy, error, act, reset } = useAct();
  const shown = useRef(month);
  shown.current = month;
  const make = async () => {
    const asked = month;
    setMade(undefined);
    const r = await act(
      async () => {
        const files = await call('insight', { action: 'month_report', month: asked });
        // 下载 PDF is offered once the PDF is fetched, so the click saves it at once.
        if (files.ok && shown.current === asked) await prefetchPdf(files.data.pdf);
        return files;
      },
      '月报已生成',
      { toast: false },
    );
    // Another month was chosen meanwhile: these files are not that month's.
    if (r.ok && shown.current === asked) setMade(r.data);
  };
  /** The temporary link may have expired (the page was left open for hours): make it again. */
  const savePdf = async (files: Made) => {
    if (!(await openPdf(files.pdf, `${files.title}.pdf`))) void Taro.showToast({ title: '文件打不开，请重新生成', icon: 'none' });
  };
  const pick = (m: string) => {
    setMonth(m > current ? current : m);
    setMade(undefined);
    reset();
  };
  return (
    <Card title='月报' id='month-report' className='figure-card month-report'>
      <PeriodStepper period='month' at={month} label={monthWords(month)} onChange={pick} />
      <BigButton id='month-report-make' busy={busy} onClick={() => void make()}>
        生成月报
      </BigButton>
      {error && (
        <Notice kind='error' code={error.code}>
          {error.message}
        </Notice>
      )}
      {made && (
        <View className='month-report-files'>
          <Text className='meta'>{made.title}</Text>
          <Tappable
            role='link'
            id='month-report-pdf'
            className='month-report-link'
            data-url={made.pdf.url}
            onClick={() => void savePdf(made)}
          >
            下载 PDF
          </Tappable>
          <Tappable
            role='link'
            id='month-report-xlsx'
            className='month-report-link'
            data-url={made.xlsx.url}
            onClick={() => void openSheetFile(made.xlsx.url, `${made.title}.xlsx`)}
          >
            下载 Excel 表格
          </Tappable>
        </View>
      )}
    </Card>
  );
}
