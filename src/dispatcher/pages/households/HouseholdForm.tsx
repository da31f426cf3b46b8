// 登记困难户: a stairwell of the community, the room, the tier and a note (why: 低保证号、复核日期).
// The server checks the caller keeps this community and the room fits the stairwell's code.
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { BigButton, Card, Choices, FieldError, FormInput } from '@/components';
import { HOUSEHOLD_TIERS, TIER_LABELS, type HouseholdTier } from '@/domain/money/household';
import { ROOM_ASK } from '@/domain/schemas/common';
import { SetHouseholdTierInput } from '@/domain/schemas/repairs';

export interface TierRequest {
  buildingId: string;
  room: string;
  tier: HouseholdTier;
  note: string;
}

interface Props {
  buildings: ReadonlyArray<{ buildingId: string; name: string; fixes?: 'unit' | 'building' }>;
  busy: boolean;
  onSave: (r: TierRequest) => void;
}

const TIERS = Object.fromEntries(HOUSEHOLD_TIERS.map((t) => [t, TIER_LABELS[t]])) as Record<HouseholdTier, string>;

/** `#household-form`: `.stairwell-<id>`, `#household-room`, `.tier-<ordinary|dibao|tekun>`, `#household-note`, `#household-save`. */
export function HouseholdForm({ buildings, busy, onSave }: Props) {
  const first = buildings[0]?.buildingId ?? '';
  const [buildingId, setBuildingId] = useState(first);
  // Another community: start from its first stairwell (a keyed remount leaves stale copies in Taro's H5 build).
  useEffect(() => setBuildingId(first), [first]);
  const [room, setRoom] = useState('');
  const [tier, setTier] = useState<HouseholdTier>('dibao');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const building = buildings.find((b) => b.buildingId === buildingId);
  const ask = ROOM_ASK[building?.fixes ?? 'unknown'];
  const save = () => {
    const r = { buildingId, room: room.trim(), tier, note: note.trim() };
    const parsed = SetHouseholdTierInput.safeParse({ action: 'set_household_tier', ...r });
    const found: Record<string, string> = parsed.success
      ? {}
      : Object.fromEntries([...parsed.error.issues].reverse().map((i) => [String(i.path[0]), i.message]));
    if (!found.room && !ask.pattern.test(r.room)) found.room = ask.message;
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(r);
  };
  const stairwells = Object.fromEntries(buildings.map((b) => [b.buildingId, b.name]));
  return (
    <Card title='登记或修改' id='household-form'>
      <Text className='field-label'>楼栋</Text>
      <Choices options={stairwells} value={buildingId} prefix='stairwell' label='楼栋' onChange={setBuildingId} />
      <Text className='field-label' id='household-room-label'>{`门牌（${ask.hint}）`}</Text>
      <FormInput
        id='household-room'
        label='门牌'
        labelId='household-room-label'
        value={room}
        maxlength={12}
        placeholder={ask.placeholder}
        invalid={!!errors.room}
        describedBy={errors.room ? ['household-room-error'] : undefined}
        onInput={setRoom}
      />
      {errors.room ? <FieldError field='room' id='household-room-error' message={errors.room} /> : null}
      <Text className='field-label'>类别</Text>
      <Choices options={TIERS} value={tier} prefix='tier' label='类别' onChange={setTier} />
      <Text className='field-label' id='household-note-label'>
        说明（依据）
      </Text>
      <FormInput
        id='household-note'
        label='说明'
        labelId='household-note-label'
        value={note}
        maxlength={60}
        placeholder='如：低保证已核验，2026年复核'
        invalid={!!errors.note}
        describedBy={errors.note ? ['household-note-error'] : undefined}
        onInput={setNote}
      />
      {errors.note ? <FieldError field='note' id='household-note-error' message={errors.note} /> : null}
      <View className='row'>
        <BigButton id='household-save' busy={busy} onClick={save}>
          保存
        </BigButton>
      </View>
    </Card>
  );
}
