#include "config.h"

#include "theme.h"
