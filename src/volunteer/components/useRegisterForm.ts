// The registration form's state, checked with RegisterInput before it is sent, and the
// server's field issues shown under the same fields.
import { useState } from 'react';
import type { Specialty } from '@/domain/menu';
import { RegisterInput } from '@/domain/schemas/volunteer';
import { call, messageFor } from '@/services';

export interface RegisterFields {
  name: string;
  phone: string;
  skills: Specialty[];
  communityId: string;
  partyMember: boolean;
}

const FIELD_HINTS: Record<string, string> = { communityId: '请选择所在社区' };

export function useRegisterForm() {
  const [fields, setFields] = useState<RegisterFields>({ name: '', phone: '', skills: [], communityId: '', partyMember: false });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ code: string; message: string }>();
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof RegisterFields>(key: K, value: RegisterFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    // An edited field's old message no longer applies.
    setIssues((i) => {
      if (!(key in i)) return i;
      const { [key]: _gone, ...rest } = i;
      return rest;
    });
  };

  const collect = (list: ReadonlyArray<{ path: string; message: string }>) => {
    const found: Record<string, string> = {};
    for (const i of list) found[i.path] ??= FIELD_HINTS[i.path] ?? i.message;
    setIssues(found);
  };

  /** Resolves true once the cloud has the registration. */
  const submit = async (): Promise<boolean> => {
    setFailure(undefined);
    const parsed = RegisterInput.safeParse({ action: 'register', ...fields });
    if (!parsed.success) {
      collect(parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })));
      return false;
    }
    setIssues({});
    setBusy(true);
    const r = await call('volunteer', parsed.data);
    setBusy(false);
    if (r.ok) return true;
    if (r.error.issues) collect(r.error.issues.map((i) => ({ path: i.path.split('.')[0], message: i.message })));
    setFailure({ code: r.error.code, message: messageFor(r.error) });
    return false;
  };

  return { fields, set, issues, failure, busy, submit };
}
