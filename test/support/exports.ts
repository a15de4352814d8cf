import { Role } from '../../src/kernel/actor';
import type { TestService } from './service';

/** An export as CSV text, fetched over HTTP with an ADMIN token, as an officer's browser would. */
export async function exportCsv(service: TestService, path: string): Promise<string> {
  const token = await service.token('admin-export', { role: Role.ADMIN, name: 'Quản trị' });
  const response = await fetch(`${service.url.replace(/\/graphql$/, '')}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.text();
}
