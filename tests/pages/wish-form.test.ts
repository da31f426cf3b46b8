// The wish form: what it sends is what WishForm (the cloud's own schema) accepts, and every
// problem a resident can make reads in Chinese next to the right field.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { WishForm } from '../../src/domain/schemas/wish';
import { validate } from '../../src/domain/validate';
import { errorsFromIssues, initialValues, toWishForm, type FormValues } from '../../src/pages/wish/new/formModel';
import { newRequestId } from '../../src/services/requestId';

const now = new Date('2025-11-22T23:30:00Z');
const filled: FormValues = {
  ...initialValues(now),
  category: 'repairs',
  description: '  厨房水龙头一直漏水  ',
  name: '张秀兰',
  phone: '13912345678',
  room: '3-201',
};

describe('wish form', () => {
  it('starts with tomorrow (Shanghai), any time, normal urgency, no photos', () => {
    const v = initialValues(now);
    assert.deepEqual([v.date, v.window, v.urgency, v.photos, v.proxy], ['2025-11-24', 'any', 'normal', [], false]);
  });

  it('prefills the remembered contact, and the room only for the same building', () => {
    const remembered = { name: '张秀兰', phone: '13912345678', room: '3-201', buildingId: 'B-0012' };
    assert.equal(initialValues(now, remembered, 'B-0012').room, '3-201');
    assert.equal(initialValues(now, remembered, 'B-0013').room, '');
    assert.equal(initialValues(now, remembered, 'B-0013').phone, '13912345678');
  });

  it('a filled form passes WishForm, trimmed', () => {
    const r = validate(WishForm, toWishForm(filled, 'B-0012'));
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.data.description, '厨房水龙头一直漏水');
  });

  it('the wall consent follows the kind of help until the resident touches it (微心愿墙)', () => {
    const cases: Array<[FormValues['category'], boolean | null, boolean]> = [
      ['repairs', null, true],
      ['health_check', null, false],
      ['psych_support', null, false],
      ['health_check', true, true],
      ['repairs', false, false],
      ['', null, false],
    ];
    for (const [category, touched, sent] of cases)
      assert.equal(toWishForm({ ...filled, category, wallConsent: touched }, 'B-0012').wallConsent, sent, `${category} ${touched}`);
  });

  it('an empty form gets a Chinese message on every required field', () => {
    const r = validate(WishForm, toWishForm(initialValues(now), 'B-0012'));
    assert.ok(!r.ok);
    const errors = errorsFromIssues(r.error.issues);
    for (const field of ['category', 'description', 'contact.name', 'contact.phone', 'room']) {
      assert.match(errors[field] ?? '', /[\u4e00-\u9fa5]/, `${field}: ${errors[field]}`);
    }
    assert.equal(errors.category, '请选择要办的事');
  });

  it('keeps the schema message when it is already Chinese, and one message per field', () => {
    const errors = errorsFromIssues([
      { path: 'contact.phone', message: '手机号应为11位数字' },
      { path: 'contact.phone', message: 'second' },
      { path: 'photos.1', message: 'Invalid string' },
    ]);
    assert.deepEqual(errors, { 'contact.phone': '手机号应为11位数字', photos: '照片有误，请重新选择' });
  });

  it('a description over 300 characters is refused', () => {
    const r = validate(WishForm, toWishForm({ ...filled, description: '漏'.repeat(301) }, 'B-0012'));
    assert.ok(!r.ok);
    assert.equal(errorsFromIssues(r.error.issues).description, '最多300个字');
  });

  it('request ids fit RequestId and differ', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId()));
    assert.equal(ids.size, 200);
    for (const id of ids) assert.match(id, /^[0-9A-Za-z]{16,64}$/);
  });
});
