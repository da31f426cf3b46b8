// `cert` function: volunteer service certificates (志愿服务证明). A registered volunteer issues one for a
// period of their own service (the PDF in cloud storage); anyone signed in verifies a number (the page the
// certificate's QR opens) and reads only its masked fields.
import * as z from 'zod';
import { hasHiddenCharacters } from './common';
import { CERT_NUMBER, MONTH } from '../cert/certificate';
import { ID_PROBLEM_TEXT, idProblem, normaliseId } from '../cert/idNumber';

const Month = z.string().regex(MONTH, '月份格式应为 YYYY-MM');
export const CertPeriod = z.union([
  z.strictObject({ year: z.number().int().min(2000).max(2100) }),
  z.strictObject({ from: Month, to: Month }),
]);

/**
 * 身份证号: 18 characters with the GB 11643 check character, read with spaces dropped and x upper-cased
 * (the function normalises it the same way: normaliseId). One refinement per problem, so exactly the one
 * that applies is reported (plain refinements: the client's zod has no transform).
 */
const problemOf = (raw: string) => idProblem(normaliseId(raw));
export const IdNumber = (Object.keys(ID_PROBLEM_TEXT) as Array<keyof typeof ID_PROBLEM_TEXT>).reduce(
  (schema, problem) => schema.refine((raw) => problemOf(raw) !== problem, ID_PROBLEM_TEXT[problem]),
  z
    .string()
    .max(40, ID_PROBLEM_TEXT.length)
    .refine((s) => !hasHiddenCharacters(s), '含有看不见的控制字符，请删除后重新输入'),
);

export const CertNumber = z.string().regex(CERT_NUMBER, '证书编号格式不正确');

const PeriodOut = z.strictObject({ from: z.string(), to: z.string() });

/** A certificate as its owner reads it. */
export const CertSummary = z.strictObject({
  number: z.string(),
  name: z.string(),
  idMasked: z.string(),
  period: PeriodOut,
  minutes: z.number().int(),
  hours: z.string(),
  content: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  fileID: z.string().optional(),
});

export const IssueInput = z.strictObject({ action: z.literal('issue'), period: CertPeriod, idNumber: IdNumber });
/** The certificate (the same one when asked again for the same period) and where its PDF is. */
export const IssueOutput = CertSummary.extend({ fileID: z.string(), url: z.string(), created: z.boolean() });

export const MineInput = z.strictObject({ action: z.literal('mine') });
/** Each with a temporary URL of its PDF, for H5 (the mini-program opens the file by its fileID). */
export const MineOutput = z.strictObject({ certificates: z.array(CertSummary.extend({ url: z.string().optional() })) });

export const VerifyInput = z.strictObject({ action: z.literal('verify'), number: CertNumber });
/** Only what a stranger holding the paper may check: the masked name, hours, period, issuer, date. */
export const VerifyOutput = z.strictObject({
  number: z.string(),
  name: z.string(),
  minutes: z.number().int(),
  hours: z.string(),
  period: PeriodOut,
  issuer: z.string(),
  issuedOn: z.string(),
});

export const certActions = {
  issue: { input: IssueInput, output: IssueOutput },
  mine: { input: MineInput, output: MineOutput },
  verify: { input: VerifyInput, output: VerifyOutput },
} as const;

export type CertSummary = z.infer<typeof CertSummary>;
export type VerifyOutput = z.infer<typeof VerifyOutput>;
