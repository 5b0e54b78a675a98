#!/bin/sh
# Runs "$@" on a private D-Bus session with a fresh, unlocked GNOME Keyring (the Secret Service),
# in a throwaway HOME, so the test never touches the user's own keyring.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
exec dbus-run-session -- sh -c '
    printf "samen-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' keyring-session "$@"
