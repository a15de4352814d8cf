import { DomainError } from '../../../kernel/domain-error';
import type { CastBallot, CloseVote, OpenVote } from './commands';
import type { ClusterYearEvent } from './events';
import { requireMember, requireOpen } from './guards';
import type { ClusterYearState, VoteState } from './state';
import type { ClusterYearErrorCode } from './errors';

function requireOpenVote(state: ClusterYearState, voteId: string): VoteState {
  const vote = state.votes.get(voteId);
  if (!vote) throw new DomainError<ClusterYearErrorCode>('VOTE_NOT_FOUND', `Không có cuộc bỏ phiếu "${voteId}".`);
  if (vote.closed) throw new DomainError<ClusterYearErrorCode>('VOTE_CLOSED', `Cuộc bỏ phiếu "${voteId}" đã kết thúc.`);
  return vote;
}

export function openVote(command: OpenVote, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, voteId, titleId, candidateUnitIds } = command;
  requireOpen(state, command);
  if (state.votes.has(voteId)) throw new DomainError<ClusterYearErrorCode>('VOTE_ALREADY_EXISTS', `Cuộc bỏ phiếu "${voteId}" đã có.`);
  if (!command.titleKnown)
    throw new DomainError<ClusterYearErrorCode>('TITLE_NOT_FOUND', `Danh hiệu "${titleId}" không có trong danh mục.`);
  if (candidateUnitIds.length === 0)
    throw new DomainError<ClusterYearErrorCode>('NO_CANDIDATES', 'Cuộc bỏ phiếu cần ít nhất một đơn vị được đề cử.');
  for (const unitId of candidateUnitIds) requireMember(state, command, unitId, 'CANDIDATE_NOT_MEMBER', 'được đề cử');
  return [{ type: 'VoteOpened', data: { clusterId, year, voteId, titleId, candidateUnitIds: [...new Set(candidateUnitIds)] } }];
}

export function castBallot(command: CastBallot, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, voteId, voterUnitId, approvedUnitIds } = command;
  requireMember(state, command, voterUnitId, 'VOTER_NOT_MEMBER', 'bỏ phiếu');
  const vote = requireOpenVote(state, voteId);
  if (vote.voters.has(voterUnitId))
    throw new DomainError<ClusterYearErrorCode>('ALREADY_VOTED', `Đơn vị "${voterUnitId}" đã bỏ phiếu trong cuộc "${voteId}".`);
  const stray = approvedUnitIds.find((unitId) => !vote.candidates.has(unitId));
  if (stray)
    throw new DomainError<ClusterYearErrorCode>(
      'NOT_A_CANDIDATE',
      `Đơn vị "${stray}" không nằm trong danh sách đề cử của cuộc "${voteId}".`,
    );
  const approved = [...new Set(approvedUnitIds)];
  return [{ type: 'BallotCast', data: { clusterId, year, voteId, voterUnitId, approvedUnitIds: approved } }];
}

export function closeVote(command: CloseVote, state: ClusterYearState): ClusterYearEvent[] {
  const { clusterId, year, voteId } = command;
  requireOpen(state, command);
  const vote = requireOpenVote(state, voteId);
  const tallies = [...vote.candidates].map((unitId) => ({ unitId, approvals: vote.approvals.get(unitId) ?? 0 }));
  return [
    {
      type: 'VoteClosed',
      data: { clusterId, year, voteId, eligibleVoters: state.members.size, ballots: vote.voters.size, tallies },
    },
  ];
}
