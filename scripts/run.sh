#!/usr/bin/env bash
# make run: migrate, create the demo logins and documents, then serve web, worker and beat until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
CELERY=.venv/bin/celery
BROKER="${CELERY_BROKER_URL:-redis://127.0.0.1:6379/0}"
ADDRESS="${RUN_ADDRESS:-127.0.0.1:8000}"
mkdir -p var

if $PY -c "import sys, redis; redis.Redis.from_url(sys.argv[1], socket_connect_timeout=1).ping()" "$BROKER" 2>/dev/null; then
  with_worker=1
else
  echo "Redis is not reachable at $BROKER: tasks run in-process, without a worker or beat."
  export CELERY_TASK_ALWAYS_EAGER=true
  with_worker=0
fi

$PY manage.py migrate --noinput
$PY manage.py demo

trap 'trap - INT TERM EXIT; kill 0 2>/dev/null; wait' INT TERM EXIT
if [ "$with_worker" = 1 ]; then
  $CELERY -A backoffice worker -Q extraction,celery --concurrency 2 --loglevel INFO &
  $CELERY -A backoffice beat --loglevel INFO &
fi
echo "backoffice is at http://$ADDRESS/ (Ctrl-C stops web, worker and beat)"
$PY manage.py runserver --noreload "$ADDRESS"
