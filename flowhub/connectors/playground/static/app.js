// FlowHub playground: a local chat page talking to /playground/api. Plain JS, no dependencies.
// Every piece of text from the server goes into the page with textContent, never innerHTML.
"use strict";

(() => {
  const API = "/playground/api";
  const POLL_MS = 600; // the open chat, normally
  const FAST_MS = 150; // the open chat, right after a send, press or clock move
  const FAST_FOR_MS = 3000;
  const HIDDEN_MS = 4000; // the tab is in the background
  const OTHERS_MS = 3000; // unread badges of the other chats
  const PRESS_HOLD_MS = 8000; // re-enable pressed buttons if nothing happened by then
  const TYPING_MAX_MS = 6000;
  const STORE_KEY = "flowhub.playground.v1";
  const EXAMPLES = [
    "pls send the Q4 deck to Sam by friday 5pm and book the venue for next week",
    "what's due this week?",
    "done 1",
    "undo",
    "I'm in Berlin",
    "help",
  ];

  const $ = (id) => document.getElementById(id);
  const ui = {
    people: $("people"),
    chats: $("chats"),
    clockPanel: $("clock-panel"),
    clockNow: $("clock-now"),
    clockZone: $("clock-zone"),
    clockOffset: $("clock-offset"),
    chatTitle: $("chat-title"),
    chatSub: $("chat-sub"),
    status: $("status"),
    transcript: $("transcript"),
    empty: $("empty"),
    list: $("messages"),
    typing: $("typing"),
    examples: $("examples"),
    form: $("composer-form"),
    composer: $("composer"),
    send: $("send"),
    forwarded: $("forwarded"),
    forwardedFrom: $("forwarded-from"),
    forwardedFromWrap: $("forward-from-wrap"),
    file: $("file"),
    attach: $("attach"),
    attached: $("attached"),
    attachedName: $("attached-name"),
    detach: $("detach"),
  };

  const state = {
    people: [],
    chats: [],
    devClock: false,
    person: null, // id
    chat: null, // id
    now: null, // Date: the server's (simulated) now at the last answer
    offsetMs: 0, // simulated now minus this browser's clock
    rendered: new Map(), // message id -> {sig, node}
    dividers: new Map(), // day key -> node
    pressed: new Map(), // message id -> {at, sig, bots}
    typingSince: 0,
    botSigAtSend: "",
    counts: new Map(), // chat id -> messages seen
    unread: new Map(), // chat id -> unread count
    forwarded: {}, // "in-<id>" -> {from, text}: the API does not echo the forwarded flag back
    fastUntil: 0,
    timer: 0,
    inflight: false,
    generation: 0, // bumps when the person or chat changes: late answers are dropped
    failures: 0,
  };

  // ---------------------------------------------------------------- helpers

  function h(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function api(path, body) {
    const options = body === undefined ? {} : {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(API + path, { cache: "no-store", ...options });
    } catch (err) {
      throw new Error("can't reach the FlowHub server; is it still running?");
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const data = await response.json();
        if (data && data.detail) detail = typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail);
      } catch (err) { /* not JSON */ }
      const error = new Error(`${response.status}: ${detail}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  let sayTimer = 0;
  function say(text, kind = "info") {
    clearTimeout(sayTimer);
    ui.status.textContent = text;
    ui.status.dataset.kind = kind;
    if (text && kind === "info") sayTimer = setTimeout(() => say(""), 4000);
  }

  function person(id = state.person) {
    return state.people.find((p) => p.id === id) || null;
  }

  function chat(id = state.chat) {
    return state.chats.find((c) => c.id === id) || null;
  }

  function chatsOf(personId) {
    return state.chats.filter((c) => c.members.includes(personId));
  }

  function zone() {
    const p = person();
    return p ? p.tz : undefined;
  }

  const formatters = new Map();
  function partsIn(date, tz) {
    const key = tz || "";
    if (!formatters.has(key)) {
      formatters.set(key, new Intl.DateTimeFormat("en-GB", {
        timeZone: tz, weekday: "short", day: "numeric", month: "short", year: "numeric",
        hour: "2-digit", minute: "2-digit", hourCycle: "h23",
      }));
    }
    const parts = {};
    for (const part of formatters.get(key).formatToParts(date)) parts[part.type] = part.value;
    return parts;
  }

  function dayText(date, tz) {
    const p = partsIn(date, tz);
    return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
  }

  function timeText(date, tz) {
    const p = partsIn(date, tz);
    return `${p.hour}:${p.minute}`;
  }

  function offsetText(ms) {
    if (Math.abs(ms) < 90 * 1000) return "real time";
    const sign = ms > 0 ? "+" : "−";
    let minutes = Math.round(Math.abs(ms) / 60000);
    const days = Math.floor(minutes / 1440);
    minutes -= days * 1440;
    const hours = Math.floor(minutes / 60);
    minutes -= hours * 60;
    const bits = [];
    if (days) bits.push(`${days} d`);
    if (hours) bits.push(`${hours} h`);
    if (minutes && !days) bits.push(`${minutes} min`);
    return `${sign}${bits.join(" ") || "0 min"} ${ms > 0 ? "ahead of" : "behind"} real time`;
  }

  function shortZone(tz) {
    return (tz || "").split("/").pop().replace(/_/g, " ");
  }

  function initials(name) {
    return (name || "?").trim().slice(0, 1).toUpperCase();
  }

  function saveStore() {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify({
        person: state.person, chat: state.chat, forwarded: state.forwarded,
      }));
    } catch (err) { /* private mode: fine */ }
  }

  function loadStore() {
    try {
      return JSON.parse(localStorage.getItem(STORE_KEY) || "{}") || {};
    } catch (err) {
      return {};
    }
  }

  // ---------------------------------------------------------------- sidebar

  function renderPeople() {
    ui.people.replaceChildren();
    for (const p of state.people) {
      const selected = p.id === state.person;
      const dmUnread = state.unread.get(`dm-${p.id}`) || 0;
      const button = h("button", {
        type: "button",
        class: "person",
        role: "radio",
        "aria-checked": selected ? "true" : "false",
        tabindex: selected ? "0" : "-1",
        "data-testid": `person-${p.id}`,
        dataset: { person: p.id },
        title: `Act as ${p.name} (${p.tz})`,
        onclick: () => switchPerson(p.id),
      },
      h("span", { class: `avatar avatar-${p.id}`, "aria-hidden": "true", text: initials(p.name) }),
      h("span", { class: "person-text" },
        h("span", { class: "person-name", text: p.name }),
        h("span", { class: "person-tz" },
          h("span", { class: "tz", text: p.tz }),
          h("span", { class: "person-time", dataset: { tz: p.tz } }))),
      !selected && dmUnread ? h("span", { class: "dot", text: String(dmUnread), "aria-label": `${dmUnread} new in ${p.name}'s chat` }) : null);
      ui.people.append(button);
    }
    updatePeopleTimes();
  }

  function updatePeopleTimes() {
    const now = simulatedNow();
    for (const node of ui.people.querySelectorAll(".person-time")) {
      node.textContent = now ? `· ${timeText(now, node.dataset.tz)}` : "";
    }
  }

  ui.people.addEventListener("keydown", (event) => {
    const keys = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    if (!(event.key in keys) && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const ids = state.people.map((p) => p.id);
    let index = ids.indexOf(state.person);
    if (event.key === "Home") index = 0;
    else if (event.key === "End") index = ids.length - 1;
    else index = (index + keys[event.key] + ids.length) % ids.length;
    switchPerson(ids[index]);
  });

  function renderChats() {
    ui.chats.replaceChildren();
    for (const c of chatsOf(state.person)) {
      const active = c.id === state.chat;
      const unread = active ? 0 : (state.unread.get(c.id) || 0);
      const sub = c.kind === "group"
        ? `Group · ${c.members.length} people + FlowHub`
        : "Private chat with FlowHub";
      const title = c.kind === "direct" ? "FlowHub" : c.title;
      ui.chats.append(h("li", {},
        h("button", {
          type: "button",
          class: "chat-item",
          "data-testid": `chat-${c.id}`,
          "aria-current": active ? "true" : null,
          title: c.title,
          onclick: (event) => {
            switchChat(c.id);
            if (event.detail > 0) ui.composer.focus(); // a mouse click: ready to type
          },
        },
        h("span", { class: `avatar ${c.kind === "group" ? "avatar-group" : "avatar-bot"}`, "aria-hidden": "true",
          text: c.kind === "group" ? "#" : "F" }),
        h("span", { class: "chat-item-text" },
          h("span", { class: "chat-item-title", text: title }),
          h("span", { class: "chat-item-sub", text: sub })),
        unread ? h("span", { class: "badge", text: String(unread), "aria-label": `${unread} new` }) : null)));
    }
  }

  function renderHeader() {
    const c = chat();
    if (!c) return;
    const members = c.members.map((id) => (person(id) || { name: id }).name);
    ui.chatTitle.textContent = c.kind === "direct" ? `${members[0]} ↔ FlowHub` : c.title;
    ui.chatSub.textContent = c.kind === "direct"
      ? `Private chat · you are ${members[0]} (${zone()})`
      : `${members.join(", ")} and FlowHub · you are ${(person() || {}).name}`;
    document.title = `${ui.chatTitle.textContent} · FlowHub playground`;
  }

  // ---------------------------------------------------------------- clock

  function setNow(iso) {
    if (!iso) return;
    const now = new Date(iso);
    if (Number.isNaN(now.getTime())) return;
    state.now = now;
    state.offsetMs = now.getTime() - Date.now();
    renderClock();
    updatePeopleTimes();
  }

  function simulatedNow() {
    return state.now ? new Date(Date.now() + state.offsetMs) : null;
  }

  function renderClock() {
    ui.clockPanel.hidden = !state.devClock;
    if (!state.now) return;
    const tz = zone();
    const p = partsIn(state.now, tz);
    const date = `${p.weekday} ${p.day} ${p.month} ${p.year}`;
    const time = `${p.hour}:${p.minute}`;
    if (ui.clockNow.dataset.shown !== `${date} ${time}`) {
      ui.clockNow.dataset.shown = `${date} ${time}`;
      ui.clockNow.replaceChildren(
        h("span", { class: "clock-date", text: date }),
        h("span", { class: "visually-hidden", text: ", " }),
        h("span", { class: "clock-time", text: time }));
    }
    ui.clockNow.dataset.now = state.now.toISOString();
    ui.clockZone.textContent = tz || "";
    ui.clockOffset.textContent = offsetText(state.offsetMs);
    ui.clockOffset.dataset.moved = Math.abs(state.offsetMs) >= 90 * 1000 ? "true" : "false";
  }

  async function moveClock(body, button) {
    const buttons = ui.clockPanel.querySelectorAll("button");
    buttons.forEach((b) => { b.disabled = true; });
    try {
      const data = await api("/clock", body);
      setNow(data.now);
      say(body.reset ? "Clock back to real time." : `Clock moved ${button.textContent.trim()}.`);
      pollSoon();
      setTimeout(pollOthers, 500);
    } catch (err) {
      if (err.status === 403) {
        state.devClock = false;
        renderClock();
      }
      say(`Couldn't move the clock: ${err.message}`, "error");
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
      if (!ui.clockPanel.hidden) button.focus();
    }
  }

  ui.clockPanel.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button || button.disabled) return;
    const body = button.dataset.reset ? { reset: true } : { advance_minutes: Number(button.dataset.minutes) };
    moveClock(body, button);
  });

  // ---------------------------------------------------------------- transcript

  function messageSig(m) {
    return JSON.stringify([m.text, m.kind, m.edited || false, m.buttons || [], state.forwarded[m.id] || null, m.images || [], m.files || []]);
  }

  function botSig(messages) {
    return messages.filter((m) => m.from === "bot").map((m) => `${m.id}|${m.text}`).join("\n");
  }

  function forwardedInfo(m) {
    const info = state.forwarded[m.id];
    return info && info.text === m.text ? info : null;
  }

  function buildMessage(m, c) {
    const tz = zone();
    const at = new Date(m.at);
    const mine = m.from === state.person;
    const isBot = m.from === "bot";
    const sender = isBot ? "FlowHub" : (person(m.from) || { name: m.from }).name;
    const side = mine ? "mine" : (isBot ? "bot" : "other");
    const time = Number.isNaN(at.getTime()) ? "" : timeText(at, tz);
    const attrs = {
      class: `msg msg-${side}`,
      "data-testid": "message",
      "data-from": m.from,
      "data-kind": m.kind,
      "data-id": m.id,
    };

    if (m.kind === "button") {
      // A tap on a button is stored like a message; show it as a quiet note, not a bubble.
      return h("li", { ...attrs, class: `${attrs.class} msg-tap` },
        h("span", { class: "tap" },
          h("span", { class: "visually-hidden", text: `${sender} tapped ` }),
          h("span", { "aria-hidden": "true", text: mine ? "You tapped " : `${sender} tapped ` }),
          h("span", { class: "tap-label", text: m.text || "a button" }),
          time ? h("time", { class: "meta", datetime: m.at, text: ` · ${time}` }) : null));
    }

    const bubble = h("div", { class: "bubble" });
    if (c && c.kind === "group") {
      bubble.append(h("span", { class: `sender sender-${isBot ? "bot" : m.from}`, text: mine ? `${sender} (you)` : sender }));
    }
    const fwd = forwardedInfo(m);
    if (fwd) {
      bubble.append(h("span", { class: "forwarded-tag", text: fwd.from ? `↪ Forwarded from ${fwd.from}` : "↪ Forwarded" }));
    }
    for (const url of m.images || []) {
      // A chart: shown in the bubble, a tap opens it full size in a new tab.
      bubble.append(h("a", { class: "sent-image", href: url, target: "_blank", rel: "noopener", "data-testid": "sent-image" },
        h("img", { src: url, alt: m.text ? `Chart: ${m.text.split("\n")[0]}` : "Chart", loading: "lazy" })));
    }
    for (const f of m.files || []) {
      bubble.append(h("a", { class: "sent-file", href: f.url, download: f.name, "data-testid": "sent-file", type: f.mime || null },
        h("span", { "aria-hidden": "true", text: "📄 " }), f.name));
    }
    if (m.text || !(m.images || []).length && !(m.files || []).length) {
      bubble.append(h("p", { class: "text", text: m.text || "" }));
    }
    const meta = h("span", { class: "meta" });
    if (m.edited) meta.append(h("span", { class: "edited", text: "edited · " }));
    if (time) meta.append(h("time", { datetime: m.at, title: `${dayText(at, tz)}, ${time} (${tz})`, text: time }));
    bubble.append(meta);

    const row = h("div", { class: "msg-row" });
    if (!mine) {
      row.append(h("span", { class: `avatar avatar-small ${isBot ? "avatar-bot" : `avatar-${m.from}`}`, "aria-hidden": "true", text: isBot ? "F" : initials(sender) }));
    }
    row.append(bubble);
    const li = h("li", attrs, row);

    if (isBot && m.buttons && m.buttons.length) {
      const actions = h("div", { class: "actions", role: "group", "aria-label": "Answer FlowHub" });
      for (const b of m.buttons) {
        actions.append(h("button", {
          type: "button",
          class: "action",
          "data-testid": "button",
          "data-button-id": b.id,
          text: b.label,
          onclick: (event) => press(m, b, event.currentTarget),
        }));
      }
      li.append(actions);
    }
    return li;
  }

  function divider(key, text) {
    let node = state.dividers.get(key);
    if (!node) {
      node = h("li", { class: "divider", role: "separator", "aria-label": text }, h("span", { text }));
      state.dividers.set(key, node);
    } else if (node.textContent !== text) {
      node.firstChild.textContent = text;
    }
    return node;
  }

  function render(messages) {
    const c = chat();
    const tz = zone();
    const box = ui.transcript;
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 120;
    const desired = [];
    const seen = new Set();
    const dayRuns = new Map(); // a day can come back after the dev clock is reset
    let lastDay = null;
    let added = false;

    for (const m of messages) {
      const at = new Date(m.at);
      if (!Number.isNaN(at.getTime())) {
        const day = dayText(at, tz);
        if (day !== lastDay) {
          const run = (dayRuns.get(day) || 0) + 1;
          dayRuns.set(day, run);
          desired.push(divider(`day-${day}-${run}`, day));
          lastDay = day;
        }
      }
      const sig = messageSig(m);
      let entry = state.rendered.get(m.id);
      if (!entry || entry.sig !== sig) {
        const node = buildMessage(m, c);
        if (entry) {
          if (entry.node.contains(document.activeElement)) {
            // The focused button went away with the old version: keep keyboard users in place.
            requestAnimationFrame(() => (node.querySelector("button") || ui.composer).focus());
          }
          state.pressed.delete(m.id);
        } else {
          added = true;
        }
        entry = { sig, node };
        state.rendered.set(m.id, entry);
      }
      seen.add(m.id);
      desired.push(entry.node);
    }
    for (const id of [...state.rendered.keys()]) {
      if (!seen.has(id)) state.rendered.delete(id);
    }

    // Move nodes only where the order differs, so focus and selection survive a refresh.
    desired.forEach((node, index) => {
      if (ui.list.children[index] !== node) ui.list.insertBefore(node, ui.list.children[index] || null);
    });
    while (ui.list.children.length > desired.length) ui.list.lastElementChild.remove();

    ui.empty.hidden = messages.length > 0;
    updatePressed(messages);
    updateTyping(messages);
    if (added && (nearBottom || state.stickToBottom)) scrollToBottom();
    state.stickToBottom = false;
  }

  function scrollToBottom() {
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
  }

  function updatePressed(messages) {
    const bots = new Set(messages.filter((m) => m.from === "bot").map((m) => m.id));
    for (const [id, info] of state.pressed) {
      const answered = [...bots].some((b) => !info.bots.has(b));
      if (!info.pending && (answered || Date.now() - info.at > PRESS_HOLD_MS)) state.pressed.delete(id);
    }
    for (const [id, entry] of state.rendered) {
      const held = state.pressed.get(id);
      for (const button of entry.node.querySelectorAll("[data-testid='button']")) {
        button.disabled = Boolean(held);
        button.classList.toggle("is-pressed", Boolean(held) && held.button === button.dataset.buttonId);
      }
    }
  }

  function updateTyping(messages) {
    if (state.typingSince) {
      const changed = botSig(messages) !== state.botSigAtSend;
      if (changed || Date.now() - state.typingSince > TYPING_MAX_MS) state.typingSince = 0;
    }
    const show = Boolean(state.typingSince) && Date.now() - state.typingSince > 250;
    if (ui.typing.hidden === show) {
      ui.typing.hidden = !show;
      if (show) scrollToBottom();
    }
  }

  function clearTranscript() {
    state.rendered.clear();
    state.dividers.clear();
    state.pressed.clear();
    state.typingSince = 0;
    ui.list.replaceChildren();
    ui.typing.hidden = true;
    ui.empty.hidden = true;
    state.lastMessages = [];
  }

  // ---------------------------------------------------------------- polling

  async function refreshCurrent() {
    const generation = state.generation;
    const chatId = state.chat;
    if (!chatId) return;
    try {
      const data = await api(`/messages?chat=${encodeURIComponent(chatId)}`);
      if (generation !== state.generation) return;
      setNow(data.now);
      state.lastMessages = data.messages;
      render(data.messages);
      state.counts.set(chatId, data.messages.length);
      state.unread.delete(chatId);
      if (state.failures) say("Connected again.");
      state.failures = 0;
    } catch (err) {
      state.failures += 1;
      if (state.failures === 1 || state.failures % 10 === 0) say(`Can't load messages: ${err.message}`, "error");
    }
  }

  async function loop() {
    clearTimeout(state.timer);
    if (!state.inflight) {
      state.inflight = true;
      try {
        await refreshCurrent();
      } finally {
        state.inflight = false;
      }
    }
    let delay = Date.now() < state.fastUntil ? FAST_MS : POLL_MS;
    if (document.hidden) delay = HIDDEN_MS;
    if (state.failures > 3) delay = Math.min(5000, POLL_MS * state.failures);
    state.timer = setTimeout(loop, delay);
  }

  function pollSoon() {
    state.fastUntil = Date.now() + FAST_FOR_MS;
    clearTimeout(state.timer);
    state.timer = setTimeout(loop, 0);
  }

  async function pollOthers() {
    let changed = false;
    for (const c of state.chats) {
      if (c.id === state.chat) continue;
      try {
        const data = await api(`/messages?chat=${encodeURIComponent(c.id)}`);
        const count = data.messages.length;
        if (!state.counts.has(c.id)) {
          state.counts.set(c.id, count);
        } else if (count > state.counts.get(c.id)) {
          const unread = count - state.counts.get(c.id);
          if (state.unread.get(c.id) !== unread) {
            state.unread.set(c.id, unread);
            changed = true;
          }
        }
      } catch (err) { /* the open chat's poll reports trouble */ }
    }
    if (changed) {
      renderChats();
      renderPeople();
    }
  }

  // ---------------------------------------------------------------- actions

  function markSent() {
    state.typingSince = Date.now();
    state.botSigAtSend = botSig(state.lastMessages || []);
    state.stickToBottom = true;
    setTimeout(() => updateTyping(state.lastMessages || []), 300);
  }

  const MAX_UPLOAD = 32 * 1024 * 1024; // the playground API's limit

  function readBase64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
      reader.onerror = () => reject(reader.error || new Error("the file could not be read"));
      reader.readAsDataURL(file);
    });
  }

  function showAttached() {
    const file = state.file;
    ui.attached.hidden = !file;
    ui.attachedName.textContent = file ? `📎 ${file.name}` : "";
  }

  function detach() {
    state.file = null;
    ui.file.value = "";
    showAttached();
  }

  async function send(text, file) {
    const body = { person: state.person, chat: state.chat, text };
    if (file) {
      if (file.size > MAX_UPLOAD) {
        say(`Not sent: ${file.name} is over 32 MB`, "error");
        return false;
      }
      const mime = file.type || "application/octet-stream";
      const voice = mime.startsWith("audio/") && /(^ptt|voice|\.opus$|\.oga$)/i.test(file.name);
      body.file = { name: file.name, mime, data: await readBase64(file), voice };
    }
    if (ui.forwarded.checked) {
      body.forwarded = true;
      const from = ui.forwardedFrom.value.trim();
      if (from) body.forwarded_from = from;
    }
    ui.send.disabled = true;
    try {
      const data = await api("/send", body);
      if (body.forwarded && data.event_id) {
        state.forwarded[`in-${data.event_id}`] = { from: body.forwarded_from || "", text };
        saveStore();
        ui.forwarded.checked = false;
        syncForward();
      }
      say("");
      markSent();
      pollSoon();
      setTimeout(pollOthers, 800);
      return true;
    } catch (err) {
      say(`Not sent: ${err.message}`, "error");
      return false;
    } finally {
      ui.send.disabled = false;
    }
  }

  async function press(message, button, node) {
    if (state.pressed.has(message.id)) return;
    const bots = new Set((state.lastMessages || []).filter((m) => m.from === "bot").map((m) => m.id));
    const hold = { at: Date.now(), bots, button: button.id, pending: true };
    state.pressed.set(message.id, hold);
    updatePressed(state.lastMessages || []);
    try {
      await api("/press", {
        person: state.person, chat: state.chat, message_id: message.id,
        button_id: button.id, label: button.label,
      });
      hold.pending = false;
      hold.at = Date.now();
      markSent();
      pollSoon();
      setTimeout(pollOthers, 800);
    } catch (err) {
      state.pressed.delete(message.id);
      updatePressed(state.lastMessages || []);
      say(`Button not sent: ${err.message}`, "error");
      if (node && node.isConnected) node.focus();
    }
  }

  ui.form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = ui.composer.value;
    const file = state.file;
    if ((!text.trim() && !file) || !state.chat) {
      ui.composer.focus();
      return;
    }
    ui.composer.value = "";
    autosize();
    const ok = await send(text, file);
    if (ok) {
      detach();
    } else if (!ui.composer.value) {
      ui.composer.value = text; // give the text back so nothing is lost
      autosize();
    }
    ui.composer.focus();
  });

  ui.attach.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => {
    state.file = ui.file.files && ui.file.files[0] ? ui.file.files[0] : null;
    showAttached();
    ui.composer.focus();
  });
  ui.detach.addEventListener("click", () => {
    detach();
    ui.composer.focus();
  });

  ui.composer.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !event.isComposing) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });

  function autosize() {
    ui.composer.style.height = "auto";
    ui.composer.style.height = `${Math.min(ui.composer.scrollHeight, 180)}px`;
  }
  ui.composer.addEventListener("input", autosize);

  function syncForward() {
    ui.forwardedFromWrap.hidden = !ui.forwarded.checked;
    ui.composer.placeholder = ui.forwarded.checked
      ? "Paste the message you are forwarding…"
      : "Type a message… (Enter to send, Shift+Enter for a new line)";
  }
  ui.forwarded.addEventListener("change", () => {
    syncForward();
    if (ui.forwarded.checked) ui.forwardedFrom.focus();
  });
  ui.forwardedFrom.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      ui.composer.focus();
    }
  });

  function renderExamples() {
    ui.examples.replaceChildren();
    for (const text of EXAMPLES) {
      ui.examples.append(h("button", {
        type: "button",
        class: "chip example",
        "data-testid": "example",
        title: `Send “${text}”`,
        text,
        onclick: async () => {
          if (await send(text)) ui.composer.focus();
        },
      }));
    }
  }

  // ---------------------------------------------------------------- switching

  function switchPerson(id) {
    if (id === state.person || !person(id)) return;
    state.person = id;
    const current = chat();
    if (!current || !current.members.includes(id) || current.kind === "direct") {
      state.chat = (chatsOf(id).find((c) => c.kind === "direct") || chatsOf(id)[0] || {}).id || null;
    }
    openChat();
  }

  function switchChat(id) {
    if (id === state.chat) return;
    state.chat = id;
    openChat();
  }

  function openChat() {
    const focusPeople = ui.people.contains(document.activeElement);
    const focusChats = ui.chats.contains(document.activeElement);
    state.generation += 1;
    state.unread.delete(state.chat);
    saveStore();
    clearTranscript();
    renderPeople();
    renderChats();
    // The lists were rebuilt: put keyboard focus back on the choice just made.
    if (focusPeople) (ui.people.querySelector("[aria-checked='true']") || ui.composer).focus();
    if (focusChats) (ui.chats.querySelector("[aria-current='true']") || ui.composer).focus();
    renderHeader();
    renderClock();
    pollSoon();
  }

  // ---------------------------------------------------------------- start

  async function start() {
    renderExamples();
    syncForward();
    autosize();
    let data;
    for (let attempt = 0; ; attempt += 1) {
      try {
        data = await api("/state");
        break;
      } catch (err) {
        say(`Can't reach FlowHub: ${err.message}`, "error");
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 500 * (attempt + 1))));
      }
    }
    say("");
    state.people = data.people || [];
    state.chats = data.chats || [];
    state.devClock = Boolean(data.dev_clock);
    const stored = loadStore();
    state.forwarded = stored.forwarded && typeof stored.forwarded === "object" ? stored.forwarded : {};
    state.person = person(stored.person) ? stored.person : (state.people[0] || {}).id;
    const chats = chatsOf(state.person);
    state.chat = chats.some((c) => c.id === stored.chat)
      ? stored.chat
      : (chats.find((c) => c.kind === "direct") || chats[0] || {}).id || null;
    setNow(data.now);
    openChat();
    loop();
    pollOthers();
    setInterval(pollOthers, OTHERS_MS);
    setInterval(() => { if (state.now) { updatePeopleTimes(); } }, 15000);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) pollSoon(); });
  }

  start();
})();
