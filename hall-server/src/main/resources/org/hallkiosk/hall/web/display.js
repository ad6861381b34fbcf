// 叫号屏: the hall's calling screen for a big TV. Follows the event stream, shows each window's ticket, the latest
// calls and the waiting per line, and announces every call and recall — a chime, then the sentence in zh-CN, one
// call after the other, none dropped.
import { $, checkDevice, fragmentSettings, hallTime, LiveFeed } from './hall.js';

const STORE = 'hallkiosk.display';
const RECENT = 8;
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const config = readConfig();
const view = { windows: new Map(), recent: [], lines: [] };

/** Settings from the address (query or #fragment): hall, notice, repeat, sentence, english; the token only by #. */
function readConfig() {
  const query = new URLSearchParams(location.search);
  const fragment = fragmentSettings();
  const get = (key) => fragment.get(key) ?? query.get(key);
  let token = fragment.get('token');
  if (token) {
    localStorage.setItem(STORE, JSON.stringify({ token }));
  } else {
    try {
      token = JSON.parse(localStorage.getItem(STORE) ?? '{}')?.token ?? null;
    } catch (e) {
      token = null;
    }
  }
  const repeat = Number.parseInt(get('repeat') ?? '2', 10);
  return {
    token,
    hall: get('hall'),
    notice: get('notice') ?? '请留意叫号，过号请到窗口咨询 · Please listen for your number',
    repeat: Number.isInteger(repeat) ? Math.min(5, Math.max(1, repeat)) : 2,
    sentence: get('sentence') ?? '请 {number} 号 到 {window} 号窗口办理',
    english: get('english') === '1',
  };
}

/** Speaks calls one after the other; shows that it cannot when the browser has no Chinese voice. */
class Announcer {
  constructor() {
    this.queue = [];
    this.running = false;
    this.voice = null;
    this.audio = null;
    this.synth = window.speechSynthesis ?? null;
    if (this.synth) {
      this.pickVoice();
      this.synth.addEventListener?.('voiceschanged', () => this.pickVoice());
    }
    // Voices arrive late in some browsers; after that, no Chinese voice means none.
    setTimeout(() => this.showVoice(true), 2500);
    this.showVoice(false);
  }

  pickVoice() {
    const voices = this.synth.getVoices() ?? [];
    this.voice = voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^zh/i.test(v.lang)) ?? null;
    this.showVoice(false);
  }

  showVoice(final) {
    const el = $('voice');
    if (this.voice) {
      el.className = 'voice';
      el.textContent = `语音播报 · Voice: ${this.voice.name}`;
    } else if (final) {
      el.className = 'voice none';
      el.textContent = '本机没有中文语音，叫号只显示不播报 · No Chinese voice here: calls are shown, not spoken';
    }
  }

  announce(call) {
    this.queue.push(call);
    if (!this.running) {
      this.run();
    }
  }

  async run() {
    this.running = true;
    while (this.queue.length) {
      const call = this.queue.shift();
      showLatest(call, true);
      await this.chime();
      if (this.voice) {
        const text = config.sentence.replaceAll('{number}', call.number).replaceAll('{window}', String(call.window));
        for (let i = 0; i < config.repeat; i++) {
          await this.speak(text, 'zh-CN', this.voice);
        }
        if (config.english) {
          await this.speak(`Number ${call.number.split('').join(' ')}, please go to window ${call.window}.`, 'en-US', null);
        }
      } else {
        await pause(3000); // the flash is the announcement: give each call its moment on screen
      }
    }
    this.running = false;
  }

  speak(text, lang, voice) {
    return new Promise((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang;
      u.rate = 0.9;
      if (voice) {
        try {
          u.voice = voice;
        } catch (e) {
          // a voice object the engine does not know: the language alone chooses
        }
      }
      const timer = setTimeout(done, 2000 + text.length * 400); // an engine that never says "end" must not stop the queue
      function done() {
        clearTimeout(timer);
        resolve();
      }
      u.onend = done;
      u.onerror = done;
      this.synth.speak(u);
    });
  }

  /** Ding-dong from the Web Audio API: no sound file to load. */
  async chime() {
    try {
      this.audio ??= new AudioContext();
      if (this.audio.state === 'suspended') {
        $('sound-hint').hidden = false;
        return;
      }
      const now = this.audio.currentTime;
      for (const [freq, at] of [[880, 0], [659, 0.35]]) {
        const osc = this.audio.createOscillator();
        const gain = this.audio.createGain();
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.0001, now + at);
        gain.gain.exponentialRampToValueAtTime(0.4, now + at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + at + 0.6);
        osc.connect(gain).connect(this.audio.destination);
        osc.start(now + at);
        osc.stop(now + at + 0.65);
      }
      await pause(900);
    } catch (e) {
      // no audio device: the voice and the flash still announce
    }
  }

  unlock() {
    $('sound-hint').hidden = true;
    this.audio?.resume();
  }
}

function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let announcer = null;

function start() {
  $('setup').hidden = true;
  announcer = new Announcer();
  document.addEventListener('click', () => announcer.unlock());
  const feed = new LiveFeed(config.token, {
    snapshot: (d) => {
      view.lines = d.lines;
      view.windows = new Map(d.windows.map((w) => [w.window, w]));
      view.recent = d.recentCalls.map((t) => ({ number: t.number, window: t.window, at: t.calledAt, recall: false }));
      render();
      if (view.recent.length) {
        showLatest(view.recent[0], false);
      }
    },
    call: (d) => called(d, false),
    recall: (d) => called(d, true),
    done: left, 'no-show': left, transfer: left,
    window: (d) => { view.windows.set(d.window, d); render(); },
    lines: (d) => { view.lines = d.lines; render(); },
  }, (state) => { $('offline').hidden = state !== 'offline'; });
  feed.start();
}

function called(d, recall) {
  const w = view.windows.get(d.window) ?? { window: d.window, paused: false };
  view.windows.set(d.window, { ...w, current: d.ticket });
  const call = { number: d.number, window: d.window, at: d.ticket.calledAt, recall };
  view.recent = [call, ...view.recent].slice(0, RECENT);
  render();
  announcer.announce(call);
}

function left(d) {
  const w = view.windows.get(d.window);
  if (w?.current?.number === d.number) {
    view.windows.set(d.window, { ...w, current: null });
    render();
  }
}

/** The big line: 号码 → 窗口; flashes for a new call. */
function showLatest(call, flash) {
  const el = $('latest');
  const num = span('num', call.number);
  const arrow = span('arrow', '→');
  const win = span('win', `${call.window}`);
  const label = document.createElement('small');
  label.textContent = '号窗口';
  win.append(label);
  el.replaceChildren(num, arrow, win);
  if (flash) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation for a call that follows another
    el.classList.add('flash');
  }
}

function span(cls, text) {
  const s = document.createElement('span');
  s.className = cls;
  s.textContent = text;
  return s;
}

function render() {
  const tiles = [...view.windows.values()].filter((w) => w.current || w.paused).sort((a, b) => a.window - b.window);
  $('windows').replaceChildren(...tiles.map((w) => {
    const tile = document.createElement('div');
    tile.className = w.current ? 'tile' : 'tile paused';
    tile.append(span('w', `${w.window} 号窗口`), span('n', w.current ? w.current.number : '暂停'));
    return tile;
  }));
  $('waiting').tBodies[0].replaceChildren(...view.lines.map((l) => {
    const row = document.createElement('tr');
    const name = document.createElement('td');
    name.textContent = `${l.prefix} ${l.name}`;
    const count = document.createElement('td');
    count.className = 'count';
    count.textContent = `${l.waiting} 人`;
    const eta = document.createElement('td');
    eta.className = 'eta';
    eta.textContent = l.waiting > 0 ? `约 ${l.estimatedWaitMinutes} 分钟` : '';
    row.append(name, count, eta);
    return row;
  }));
  $('recent').replaceChildren(...view.recent.map((c) => {
    const li = document.createElement('li');
    const at = hallTime(c.at);
    li.append(span('n', c.number), span('w', `${c.window} 号窗口`), span('t', c.recall ? `重呼 ${at}` : at));
    return li;
  }));
}

function tick() {
  const now = new Date();
  $('time').textContent = now.toLocaleTimeString('zh-CN', { hour12: false });
  $('date').textContent = `${now.getMonth() + 1}月${now.getDate()}日 ${WEEKDAYS[now.getDay()]}`;
}

function setup(error) {
  $('setup').hidden = false;
  $('setup-error').textContent = error ?? '';
  $('token').value = config.token ?? '';
}

async function begin() {
  try {
    await checkDevice(config.token ?? '', 'display', '叫号屏 (display) ');
    start();
  } catch (e) {
    if (e.status === 0 && config.token) {
      start(); // the server is away: show the screen offline and reconnect
    } else {
      setup(e.message);
    }
  }
}

if (config.hall) {
  $('hall').textContent = config.hall;
  document.title = `${config.hall} · 叫号屏`;
}
$('notice').textContent = config.notice;
tick();
setInterval(tick, 1000);
$('save').addEventListener('click', () => {
  config.token = $('token').value.trim();
  localStorage.setItem(STORE, JSON.stringify({ token: config.token }));
  begin();
});
if (config.token) {
  begin();
} else {
  setup('');
}
