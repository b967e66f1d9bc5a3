import { z } from 'zod';
import { FRESHNESS_STATES } from '../domain/types.js';

/**
 * What a stored section record may hold, checked on load before anything decodes it: a damaged or foreign
 * value (an unknown state, a date that is not one) must refuse to load, not turn into a record that the
 * next flush writes back as if it had been observed.
 */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD day');
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date and time');
const count = z.number().int().nonnegative();
const state = z.enum(FRESHNESS_STATES);

const newestItem = z.object({
  title: z.string(),
  url: z.string().nullable(),
  date: day,
  provenance: z.object({ path: z.string(), raw: z.string() }),
});

const readingFields = {
  status: z.enum(['ok', 'blank', 'undated', 'unparsed']),
  family: z.string(),
  itemCount: count,
  newest: newestItem.nullable(),
  fingerprint: z.string(),
  note: z.string().optional(),
};
const reading = z.object({ ...readingFields, titleYears: z.array(z.number().int()) });
/** From format 3 a stored reading leaves out what its record's last history row says. */
const storedReading = z.object({
  ...readingFields,
  status: readingFields.status.optional(),
  itemCount: count.optional(),
  newest: newestItem
    .extend({ date: day.optional(), provenance: z.object({ path: z.string(), raw: z.string().optional() }) })
    .nullable(),
  titleYears: z.array(z.number().int()).optional(),
});

const observationFields = {
  at: instant,
  url: z.string(),
  access: z.enum(['ok', 'missing', 'blocked', 'unreachable']),
  httpStatus: z.number().int().nullable(),
  reason: z.string().nullable(),
  bytes: count,
  ms: z.number().nonnegative(),
  notModified: z.boolean(),
};

/** Format version 1: the plain record. */
export const plainRecord = z.object({
  bureauId: z.string(),
  category: z.string(),
  url: z.string(),
  state,
  since: instant,
  ageDays: z.number().int().nullable(),
  itemFit: z.number().nullable().optional(),
  last: z.object({ ...observationFields, reading: reading.nullable() }),
  cache: z.object({ etag: z.string().nullable(), lastModified: z.string().nullable(), reading }).nullable(),
  history: z.array(
    z.object({
      at: instant,
      state,
      newest: day.nullable(),
      itemCount: count,
      httpStatus: z.number().int().nullable(),
      reason: z.string().nullable(),
      changed: z.boolean(),
    }),
  ),
});

/** Instants keep their milliseconds: seconds may have a fraction. */
const seconds = z.number().finite();
const stateIndex = z
  .number()
  .int()
  .min(0)
  .max(FRESHNESS_STATES.length - 1, `not a state (there are ${FRESHNESS_STATES.length})`);
const flag = z.union([z.literal(0), z.literal(1)]);
const historyRow = z.union([
  z.tuple([seconds, stateIndex, z.number().int().nullable(), flag]),
  z.tuple([seconds, stateIndex, z.number().int().nullable(), flag, count, count, z.union([z.string(), z.literal(0)])]),
]);

/** Format version 2 and later: the compact record of `codec.ts`. */
export const compactRecord = z.object({
  u: z.string(),
  s: state,
  since: instant,
  age: z.number().int().nullable(),
  f: z.number().nullable().optional(),
  last: z.object({
    ...z.object(observationFields).partial().shape,
    reading: storedReading.nullable(),
  }),
  c: z
    .object({ e: z.string().nullable(), m: z.string().nullable(), r: storedReading.nullable().optional() })
    .optional(),
  /** A positive count repeats the row before it (format 3). */
  h: z.array(z.union([historyRow, z.number().int().positive()])),
});

/** The first problem with `value` as a record, as `field: problem`, or null when it is a valid one. */
export function recordProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') || 'the record'}: ${issue?.message}`;
}
