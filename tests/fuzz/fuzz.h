/* fuzz.h: what the fuzz targets share: the entry point, and checks of the
 * invariants the modules promise (so that a target finds wrong results, not
 * only crashes). A failed check prints what is wrong and aborts, which
 * libFuzzer and the seed driver both report as a failure. */
#ifndef FOLIO_FUZZ_H
#define FOLIO_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdnoreturn.h>

#include "xmalloc.h"

struct doc;
struct entities;
struct layout;

/* Each target defines it: run one input. Always returns 0. */
int		 LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Set up what every run needs once: a UTF-8 locale for widths, as
 * folio sets it at start. */
void		 fuzz_init(void);

noreturn void	 fuzz_fail(const char *file, int line, const char *fmt, ...)
		    FOLIO_PRINTF(3, 4);
#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond))							\
		fuzz_fail(__FILE__, __LINE__, __VA_ARGS__);		\
} while (0)

/* s[0, len) is valid UTF-8, NUL-terminated at len with no NUL before, and
 * its only control characters are among those in allowed ("\t\n" ...). */
void		 fuzz_check_clean(const char *s, size_t len,
		    const char *allowed, const char *what);
/* The same but for the NUL at len: a finished block's text has none. */
void		 fuzz_check_clean_bytes(const char *s, size_t len,
		    const char *allowed, const char *what);

/* A finished doc: clean fields and blocks, spans inside their block and in
 * order, links in range, the body the blocks joined by blank lines,
 * doc_block_at() agreeing with each block's body_off. */
void		 fuzz_check_doc(const struct doc *d);

/* Entities found in text: mentions sorted, not overlapping, inside the
 * text (on character boundaries when it is valid UTF-8) and not across a
 * blank line; inner mentions each inside a mention; each entity named
 * clean, typed, counted and first mentioned as the list says. */
void		 fuzz_check_entities(const struct entities *e,
		    const char *text, size_t len);

/* A layout of d (with e, which may be NULL) at width with flags: clean
 * lines no wider than width (but for one character wider than width 1),
 * segs covering each line, lines in block order, each block's text shown
 * in full and in order, each character in the style and entity its spans
 * and mentions give it, layout_find() finding each line. */
void		 fuzz_check_layout(const struct layout *l, const struct doc *d,
		    const struct entities *e, int width, unsigned flags);

/* What folio does with an article: check it, find its entities, lay it
 * out at both widths, checking each step; frees nothing of d. */
void		 fuzz_check_article(const struct doc *d, int width1,
		    int width2);

/* A width from the input's bytes (1 to 40), so that the fuzzer tries
 * narrow widths too. */
int		 fuzz_width(const uint8_t *data, size_t size);

#endif
