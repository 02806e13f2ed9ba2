#!/usr/bin/env bash
# The production stack, proven: the README's production section run for real (academy.settings.production,
# gunicorn, a Celery worker and Celery beat on PostgreSQL and Redis, mail through a local SMTP server), then
# .ci/production_learner.py drives it over HTTP as a learner and as the first admin. Every process started
# here is recorded by PID and stopped by that PID on exit; on failure the end of every log is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

HTTP_PORT=${PRODUCTION_CI_HTTP_PORT:-8670}
SMTP_PORT=${PRODUCTION_CI_SMTP_PORT:-8725}
DB_NAME=academy_prod_ci
BROKER_DB=12
CACHE_DB=13
WORK=$(mktemp -d /tmp/academy-prod-ci.XXXXXX)
MAILDIR="$WORK/mail"
PIDS=()
GUNICORN_PID=""
started_at=$(date +%s)

step() { printf '\n==> [%s] %s\n' "$(date +%T)" "$*"; }

stop_started() {
  local status=$?
  # gunicorn gets INT, its quick shutdown (TERM waits out its graceful timeout); the rest stop on TERM.
  for pid in "${PIDS[@]}"; do
    if [ "$pid" = "$GUNICORN_PID" ]; then kill -INT "$pid" 2>/dev/null || true; else kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for pid in "${PIDS[@]}"; do
    # A process still running 20 s later is killed: CI must never leave the stack running.
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [ "$status" != 0 ]; then
    for log in "$WORK"/*.log; do
      [ -f "$log" ] && { printf '\n---- last lines of %s ----\n' "$log"; tail -40 "$log"; }
    done
    printf '\nProduction stack run FAILED (logs kept in %s)\n' "$WORK"
  else
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap stop_started EXIT
# Interrupted or terminated, the script still stops what it started (through the EXIT trap).
trap 'exit 130' INT
trap 'exit 143' TERM

start() {  # start NAME COMMAND...: run in the background with its output in $WORK/NAME.log, record its PID
  local name=$1; shift
  "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  echo "started $name (pid $!)"
}

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...: poll until the command succeeds or time runs out
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do
    "$@" >/dev/null 2>&1 && return 0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "process $pid exited early"; return 1; }; done
    sleep 0.5
  done
  echo "timed out after ${seconds}s waiting for $what"
  return 1
}

# The environment the README's production section lists; the values are this machine's.
export DJANGO_SETTINGS_MODULE=academy.settings.production
DJANGO_SECRET_KEY=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS=127.0.0.1
CERTIFICATE_SIGNING_KEY=$(openssl genpkey -algorithm ed25519)
export CERTIFICATE_SIGNING_KEY
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB_NAME
export CELERY_BROKER_URL=redis://127.0.0.1:6379/$BROKER_DB
export CACHE_URL=rediscache://127.0.0.1:6379/$CACHE_DB
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$SMTP_PORT DEFAULT_FROM_EMAIL=academy@academy.test
export WAGTAILADMIN_BASE_URL=https://127.0.0.1:$HTTP_PORT
export DJANGO_MEDIA_ROOT=$WORK/media DJANGO_PRIVATE_FILES_ROOT=$WORK/private-files
ADMIN_EMAIL=admin@academy.test
export DJANGO_ADMIN_PASSWORD
DJANGO_ADMIN_PASSWORD=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))')

step "A fresh database ($DB_NAME) and Redis dbs $BROKER_DB (broker) and $CACHE_DB (cache)"
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB_NAME"
createdb -h 127.0.0.1 -U postgres "$DB_NAME"
redis-cli -h 127.0.0.1 -n "$BROKER_DB" flushdb >/dev/null
redis-cli -h 127.0.0.1 -n "$CACHE_DB" flushdb >/dev/null

step "Static files: collectstatic in the background (WhiteNoise writes .gz and .br beside each file)"
[ -f academy/static/css/academy.css ] || npm run --silent build
# Brotli at its best quality is the slow part; it needs no database, so it runs while the database is set up.
.venv/bin/python manage.py collectstatic --noinput -v 0 >"$WORK/collectstatic.log" 2>&1 &
STATIC_PID=$!
PIDS+=("$STATIC_PID")

step "The README's first steps: migrate, setup_site, create_admin"
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py setup_site
.venv/bin/python manage.py create_admin "$ADMIN_EMAIL" --first-name Ada --last-name Admin

step "A course arrives as an admin imports one: manage.py import_course --publish"
.venv/bin/python manage.py import_course .ci/production-course --publish

step "Waiting for collectstatic"
wait "$STATIC_PID" || { echo "collectstatic failed"; exit 1; }
PIDS=()

step "SMTP (aiosmtpd into a Maildir), gunicorn, a Celery worker and Celery beat"
start smtp .venv/bin/python -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR"
# Its own control socket: gunicorn's default (~/.gunicorn/gunicorn.ctl) is shared by every gunicorn of this user.
start gunicorn .venv/bin/gunicorn academy.wsgi --bind "127.0.0.1:$HTTP_PORT" --workers 2 --timeout 30 --access-logfile - \
  --control-socket "$WORK/gunicorn.ctl"
GUNICORN_PID=${PIDS[-1]}
start worker .venv/bin/celery -A academy worker --loglevel=INFO --concurrency=2
start beat .venv/bin/celery -A academy beat -S django --loglevel=INFO
wait_for 30 "SMTP on port $SMTP_PORT" bash -c "exec 3<>/dev/tcp/127.0.0.1/$SMTP_PORT"
# The driver stands in for the TLS proxy: it says the request came over HTTPS, as the proxy's header would.
wait_for 60 "gunicorn's /healthz/" curl -fsS -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$HTTP_PORT/healthz/"
wait_for 60 "the Celery worker" grep -q "celery@.* ready" "$WORK/worker.log"

step "A learner and the first admin, over HTTP (.ci/production_learner.py)"
timeout 180 .venv/bin/python .ci/production_learner.py \
  --base-url "http://127.0.0.1:$HTTP_PORT" --maildir "$MAILDIR" \
  --admin-email "$ADMIN_EMAIL" --course-slug production-check

step "The worker's and beat's own logs agree"
for task in courses.tasks.send_course_completed_email tracking.tasks.build_report_export; do
  grep -q "Task $task\[.*\] succeeded" "$WORK/worker.log" || { echo "the worker did not run $task"; exit 1; }
  echo "worker ran $task"
done
# Beat sends the outbox relay as soon as it starts (it has never run), then every minute.
wait_for 30 "beat to send the outbox relay" grep -q "Sending due task .*outbox.tasks.relay_outbox" "$WORK/beat.log"
echo "beat sent outbox.tasks.relay_outbox"

step "Production stack passed in $(( $(date +%s) - started_at ))s"
