import { criteriaDecider } from './domain/criteria/decider';
import { streams } from '../kernel/streams';
import { titleDecider } from './domain/title/title';
import { ownStreamCommand } from '../commands/pipeline';

/** Ban hành (một phiên bản mới của) bộ tiêu chí. */
export const publishCriteriaSet = ownStreamCommand(criteriaDecider, 'PublishCriteriaSet', (input) => streams.criteria(input.criteriaSetId));

/** Bổ sung danh hiệu vào danh mục. */
export const defineTitle = ownStreamCommand(titleDecider, 'DefineTitle', (input) => streams.title(input.titleId));
