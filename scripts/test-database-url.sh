#!/usr/bin/env bash
# Prints the database URL the tests use: PostgreSQL when it answers; otherwise SQLite on a laptop,
# said plainly on stderr. Under CI=true PostgreSQL is required.
set -u
url="$1"
if .venv/bin/python - "$url" <<'PY' 2>/dev/null
import sys, psycopg, dj_database_url
cfg = dj_database_url.parse(sys.argv[1])
psycopg.connect(host=cfg["HOST"] or None, port=cfg["PORT"] or None, user=cfg["USER"] or None,
                password=cfg["PASSWORD"] or None, dbname="postgres", connect_timeout=3).close()
PY
then
  echo "$url"
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL is not reachable at $url and CI=true requires it" >&2
  exit 1
else
  echo "NOTE: PostgreSQL is not reachable at $url: the tests run on SQLite and PostgreSQL-only tests are skipped" >&2
  echo "sqlite:///$(pwd)/var/test.sqlite3"
fi
