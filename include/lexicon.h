/* lexicon.h: word lists for finding names (generated tables). */
#ifndef FOLIO_LEXICON_H
#define FOLIO_LEXICON_H

#endif
