#include "config.h"

#include "prevnext.h"
