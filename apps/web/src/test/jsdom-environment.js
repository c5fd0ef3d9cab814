import { TestEnvironment } from 'jest-environment-jsdom';

/**
 * jsdom without the web platform pieces it lacks but browsers (and react-router) have: Request,
 * Response, Headers and TextEncoder, borrowed from Node. AbortController comes along too,
 * because Node's Request accepts only Node's AbortSignal.
 */
export default class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const { Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder } = globalThis;
    Object.assign(this.global, { Request, Response, Headers, AbortController, AbortSignal, TextEncoder, TextDecoder });
  }
}
