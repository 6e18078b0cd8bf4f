#include "config.h"

#include "extract.h"
