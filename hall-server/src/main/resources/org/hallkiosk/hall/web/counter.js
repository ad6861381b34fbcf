// 窗口叫号: one window's page. Calls go only through button presses; after a dropped request the page asks the
// server what happened before it lets anyone press again, so a call is never sent twice.
import { $, api, checkDevice, fragmentSettings, hallTime, LiveFeed, minutes } from './hall.js';

const STORE = 'hallkiosk.counter';
const REASONS = { elder: '老年人优先 · Senior', appointment: '预约 · Booking' };

const settings = loadSettings();
const view = { lines: [], window: null, help: new Map(), online: false, synced: false, busy: false };
let feed = null;
let syncTimer = null;

function loadSettings() {
  let saved = {};
  try {
    saved = JSON.parse(localStorage.getItem(STORE) ?? '{}') ?? {};
  } catch (e) {
    saved = {};
  }
  const given = fragmentSettings();
  for (const key of ['token', 'window', 'staff']) {
    if (given.get(key)) {
      saved[key] = key === 'window' ? Number(given.get(key)) : given.get(key);
    }
  }
  return saved;
}

function saveSettings() {
  localStorage.setItem(STORE, JSON.stringify(settings));
}

function showLogin(error) {
  feed?.stop();
  feed = null;
  $('desk').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  $('token').value = settings.token ?? '';
  $('window').value = settings.window ?? '';
  $('staff').value = settings.staff ?? '';
  $('login-error').textContent = error ?? '';
  setConn('connecting');
}

async function signIn() {
  const token = $('token').value.trim();
  const window = Number($('window').value);
  const staff = $('staff').value.trim();
  if (!Number.isInteger(window) || window < 1 || window > 999) {
    $('login-error').textContent = '窗口号是 1 到 999 · The window number is 1 to 999';
    return;
  }
  if (staff && !/^[A-Za-z0-9-]{1,20}$/.test(staff)) {
    $('login-error').textContent = '工号只能是字母、数字或横线 · A staff id is letters, digits or dashes';
    return;
  }
  $('signin').disabled = true;
  try {
    await checkDevice(token, 'counter', '窗口 (counter) ');
    if (settings.window !== window) {
      settings.lines = null;
    }
    Object.assign(settings, { token, window, staff: staff || null });
    saveSettings();
    startDesk();
  } catch (e) {
    $('login-error').textContent = e.message;
  } finally {
    $('signin').disabled = false;
  }
}

function startDesk() {
  $('login').hidden = true;
  $('desk').hidden = false;
  $('logout').hidden = false;
  $('who').textContent = `${settings.window} 号窗口 · Window ${settings.window}` + (settings.staff ? ` · 工号 ${settings.staff}` : '');
  view.synced = false;
  render();
  feed = new LiveFeed(settings.token, {
    snapshot: (d) => { view.lines = d.lines; view.help = new Map((d.help ?? []).map((h) => [h.id, h])); syncWindow(); },
    lines: (d) => { view.lines = d.lines; render(); },
    call: mine, recall: mine, done: mine, 'no-show': mine, transfer: mine, window: mine,
    help: (d) => { view.help.set(d.help.id, d.help); render(); },
    'help-ack': (d) => { view.help.delete(d.help.id); render(); },
  }, (state) => {
    setConn(state);
    view.online = state === 'online';
    view.synced = false;
    render();
    if (view.online) {
      syncWindow();
    }
  });
  feed.start();
}

function mine(d) {
  if (d.window === settings.window) {
    syncWindow();
  }
}

/** Asks the server what this window is on now; the buttons wait for the answer. */
async function syncWindow() {
  clearTimeout(syncTimer);
  try {
    const [w, help] = await Promise.all([
      api(settings.token, 'GET', `/api/v1/windows/${settings.window}`),
      api(settings.token, 'GET', '/api/v1/help'),
    ]);
    view.window = w.data;
    view.help = new Map(help.data.help.map((h) => [h.id, h]));
    view.synced = true;
  } catch (e) {
    view.synced = false;
    if (e.status === 401 || e.status === 403) {
      showLogin(e.message);
      return;
    }
    syncTimer = setTimeout(syncWindow, 2000);
  }
  render();
}

/** The lines this window calls from: the ones chosen on the page, else its lines in lines.yaml. */
function selectedLines() {
  if (settings.lines?.length) {
    return settings.lines;
  }
  return view.lines.filter((l) => l.windows.includes(settings.window)).map((l) => l.prefix);
}

async function act(kind, body = {}) {
  if (view.busy || !view.synced || !view.online) {
    return;
  }
  view.busy = true;
  render();
  const staff = settings.staff ? { staff: settings.staff } : {};
  try {
    const r = await api(settings.token, 'POST', `/api/v1/windows/${settings.window}/${kind}`, { ...body, ...staff });
    const number = r.data?.ticket?.number;
    say(kind === 'call' && r.status === 204 ? '没有人在等 · Nobody is waiting'
      : {
        call: `已叫 ${number} · Called`, recall: `已重呼 ${number} · Called again`, done: `${number} 已完成 · Done`,
        'no-show': `${number} 过号 · No-show`, transfer: `${number} 已转到 ${body.to} · Transferred`,
        pause: '已暂停，不会叫到本窗口 · Paused', resume: '已恢复 · Resumed',
      }[kind], false);
    if (r.data?.ticket && (kind === 'call' || kind === 'recall')) {
      view.window = { ...view.window, current: r.data.ticket };
    } else if (kind === 'pause' || kind === 'resume') {
      view.window = r.data;
    } else if (kind !== 'call') {
      view.window = { ...view.window, current: null };
    }
  } catch (e) {
    if (e.status === 0) {
      view.synced = false;
      say('网络中断，正在核对刚才的操作… · The connection dropped; checking what happened', true);
    } else {
      say(e.message, true);
    }
    view.busy = false;
    await syncWindow();
    return;
  } finally {
    view.busy = false;
  }
  render();
}

function say(text, bad) {
  $('message').textContent = text ?? '';
  $('message').className = bad ? 'message bad' : 'message';
}

function setConn(state) {
  const conn = $('conn');
  conn.className = `conn ${state}`;
  conn.textContent = { online: '在线 · Online', offline: '离线，正在重连 · Offline — reconnecting', connecting: '连接中 · Connecting' }[state];
}

function render() {
  const w = view.window;
  const current = w?.current ?? null;
  const ready = view.synced && view.online && !view.busy;
  const state = $('state');
  if (!view.online || !view.synced) {
    state.textContent = view.online ? '正在核对窗口状态… · Checking the window' : '离线：按钮暂停使用 · Offline: buttons wait for the server';
    state.className = 'state unknown';
  } else if (current) {
    state.textContent = '正在办理 · Serving';
    state.className = 'state serving';
  } else if (w?.paused) {
    state.textContent = '已暂停 · Paused';
    state.className = 'state paused';
  } else {
    const waiting = view.lines.filter((l) => selectedLines().includes(l.prefix)).reduce((n, l) => n + l.waiting, 0);
    state.textContent = `空闲，${waiting} 人等候 · Idle, ${waiting} waiting`;
    state.className = 'state';
  }
  $('number').textContent = current?.number ?? '—';
  renderDetails(current);
  $('call').disabled = !ready || !!current || !!w?.paused;
  for (const id of ['recall', 'done', 'noshow', 'transfer']) {
    $(id).disabled = !ready || !current;
  }
  $('pause').disabled = !ready;
  $('pause').innerHTML = w?.paused ? '恢复 <small>Resume</small><kbd>P</kbd>' : '暂停 <small>Pause</small><kbd>P</kbd>';
  renderLines();
  renderHelp();
}

function renderDetails(t) {
  const details = $('details');
  details.replaceChildren();
  if (!t) {
    return;
  }
  const parts = [t.lineName];
  if (t.item) {
    parts.push(t.item);
  }
  if (t.maskedName) {
    parts.push(t.maskedName);
  }
  if (t.waitedSeconds !== undefined) {
    parts.push(`已等 ${minutes(t.waitedSeconds)}`);
  }
  if (t.misses) {
    parts.push(`过号 ${t.misses} 次`);
  }
  details.append(parts.join(' · '));
  if (t.priorityReason) {
    const p = document.createElement('span');
    p.className = 'priority';
    p.textContent = REASONS[t.priorityReason] ?? t.priorityReason;
    details.append(p);
  }
}

function renderLines() {
  const chosen = selectedLines();
  $('lines').replaceChildren(...view.lines.map((l) => {
    const b = chip(`${l.prefix} ${l.name}`, l.waiting, chosen.includes(l.prefix));
    b.addEventListener('click', () => {
      const next = chosen.includes(l.prefix) ? chosen.filter((p) => p !== l.prefix) : [...chosen, l.prefix];
      settings.lines = next.length ? next : null;
      saveSettings();
      render();
    });
    return b;
  }));
}

function chip(label, count, pressed) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'chip';
  b.setAttribute('aria-pressed', String(pressed));
  b.append(label);
  if (count !== undefined) {
    const c = document.createElement('span');
    c.className = 'count';
    c.textContent = `${count} 人`;
    b.append(c);
  }
  return b;
}

function renderHelp() {
  const box = $('help');
  const calls = [...view.help.values()].filter((h) => h.state === 'open');
  box.hidden = calls.length === 0;
  box.replaceChildren(...calls.map((h) => {
    const row = document.createElement('div');
    row.className = 'call';
    const text = document.createElement('span');
    const at = hallTime(h.at);
    text.textContent = `${h.kiosk}${h.location ? `（${h.location}）` : ''} 呼叫工作人员 · Help needed at ${h.kiosk} — ${at}`;
    const ack = document.createElement('button');
    ack.type = 'button';
    ack.className = 'ack';
    ack.textContent = '我去处理 · On my way';
    ack.addEventListener('click', async () => {
      ack.disabled = true;
      try {
        await api(settings.token, 'POST', `/api/v1/help/${encodeURIComponent(h.id)}/ack`,
          { window: settings.window, ...(settings.staff ? { staff: settings.staff } : {}) });
        view.help.delete(h.id);
        render();
      } catch (e) {
        ack.disabled = false;
        say(e.message, true);
      }
    });
    row.append(text, ack);
    return row;
  }));
}

function openTransfer() {
  const current = view.window?.current;
  if (!current || $('transfer').disabled) {
    return;
  }
  $('transfer-lines').replaceChildren(...view.lines.filter((l) => l.prefix !== current.line).map((l) => {
    const b = chip(`${l.prefix} ${l.name}`, undefined, false);
    b.addEventListener('click', () => {
      $('transfer-dialog').close();
      act('transfer', { to: l.prefix, front: $('transfer-front').checked });
    });
    return b;
  }));
  $('transfer-front').checked = false;
  $('transfer-dialog').showModal();
}

const ACTIONS = {
  call: () => act('call', selectedLines().length ? { lines: selectedLines() } : {}),
  recall: () => act('recall'),
  done: () => act('done'),
  noshow: () => act('no-show'),
  transfer: openTransfer,
  pause: () => act(view.window?.paused ? 'resume' : 'pause'),
};

for (const [id, run] of Object.entries(ACTIONS)) {
  $(id).addEventListener('click', run);
}
document.addEventListener('keydown', (e) => {
  if ($('desk').hidden || $('transfer-dialog').open || e.target.tagName === 'INPUT' || e.ctrlKey || e.altKey || e.metaKey) {
    return;
  }
  const button = document.querySelector(`.actions button[data-key="${e.key.toUpperCase()}"]`);
  if (button && !button.disabled) {
    e.preventDefault();
    ACTIONS[button.id]();
  }
});
$('signin').addEventListener('click', signIn);
$('login').addEventListener('keydown', (e) => { if (e.key === 'Enter') signIn(); });
$('transfer-cancel').addEventListener('click', () => $('transfer-dialog').close());
$('logout').addEventListener('click', () => {
  delete settings.token;
  saveSettings();
  showLogin('');
});

if (settings.token && settings.window) {
  checkDevice(settings.token, 'counter', '窗口 (counter) ').then(startDesk, (e) => {
    if (e.status === 0) {
      startDesk(); // the server is away: start offline and reconnect, the role is checked again on every request
    } else {
      showLogin(e.message);
    }
  });
} else {
  showLogin('');
}
