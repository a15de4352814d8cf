/** Stream names, `category-id` as EventStoreDB's category projections expect. */
export const streams = {
  unit: (unitId: string) => `unit-${unitId}`,
  cluster: (clusterId: string) => `cluster-${clusterId}`,
  clusterYear: (clusterId: string, year: number) => `clusteryear-${clusterId}-${year}`,
};
