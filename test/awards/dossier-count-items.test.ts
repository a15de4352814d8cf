import type { ResolveCountItem } from '../../src/awards/domain/dossier/commands';
import { dossierDecider } from '../../src/awards/domain/dossier/decider';
import { specification } from '../support/decider-specification';
import {
  DOSSIER,
  added,
  approved,
  collectiveTitle,
  drafted,
  person,
  received,
  receivedTwo,
  resolvedEvent,
  submitted,
  unit,
} from './dossier-fixtures';

const given = specification(dossierDecider);
const of = { dossierId: DOSSIER };

describe('award dossiers: naming the candidates of a count-only item', () => {
  const withCount = [drafted, added('m9', null, 'NOT_APPLICABLE', 4), submitted, received];
  const name = (named: [string, string][]): ResolveCountItem => ({
    type: 'ResolveCountItem',
    ...of,
    itemId: 'm9',
    entry: collectiveTitle,
    named: named.map(([itemId, unitId]) => ({ itemId, candidate: unit(unitId), achievements: null, registered: true })),
  });
  it('names two of the four units in RECEIVED', () =>
    given(withCount)
      .when(
        name([
          ['n1', 'vks-a'],
          ['n2', 'vks-b'],
        ]),
      )
      .then([
        resolvedEvent('m9', [
          ['n1', 'vks-a'],
          ['n2', 'vks-b'],
        ]),
      ]));
  it('leaves the count that is left: TOO_MANY_NAMED', () =>
    given([
      ...withCount,
      resolvedEvent('m9', [
        ['n1', 'vks-a'],
        ['n2', 'vks-b'],
      ]),
    ])
      .when(
        name([
          ['n3', 'vks-c'],
          ['n4', 'vks-d'],
          ['n5', 'vks-e'],
        ]),
      )
      .thenThrows('TOO_MANY_NAMED', /còn 2 suất.*nêu 3/));
  it('drops the count-only item once all are named, so the decision names only the units', () =>
    given([
      ...withCount,
      resolvedEvent('m9', [
        ['n1', 'a'],
        ['n2', 'b'],
        ['n3', 'c'],
        ['n4', 'd'],
      ]),
      ...['n1', 'n2', 'n3', 'n4'].map((id) => approved(id)),
    ])
      .when({ type: 'DraftDecision', ...of, decisionNumber: 'DT-01' })
      .then([{ type: 'DossierDecisionDrafted', data: { ...of, decisionNumber: 'DT-01', itemIds: ['n1', 'n2', 'n3', 'n4'] } }]));
  it('refuses naming for a named item: ITEM_COUNT_INVALID', () =>
    given(receivedTwo)
      .when({ ...name([['n1', 'vks-a']]), itemId: 'm1' })
      .thenThrows('ITEM_COUNT_INVALID', /vks-long-xuyen/));
  it('refuses naming no one: ITEM_COUNT_INVALID', () => given(withCount).when(name([])).thenThrows('ITEM_COUNT_INVALID'));
  it('refuses the same new id twice: DOSSIER_ITEM_ALREADY_EXISTS', () =>
    given(withCount)
      .when(
        name([
          ['n1', 'vks-a'],
          ['n1', 'vks-b'],
        ]),
      )
      .thenThrows('DOSSIER_ITEM_ALREADY_EXISTS', /n1/));
  it('checks each named candidate: CANDIDATE_NOT_REGISTERED', () =>
    given(withCount)
      .when({ ...name([]), named: [{ itemId: 'n1', candidate: unit('vks-a'), achievements: null, registered: false }] })
      .thenThrows('CANDIDATE_NOT_REGISTERED', /vks-a/));
  it('records a named candidate registration not on record', () =>
    given(withCount)
      .when({ ...name([]), named: [{ itemId: 'n1', candidate: unit('vks-a'), achievements: ' ', registered: null }] })
      .then([
        {
          type: 'DossierCountItemResolved',
          data: {
            ...of,
            itemId: 'm9',
            named: [{ itemId: 'n1', candidate: unit('vks-a'), achievements: null, registration: 'NOT_ON_RECORD' }],
          },
        },
      ]));
  it('refuses naming once the decision is drafted: DOSSIER_STEP_OUT_OF_ORDER', () =>
    given([
      ...withCount,
      approved('m9', 'NOT_APPLICABLE'),
      { type: 'DossierDecisionDrafted', data: { ...of, decisionNumber: null, itemIds: [] } },
    ])
      .when(name([['n1', 'vks-a']]))
      .thenThrows('DOSSIER_STEP_OUT_OF_ORDER', /"đã dự thảo quyết định"/));
  it('uses the entry gathered for the count item: AWARD_NOT_FOR_RECIPIENT', () =>
    given(withCount)
      .when({ ...name([]), named: [{ itemId: 'n1', candidate: person('nguyen-van-a'), achievements: null, registered: true }] })
      .thenThrows('AWARD_NOT_FOR_RECIPIENT'));
});
