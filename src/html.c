#include "config.h"

#include "html.h"
