# shellcheck shell=bash
# Shared helpers for scripts/run, scripts/test and .ci/run. Source it, do not run it.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV_DIR="$REPO_ROOT/.venv"
APT_INSTALL="apt-get install -y --no-install-recommends"

log() { printf '==> %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# ---------------------------------------------------------------- Python + virtualenv

# Prints the path of a Python >= 3.11 (python3.11, then python3), or fails.
find_python() {
  local cand path
  for cand in python3.11 python3; do
    path="$(command -v "$cand" 2>/dev/null)" || continue
    if "$path" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      printf '%s\n' "$path"
      return 0
    fi
  done
  return 1
}

# True if $1 can create virtualenvs with pip in them (Debian splits that into python3-venv).
python_has_venv() {
  "$1" -c 'import ensurepip, venv' >/dev/null 2>&1
}

require_python() {
  local py
  if ! py="$(find_python)"; then
    die "Python >= 3.11 not found (tried python3.11, python3). On Debian 12 install it with:
    sudo apt-get update && sudo $APT_INSTALL python3 python3-venv"
  fi
  if ! python_has_venv "$py"; then
    die "$py cannot create virtualenvs (the venv/ensurepip modules are missing). Install them with:
    sudo apt-get update && sudo $APT_INSTALL python3-venv"
  fi
  printf '%s\n' "$py"
}

# ensure_venv NAME SPEC: create .venv if needed and `pip install -e SPEC` into it, unless
# pyproject.toml and SPEC are unchanged since the last successful install (stamp file).
ensure_venv() {
  local name="$1" spec="$2" py lock_fd=""
  if [ -x "$VENV_DIR/bin/python" ] &&
    "$VENV_DIR/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
    :
  else
    py="$(require_python)"
    log "Creating virtualenv .venv with $py ($("$py" -c 'import platform; print(platform.python_version())'))"
    "$py" -m venv --clear "$VENV_DIR" || die "could not create .venv with $py"
  fi

  # Serialise installs when several scripts run at the same time in this checkout.
  if command -v flock >/dev/null 2>&1; then
    exec {lock_fd}>"$VENV_DIR/.install.lock"
    flock "$lock_fd"
  fi
  _install_if_changed "$name" "$spec"
  local rc=$?
  if [ -n "${lock_fd:-}" ]; then
    exec {lock_fd}>&-
  fi
  return "$rc"
}

_install_if_changed() {
  local name="$1" spec="$2" stamp want start log_file
  stamp="$VENV_DIR/.flowhub-install-$name"
  want="$(
    cd "$REPO_ROOT" || exit 1
    { printf '%s\n' "$spec"; "$VENV_DIR/bin/python" -V; cat pyproject.toml; } | sha256sum | cut -d' ' -f1
  )"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
    "$VENV_DIR/bin/python" -I -c 'import importlib.metadata as m; m.distribution("flowhub")' >/dev/null 2>&1; then
    return 0
  fi

  log "Installing flowhub ($spec) and its dependencies into .venv; the first time takes a few minutes"
  start=$SECONDS
  log_file="$VENV_DIR/pip-install-$name.log"
  if ! (cd "$REPO_ROOT" && "$VENV_DIR/bin/python" -m pip install -q -e "$spec") >"$log_file" 2>&1; then
    tail -n 60 "$log_file" >&2
    die "pip install -e '$spec' failed (full log: .venv/$(basename "$log_file"))"
  fi
  printf '%s\n' "$want" >"$stamp"
  log "Installed in $((SECONDS - start))s"
}

# ---------------------------------------------------------------- system tools for the tests

# Prints the directory holding initdb, pg_ctl and postgres, or fails.
find_pg_bindir() {
  local d initdb
  local -a candidates
  if [ -n "${FLOWHUB_PG_BIN:-}" ]; then
    candidates=("$FLOWHUB_PG_BIN")
  else
    candidates=()
  fi
  if initdb="$(command -v initdb 2>/dev/null)"; then
    candidates+=("$(dirname "$(readlink -f "$initdb")")")
  fi
  # Newest version first.
  while IFS= read -r d; do
    [ -n "$d" ] && candidates+=("$d")
  done < <(for d in /usr/lib/postgresql/*/bin; do [ -d "$d" ] && printf '%s\n' "$d"; done | sort -V -r)
  for d in "${candidates[@]}"; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  return 1
}

find_redis_server() {
  local p
  if p="$(command -v redis-server 2>/dev/null)"; then
    printf '%s\n' "$p"
    return 0
  fi
  for p in /usr/bin/redis-server /usr/sbin/redis-server /usr/local/bin/redis-server; do
    if [ -x "$p" ]; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  return 1
}

find_chromium() {
  local p
  for p in "${FLOWHUB_CHROMIUM:-}" /usr/bin/chromium; do
    if [ -n "$p" ] && [ -x "$p" ]; then
      printf '%s\n' "$p"
      return 0
    fi
  done
  if p="$(command -v chromium 2>/dev/null)"; then
    printf '%s\n' "$p"
    return 0
  fi
  return 1
}

_APT_UPDATED=0
apt_update_once() {
  if [ "$_APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || die "apt-get update failed"
    _APT_UPDATED=1
  fi
}

# apt_install_or_explain WHAT PACKAGE...: install the packages when root with apt-get,
# otherwise print the exact command and fail.
apt_install_or_explain() {
  local what="$1"
  shift
  if is_root && command -v apt-get >/dev/null 2>&1; then
    apt_update_once
    log "Installing $what: $APT_INSTALL $*"
    local start=$SECONDS
    DEBIAN_FRONTEND=noninteractive $APT_INSTALL -q "$@" >/dev/null ||
      die "$APT_INSTALL $* failed"
    log "Installed $* in $((SECONDS - start))s"
  elif command -v apt-get >/dev/null 2>&1; then
    die "missing $what. Install with:
    sudo apt-get update && sudo $APT_INSTALL $*"
  else
    die "missing $what (Debian packages: $*). Install them with your system's package manager."
  fi
}

# Makes sure PostgreSQL server binaries, redis-server, Chromium, Tesseract (with the twelve
# languages' packs), espeak-ng, opusenc and the test fonts exist (installing them when
# possible) and exports FLOWHUB_PG_BIN, FLOWHUB_REDIS_SERVER and FLOWHUB_CHROMIUM.
ensure_test_system_tools() {
  local missing=() what=()
  find_pg_bindir >/dev/null || { missing+=(postgresql); what+=("PostgreSQL server (initdb, pg_ctl, postgres)"); }
  find_redis_server >/dev/null || { missing+=(redis-server); what+=(redis-server); }
  find_chromium >/dev/null || { missing+=(chromium); what+=("Chromium (/usr/bin/chromium)"); }
  # Reading files: Tesseract with the twelve languages' packs, speech and Opus for voice notes,
  # and the fonts the tests draw images with.
  local pack packs=() langs=""
  command -v tesseract >/dev/null 2>&1 && langs="$(tesseract --list-langs 2>/dev/null)"
  for pack in eng deu spa fra por ita nld rus tur ind hin ara; do
    grep -qx "$pack" <<<"$langs" || packs+=("tesseract-ocr-$pack")
  done
  if [ "${#packs[@]}" -gt 0 ]; then
    missing+=(tesseract-ocr "${packs[@]}"); what+=("Tesseract and its language packs")
  fi
  command -v espeak-ng >/dev/null 2>&1 || { missing+=(espeak-ng); what+=(espeak-ng); }
  command -v opusenc >/dev/null 2>&1 || { missing+=(opus-tools); what+=("opusenc (opus-tools)"); }
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || { missing+=(fonts-dejavu-core); what+=("DejaVu fonts"); }
  [ -f /usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf ] || { missing+=(fonts-noto-core); what+=("Noto fonts"); }
  if [ "${#missing[@]}" -gt 0 ]; then
    local joined
    joined="$(printf '%s, ' "${what[@]}")"
    apt_install_or_explain "${joined%, }" "${missing[@]}"
  fi
  FLOWHUB_PG_BIN="$(find_pg_bindir)" || die "PostgreSQL server binaries still not found after installing postgresql"
  FLOWHUB_REDIS_SERVER="$(find_redis_server)" || die "redis-server still not found after installing redis-server"
  FLOWHUB_CHROMIUM="$(find_chromium)" || die "chromium still not found after installing chromium"
  export FLOWHUB_PG_BIN FLOWHUB_REDIS_SERVER FLOWHUB_CHROMIUM
}
