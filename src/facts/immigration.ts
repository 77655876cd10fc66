// What each immigration status gives the person, in one table: the lists the consistency checks,
// the law, the continuum and the prostitution regimes read are all derived from it, so a status
// added to the vocabulary must be placed here (the type check fails until it is).
import type { immigrationStatuses } from './schema.js';

export type ImmigrationStatus = (typeof immigrationStatuses)[number];

/**
 * `citizen`; `settled`: permanent residence or refugee status, with no limit on staying or
 * working; `visa`: a temporary permission with its own limits; `conditional`: depends on its terms
 * (a family visa, a pending asylum claim); `none`: no lawful status.
 */
export type Standing = 'citizen' | 'settled' | 'visa' | 'conditional' | 'none';

export const standingOf: Readonly<Record<ImmigrationStatus, Standing>> = {
  citizen: 'citizen',
  permanent_resident: 'settled',
  work_visa: 'visa',
  tied_work_visa: 'visa',
  domestic_worker_visa: 'visa',
  seasonal_worker_visa: 'visa',
  student_visa: 'visa',
  visitor_visa: 'visa',
  family_visa: 'conditional',
  asylum_seeker: 'conditional',
  refugee: 'settled',
  irregular: 'none',
  stateless: 'none',
};

/** The statuses whose standing is one of `standings`. */
export function statusesWith(...standings: Standing[]): ReadonlySet<string> {
  return new Set(
    Object.entries(standingOf)
      .filter(([, standing]) => standings.includes(standing))
      .map(([status]) => status),
  );
}

/** The standing of a recorded status (unknown → undefined). */
export function standingOfStatus(status: unknown): Standing | undefined {
  return typeof status === 'string' && Object.hasOwn(standingOf, status)
    ? standingOf[status as ImmigrationStatus]
    : undefined;
}
