// The session's token: taken from a sign-in link's fragment (#token=...) or pasted, kept in sessionStorage only
// (gone when the tab closes), and never put in a URL the console builds.

const KEY = 'billing.console.token';

/**
 * If the address carries #token=..., takes the token and removes it from the address bar at once (replaceState,
 * so it is not in the history either). Fragments never reach a server or a Referer header.
 */
export function takeTokenFromAddress(win = window) {
  const hash = win.location.hash || '';
  if (!hash.startsWith('#token=')) return null;
  const params = new URLSearchParams(hash.slice(1));
  const token = (params.get('token') || '').trim();
  win.history.replaceState(null, '', win.location.pathname + win.location.search + '#/worklist');
  return token || null;
}

export function saveToken(token) {
  sessionStorage.setItem(KEY, token);
}

export function loadToken() {
  return sessionStorage.getItem(KEY);
}

export function clearToken() {
  sessionStorage.removeItem(KEY);
}

/**
 * What the token says about its holder, for the UI only (which buttons to offer); the server checks the
 * signature and enforces the roles. Null when the text is not a JWT.
 */
export function describeToken(token) {
  const parts = String(token || '').split('.');
  if (parts.length !== 3) return null;
  try {
    const b64 = parts[1].replaceAll('-', '+').replaceAll('_', '/');
    const json = decodeURIComponent(Array.from(atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), '=')),
      (ch) => '%' + ch.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
    const claims = JSON.parse(json);
    const groups = claims.groups || claims['cognito:groups'] || [];
    return {
      subject: claims.upn || claims.sub || 'unknown',
      practice: claims.practice || null,
      roles: Array.isArray(groups) ? groups : [groups],
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}

/** Whether the token names one of the roles (for showing actions; the server decides). */
export function hasAnyRole(info, ...roles) {
  return !!info && roles.some((r) => info.roles.includes(r));
}
