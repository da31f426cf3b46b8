/**
 * 发布活动 — the organiser's form: what, services (chips from the menu), the community (the organiser's),
 * the address, the day and times, volunteers wanted and skills, the sign-up deadline (default: the day
 * before at 18:00) and the points. One requestId per form, so a retry after a timeout publishes once.
 * A team leader comes with `?teamId=` (the team they lead). Published: the activity's page opens.
 *
 * Selectors (browser tests): `#activity-new-page`; PublishFields' ids; `.field-error[data-field]`;
 * `#publish-submit`; `#publish-error` (`.error-message[data-code]`).
 */
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { BigButton, Notice, PageRoot } from '@/components';
import { checkForm, defaultForm, issuesOf, type PublishForm, type PublishIssues } from '@/dispatcher/components/activity/publishModel';
import { PublishFields } from '@/dispatcher/components/activity/PublishFields';
import { useOrganiserCommunities } from '@/dispatcher/components/activity/useOrganiserCommunities';
import { useAct } from '@/hooks/useAct';
import { newRequestId } from '@/services';
import { publishActivity } from '@/services/activities';

export default function ActivityNewPage() {
  const teamId = useRouter().params.teamId || undefined;
  const { communities, ready } = useOrganiserCommunities(teamId);
  const [form, setForm] = useState<PublishForm>(() => defaultForm(new Date()));
  const [issues, setIssues] = useState<PublishIssues>({});
  const requestId = useRef(newRequestId());
  const { busy, error, act } = useAct();

  // The organiser's only community is chosen for them.
  useEffect(() => {
    if (ready && !form.communityId && communities.length === 1) setForm((f) => ({ ...f, communityId: communities[0].communityId }));
  }, [ready, communities, form.communityId]);

  const set = <K extends keyof PublishForm>(key: K, value: PublishForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setIssues((i) => ({ ...i, [key]: undefined }));
  };

  const submit = async () => {
    const checked = checkForm(form, requestId.current, new Date(), teamId);
    if (!checked.ok) {
      setIssues(checked.issues);
      void Taro.showToast({ title: '还有几项要改，请看红字', icon: 'none' });
      return;
    }
    setIssues({});
    const r = await act(() => publishActivity(checked.input), '活动已发布，志愿者可以报名了');
    if (r.ok) void Taro.redirectTo({ url: `/dispatcher/pages/activity/index?id=${encodeURIComponent(r.data.activityId)}` });
    // The function's own field issues (a community the team does not serve…) show under their fields.
    else if (r.error.issues?.length) setIssues(issuesOf(r.error.issues));
  };

  return (
    <PageRoot id='activity-new-page' desk heading='发布活动'>
      {error ? (
        <Notice kind='error' code={error.code} id='publish-error'>
          {error.message}
        </Notice>
      ) : null}
      <PublishFields form={form} issues={issues} communities={communities} set={set} />
      <BigButton id='publish-submit' busy={busy} onClick={() => void submit()}>
        发布活动
      </BigButton>
    </PageRoot>
  );
}
