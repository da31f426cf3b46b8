// 商品管理's form: a new item, or a change to one of the shop's (sent with the version it was read at).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, Choices, FieldError, FormInput } from '@/components';
import { SaveItemInput } from '@/domain/schemas/redeem';

export interface ItemDraft {
  itemId?: string;
  version: number;
  name: string;
  points: number;
  stock: number;
  active: boolean;
  note?: string;
}

interface Props {
  item?: ItemDraft;
  busy: boolean;
  onSave: (d: ItemDraft) => void;
  onClose: () => void;
}

/** `#item-form`: `#item-name`, `#item-points`, `#item-stock`, `#item-note`, `.active-on`/`.active-off`, `#item-save`, `#item-cancel`. */
export function ItemForm({ item, busy, onSave, onClose }: Props) {
  const [name, setName] = useState(item?.name ?? '');
  const [points, setPoints] = useState(item ? String(item.points) : '');
  const [stock, setStock] = useState(item ? String(item.stock) : '');
  const [note, setNote] = useState(item?.note ?? '');
  const [active, setActive] = useState<'on' | 'off'>(item && !item.active ? 'off' : 'on');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = () => {
    const d: ItemDraft = {
      ...(item?.itemId ? { itemId: item.itemId } : {}),
      version: item?.version ?? 0,
      name: name.trim(),
      points: Number(points),
      stock: Number(stock),
      active: active === 'on',
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const problems: Record<string, string> = {};
    if (!/^\d+$/.test(points.trim())) problems.points = '请填写整数积分';
    if (!/^\d+$/.test(stock.trim())) problems.stock = '请填写整数库存';
    const parsed = SaveItemInput.safeParse({ action: 'save_item', ...d });
    if (!parsed.success) for (const i of [...parsed.error.issues].reverse()) problems[String(i.path[0])] ??= i.message;
    setErrors(problems);
    if (Object.keys(problems).length === 0) onSave(d);
  };
  const field = (
    key: 'name' | 'points' | 'stock' | 'note',
    label: string,
    value: string,
    set: (v: string) => void,
    max: number,
    kind?: 'number',
  ) => (
    <>
      <Text className='field-label' id={`item-${key}-label`}>
        {label}
      </Text>
      <FormInput
        id={`item-${key}`}
        label={label}
        labelId={`item-${key}-label`}
        value={value}
        maxlength={max}
        {...(kind ? { kind } : {})}
        invalid={!!errors[key]}
        describedBy={errors[key] ? [`item-${key}-error`] : undefined}
        onInput={set}
      />
      {errors[key] ? <FieldError field={key} id={`item-${key}-error`} message={errors[key]!} /> : null}
    </>
  );
  return (
    <Card title={item?.itemId ? `修改「${item.name}」` : '新增商品'} id='item-form'>
      {field('name', '商品名称', name, setName, 30)}
      {field('points', '兑换积分', points, setPoints, 6, 'number')}
      {field('stock', '库存（件）', stock, setStock, 6, 'number')}
      {field('note', '说明（可不填）', note, setNote, 60)}
      <Choices options={{ on: '上架', off: '下架' }} value={active} prefix='active' label='是否上架' onChange={setActive} />
      <View className='row'>
        <BigButton id='item-save' busy={busy} onClick={save}>
          保存
        </BigButton>
        <BigButton kind='plain' id='item-cancel' onClick={onClose}>
          取消
        </BigButton>
      </View>
    </Card>
  );
}
