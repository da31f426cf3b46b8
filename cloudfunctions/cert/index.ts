// `cert`: volunteer service certificates (志愿服务证明). `issue` sums the caller's own journal for a period,
// writes the certificate once (its number from the year's sequence) and stores its PDF; `mine` lists the
// caller's, each with a temporary URL of its PDF (one storage call per 50); `verify` answers a number's
// masked fields to anyone signed in. The identity number is checked by the schema, masked and hashed
// here, and never stored, logged or answered whole.
import { passbookOf } from '../../src/domain/bank/ledger';
import { businessMonth } from '../../src/domain/bank/statement';
import {
  contentText,
  hoursText,
  issuedOn,
  issuerOf,
  maskedView,
  periodOf,
  periodProblem,
  periodRange,
  serviceOf,
  verifyPath,
  type Certificate,
} from '../../src/domain/cert/certificate';
import { maskId, normaliseId } from '../../src/domain/cert/idNumber';
import { fail, ok, type Result } from '../../src/domain/errors';
import type { ActionInput, ActionOutput, cert as schemas } from '../../src/domain/schemas';
import { certIdOf, idHashOf, numberOf } from '../_lib/cert/keys';
import { certText } from '../_lib/cert/text';
import { attachFile, certificateByNumber, certificatesOf, entriesIn, getCertificate, issueOnce } from '../_lib/collections/certificates';
import { getVolunteer } from '../_lib/collections/volunteers';
import { setup } from '../_lib/context';
import { tempUrl, tempUrls, upload } from '../_lib/poster/files';
import { respond } from '../_lib/respond';
import { route, type HandlerContext } from '../_lib/router';
import { inTransaction } from '../_lib/transaction';

const deps = setup();
const { cloud, db, ref } = deps;

const summaryOf = (c: Certificate): schemas.CertSummary => ({
  number: c.number,
  name: c.name,
  idMasked: c.idMasked,
  period: c.period,
  minutes: c.minutes,
  hours: hoursText(c.minutes),
  content: c.content,
  issuer: c.issuer,
  issuedOn: issuedOn(c.issuedAt),
  ...(c.fileID ? { fileID: c.fileID } : {}),
});

async function issuerFor(communityId: string): Promise<string> {
  const community = await ref.community(communityId);
  // `street` holds the street's name in imported places (its 编号 in older data): either finds it.
  const named = community?.street;
  const street = named ? ((await ref.streets()).find((s) => s._id === named || s.name === named) ?? { name: named }) : undefined;
  return issuerOf(street, community?.station);
}

/** The PDF of a certificate, stored at a path of its number; a retry after a failed upload makes it again. */
async function fileOf(c: Certificate): Promise<string> {
  if (c.fileID) return c.fileID;
  // pdf-lib, fontkit and qrcode load with the first certificate drawn: listing and verifying need none of them.
  const { renderCertificate } = await import('../_lib/cert/pdf');
  const pdf = await renderCertificate(certText(c, issuedOn(c.issuedAt)), verifyPath(c.number));
  const fileID = await upload(cloud, `certificates/${c.number}.pdf`, pdf);
  if (!(await attachFile(db, c._id, fileID))) return (await getCertificate(db, c._id))?.fileID ?? fileID;
  return fileID;
}

async function issue(input: ActionInput<'cert', 'issue'>, { openid }: HandlerContext): Promise<Result<ActionOutput<'cert', 'issue'>>> {
  const now = new Date();
  const period = periodOf(input.period);
  if (periodProblem(period, businessMonth(now))) return fail('CERT.BAD_PERIOD', 'period out of order or in the future');
  const volunteer = await getVolunteer(db, openid);
  if (!volunteer) return fail('VOLUNTEER.NOT_REGISTERED', 'no registration');
  const id = certIdOf(openid, period.from, period.to);
  const idNumber = normaliseId(input.idNumber);
  const idHash = idHashOf(idNumber);
  const known = await getCertificate(db, id);
  if (known && known.idHash !== idHash) return fail('CERT.ID_MISMATCH', 'another identity number than on the issued certificate');
  let cert = known;
  let created = false;
  if (!cert) {
    const { from, to } = periodRange(period);
    const service = serviceOf(await entriesIn(db, passbookOf(openid), from, to));
    if (service.minutes <= 0) return fail('CERT.NO_HOURS', 'no hours in the period');
    const issuer = await issuerFor(volunteer.communityId);
    const year = Number(businessMonth(now).slice(0, 4));
    const r = await inTransaction<{ cert: Certificate; created: boolean }, never>(db, (t) =>
      issueOnce(t, id, year, (seq) => ({
        number: numberOf(year, seq),
        openid,
        name: volunteer.name,
        idMasked: maskId(idNumber),
        idHash,
        period,
        minutes: service.minutes,
        content: contentText(service),
        issuer,
        issuedAt: now,
      })),
    );
    if (!('done' in r)) throw new Error('cert: unexpected rollback');
    ({ cert, created } = r.done);
    if (cert.idHash !== idHash) return fail('CERT.ID_MISMATCH', 'a concurrent issue with another identity number');
  }
  const fileID = await fileOf(cert);
  return ok({ ...summaryOf(cert), fileID, url: await tempUrl(cloud, fileID), created });
}

async function mine(_: ActionInput<'cert', 'mine'>, { openid }: HandlerContext): Promise<Result<ActionOutput<'cert', 'mine'>>> {
  const certificates = (await certificatesOf(db, openid)).map(summaryOf);
  const stored = certificates.flatMap((c) => (c.fileID ? [c.fileID] : []));
  const urls = await tempUrls(cloud, stored);
  const withUrl = (c: schemas.CertSummary) => {
    const url = c.fileID && urls.get(c.fileID);
    return url ? { ...c, url } : c;
  };
  return ok({ certificates: certificates.map(withUrl) });
}

async function verify(input: ActionInput<'cert', 'verify'>): Promise<Result<ActionOutput<'cert', 'verify'>>> {
  const found = await certificateByNumber(db, input.number);
  return found ? ok(maskedView(found)) : fail('CERT.NOT_FOUND', 'no certificate of that number');
}

export const main = respond('cert', route('cert', { issue, mine, verify }, deps));
