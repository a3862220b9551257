// libedit's native API (editline + history), used by the shell's line editor.
// Install it with `apt-get install -y libedit-dev` (Debian/Ubuntu).
#include <stdio.h>
#include <histedit.h>
