#include "config.h"

#include "grid.h"
