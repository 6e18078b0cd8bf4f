#include "config.h"

#include "pager.h"
