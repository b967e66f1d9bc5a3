import cron from 'node-cron';
import { z } from 'zod';

/**
 * An IANA time zone the runtime knows, checked the way node-cron will use it (Intl). A bare
 * abbreviation is refused when it means some other zone: `CST` is America/Chicago to Intl, not China.
 */
export const timeZoneName = z.string().superRefine((zone, ctx) => {
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat(undefined, { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    // A RangeError: the runtime has no such zone.
    ctx.addIssue({ code: 'custom', message: 'unknown time zone; use an IANA name such as Asia/Shanghai' });
    return;
  }
  if (!zone.includes('/') && resolved.toLowerCase() !== zone.toLowerCase() && resolved !== 'UTC') {
    ctx.addIssue({
      code: 'custom',
      message: `a bare abbreviation, read as ${resolved}; write the full IANA name you mean (e.g. Asia/Shanghai)`,
    });
  }
});

/** A node-cron expression (5 fields, or 6 with seconds), refused with node-cron's own reason. */
export const cronExpression = z.string().superRefine((expression, ctx) => {
  if (cron.validate(expression)) return;
  const reasons = cron.validateDetailed(expression).errors.map((e) => e.message);
  ctx.addIssue({
    code: 'custom',
    message: `not a cron expression${reasons.length > 0 ? ` (${reasons.join('; ')})` : ''}`,
  });
});
