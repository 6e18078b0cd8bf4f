#include "config.h"

#include "library.h"
