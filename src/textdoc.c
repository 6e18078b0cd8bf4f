#include "config.h"

#include "textdoc.h"
