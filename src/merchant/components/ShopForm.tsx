// 我的店铺's form: the address, opening hours and a short introduction volunteers read, sent with the
// version the page read (someone else's change in between is refused, not overwritten).
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FieldError, FormInput } from '@/components';
import { EditShopInput } from '@/domain/schemas/admin';

export interface ShopDraft {
  version: number;
  address: string;
  hours: string;
  intro?: string;
}

interface Props {
  shop: { version: number; address?: string; hours?: string; intro?: string };
  busy: boolean;
  onSave: (d: ShopDraft) => void;
  onClose: () => void;
}

type Key = 'address' | 'hours' | 'intro';

/** `#shop-form`: `#shop-address`, `#shop-hours`, `#shop-intro`, `#shop-save`, `#shop-cancel`. */
export function ShopForm({ shop, busy, onSave, onClose }: Props) {
  const [values, setValues] = useState<Record<Key, string>>({
    address: shop.address ?? '',
    hours: shop.hours ?? '',
    intro: shop.intro ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const save = () => {
    const d: ShopDraft = {
      version: shop.version,
      address: values.address.trim(),
      hours: values.hours.trim(),
      ...(values.intro.trim() ? { intro: values.intro.trim() } : {}),
    };
    const parsed = EditShopInput.safeParse({ action: 'edit_shop', ...d });
    const problems: Partial<Record<Key, string>> = {};
    // The first message of each field says what is wrong (empty before too short).
    if (!parsed.success) for (const i of [...parsed.error.issues].reverse()) problems[String(i.path[0]) as Key] = i.message;
    setErrors(problems);
    if (parsed.success) onSave(d);
  };
  const field = (key: Key, label: string, max: number, placeholder: string, multiline?: boolean) => (
    <>
      <Text className='field-label' id={`shop-${key}-label`}>
        {label}
      </Text>
      <FormInput
        id={`shop-${key}`}
        label={label}
        labelId={`shop-${key}-label`}
        value={values[key]}
        maxlength={max}
        placeholder={placeholder}
        multiline={multiline}
        invalid={!!errors[key]}
        describedBy={errors[key] ? [`shop-${key}-error`] : undefined}
        onInput={(v) => setValues((old) => ({ ...old, [key]: v }))}
      />
      {errors[key] ? <FieldError field={key} id={`shop-${key}-error`} message={errors[key]!} /> : null}
    </>
  );
  return (
    <Card title='修改店铺资料' id='shop-form'>
      {field('address', '地址', 60, '如：翠湖小区南门旁')}
      {field('hours', '营业时间', 40, '如：每天 8:00–21:00')}
      {field('intro', '店铺简介（可不填）', 120, '如：社区里的爱心超市，积分可兑换米面油', true)}
      <View className='row'>
        <BigButton id='shop-save' busy={busy} onClick={save}>
          保存
        </BigButton>
        <BigButton kind='plain' id='shop-cancel' onClick={onClose}>
          取消
        </BigButton>
      </View>
    </Card>
  );
}
