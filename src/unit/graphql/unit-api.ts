import { UnitHistoryFields } from './unit-history-fields';
import { UnitMutations } from './unit-mutations';

/** The unit slice's part of the schema: registration and a unit's life over time. */
export const unitResolvers = [UnitMutations, UnitHistoryFields] as const;
