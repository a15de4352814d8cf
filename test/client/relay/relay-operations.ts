// The operations test/client/relay.e2e.test.ts runs, as a Relay app writes them: relay-compiler reads
// them from here (relay.config.json) and writes their artifacts to __generated__/, which the test loads.
// Nothing runs this file (relay-runtime's `graphql` throws if called), so the tags stand alone.
// Every object names __typename and id, so that the server's answer and Relay's store compare as they are.
/* eslint-disable @typescript-eslint/no-unused-expressions */
import { graphql } from 'relay-runtime';

graphql`
  query relayOperationsUnitQuery($asOf: AsOf) {
    unit(id: "tan-chau", asOf: $asOf) {
      __typename
      id
      unitId
      name
      shortName
      parent {
        __typename
        id
        unitId
        name
      }
    }
  }
`;

graphql`
  query relayOperationsClusterYearQuery($asOf: AsOf) {
    clusterYear(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      chairUnitId
      memberUnitIds
      members {
        __typename
        id
        unitId
        name
      }
      chair {
        __typename
        id
        name
      }
    }
  }
`;

graphql`
  query relayOperationsRankingQuery($asOf: AsOf) {
    rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      clusterId
      year
      units {
        unitId
        rank
        effectiveTotal
      }
    }
  }
`;

// A cluster year and its ranking in one answer: before ids were unique across types, Relay merged them into one record.
graphql`
  query relayOperationsYearAndRankingQuery($asOf: AsOf) {
    clusterYear(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      year
      chairUnitId
    }
    rankings(clusterId: "ag-2", year: 2024, asOf: $asOf) {
      __typename
      id
      year
      finalized
    }
  }
`;

// Paged with Relay's ConnectionHandler, as usePaginationFragment pages: each page merged into one connection.
graphql`
  fragment relayOperations_units on Query
  @refetchable(queryName: "relayOperationsUnitsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" }) {
    unitsConnection(first: $count, after: $cursor) @connection(key: "relayOperations_unitsConnection") {
      edges {
        node {
          __typename
          id
          unitId
          name
        }
      }
    }
  }
`;

graphql`
  query relayOperationsAllUnitsQuery {
    unitsConnection(first: 200) {
      edges {
        node {
          __typename
          id
          unitId
          name
        }
      }
    }
  }
`;

// Refetched through node(id:), as useRefetchableFragment does.
graphql`
  fragment relayOperations_clusterYear on ClusterYear @refetchable(queryName: "relayOperationsClusterYearRefetchQuery") {
    __typename
    id
    clusterId
    year
    chairUnitId
    memberUnitIds
    members {
      __typename
      id
      unitId
      name
    }
    chair {
      __typename
      id
      name
    }
  }
`;

graphql`
  subscription relayOperationsClusterYearChangedSubscription {
    clusterYearChanged(clusterId: "ag-2", year: 2024) {
      position
      type
      clusterYear {
        __typename
        id
        chairUnitId
        memberUnitIds
      }
      ranking {
        __typename
        id
        clusterId
        year
        units {
          unitId
          rank
          effectiveTotal
        }
      }
    }
  }
`;

graphql`
  query relayOperationsAuditTrailQuery($actorId: ID) {
    auditTrail(filter: { actorId: $actorId }, first: 20, order: OLDEST_FIRST) {
      edges {
        node {
          __typename
          id
          position
          type
          actor {
            __typename
            id
            name
            role
          }
        }
      }
    }
  }
`;
