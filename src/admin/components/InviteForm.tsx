// 发出邀请: a role, then where it holds (ROLE_SCOPES: a street, a community, a team, a shop — a new
// shop may be named here), who invites, why, and for how many days. The scopes come from `people.scopes`.
import { Text, View } from '@tarojs/components';
import { useCallback, useState, type PropsWithChildren } from 'react';
import { BigButton, Card, Choices, FormInput, Loading, Notice } from '@/components';
import { ROLE_SCOPES, SCOPE_LABELS, SCOPED_ROLES, type ScopeKind, type ScopedRole } from '@/domain/org/grants';
import type { InviteInput } from '@/domain/schemas/people';
import { ROLE_LABELS } from '@/domain/roles';
import { useAct } from '@/hooks/useAct';
import { useRemote } from '@/hooks/useRemote';
import { call } from '@/services';

export interface Created {
  token: string;
  path: string;
  expiresAt: string;
  role: ScopedRole;
  scopeName: string;
}

const NEW_SHOP = 'new-shop';
const ROLE_OPTIONS = Object.fromEntries(SCOPED_ROLES.map((r) => [r, ROLE_LABELS[r]])) as Record<ScopedRole, string>;
const DAY_OPTIONS = { '3': '3天', '7': '7天', '30': '30天' } as const;

/** A visible label (`<id>-label`) above its field. */
function Field({ id, label, children }: PropsWithChildren<{ id: string; label: string }>) {
  return (
    <View className='gap-top'>
      <Text className='section-title' id={`${id}-label`}>
        {label}
      </Text>
      {children}
    </View>
  );
}

export function InviteForm({ onCreated }: { onCreated: (c: Created) => void }) {
  const loadScopes = useCallback(() => call('people', { action: 'scopes' as const }), []);
  const { state: scopes } = useRemote(loadScopes);
  const { busy, error, act } = useAct();
  const [role, setRole] = useState<ScopedRole>('dispatcher');
  const [kind, setKind] = useState<ScopeKind>('community');
  const [scopeId, setScopeId] = useState('');
  const [shopName, setShopName] = useState('');
  const [from, setFrom] = useState('');
  const [note, setNote] = useState('');
  const [days, setDays] = useState<keyof typeof DAY_OPTIONS>('7');

  const chooseRole = (r: ScopedRole) => {
    setRole(r);
    if (!ROLE_SCOPES[r].includes(kind)) setKind(ROLE_SCOPES[r][0]);
    setScopeId('');
  };
  const items = scopes.status === 'ready' ? scopes.data[kind] : [];
  const options: Record<string, string> = Object.fromEntries(items.map((s) => [s.id, s.name]));
  if (kind === 'shop') options[NEW_SHOP] = '新商户…';
  const newShop = kind === 'shop' && scopeId === NEW_SHOP;
  const chosenName = newShop ? shopName.trim() : items.find((s) => s.id === scopeId)?.name;

  const submit = async () => {
    const id = newShop ? `shop-${Date.now().toString(36)}` : scopeId;
    const event: InviteInput = {
      action: 'invite',
      role,
      scope: { kind, id },
      note: note.trim(),
      days: Number(days),
      ...(from.trim() ? { from: from.trim() } : {}),
      ...(newShop ? { shopName: shopName.trim() } : {}),
    };
    const r = await act(() => call('people', event), '邀请已生成', { toast: false });
    if (r.ok) onCreated({ ...r.data, role, scopeName: chosenName ?? '' });
  };

  return (
    <Card title='发出邀请' id='invite-form'>
      <Text className='section-title'>角色</Text>
      <Choices options={ROLE_OPTIONS} value={role} prefix='invite-role' label='邀请成为什么角色' onChange={chooseRole} />
      <Text className='section-title'>范围</Text>
      {ROLE_SCOPES[role].length > 1 && (
        <Choices
          options={Object.fromEntries(ROLE_SCOPES[role].map((k) => [k, SCOPE_LABELS[k]])) as Record<ScopeKind, string>}
          value={kind}
          prefix='invite-kind'
          label='在哪一级'
          onChange={(k) => {
            setKind(k);
            setScopeId('');
          }}
        />
      )}
      {scopes.status === 'loading' && <Loading />}
      {scopes.status === 'error' && (
        <Notice kind='error' code={scopes.code}>
          {scopes.message}
        </Notice>
      )}
      <Text className='meta' id='invite-scope-label'>
        选择{SCOPE_LABELS[kind]}：
      </Text>
      {Object.keys(options).length > 0 && (
        <Choices options={options} value={scopeId} prefix='invite-scope' label={`选择${SCOPE_LABELS[kind]}`} onChange={setScopeId} />
      )}
      {newShop && (
        <Field id='invite-shop-name' label='新商户名称'>
          <FormInput
            id='invite-shop-name'
            label='新商户名称'
            labelId='invite-shop-name-label'
            value={shopName}
            maxlength={40}
            placeholder='如：幸福超市'
            onInput={setShopName}
          />
        </Field>
      )}
      <Field id='invite-from' label='邀请人（对方会看到）'>
        <FormInput
          id='invite-from'
          label='邀请人'
          labelId='invite-from-label'
          value={from}
          maxlength={20}
          placeholder='如：洗马河街道 李主任'
          onInput={setFrom}
        />
      </Field>
      <Field id='invite-note' label='备注（为什么邀请，记入授权记录）'>
        <FormInput id='invite-note' label='备注' labelId='invite-note-label' value={note} maxlength={100} multiline onInput={setNote} />
      </Field>
      <Text className='section-title'>有效期</Text>
      <Choices options={DAY_OPTIONS} value={days} prefix='invite-days' label='有效期' onChange={setDays} />
      {error && (
        <Notice kind='error' code={error.code} id='invite-form-error'>
          {error.message}
        </Notice>
      )}
      <BigButton id='invite-create' busy={busy} disabled={!chosenName} onClick={() => void submit()}>
        生成邀请
      </BigButton>
    </Card>
  );
}
