// The quiz attempt form, enhanced: answers saved to the server on each change, and a countdown.
// Without this script the form still works: answers are saved when it is submitted, and the
// deadline is printed above the questions. The server's clock decides what arrived in time.

const form = document.querySelector("form[data-quiz-autosave]");
const countdown = document.querySelector("[data-quiz-countdown]");
const status = document.querySelector("[data-autosave-status]");
// Announced politely to screen readers, once each, instead of reading the clock every second.
const ANNOUNCEMENTS = { 300: "5 minutes left.", 60: "1 minute left." };

function timeText(date) {
  return date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

async function save() {
  const response = await fetch(form.dataset.quizAutosave, {
    method: "POST",
    body: new FormData(form),
    headers: { Accept: "application/json" },
    credentials: "same-origin",
  });
  if (response.status === 409) {
    window.location.reload(); // time is up or it was submitted elsewhere: the page shows the result
    return;
  }
  const reply = await response.json();
  status.textContent = response.ok
    ? `Answers last saved at ${timeText(new Date(reply.saved_at))}.`
    : reply.error || "Your answers could not be saved. They will be sent when you submit.";
}

// One save at a time, and the latest answers always sent last.
let saving = Promise.resolve();
let textTimer = null;
function queueSave() {
  saving = saving.then(save).catch(() => {
    status.textContent = "Your answers could not be saved just now. They will be sent when you submit.";
  });
}

if (form) {
  form.addEventListener("change", queueSave);
  form.addEventListener("input", (event) => {
    if (event.target.type !== "text") return;
    clearTimeout(textTimer);
    textTimer = setTimeout(queueSave, 800); // typed answers: once the learner pauses
  });
}

function clockText(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return `${minutes}:${rest}`;
}

if (countdown && form) {
  const clock = countdown.querySelector("[data-countdown-clock]");
  const announcer = countdown.querySelector("[data-countdown-announcer]");
  // Counted from the server's figure on page load, so a wrong clock on the learner's computer cannot shorten it.
  const endsAt = Date.now() + Number(countdown.dataset.secondsLeft) * 1000;
  const announced = new Set();
  countdown.hidden = false;
  const tick = () => {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    clock.textContent = clockText(left);
    for (const [at, message] of Object.entries(ANNOUNCEMENTS)) {
      if (left <= Number(at) && left > 0 && !announced.has(at)) {
        announced.add(at);
        announcer.textContent = message;
      }
    }
    if (left === 0) {
      clearInterval(timer);
      announcer.textContent = "Time is up. Your answers are being submitted.";
      saving.finally(() => form.requestSubmit());
    }
  };
  // Already past a warning when the page loads: no announcement for it.
  const startLeft = Number(countdown.dataset.secondsLeft);
  for (const at of Object.keys(ANNOUNCEMENTS)) if (startLeft <= Number(at)) announced.add(at);
  const timer = setInterval(tick, 1000);
  tick();
}
