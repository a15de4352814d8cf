import type { Decider } from '../../../kernel/decider';
import type { DossierCommand } from './commands';
import { decide, draftDecision, forward, revoke } from './decide-decision';
import { addItem, amendMemo, attachDocument, draft, removeItem, resolveCountItem } from './decide-items';
import { recordKnownDecision } from './decide-known';
import { appraise, receive, returnDossier, send } from './decide-review';
import type { DossierEvent } from './events';
import { evolve, initialDossierState, type DossierState } from './state';

const DECIDE = {
  DraftDossier: draft,
  AmendMemo: amendMemo,
  AddItem: addItem,
  RemoveItem: removeItem,
  ResolveCountItem: resolveCountItem,
  AttachDocument: attachDocument,
  SubmitDossier: send,
  ReceiveDossier: receive,
  ReturnDossier: returnDossier,
  ResubmitDossier: send,
  AppraiseItem: appraise,
  ForwardDossier: forward,
  DraftDecision: draftDecision,
  DecideDossier: decide,
  RevokeDossierAward: revoke,
  RecordKnownDecision: recordKnownDecision,
} as const;

/**
 * Hồ sơ đề nghị khen thưởng, one stream per dossier: drafted and sent by its proposer, received,
 * returned or appraised item by item, then forwarded up or decided, an award revoked on grounds.
 */
export const dossierDecider: Decider<DossierCommand, DossierState, DossierEvent> = {
  initialState: initialDossierState,
  evolve,
  decide: (command, state) => (DECIDE[command.type] as (c: DossierCommand, s: DossierState) => DossierEvent[])(command, state),
};
