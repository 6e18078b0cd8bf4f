/* lexicon.c: word lists for finding names. */
#include "config.h"

#include "lexicon.h"
