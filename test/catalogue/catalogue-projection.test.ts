import { CatalogueProjection } from '../../projections/catalogue/catalogue-projection';
import { STANDARD_TITLES } from '../../src/catalogue/domain/title/standard-titles';
import { criteriaSet } from '../support/domain-fixtures';
import { specificationOf } from '../support/projection-specification';

const given = specificationOf(() => new CatalogueProjection());
const version2 = { ...criteriaSet, version: 2, legalBasis: '500/QĐ-VKSTC', effectiveFrom: '2024-01-01' };

describe('CatalogueProjection', () => {
  it('keeps every version of a criteria set; a later version does not replace the earlier one', () =>
    given({ type: 'CriteriaSetPublished', data: criteriaSet }, { type: 'CriteriaSetPublished', data: version2 }).then((catalogue) => {
      expect(catalogue.criteriaSetVersions('qd-424').map((v) => v.version)).toEqual([1, 2]);
      expect(catalogue.criteriaSet('qd-424', 1)?.legalBasis).toBe('424/QĐ-VKSTC');
      expect(catalogue.criteriaSet('qd-424', 2)?.legalBasis).toBe('500/QĐ-VKSTC');
    }));

  it('as of a position before the second version, only the first is known; before any, none', () =>
    given({ type: 'CriteriaSetPublished', data: criteriaSet }, { type: 'CriteriaSetPublished', data: version2 }).then((catalogue) => {
      expect(catalogue.criteriaSetVersions('qd-424', 1).map((v) => v.version)).toEqual([1]);
      expect(catalogue.criteriaSet('qd-424', 2, 1)).toBeUndefined();
      expect(catalogue.allCriteriaSets(0)).toEqual([]);
    }));

  it('the standard titles are always there; a defined title joins them from its position', () =>
    given(
      { type: 'CriteriaSetPublished', data: criteriaSet },
      { type: 'TitleDefined', data: { titleId: 'co-thi-dua-tinh', name: 'Cờ thi đua của tỉnh', collective: true } },
    ).then((catalogue) => {
      expect(catalogue.allTitles(1)).toEqual(STANDARD_TITLES);
      expect(catalogue.title('co-thi-dua-tinh', 1)).toBeUndefined();
      expect(catalogue.title('co-thi-dua-tinh')).toEqual({ titleId: 'co-thi-dua-tinh', name: 'Cờ thi đua của tỉnh', collective: true });
      expect(catalogue.allTitles()).toHaveLength(STANDARD_TITLES.length + 1);
    }));
});
