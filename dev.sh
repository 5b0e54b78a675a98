#!/usr/bin/env bash
# Samen's two commands, for a fresh Debian 12 machine as root:
#   ./dev.sh run   install what is missing, build into build/, start the app
#   ./dev.sh test  the same setup, then the whole test suite (ctest, QML tests offscreen)
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    cmake ninja-build g++ pkg-config clang libclang-rt-14-dev
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev libqt6svg6 libgl-dev
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qttest qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qt6-multimedia-dev qml6-module-qtmultimedia
    libsqlcipher-dev libicu-dev libsodium-dev libzxcvbn-dev libbenchmark-dev qtkeychain-qt6-dev gnome-keyring dbus-daemon dbus-bin
    fonts-noto-core poppler-utils xvfb xauth openjdk-17-jdk-headless
    libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-nld libpoppler-qt6-dev
    libopencv-core-dev libopencv-imgproc-dev
    qt6-speech-dev qml6-module-qttexttospeech qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
)

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON
    cmake --build build --parallel "$(nproc)"
}

run_tests() {
    mkdir -p build/test-runtime && chmod 700 build/test-runtime
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$PWD/build/test-runtime" \
        ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
}

start_app() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: rendering every page to build/screenshots instead."
        QT_QPA_PLATFORM=offscreen build/app/samen --screenshots build/screenshots "$@"
        return
    fi
    exec build/app/samen "$@"
}

case "${1:-}" in
    run) shift; install_missing; build; start_app "$@" ;;
    test) install_missing; build; run_tests ;;
    *) echo "usage: $0 run [samen options] | test" >&2; exit 2 ;;
esac
