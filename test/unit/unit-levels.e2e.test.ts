import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/eventstore/sqlite/sqlite-event-store';
import { streams } from '../../src/kernel/streams';
import { ok, refused } from '../support/mutations';
import { startService, type TestService } from '../support/service';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-unit-levels-'));

/** What a version before the level rules wrote: a department of a province recorded as one of the Supreme Procuracy. */
async function storeWrittenBefore(file: string): Promise<void> {
  const store = new SqliteEventStore(file);
  const metadata = {
    actor: { id: 'nhap-lieu-cu', name: 'Nhập liệu (phiên bản trước)', role: 'ADMIN', unitId: null },
    commandType: 'RegisterUnit',
    recordedAt: '2025-03-01T02:00:00.000Z',
  };
  const register = (unitId: string, name: string, level: string, parentUnitId: string | null) =>
    store.append(
      streams.unit(unitId),
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: { unitId, name, shortName: null, level, parentUnitId, establishedOn: null },
          metadata,
        },
      ],
      'no_stream',
    );
  await register('vks-toi-cao', 'Viện kiểm sát nhân dân tối cao', 'SUPREME', null);
  await register('vks-hai-phong', 'Viện kiểm sát nhân dân thành phố Hải Phòng', 'PROVINCIAL', 'vks-toi-cao');
  await register('vks-hp-phong-9', 'Phòng 9', 'SUPREME_DEPARTMENT', 'vks-hai-phong');
  await store.close();
}

const LEVEL = 'query($id: ID!, $p: AsOf) { unit(id: $id, asOf: $p) { level parentUnitId } }';

describe('over HTTP: unit levels checked against the parent, and correctUnitLevel', () => {
  let service: TestService;

  beforeAll(async () => {
    const file = path.join(dir, 'thidua.db');
    await storeWrittenBefore(file);
    service = await startService({ THIDUA_STORE: `sqlite:${file}` });
  });
  afterAll(async () => {
    await service.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a Supreme Procuracy department under a province: UNIT_LEVEL_PARENT_MISMATCH in Vietnamese, naming both levels, nothing written', async () => {
    const error = await refused(
      service,
      'registerUnit',
      { unitId: 'vks-hp-phong-11', name: 'Phòng 11', level: 'SUPREME_DEPARTMENT', parentUnitId: 'vks-hai-phong' },
      'UNIT_LEVEL_PARENT_MISMATCH',
    );
    expect(error.message).toBe(
      'Đơn vị cấp đơn vị thuộc VKSND tối cao không thể trực thuộc "vks-hai-phong" (cấp VKSND cấp tỉnh): đơn vị cấp đơn vị thuộc VKSND tối cao chỉ trực thuộc đơn vị cấp VKSND tối cao: hãy chọn đúng đơn vị cấp trên, hoặc đúng cấp của đơn vị.',
    );
    expect(error.extensions).toMatchObject({ level: 'SUPREME_DEPARTMENT', parentLevel: 'PROVINCIAL', parentUnitId: 'vks-hai-phong' });
    expect((await service.gql(LEVEL, { id: 'vks-hp-phong-11' })).data!.unit).toBeNull();
  });

  it('registers a department of a province under it', async () => {
    await ok(service, 'registerUnit', {
      unitId: 'vks-hp-phong-11',
      name: 'Phòng 11',
      level: 'PROVINCIAL_DEPARTMENT',
      parentUnitId: 'vks-hai-phong',
    });
    expect((await service.gql(LEVEL, { id: 'vks-hp-phong-11' })).data!.unit).toEqual({
      level: 'PROVINCIAL_DEPARTMENT',
      parentUnitId: 'vks-hai-phong',
    });
  });

  it('refuses a regional procuracy under a province that ended before 1/7/2025: PARENT_UNIT_NOT_IN_FORCE, nothing written', async () => {
    await ok(service, 'registerUnit', {
      unitId: 'vks-cu',
      name: 'Viện kiểm sát nhân dân tỉnh Cũ',
      level: 'PROVINCIAL',
      parentUnitId: 'vks-toi-cao',
    });
    await ok(service, 'dissolveUnit', { unitId: 'vks-cu', effectiveDate: '2025-07-01', reason: 'Sắp xếp tổ chức bộ máy' });
    const error = await refused(
      service,
      'registerUnit',
      { unitId: 'vks-kv-1', name: 'Viện kiểm sát nhân dân khu vực 1', level: 'REGIONAL', parentUnitId: 'vks-cu' },
      'PARENT_UNIT_NOT_IN_FORCE',
    );
    expect(error.message).toContain(
      '"vks-cu" (cấp VKSND cấp tỉnh) chỉ tồn tại đến trước 01/07/2025, còn đơn vị cấp VKSND khu vực bắt đầu từ 01/07/2025',
    );
  });

  it('reads a unit stored with a wrong level as it was stored, and corrects it with a reason, asOf showing both', async () => {
    expect((await service.gql(LEVEL, { id: 'vks-hp-phong-9' })).data!.unit).toEqual({
      level: 'SUPREME_DEPARTMENT',
      parentUnitId: 'vks-hai-phong',
    });
    await refused(
      service,
      'correctUnitLevel',
      { unitId: 'vks-hp-phong-9', level: 'PROVINCIAL_DEPARTMENT', reason: '  ' },
      'REASON_REQUIRED',
    );
    await refused(service, 'correctUnitLevel', { unitId: 'vks-hp-phong-9', level: 'SUPREME_DEPARTMENT', reason: 'Thử' }, 'LEVEL_UNCHANGED');
    await refused(service, 'correctUnitLevel', { unitId: 'vks-hp-phong-9', level: 'HIGH', reason: 'Thử' }, 'UNIT_LEVEL_PARENT_MISMATCH');

    const reason = 'Phòng 9 thuộc VKSND thành phố Hải Phòng (báo cáo Cụm 1 năm 2024), trước đây ghi nhầm cấp';
    const corrected = await ok(service, 'correctUnitLevel', { unitId: 'vks-hp-phong-9', level: 'PROVINCIAL_DEPARTMENT', reason });
    expect(corrected.eventTypes).toEqual(['UnitLevelCorrected']);
    const at = async (p: number | null) => (await service.gql(LEVEL, { id: 'vks-hp-phong-9', p })).data!.unit.level as string;
    expect(await at(corrected.position - 1)).toBe('SUPREME_DEPARTMENT');
    expect(await at(corrected.position)).toBe('PROVINCIAL_DEPARTMENT');
    expect(await at(null)).toBe('PROVINCIAL_DEPARTMENT');

    const [event] = await service.store.readAll({ after: corrected.position - 1 });
    expect(event).toMatchObject({
      type: 'UnitLevelCorrected',
      data: { unitId: 'vks-hp-phong-9', level: 'PROVINCIAL_DEPARTMENT', previousLevel: 'SUPREME_DEPARTMENT', reason },
      metadata: { reason },
    });
  });
});
