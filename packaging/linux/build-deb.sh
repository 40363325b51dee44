#!/usr/bin/env bash
# Build a Debian package from the onedir bundle (make bundle first).
#
#   packaging/linux/build-deb.sh [--version X.Y.Z] [--profile FILE] [--out DIR]
#
# Installs the bundle to /opt/maktab, links /usr/bin/maktab to it and adds the
# desktop entry and icon. With --profile, FILE is shipped as the machine-wide
# settings profile /etc/xdg/maktab/profile.json (a conffile: dpkg keeps local
# edits on upgrade). The package is written to dist/ unless --out says otherwise.
# MAKTAB_MAINTAINER="Name <mail>" sets the Maintainer field.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bundle="$root/dist/maktab"
version=""
profile=""
out="$root/dist"

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [[ $# -gt 0 ]]; do
    case "$1" in
        --version) version="$2"; shift 2 ;;
        --profile) profile="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        -h|--help) usage 0 ;;
        *) echo "unknown argument: $1" >&2; usage 2 ;;
    esac
done

die() { echo "build-deb: $*" >&2; exit 1; }
command -v dpkg-deb >/dev/null || die "dpkg-deb not found (apt-get install dpkg)"
[[ -x "$bundle/maktab" ]] || die "no bundle at $bundle - run 'make bundle' first"
if [[ -z "$version" ]]; then
    version="$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$root/pyproject.toml" | head -n1)"
fi
[[ "$version" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || die "not a Debian version: '$version'"
if [[ -n "$profile" ]]; then
    [[ -f "$profile" ]] || die "profile not found: $profile"
    python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$profile" \
        || die "$profile is not valid UTF-8 JSON (a byte-order mark is not allowed either)"
fi
arch="$(dpkg --print-architecture)"
maintainer="${MAKTAB_MAINTAINER:-Maktab administrators <root@localhost>}"

umask 022
stage="$(mktemp -d "${TMPDIR:-/tmp}/maktab-deb.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/maktab"

install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/doc/maktab"
cp -a "$bundle" "$pkg/opt/maktab"
chmod -R u+rwX,go+rX,go-w "$pkg/opt/maktab"
ln -s /opt/maktab/maktab "$pkg/usr/bin/maktab"
install -m 0644 "$here/maktab.desktop" "$pkg/usr/share/applications/maktab.desktop"
install -m 0644 "$here/maktab.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/maktab.svg"
cat > "$pkg/usr/share/doc/maktab/copyright" <<'EOF'
Maktab service desk client.

/opt/maktab is a self-contained bundle: it carries its own Python runtime and
libraries (Qt for Python / PySide6 under the LGPL v3, SQLAlchemy, Alembic,
platformdirs, phonenumbers, email-validator and others), each under its own
licence. The Noto fonts in /opt/maktab/_internal/resources/fonts are under the
SIL Open Font License 1.1; see OFL.txt in that folder.
EOF
chmod 0644 "$pkg/usr/share/doc/maktab/copyright"

if [[ -n "$profile" ]]; then
    install -d "$pkg/etc/xdg/maktab"
    install -m 0644 "$profile" "$pkg/etc/xdg/maktab/profile.json"
    echo "/etc/xdg/maktab/profile.json" > "$pkg/DEBIAN/conffiles"
fi

installed_kb="$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)"
# The bundle brings its own libraries but not the C library: require at least the
# glibc it was built against (the newest GLIBC_x.y symbol version it uses).
libc="libc6"
if command -v objdump >/dev/null; then
    glibc="$(find "$pkg/opt/maktab" -type f \( -name '*.so*' -o -name maktab \) -print0 \
        | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/^GLIBC_//' \
        | sort -V | tail -n1 || true)"
    [[ -n "$glibc" ]] && libc="libc6 (>= $glibc)"
fi
cat > "$pkg/DEBIAN/control" <<EOF
Package: maktab
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $libc, libgl1, libegl1, libxcb1, libxcb-cursor0, libxkbcommon-x11-0, fontconfig, tzdata
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1
Section: misc
Priority: optional
Description: service desk client with first-class Arabic
 Maktab takes calls, logs tickets and follows them up. It works offline on a
 local database and speaks Arabic, English and Polish. This package installs
 a self-contained build in /opt/maktab.
EOF

mkdir -p "$out"
deb="$out/maktab_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null
echo "$deb"
