import { criteriaDecider, type PublishCriteriaSet } from '../../src/catalogue/domain/criteria/decider';
import { titleDecider } from '../../src/catalogue/domain/title/title';
import { StandardTitle } from '../../src/catalogue/domain/title/standard-titles';
import { specification } from '../support/decider-specification';
import { criteriaSet } from '../support/domain-fixtures';

describe('criteria set: PublishCriteriaSet', () => {
  const given = specification(criteriaDecider);
  const { version: _v, ...content } = criteriaSet;
  const publish: PublishCriteriaSet = { type: 'PublishCriteriaSet', ...content };
  const v1 = { type: 'CriteriaSetPublished' as const, data: criteriaSet };

  it('publishes version 1', () => given([]).when(publish).then([v1]));
  it('publishes version 2 effective later', () =>
    given([v1])
      .when({ ...publish, effectiveFrom: '2023-01-01' })
      .then([{ type: 'CriteriaSetPublished', data: { ...criteriaSet, effectiveFrom: '2023-01-01', version: 2 } }]));
  it('needs a later effective date: EFFECTIVE_DATE_NOT_LATER', () => given([v1]).when(publish).thenThrows('EFFECTIVE_DATE_NOT_LATER'));
  it('needs criteria: CRITERIA_SET_EMPTY', () =>
    given([])
      .when({ ...publish, sections: [] })
      .thenThrows('CRITERIA_SET_EMPTY'));
  it('names each criterion once: DUPLICATE_CRITERION', () =>
    given([])
      .when({
        ...publish,
        sections: [{ ...publish.sections[0], criteria: [publish.sections[0].criteria[0], publish.sections[0].criteria[0]] }],
      })
      .thenThrows('DUPLICATE_CRITERION'));
  it('names each section once: DUPLICATE_SECTION', () =>
    given([])
      .when({ ...publish, sections: [publish.sections[0], { ...publish.sections[1], sectionId: 'I' }] })
      .thenThrows('DUPLICATE_SECTION'));
  it('needs positive maxima: INVALID_MAX_POINTS', () =>
    given([])
      .when({ ...publish, sections: [{ ...publish.sections[0], criteria: [{ ...publish.sections[0].criteria[0], maxPoints: 0 }] }] })
      .thenThrows('INVALID_MAX_POINTS'));
  it('names each class once: DUPLICATE_THRESHOLD', () =>
    given([])
      .when({ ...publish, thresholds: [publish.thresholds[0], publish.thresholds[0]] })
      .thenThrows('DUPLICATE_THRESHOLD'));
  it('needs non-negative thresholds: INVALID_THRESHOLD', () =>
    given([])
      .when({ ...publish, thresholds: [{ ...publish.thresholds[0], minPoints: -5 }] })
      .thenThrows('INVALID_THRESHOLD'));
});

describe('title catalogue: DefineTitle', () => {
  const given = specification(titleDecider);
  const define = {
    type: 'DefineTitle' as const,
    titleId: 'bang-khen-vien-truong',
    name: 'Bằng khen của Viện trưởng VKSND tối cao',
    collective: true,
  };
  it('grows the catalogue', () =>
    given([])
      .when(define)
      .then([{ type: 'TitleDefined', data: { titleId: define.titleId, name: define.name, collective: true } }]));
  it('defines a title once: TITLE_ALREADY_DEFINED', () =>
    given([{ type: 'TitleDefined', data: { titleId: define.titleId, name: define.name, collective: true } }])
      .when(define)
      .thenThrows('TITLE_ALREADY_DEFINED'));
  it('keeps the standard titles as they are: TITLE_ALREADY_DEFINED', () =>
    given([])
      .when({ ...define, titleId: StandardTitle.EXCELLENT })
      .thenThrows('TITLE_ALREADY_DEFINED'));
});
