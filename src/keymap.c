#include "config.h"

#include "keymap.h"
