// The dashboard release (dashboard.ts) as a zod schema, for whoever receives one: the API checks an
// upload with it before storing, so the store never holds anything but a k-anonymous release.
import { z } from 'zod';
import { DASHBOARD_SCHEMA_VERSION, type Dashboard } from './dashboard.js';

const count = z.number().int().min(0).nullable();
const released = z.array(z.object({ value: z.string().max(200), count })).max(5000);

export const dashboardSchema = z
  .object({
    schemaVersion: z.literal(DASHBOARD_SCHEMA_VERSION),
    k: z.number().int().min(2).max(1_000_000),
    format: z.string().min(1).max(100),
    records: z.number().int().min(0),
    years: z.object({ from: z.number().int().min(1900).max(2100), to: z.number().int().min(1900).max(2100) }),
    byYear: released,
    byBand: released.nullable(),
    byCountryOfExploitation: released,
    meansOfControl: z.object({
      records: count,
      items: z
        .array(
          z.object({
            item: z.string().max(200),
            count,
            percent: z.number().min(0).max(100).nullable(),
          }),
        )
        .max(200),
    }),
  })
  .superRefine((dashboard, context) => {
    // A count below k is exactly what the release must never carry: refuse it, naming where it is.
    const check = (path: (string | number)[], value: number | null) => {
      if (value !== null && value > 0 && value < dashboard.k)
        context.addIssue({
          code: 'custom',
          path,
          message: `a published count is below k (${dashboard.k}): the release is not k-anonymous`,
        });
    };
    check(['records'], dashboard.records);
    for (const key of ['byYear', 'byCountryOfExploitation', 'byBand'] as const)
      dashboard[key]?.forEach((cell, i) => {
        check([key, i, 'count'], cell.count);
      });
    check(['meansOfControl', 'records'], dashboard.meansOfControl.records);
    dashboard.meansOfControl.items.forEach((item, i) => {
      check(['meansOfControl', 'items', i, 'count'], item.count);
    });
  });

// Keeps the schema and the type made by dashboardOf in step: a change to one fails the type-check.
export type CheckedDashboard = z.infer<typeof dashboardSchema>;
const _sameShape: (d: Dashboard) => CheckedDashboard = (d) => d;
void _sameShape;
