import { registerEnumType } from 'type-graphql';
import { Role } from '../commands/actor';
import { ClusterKind } from '../domain/cluster/cluster-kind';
import { UnitLevel } from '../domain/unit/unit-level';

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Cấp đơn vị: the level of a procuracy.',
  valuesConfig: {
    SUPREME: { description: 'Viện kiểm sát nhân dân tối cao' },
    SUPREME_DEPARTMENT: { description: 'Vụ, Cục, Văn phòng thuộc VKSND tối cao' },
    HIGH: { description: 'VKSND cấp cao (bãi bỏ từ 1/7/2025)' },
    PROVINCIAL: { description: 'VKSND tỉnh, thành phố trực thuộc trung ương' },
    DISTRICT: { description: 'VKSND huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 1/7/2025)' },
    REGIONAL: { description: 'VKSND khu vực (từ 1/7/2025)' },
  },
});

registerEnumType(ClusterKind, {
  name: 'ClusterKind',
  description: 'Cụm thi đua (grouped by geography) or Khối thi đua (grouped by function).',
  valuesConfig: { CLUSTER: { description: 'Cụm thi đua' }, BLOC: { description: 'Khối thi đua' } },
});

registerEnumType(Role, { name: 'Role', description: 'What a verified caller may do.' });
