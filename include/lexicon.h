/* lexicon.h: word lists for finding names and figures (a table generated
 * at build time from data/: data/README.md). */
#ifndef FOLIO_LEXICON_H
#define FOLIO_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* What the lists say of a key. Names keep their case ("Putin", "New
 * York"); words and cues are in lower case ("the", "president"). */
#define LEX_WORD	0x000001u	/* a common word */
#define LEX_PROPER	0x000002u	/* a capitalised word of a dictionary */
#define LEX_FIRST	0x000004u	/* a first name */
#define LEX_SURNAME	0x000008u	/* a family name */
#define LEX_PERSON	0x000010u	/* a well-known person */
#define LEX_PLACE	0x000020u	/* a country, region or city */
#define LEX_ORG		0x000040u	/* a well-known organisation */
#define LEX_DEMONYM	0x000080u	/* a people or its adjective: "Chinese" */
#define LEX_TITLE	0x000100u	/* "president", "mr." */
#define LEX_ORGWORD	0x000200u	/* "university", "inc." */
#define LEX_PLACEWORD	0x000400u	/* "river", "street" */
#define LEX_CONNECT	0x000800u	/* inside a name: "of", "de", "van" */
#define LEX_STOP	0x001000u	/* never part of a name: "the", "this" */
#define LEX_MONTH	0x002000u
#define LEX_WEEKDAY	0x004000u
#define LEX_NUMBER	0x008000u	/* "two", "forty", "hundred" */
#define LEX_ORDINAL	0x010000u	/* "fifth", "twentieth" */
#define LEX_MAGNITUDE	0x020000u	/* "million", "bn" */
#define LEX_CURRENCY	0x040000u	/* "dollars", "yuan" */
#define LEX_UNIT	0x080000u	/* "percent", "km" */
#define LEX_NOTNAME	0x100000u	/* capitalised, yet no name: "PhD" */
#define LEX_FOLK	0x200000u	/* after a name, says it names a
					   language or a people: "speakers" */
#define LEX_WORK	0x400000u	/* before a name, says it is the
					   title of a work: "film", "novel" */
#define LEX_EVENT	0x800000u	/* ends the name of an event:
					   "festival", "prize" */

/* Keys are at most this many bytes. */
#define LEXICON_MAXKEY	63

/* The flags of a key of one or more words (separated by one space), exact
 * bytes; 0 when the key is unknown. */
uint32_t	 lexicon_lookup(const char *s, size_t len);
/* The number of keys. */
size_t		 lexicon_size(void);

#endif
