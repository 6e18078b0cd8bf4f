/* chrome.h: the phrases that open or make up a page's chrome rather than
 * its article (share bars, tag lines, related posts, newsletter boxes,
 * comment sections, a player's controls), in one list that the
 * plain-text reader (textdoc.c) and the HTML reader (extract_emit.c) share.
 * Each entry says how each reader takes it; a phrase is matched with
 * phrase_match() (phrase.h). */
#ifndef FOLIO_CHROME_H
#define FOLIO_CHROME_H

#include <stddef.h>

/* What a line of a plain-text article that the phrase starts is. */
enum chrome {
	CHROME_NONE,	/* nothing: the phrase is the HTML reader's only */
	CHROME_DROP,	/* a line to leave out: "Advertisement", "Tweet" */
	CHROME_SHARE,	/* a share block: the trailing chrome starts once
			   the body has, else a line to leave out */
	CHROME_TAIL,	/* the trailing chrome starts: "Leave a Reply" */
	CHROME_NEWS,	/* a newsletter box starts */
	CHROME_COOKIE	/* a cookie notice starts */
};

/* In plain text, the phrase starts a line and counts when the line goes
 * on as one of these bits says: */
#define CHROME_WHOLE	0x001	/* the line is the phrase, with no other
				   word: "Share this:", "Comments (3)" */
#define CHROME_RUNIN	0x002	/* or the phrase runs into a capital
				   ("Read nextGlobal"), or a separator or a
				   title follows it */
#define CHROME_COLON	0x004	/* or a colon follows it: "Tags: ..." */
#define CHROME_PREFIX	0x008	/* or more follows it, in a short line
				   without a full stop at the end */
#define CHROME_ANY	0x010	/* or anything follows it */
#define CHROME_TEXT	0x01f	/* any of these: plain text reads it */

/* In a page, a short block is chrome when: */
#define CHROME_OPENS	0x100	/* it starts with the phrase, whole words:
				   it opens a promotion or the page's
				   furniture ("Read more", "Sign up") */
#define CHROME_ALONE	0x200	/* it is the phrase alone, but for spaces
				   and colons: a promotion's heading
				   ("Related", "Most read") */
#define CHROME_LABEL	0x400	/* it is the phrase alone, but for spaces
				   and full stops: a control's label ("Full
				   screen", "Comments") */

struct chrome_phrase {
	const char	*ph;	/* lower case; its first byte is no space
				   and no quote, so that it matches only
				   text that starts with that byte */
	unsigned	 how;	/* CHROME_* bits */
	enum chrome	 what;	/* in plain text */
};

/* The phrases, in the order plain text tries them: a longer one before
 * a shorter one it starts with. */
extern const struct chrome_phrase chrome_phrases[];
extern const size_t chrome_nphrases;

#endif
