/*
 * Taking attendance on a phone (paralegal/attendance/attendance.html).
 *
 * Without this script the page is a plain form of radio groups. With it, each learner's row
 * has four big buttons (present, late, absent, excused); a tap shows at once and adds
 * {id, learner, mark} to a queue kept in localStorage under one key. The queue holds only
 * the mark's own UUID, the row's opaque learner id (an HMAC made by the server, different
 * for every session) and the mark: never a name. The queue is sent to the page's endpoint
 * when the phone is online, again on the "online" event and with a growing delay; an entry
 * leaves the queue only when the server says it stored it. The server upserts per session
 * and learner and ignores a UUID it already has, so sending twice never counts twice.
 * queue-guard.js warns before signing out (which clears this phone's storage) while marks
 * are waiting.
 */
(function () {
  "use strict";

  var KEY = "rp-attendance-queue";
  var FIRST_DELAY = 2000;
  var MAX_DELAY = 5 * 60 * 1000;
  var MAX_BATCH = 100; // the server takes at most 200 at once

  var form = document.querySelector("form[data-attendance]");
  if (!form || !window.fetch || !window.JSON) {
    return;
  }
  var endpoint = form.getAttribute("data-endpoint");
  var csrfInput = form.querySelector("input[name=csrfmiddlewaretoken]");
  var csrf = csrfInput ? csrfInput.value : "";
  var statusLine = form.querySelector("[data-queue-status]");
  var errorLine = form.querySelector("[data-queue-error]");
  var rows = {}; // opaque learner id -> {element, saved: the mark the server has}
  var memory = []; // the queue when this browser refuses storage (a private window)
  var sending = false;
  var inFlight = {};
  var delay = FIRST_DELAY;
  var timer = null;
  var lastProblem = "";

  function text(name) {
    return statusLine.getAttribute("data-" + name) || "";
  }

  function isEntry(entry) {
    return (
      entry !== null &&
      typeof entry === "object" &&
      typeof entry.id === "string" &&
      typeof entry.learner === "string" &&
      typeof entry.mark === "string"
    );
  }

  function read() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(stored) ? stored.filter(isEntry) : [];
    } catch (error) {
      return memory.slice();
    }
  }

  function write(queue) {
    // Only these three fields, whatever else an entry may have picked up.
    var clean = queue.map(function (entry) {
      return { id: entry.id, learner: entry.learner, mark: entry.mark };
    });
    memory = clean;
    try {
      if (clean.length) {
        window.localStorage.setItem("rp-attendance-queue", JSON.stringify(clean));
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (error) {
      /* Storage blocked or full: the queue lasts while this page is open. */
    }
  }

  // queue-guard.js asks this when storage is blocked.
  window.rightspathAttendanceWaiting = function () {
    return read().length;
  };

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID();
    }
    var bytes = window.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (b) {
        return (b + 0x100).toString(16).slice(1);
      })
      .join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  function mine(queue) {
    return queue.filter(function (entry) {
      return Object.prototype.hasOwnProperty.call(rows, entry.learner);
    });
  }

  function show(token, mark) {
    var row = rows[token];
    row.element.setAttribute("data-mark", mark || "");
    Array.prototype.forEach.call(row.element.querySelectorAll("[data-mark-button]"), function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-mark-button") === mark ? "true" : "false");
    });
    Array.prototype.forEach.call(row.element.querySelectorAll("input[type=radio]"), function (radio) {
      radio.checked = radio.value === mark;
    });
  }

  // What a row shows: its latest waiting mark, or else what the server has.
  function showLatest(token) {
    var latest = rows[token].saved;
    read().forEach(function (entry) {
      if (entry.learner === token) {
        latest = entry.mark;
      }
    });
    show(token, latest);
  }

  function report() {
    var queue = read();
    var waiting = mine(queue).length;
    var others = queue.length - waiting;
    var parts = [];
    if (waiting) {
      parts.push(text(waiting === 1 ? "one" : "other").replace("{n}", String(waiting)));
      if (lastProblem) {
        parts.push(lastProblem);
      } else if (!navigator.onLine) {
        parts.push(text("offline"));
      }
    } else {
      parts.push(text("saved"));
    }
    if (others) {
      parts.push(text("other-sessions"));
    }
    var message = parts.join(" ");
    if (statusLine.textContent !== message) {
      statusLine.textContent = message;
    }
  }

  function complain(message) {
    errorLine.textContent = message || "";
  }

  function schedule() {
    if (timer !== null) {
      return;
    }
    timer = window.setTimeout(function () {
      timer = null;
      flush();
    }, delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  }

  function restart() {
    if (timer !== null) {
      window.clearTimeout(timer);
      timer = null;
    }
    delay = FIRST_DELAY;
    flush();
  }

  function drop(ids) {
    var gone = {};
    ids.forEach(function (id) {
      gone[id] = true;
    });
    write(
      read().filter(function (entry) {
        return !gone[entry.id];
      })
    );
  }

  function done() {
    sending = false;
    inFlight = {};
  }

  function flush() {
    if (sending) {
      return;
    }
    var batch = mine(read()).slice(0, MAX_BATCH);
    if (!batch.length) {
      report();
      return;
    }
    if (!navigator.onLine) {
      report();
      schedule(); // "online" usually comes first; this is for when it does not
      return;
    }
    sending = true;
    batch.forEach(function (entry) {
      inFlight[entry.id] = true;
    });
    window
      .fetch(endpoint, {
        method: "POST",
        credentials: "same-origin",
        redirect: "manual",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "X-CSRFToken": csrf,
        },
        body: JSON.stringify({ marks: batch }),
      })
      .then(function (response) {
        var json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
        if (response.ok && json) {
          return response.json().then(function (answer) {
            var stored = Array.isArray(answer.stored) ? answer.stored : [];
            var byId = {};
            batch.forEach(function (entry) {
              byId[entry.id] = entry;
            });
            stored.forEach(function (id) {
              if (byId[id]) {
                rows[byId[id].learner].saved = byId[id].mark;
              }
            });
            drop(stored);
            done();
            delay = FIRST_DELAY;
            lastProblem = "";
            complain("");
            flush();
          });
        }
        if (response.status === 400 && json) {
          // Refused, and would be again: drop what the server names (or the whole batch
          // when it names nothing) and show what the server has for those rows.
          return response.json().then(function (answer) {
            var rejected = Array.isArray(answer.rejected) && answer.rejected.length
              ? answer.rejected
              : batch.map(function (entry) { return entry.id; });
            var touched = {};
            batch.forEach(function (entry) {
              if (rejected.indexOf(entry.id) >= 0) {
                touched[entry.learner] = true;
              }
            });
            drop(rejected);
            Object.keys(touched).forEach(showLatest);
            done();
            complain(typeof answer.error === "string" ? answer.error : "");
            flush();
          });
        }
        if (response.status === 404) {
          // The session was removed, or this facilitator no longer runs the group.
          var all = mine(read());
          drop(all.map(function (entry) { return entry.id; }));
          Object.keys(rows).forEach(showLatest);
          done();
          complain(text("gone"));
          report();
          return null;
        }
        // Signed out, session expired, two-step sign-in needed (a redirect or a 403): keep
        // the marks and try again later. Anything else (5xx, 429): try again later.
        var signIn = response.type === "opaqueredirect" || response.status === 403 || (response.ok && !json);
        lastProblem = signIn ? text("sign-in") : "";
        done();
        report();
        schedule();
        return null;
      })
      .catch(function () {
        done();
        report();
        schedule();
      });
    report();
  }

  function tap(tokens, mark) {
    var queue = read();
    tokens.forEach(function (token) {
      // An earlier mark for this learner that has not left the phone is replaced.
      queue = queue.filter(function (entry) {
        return entry.learner !== token || inFlight[entry.id];
      });
      queue.push({ id: newId(), learner: token, mark: mark });
      show(token, mark);
    });
    write(queue);
    report();
    restart();
  }

  // Set up: buttons instead of radios, then what is still waiting on this phone.
  Array.prototype.forEach.call(form.querySelectorAll("[data-learner]"), function (element) {
    var token = element.getAttribute("data-learner");
    rows[token] = { element: element, saved: element.getAttribute("data-mark") || "" };
    var radios = element.querySelector("[data-radios]");
    var buttons = element.querySelector("[data-buttons]");
    if (radios && buttons) {
      radios.hidden = true;
      buttons.hidden = false;
    }
  });
  var save = form.querySelector("[data-form-save]");
  if (save) {
    save.hidden = true;
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("[data-mark-button]");
    if (button) {
      var row = button.closest("[data-learner]");
      var token = row.getAttribute("data-learner");
      var mark = button.getAttribute("data-mark-button");
      if (row.getAttribute("data-mark") !== mark) {
        tap([token], mark);
      }
      return;
    }
    if (event.target.closest("[data-mark-all]")) {
      event.preventDefault();
      var unmarked = Object.keys(rows).filter(function (token) {
        return !rows[token].element.getAttribute("data-mark");
      });
      if (unmarked.length) {
        tap(unmarked, "present");
      }
    }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault(); // everything goes through the queue
  });

  window.addEventListener("online", restart);
  window.addEventListener("offline", report);
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      Object.keys(rows).forEach(showLatest);
      report();
    }
  });

  Object.keys(rows).forEach(showLatest);
  report();
  flush();
})();
