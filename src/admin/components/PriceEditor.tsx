// 收费标准 (settings key `prices`): which categories are services at cost, their market price and
// material cost in yuan (stored in fen), and the percentage of market ordinary households pay. Saved
// as a compare-and-set on the version shown, with a reason (bank.set_setting).
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BigButton, Card, Choice, FieldError, FormInput } from '@/components';
import { CATEGORIES, SERVICE_MENU, type Category } from '@/domain/menu';
import { parseYuan, yuanText } from '@/domain/money/fen';
import { CategoryPrice, priceOf, type PriceSettings } from '@/domain/money/price';

interface Row {
  on: boolean;
  market: string;
  material: string;
  percent: string;
}
export interface PriceChange {
  value: PriceSettings;
  reason: string;
}

const rowsOf = (value: PriceSettings): Record<Category, Row> =>
  Object.fromEntries(
    CATEGORIES.map((c) => {
      const p = priceOf(value, c);
      return [
        c,
        {
          on: !!p,
          market: p ? yuanText(p.marketFen) : '',
          material: p ? yuanText(p.materialFen) : '',
          percent: String(p?.ordinaryPercent ?? 90),
        },
      ];
    }),
  ) as Record<Category, Row>;

/** `#price-editor`: `.price-on-<category>` (a checkbox), `#price-<category>-<market|material|percent>`, `#price-reason`, `#price-save`. */
export function PriceEditor({
  value,
  version,
  busy,
  onSave,
}: {
  value: PriceSettings;
  /** A new version (saved, or changed meanwhile) starts the rows again from `value`. */
  version: number;
  busy: boolean;
  onSave: (c: PriceChange) => void;
}) {
  const [rows, setRows] = useState(() => rowsOf(value));
  // Only a new version resets what the admin typed.
  useEffect(() => setRows(rowsOf(value)), [version]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const edit = (c: Category, patch: Partial<Row>) => setRows((r) => ({ ...r, [c]: { ...r[c], ...patch } }));
  const save = () => {
    const found: Record<string, string> = {};
    const items: PriceSettings['items'] = [];
    for (const c of CATEGORIES.filter((k) => rows[k].on)) {
      const r = rows[c];
      const [marketFen, materialFen] = [parseYuan(r.market), parseYuan(r.material)];
      if (marketFen === undefined) found[`${c}-market`] = '请填写金额，如 80 或 80.50';
      if (materialFen === undefined) found[`${c}-material`] = '请填写金额，如 12 或 12.50';
      const parsed = CategoryPrice.safeParse({ category: c, marketFen, materialFen, ordinaryPercent: Number(r.percent) });
      if (marketFen !== undefined && materialFen !== undefined && !parsed.success)
        for (const i of [...parsed.error.issues].reverse())
          found[`${c}-${i.path.at(-1) === 'ordinaryPercent' ? 'percent' : 'material'}`] = i.message;
      if (parsed.success) items.push(parsed.data);
    }
    if (reason.trim().length < 2) found.reason = '请写明调整原因（至少2个字）';
    setErrors(found);
    if (Object.keys(found).length === 0) onSave({ value: { items }, reason: reason.trim() });
  };
  const input = (c: Category, field: 'market' | 'material' | 'percent', label: string) => {
    const id = `price-${c}-${field}`;
    return (
      <View className='price-field' key={field}>
        <Text className='field-label' id={`${id}-label`}>
          {label}
        </Text>
        <FormInput
          id={id}
          label={`${SERVICE_MENU[c].label}${label}`}
          labelId={`${id}-label`}
          kind={field === 'percent' ? 'number' : 'text'}
          value={rows[c][field]}
          maxlength={10}
          invalid={!!errors[`${c}-${field}`]}
          describedBy={errors[`${c}-${field}`] ? [`${id}-error`] : undefined}
          onInput={(v) => edit(c, { [field]: v })}
        />
        {errors[`${c}-${field}`] ? <FieldError field={`${c}-${field}`} id={`${id}-error`} message={errors[`${c}-${field}`]} /> : null}
      </View>
    );
  };
  return (
    <Card title='收费标准' id='price-editor'>
      <Text className='meta'>
        勾选的服务为低偿服务：普通户按市场价的比例付费（按分向下取整），低保户只付材料费，特困户免费，差额由社区公益基金承担。
      </Text>
      {CATEGORIES.map((c) => (
        <View key={c} className='price-row'>
          <Choice
            multi
            checked={rows[c].on}
            className={`option choice price-on-${c}${rows[c].on ? ' choice--on' : ''}`}
            onChoose={() => edit(c, { on: !rows[c].on })}
          >
            <Text>{`${SERVICE_MENU[c].label}${rows[c].on ? '：收费' : '：免费'}`}</Text>
          </Choice>
          {rows[c].on ? (
            <View className='row price-fields'>
              {input(c, 'market', '市场价（元）')}
              {input(c, 'material', '材料费（元）')}
              {input(c, 'percent', '普通户付（%）')}
            </View>
          ) : null}
        </View>
      ))}
      <Text className='field-label' id='price-reason-label'>
        调整原因
      </Text>
      <FormInput
        id='price-reason'
        label='调整原因'
        labelId='price-reason-label'
        value={reason}
        maxlength={60}
        invalid={!!errors.reason}
        describedBy={errors.reason ? ['price-reason-error'] : undefined}
        onInput={setReason}
      />
      {errors.reason ? <FieldError field='reason' id='price-reason-error' message={errors.reason} /> : null}
      <BigButton id='price-save' busy={busy} onClick={save}>
        保存收费标准
      </BigButton>
    </Card>
  );
}
