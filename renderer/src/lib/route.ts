import { useEffect, useState } from 'react';

/** A tiny hash router: #/inbox, #/register, #/entry/12, #/search?q=… */
export interface Route {
  page: string;
  id: number | null;
  params: URLSearchParams;
}

function parse(): Route {
  const h = window.location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = h.split('?');
  const [page = '', id] = path.split('/');
  return { page: page || 'dashboard', id: id ? Number(id) : null, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(parse);
  useEffect(() => {
    const on = () => setRoute(parse());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function go(path: string) {
  window.location.hash = `#/${path}`;
}
