// The public API as the console uses it: POST /graphql and plain GETs (CSV), each with the user's token.

/** A failed call, classified so that views can say something useful. */
export class ApiError extends Error {
  /**
   * kind: 'unauthenticated' (token refused), 'forbidden', 'conflict' (stale version), 'missing' (the server has
   * no such field or endpoint yet), 'rule' (a rule id in code), 'network'.
   */
  constructor(message, { kind = 'rule', code = null, field = null, status = null } = {}) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.field = field;
    this.status = status;
  }
}

/** graphql-java's words for a document that names a field, argument or type the schema does not have. */
const MISSING = /FieldUndefined|UnknownArgument|UnknownType|is undefined|Unknown type/;

export function createApi({ token, onUnauthenticated }) {
  async function request(path, init) {
    let response;
    try {
      response = await fetch(path, {
        ...init,
        headers: { ...(init.headers || {}), Authorization: 'Bearer ' + token() },
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      throw new ApiError('The server did not answer (' + e.message + ').', { kind: 'network' });
    }
    if (response.status === 401) {
      onUnauthenticated();
      throw new ApiError('Your token was refused (expired or not valid here). Sign in again.', { kind: 'unauthenticated', status: 401 });
    }
    return response;
  }

  /** Runs a GraphQL document; answers `data`, or throws an ApiError for the first error. */
  async function graphql(query, variables = {}) {
    const response = await request('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    let body;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('The server answered ' + response.status + ' without a GraphQL answer.', { status: response.status });
    }
    const error = (body.errors || [])[0];
    if (error) throw toError(error);
    return body.data;
  }

  /** A GET whose answer is a file (CSV): the Response, or an ApiError for anything but 2xx. */
  async function get(path, accept) {
    const response = await request(path, { method: 'GET', headers: { Accept: accept } });
    if (response.ok) return response;
    if (response.status === 404 || response.status === 405) {
      throw new ApiError('This server does not offer ' + path.split('?')[0] + ' yet.', { kind: 'missing', status: response.status });
    }
    let detail = '';
    try {
      const problem = await response.json();
      detail = (problem.errors && problem.errors[0] && problem.errors[0].message) || problem.detail || problem.title || '';
    } catch { /* not a problem document */ }
    throw new ApiError('The download failed (' + response.status + (detail ? ': ' + detail : '') + ').', {
      kind: response.status === 403 ? 'forbidden' : 'rule', status: response.status,
    });
  }

  return { graphql, get };
}

function toError(error) {
  const ext = error.extensions || {};
  const message = error.message || 'The request failed.';
  if (ext.classification === 'ValidationError' && MISSING.test(message)) {
    return new ApiError(message, { kind: 'missing', code: 'schema' });
  }
  const code = ext.code || null;
  if (code === 'forbidden') return new ApiError('Your role may not do this.', { kind: 'forbidden', code });
  if (code === 'version-conflict' || ext.status === 409) {
    return new ApiError(message, { kind: 'conflict', code, status: 409 });
  }
  return new ApiError(message, { kind: 'rule', code, field: ext.field || null, status: ext.status || null });
}
