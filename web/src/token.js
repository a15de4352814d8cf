const KEY = 'thidua-token';

/**
 * The officer's token: from a `#token=` link (then removed from the address bar, so it is neither
 * bookmarked nor shown over a shoulder) or from this tab's earlier visit. It is kept for the tab only
 * (sessionStorage): closing the tab forgets it.
 */
export function readToken() {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    keepToken(fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  localStorage.removeItem(KEY); // earlier versions kept it there, across tabs and restarts
  return fromHash ?? sessionStorage.getItem(KEY) ?? '';
}

export function keepToken(token) {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}
