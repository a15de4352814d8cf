import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../graphql/errors';

/**
 * A GraphQL answer with a refusal that passes by itself (RETRY_AFTER_SECONDS: the store out of
 * reach) goes out as HTTP 503 with Retry-After instead of 200, as load shedding answers.
 */
export function retryLaterAnswers<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const seconds = response.body.singleResult.errors
            ?.map((error) => RETRY_AFTER_SECONDS.get(String(error.extensions?.code)))
            .find((wait) => wait !== undefined);
          if (seconds === undefined) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
