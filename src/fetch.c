#include "config.h"

#include "fetch.h"
