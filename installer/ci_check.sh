#!/bin/sh
# CI step: build the Linux frozen app, then run it from a copy in another folder with a bare environment
# (env -i, PATH=/usr/bin:/bin) where none of the project's Python packages can be imported.
#   installer/ci_check.sh            build, then smoke-test
#   KPU_CI_NO_BUILD=1 ...            smoke-test an existing dist/kpu-desktop
#   KPU_CI_SKIP_GUI=1 ...            leave out the desktop-window start
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
START=$(date +%s)

if [ "${KPU_CI_NO_BUILD:-0}" != 1 ]; then
    "$PYTHON" "$ROOT/installer/build.py" --no-deb
fi
BUILT=$(date +%s)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -a "$ROOT/dist/kpu-desktop" "$WORK/app"
mkdir "$WORK/home"
cd "$WORK"

bare() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        KPU_DESKTOP_PASSWORD=ci-sandi-123 "$@"
}
step() {
    echo "+ kpu-desktop $*"
    bare "$WORK/app/kpu-desktop" "$@"
}

# The outside world must not be able to help: a bare system Python cannot import the project.
for py in /usr/bin/python3 /bin/python3; do
    if [ -x "$py" ] && bare "$py" -c "import kpu_desktop" 2>/dev/null; then
        echo "FAIL: $py can import kpu_desktop outside the bundle" >&2
        exit 1
    fi
done

step --version
step --data-dir "$WORK/data" init --unit-code 62.01 --unit-kind kpu-kab --admin admin
step --data-dir "$WORK/data" check
step --data-dir "$WORK/data" demo
step --data-dir "$WORK/data" --lang en check
step --data-dir "$WORK/data" export --kind receipt --out "$WORK/receipts.xlsx"
step --data-dir "$WORK/data" backup --out "$WORK/backup.sqlite3"
step --data-dir "$WORK/data" restore "$WORK/backup.sqlite3"
step --data-dir "$WORK/data" about

if [ "${KPU_CI_SKIP_GUI:-0}" != 1 ]; then
    # The window waits for a login: still running after a few seconds means it started.
    echo "+ kpu-desktop gui (offscreen, stopped after 10 s)"
    set +e
    bare timeout 10 "$WORK/app/kpu-desktop" --data-dir "$WORK/data" gui
    code=$?
    set -e
    if [ "$code" != 124 ]; then
        echo "FAIL: the desktop application exited with $code before it was stopped" >&2
        exit 1
    fi
fi

END=$(date +%s)
echo "frozen build ok: $(du -sh "$WORK/app" | cut -f1), build $((BUILT - START)) s, checks $((END - BUILT)) s"
