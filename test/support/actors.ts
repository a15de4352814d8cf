import { randomUUID } from 'node:crypto';
import { Role, type Actor } from '../../src/kernel/actor';
import type { CommandContext } from '../../src/commands/command-context';

export const admin: Actor = { id: 'admin-1', name: 'Quản trị viên', role: Role.ADMIN, unitId: null, clusterId: null };

export function contextFor(actor: Actor = admin, overrides: Partial<CommandContext> = {}): CommandContext {
  const commandId = randomUUID();
  return { actor, commandId, correlationId: randomUUID(), causationId: commandId, ...overrides };
}
