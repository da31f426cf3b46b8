// What the wish side reads and writes of activities (活动) and their sign-ups: folding a wish into an
// activity (the service day) and whether a caller attends it. The `activity` function owns the rest.
import type { DB } from 'wx-server-sdk';
import { signUpIdOf, type Activity, type SignUp } from '../../../src/domain/activity/activity';
import { getDoc } from '../db';
import { collection } from './names';

export const getActivity = (db: DB.Database, id: string) => getDoc<Activity>(db, 'activities', id);

export const getSignUp = (db: DB.Database, activityId: string, openid: string) =>
  getDoc<SignUp>(db, 'signups', signUpIdOf(activityId, openid));

/** The wish joins the activity's list (a set: a repeat adds nothing). */
export const addWishToActivity = (db: DB.Database, activityId: string, wishId: string) =>
  collection(db, 'activities')
    .doc(activityId)
    .update({ data: { wishIds: db.command.addToSet(wishId) } });
