// One person holding scoped roles: name (from the volunteer registration), phone masked, each grant
// with its scope and 撤销 (with a reason, kept in the audit record). A role held without a scope (from
// before roles had scopes) shows as 全部 and can be revoked the same way.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card } from '@/components';
import { ReasonForm } from '@/components/ReasonForm';
import { isScopedRole, type Scope, type ScopedRole } from '@/domain/org/grants';
import { ROLE_LABELS } from '@/domain/roles';
import { RevokeGrantInput } from '@/domain/schemas/people';
import { scopeText } from '@/services';

export interface PersonItem {
  personId: string;
  name: string;
  phone: string;
  roles: ReadonlyArray<keyof typeof ROLE_LABELS>;
  grants: ReadonlyArray<{ role: ScopedRole; scope: Scope & { name: string } }>;
}
export interface Revoke {
  role: ScopedRole;
  scope?: Scope;
  reason: string;
}

/** The person's grants, and the scoped roles they hold by name alone. */
function holdings(p: PersonItem): Array<{ key: string; role: ScopedRole; scope?: Scope & { name: string } }> {
  const unscoped = p.roles.filter((r) => isScopedRole(r) && !p.grants.some((g) => g.role === r)) as ScopedRole[];
  return [
    ...p.grants.map((g) => ({ key: `${g.role}-${g.scope.kind}-${g.scope.id}`, role: g.role, scope: g.scope })),
    ...unscoped.map((role) => ({ key: `${role}-all`, role })),
  ];
}

export function PersonCard({ person, busy, onRevoke }: { person: PersonItem; busy: boolean; onRevoke: (r: Revoke) => void }) {
  const [revoking, setRevoking] = useState<string>();
  return (
    <Card title={person.name} className='person-card' id={`person-${person.personId}`}>
      {person.phone && <Text className='meta person-phone'>{person.phone}</Text>}
      {holdings(person).map((h) => (
        <View key={h.key} className='grant-row' id={`grant-${person.personId}-${h.key}`}>
          <Text className='grant-text'>
            {ROLE_LABELS[h.role]} · {h.scope ? scopeText(h.scope) : '全部（未限定范围）'}
          </Text>
          {revoking === h.key ? (
            <ReasonForm
              id='grant-revoke'
              title={`撤销 ${person.name} 的${ROLE_LABELS[h.role]}权限`}
              hint='撤销立即生效。原因会记入授权记录。'
              placeholder='如：调离岗位'
              confirm='确认撤销'
              schema={RevokeGrantInput.shape.reason}
              busy={busy}
              onSubmit={(reason) => {
                setRevoking(undefined);
                onRevoke({ role: h.role, ...(h.scope ? { scope: { kind: h.scope.kind, id: h.scope.id } } : {}), reason });
              }}
              cancel={{ label: '不撤销', onCancel: () => setRevoking(undefined) }}
            />
          ) : (
            <BigButton kind='plain' className='grant-revoke' onClick={() => setRevoking(h.key)}>
              撤销
            </BigButton>
          )}
        </View>
      ))}
    </Card>
  );
}
