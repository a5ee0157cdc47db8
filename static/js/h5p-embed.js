/* H5P activities in a lesson, on the app origin (courses/blocks/h5p_activity.html).
 *
 * Each activity plays in an <iframe data-h5p-embed> from the content origin. Its player posts
 * messages here; one is believed only when it comes from that origin AND from that very frame
 * (event.source), has the expected shape and is at most 64 KB. Statements are then posted to
 * the lesson's xAPI endpoint with the learner's session and CSRF token. A statement that cannot
 * be sent (no connection, a server error) waits in memory and is tried again when the phone is
 * back online, and with a growing delay. Each statement carries an id, so sending one twice
 * never counts twice. The score is for the learner only: nothing here gates the lesson.
 */
(function () {
  "use strict";

  if (window.rightspathH5PEmbed) {
    return; // one copy of this script for all the activities of a page
  }
  window.rightspathH5PEmbed = true;

  var MAX_BYTES = 64 * 1024;
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 4000;
  var FIRST_DELAY = 2000;
  var MAX_DELAY = 5 * 60 * 1000;
  var frames = [];
  var queue = [];
  var sending = false;
  var delay = FIRST_DELAY;
  var timer = null;

  function isPlainObject(value) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      return false;
    }
    var proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  }

  function byteLength(text) {
    return new TextEncoder().encode(text).length;
  }

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

  function schedule() {
    if (timer !== null || queue.length === 0) {
      return;
    }
    timer = window.setTimeout(function () {
      timer = null;
      flush();
    }, delay);
    delay = Math.min(delay * 2, MAX_DELAY);
  }

  function flush() {
    if (sending || queue.length === 0) {
      return;
    }
    sending = true;
    var item = queue[0];
    window
      .fetch(item.endpoint, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": item.csrf },
        body: item.body,
      })
      .then(
        function (response) {
          // 2xx: stored (or already stored). 4xx but 408/429: refused, and will be again.
          var retry = response.status >= 500 || response.status === 408 || response.status === 429;
          return retry ? Promise.reject(new Error("retry")) : null;
        }
      )
      .then(
        function () {
          queue.shift();
          delay = FIRST_DELAY;
          sending = false;
          flush();
        },
        function () {
          sending = false;
          schedule();
        }
      );
  }

  function send(frame, statement) {
    if (!frame.endpoint) {
      return;
    }
    if (typeof statement.id !== "string" || !statement.id) {
      statement.id = newId();
    }
    var body = JSON.stringify(statement);
    if (byteLength(body) > MAX_BYTES) {
      return;
    }
    queue.push({ endpoint: frame.endpoint, csrf: frame.csrf, body: body });
    flush();
  }

  function resize(frame, height) {
    if (typeof height !== "number" || !isFinite(height)) {
      return;
    }
    var bounded = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
    frame.iframe.style.height = bounded + "px";
  }

  function onMessage(event) {
    var frame = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].iframe.contentWindow === event.source) {
        frame = frames[i];
        break;
      }
    }
    if (frame === null || event.origin !== frame.origin) {
      return;
    }
    var data = event.data;
    if (!isPlainObject(data) || typeof data.type !== "string" || data.version !== 1) {
      return;
    }
    if (data.type === "rightspath:h5p-size") {
      resize(frame, data.height);
    } else if (data.type === "rightspath:h5p" && isPlainObject(data.statement)) {
      var text;
      try {
        text = JSON.stringify(data);
      } catch (error) {
        return;
      }
      if (byteLength(text) <= MAX_BYTES) {
        send(frame, data.statement);
      }
    }
  }

  function setUp() {
    var nodes = document.querySelectorAll("iframe[data-h5p-embed]");
    for (var i = 0; i < nodes.length; i++) {
      var iframe = nodes[i];
      var origin = iframe.getAttribute("data-h5p-origin") || "";
      if (!origin) {
        continue;
      }
      frames.push({
        iframe: iframe,
        origin: origin,
        endpoint: iframe.getAttribute("data-h5p-endpoint") || "",
        csrf: iframe.getAttribute("data-h5p-csrf") || "",
      });
    }
    if (frames.length) {
      window.addEventListener("message", onMessage);
      window.addEventListener("online", function () {
        if (timer !== null) {
          window.clearTimeout(timer);
          timer = null;
        }
        delay = FIRST_DELAY;
        flush();
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
