#include "config.h"

#include "ui.h"
