import type { Decider } from '../../../kernel/decider';
import type { ClusterYearCommand } from './commands';
import * as agreement from './decide-agreement';
import * as awards from './decide-awards';
import * as membership from './decide-membership';
import * as oversight from './decide-oversight';
import { issueReport } from './decide-report';
import * as registration from './decide-registration';
import * as scoring from './decide-scoring';
import * as vote from './decide-vote';
import type { ClusterYearEvent } from './events';
import { evolveClusterYear, initialClusterYearState, type ClusterYearState } from './state';

export type { ClusterYearState } from './state';

/** The year of one cluster: membership, offices, agreement, registrations, scoring lock, votes and awards. */
export const clusterYearDecider: Decider<ClusterYearCommand, ClusterYearState, ClusterYearEvent> = {
  initialState: initialClusterYearState,
  evolve: evolveClusterYear,
  decide: (command, state) => {
    switch (command.type) {
      case 'OpenClusterYear':
        return membership.openYear(command, state);
      case 'AdmitMember':
        return membership.admit(command, state);
      case 'WithdrawMember':
        return membership.withdraw(command, state);
      case 'StateMembershipCompleteness':
        return membership.stateMembershipCompleteness(command, state);
      case 'RotateChair':
        return membership.rotate(command, state);
      case 'NameOfficeRepresentative':
        return membership.nameOfficeRepresentative(command, state);
      case 'RecordOfficeDesignation':
        return membership.recordOfficeDesignation(command, state);
      case 'AssignOversight':
        return oversight.assign(command, state);
      case 'EndOversight':
        return oversight.end(command, state);
      case 'AppointViceChair':
        return membership.appointViceChair(command, state);
      case 'DeclareIneligible':
        return membership.declareIneligible(command, state);
      case 'DraftAgreement':
        return agreement.draft(command, state);
      case 'AmendAgreement':
        return agreement.amend(command, state);
      case 'AmendRegulation':
        return agreement.amendRegulation(command, state);
      case 'SignAgreement':
        return agreement.sign(command, state);
      case 'RecordAgreementInForce':
        return agreement.recordInForce(command, state);
      case 'RegisterTitle':
      case 'WithdrawRegistration':
      case 'StateRegistrationCounts':
        return registration.decideRegistration(command, state);
      case 'AdoptCriteriaSet':
        return scoring.adoptCriteriaSet(command, state);
      case 'FinalizeScores':
        return scoring.finalize(command, state);
      case 'ReopenScores':
        return scoring.reopen(command, state);
      case 'OpenVote':
        return vote.openVote(command, state);
      case 'CastBallot':
        return vote.castBallot(command, state);
      case 'CloseVote':
        return vote.closeVote(command, state);
      case 'ProposeAward':
        return awards.propose(command, state);
      case 'DecideAward':
        return awards.decide(command, state);
      case 'RevokeAward':
        return awards.revoke(command, state);
      case 'IssueClusterYearReport':
        return issueReport(command, state);
    }
  },
};
