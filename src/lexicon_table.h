/* lexicon_table.h: the lookup table behind lexicon.c, in
 * lexicon_table.c, which data/mklexicon writes at build time from
 * data/cues.txt and data/lexicon/ (data/README.md). Only lexicon.c reads
 * it.
 *
 * An open-addressing hash table: FNV-1a, linear probing, at most half
 * full. The pool holds each key (one or more words, one space between
 * them) after its flags in four base-64 digits (most significant first),
 * and a NUL after it; the pool starts with a NUL, so that no key is at
 * offset 0. A slot holds the offset of a key in the pool shifted left 11
 * bits, or'ed with the top 11 bits of its hash, so that most probes never
 * touch the pool; an empty slot is 0. */
#ifndef FOLIO_LEXICON_TABLE_H
#define FOLIO_LEXICON_TABLE_H

#include <stddef.h>
#include <stdint.h>

extern const char	 lexicon_pool[];
extern const uint32_t	 lexicon_slots[];
/* The number of slots, a power of two; the number of keys. */
extern const uint32_t	 lexicon_nslots;
extern const size_t	 lexicon_nkeys;

#endif
