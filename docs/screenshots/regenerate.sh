#!/bin/sh
# Regenerates every picture in docs/screenshots/ from demo data:
#   docs/screenshots/regenerate.sh
# Builds the renderer (dev preset) if needed, renders the light and dark
# themes under xvfb-run (real fonts) into docs/screenshots/, then both once
# more at 200% into a temporary folder to look at (not committed: CI checks
# 200% with TestScreenshotRenderer). The renderer exits non-zero on clipped
# text or squeezed widgets; this script stops there.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
shots="$root/docs/screenshots"
renderer="$root/build/dev/tests/ui/ScreenshotRenderer"
screen="-screen 0 1600x1000x24"

cd "$root"
if [ ! -f build/dev/CMakeCache.txt ]; then
    cmake --preset dev
fi
cmake --build --preset dev --target ScreenshotRenderer

render() { # render OUTDIR THEME [env...]
    out=$1 theme=$2
    shift 2
    # A fixed demo folder: the vault path shown in the pictures stays the same.
    env "$@" QT_QPA_PLATFORM=xcb xvfb-run -a -s "$screen" "$renderer" --theme "$theme" \
        --demo-dir "${TMPDIR:-/tmp}/secretbench-demo" "$out"
}

# Pictures with no producer any more do not linger.
rm -f "$shots"/*.png
for theme in light dark; do
    render "$shots" "$theme" QT_SCALE_FACTOR=1
done

scaled=$(mktemp -d "${TMPDIR:-/tmp}/secretbench-screenshots-200.XXXXXX")
for theme in light dark; do
    render "$scaled" "$theme" QT_SCALE_FACTOR=2
done

echo "Wrote:"
(cd "$shots" && ls -1 ./*.png | sed 's|^\./|  docs/screenshots/|')
echo "At 200% (to look at, not committed):"
ls -1 "$scaled"/*.png | sed 's|^|  |'
