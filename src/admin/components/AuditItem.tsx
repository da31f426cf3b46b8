// One line of the audit record: when, who did what to whom, the role and scope, and why.
import { Text } from '@tarojs/components';
import { Card, InfoRow } from '@/components';
import { AUDIT_LABELS, type AuditAction } from '@/domain/org/audit';
import type { Scope, ScopedRole } from '@/domain/org/grants';
import { ROLE_LABELS } from '@/domain/roles';
import { formatDateTime, scopeText } from '@/services';

export interface AuditEntry {
  at: string;
  what: AuditAction;
  by: string;
  whom: string;
  role: ScopedRole;
  scope: Scope & { name: string };
  why: string;
}

export function AuditItem({ entry }: { entry: AuditEntry }) {
  return (
    <Card className='audit-item'>
      <Text className='audit-what' data-what={entry.what}>
        {formatDateTime(entry.at)} · {AUDIT_LABELS[entry.what]}
      </Text>
      <InfoRow label='操作人' value={entry.by} />
      {entry.whom && <InfoRow label='对象' value={entry.whom} />}
      <InfoRow label='权限' value={`${ROLE_LABELS[entry.role]} · ${scopeText(entry.scope)}`} />
      {entry.why && <InfoRow label='原因' value={entry.why} />}
    </Card>
  );
}
