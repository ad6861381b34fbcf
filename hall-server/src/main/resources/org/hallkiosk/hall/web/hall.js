// What both pages share: the API with a device token, and the live event stream that reconnects by itself.

/** An API call that did not succeed: the HTTP status (0: no answer), the server's code and sentence. */
export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Calls the hall server's API with the device token; resolves to {status, data}, rejects with ApiFailure. */
export async function api(token, method, path, body, timeoutMs = 8000) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
      signal: abort.signal,
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiFailure(0, 'network', '连接不到叫号服务器 · The hall server does not answer');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 204) {
    return { status: 204, data: null };
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    throw new ApiFailure(response.status, data?.error ?? 'http', data?.message ?? `HTTP ${response.status}`);
  }
  return { status: response.status, data };
}

/**
 * Checks a token and its role before a page uses it. Resolves to the device ({name, role, ...}); rejects with an
 * ApiFailure whose message says in Chinese and English what is wrong.
 */
export async function checkDevice(token, role, roleName) {
  if (!/^hk1_[A-Za-z0-9_-]{20,}$/.test(token)) {
    throw new ApiFailure(401, 'unauthorized', '令牌格式不对（以 hk1_ 开头）· A device token starts with hk1_');
  }
  let me;
  try {
    me = (await api(token, 'GET', '/api/v1/me')).data;
  } catch (e) {
    if (e.status === 401) {
      throw new ApiFailure(401, 'unauthorized', '令牌无效或已吊销 · The token is unknown or revoked');
    }
    throw e;
  }
  if (me.role !== role) {
    throw new ApiFailure(403, 'forbidden',
      `这是「${me.name}」的 ${me.role} 令牌，本页需要${roleName}令牌 · This is a ${me.role} token; this page needs a ${role} token`);
  }
  return me;
}

/**
 * The live event stream. Reconnects by itself after a drop or a server restart, resuming after the last event it
 * saw (lastEventId), and tells the page whether it is online. A browser's own EventSource retry stops for good on
 * some errors, so the stream is reopened here; a health check every few seconds finds a connection that died
 * without closing (a pulled cable).
 */
export class LiveFeed {
  constructor(token, handlers, onState, options = {}) {
    this.token = token;
    this.handlers = handlers;
    this.onState = onState;
    this.lastId = null;
    this.source = null;
    this.state = 'connecting';
    this.retryMs = 1000;
    this.retryTimer = null;
    this.checkEveryMs = options.checkEveryMs ?? 5000;
    this.stopped = false;
  }

  start() {
    this.open();
    this.checker = setInterval(() => this.check(), this.checkEveryMs);
  }

  stop() {
    this.stopped = true;
    clearInterval(this.checker);
    clearTimeout(this.retryTimer);
    this.source?.close();
  }

  open() {
    if (this.stopped) {
      return;
    }
    this.source?.close();
    let url = `/api/v1/events?access_token=${encodeURIComponent(this.token)}`;
    if (this.lastId) {
      url += `&lastEventId=${encodeURIComponent(this.lastId)}`;
    }
    const source = new EventSource(url);
    this.source = source;
    for (const [type, handle] of Object.entries(this.handlers)) {
      source.addEventListener(type, (event) => {
        if (source !== this.source) {
          return;
        }
        this.lastId = event.lastEventId || this.lastId;
        this.setState('online');
        this.retryMs = 1000;
        try {
          handle(JSON.parse(event.data));
        } catch (e) {
          console.error('event', type, e);
        }
      });
    }
    source.onopen = () => {
      if (source === this.source) {
        this.retryMs = 1000;
        this.setState('online');
      }
    };
    source.onerror = () => {
      if (source === this.source) {
        this.dropped();
      }
    };
  }

  dropped() {
    this.source?.close();
    this.source = null;
    this.setState('offline');
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 5000);
  }

  async check() {
    if (this.stopped) {
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.max(1000, this.checkEveryMs - 500));
    try {
      const r = await fetch('/api/v1/health', { cache: 'no-store', signal: abort.signal });
      if (!r.ok) {
        throw new Error(`health ${r.status}`);
      }
    } catch (e) {
      if (this.source) {
        this.dropped();
      }
    } finally {
      clearTimeout(timer);
    }
  }

  setState(state) {
    if (this.state !== state) {
      this.state = state;
      this.onState(state);
    }
  }
}

/** Reads page settings from the URL's fragment (#token=...&window=3), which never reaches a server or a log. */
export function fragmentSettings() {
  const out = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (location.hash) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  return out;
}

/** Minutes as a visitor reads them: 12 分钟, or 1 小时 5 分钟. */
export function minutes(seconds) {
  const m = Math.max(0, Math.round(seconds / 60));
  return m < 60 ? `${m} 分钟` : `${Math.floor(m / 60)} 小时 ${m % 60} 分钟`;
}

/** The element with this id. */
export function $(id) {
  return document.getElementById(id);
}

/** The hall's clock time (HH:MM) of an ISO time the server sent with the hall's offset, whatever the browser's zone. */
export function hallTime(iso) {
  const m = /T(\d{2}:\d{2})/.exec(iso ?? '');
  return m ? m[1] : '';
}
