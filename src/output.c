#include "config.h"

#include "output.h"
