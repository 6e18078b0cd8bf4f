/* output.c: an article as text or JSON, for use without a terminal. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "doc.h"
#include "entities.h"
#include "layout.h"
#include "output.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/*
 * JSON.
 */

/* A \u escape; a character beyond the BMP as a surrogate pair. */
static void
json_escape_cp(FILE *f, uint32_t cp)
{
	if (cp > 0xffff) {
		cp -= 0x10000;
		fprintf(f, "\\u%04x\\u%04x", (unsigned)(0xd800 + (cp >> 10)),
		    (unsigned)(0xdc00 + (cp & 0x3ff)));
	} else
		fprintf(f, "\\u%04x", (unsigned)cp);
}

/* True when none of eight bytes needs an escape or a look: printable
 * ASCII but for '"' and '\\'. */
static bool
plain8(uint64_t w)
{
	const uint64_t	 ones = 0x0101010101010101ull;
	const uint64_t	 high = 0x8080808080808080ull;
	uint64_t	 q = w ^ (ones * '"'), b = w ^ (ones * '\\');
	uint64_t	 d = w ^ (ones * 0x7f);

	return (w & high) == 0 && ((w + ones * 0x60) & high) == high &&
	    ((q - ones) & ~q & high) == 0 && ((b - ones) & ~b & high) == 0 &&
	    ((d - ones) & ~d & high) == 0;
}

void
output_json_string(FILE *f, const char *s)
{
	const unsigned char	*u = (const unsigned char *)s, *run, *end;
	size_t			 n;
	uint32_t		 cp;
	uint64_t		 w;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	end = u + strlen(s);
	fputc('"', f);
	for (;;) {
		/* Write what needs no escape in one go: printable ASCII and
		 * valid UTF-8 that is no control; a body is mostly the
		 * first, passed over eight bytes at a time. */
		for (run = u; u < end; ) {
			if (end - u >= 8) {
				memcpy(&w, u, 8);
				if (plain8(w)) {
					u += 8;
					continue;
				}
			}
			if (*u < 0x80) {
				if (*u < 0x20 || *u == '"' || *u == '\\' ||
				    *u == 0x7f)
					break;
				u++;
				continue;
			}
			n = utf8_decode((const char *)u, end - u < 4 ?
			    (size_t)(end - u) : 4, &cp);
			if ((cp == UTF8_REPLACEMENT && n == 1) ||
			    utf8_is_control(cp))
				break;
			u += n;
		}
		if (u > run)
			fwrite(run, 1, (size_t)(u - run), f);
		if (u == end)
			break;
		switch (*u) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		default:
			if (*u < 0x80) {
				fprintf(f, "\\u%04x", *u);
				break;
			}
			/* An invalid byte is U+FFFD; a control, escaped. */
			n = utf8_decode((const char *)u, end - u < 4 ?
			    (size_t)(end - u) : 4, &cp);
			json_escape_cp(f, cp);
			u += n;
			continue;
		}
		u++;
	}
	fputc('"', f);
}

static void
json_nav(FILE *f, const struct navlink *l)
{
	if (l->href == NULL && l->title == NULL) {
		fputs("null", f);
		return;
	}
	fputs("{\"href\":", f);
	output_json_string(f, l->href);
	fputs(",\"title\":", f);
	output_json_string(f, l->title);
	fputs(",\"file\":", f);
	output_json_string(f, l->file);
	fputc('}', f);
}

/* A mention with its code-point offsets. */
struct cpspan {
	size_t	 entity;
	size_t	 start, end;	/* code points */
};

/* Every mention, top-level and inner, with code-point offsets, grouped
 * by entity in order of start: the two lists (each sorted by start) are
 * merged in one pass over the body, then placed by entity (a counting
 * sort, which keeps that order). *n is the count. */
static struct cpspan *
cp_spans(const char *body, size_t len, const struct entities *e, size_t *n)
{
	size_t		 total = e->nmentions + e->ninner, i = 0, j = 0, k;
	size_t		 at = 0, count = 0, start, end;
	struct cpspan	*v = xcalloc(total + 1, sizeof *v);
	struct cpspan	*out = xcalloc(total + 1, sizeof *out);
	size_t		*slot = xcalloc(e->n + 1, sizeof *slot);

	for (k = 0; k < total; k++) {
		const struct mention *m;

		if (j >= e->ninner || (i < e->nmentions &&
		    e->mentions[i].start <= e->inner[j].start))
			m = &e->mentions[i++];
		else
			m = &e->inner[j++];
		start = m->start < len ? m->start : len;
		end = m->end < len ? m->end : len;
		if (end < start)
			end = start;
		if (start > at) {
			count += utf8_cpcount(body + at, start - at);
			at = start;
		}
		v[k].entity = m->entity < e->n ? m->entity : e->n;
		v[k].start = count;
		v[k].end = count + utf8_cpcount(body + start, end - start);
		slot[v[k].entity]++;
	}
	/* slot[x]: where entity x's spans begin. */
	for (k = 0, at = 0; k <= e->n; k++) {
		size_t c = slot[k];

		slot[k] = at;
		at += c;
	}
	for (k = 0; k < total; k++)
		out[slot[v[k].entity]++] = v[k];
	free(slot);
	free(v);
	*n = total;
	return out;
}

/* Write n in decimal at the end of the room that ends at end; return
 * where it starts. */
static char *
put_decimal(char *end, size_t n)
{
	do {
		*--end = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	return end;
}

/* A span, "[start,end]", after a comma when comma: what fprintf() would
 * write, without its format parsing, as an article has thousands. */
static void
json_span(FILE *f, bool comma, size_t start, size_t end)
{
	char	 b[2 * 20 + 4], *p = b + sizeof b;

	*--p = ']';
	p = put_decimal(p, end);
	*--p = ',';
	p = put_decimal(p, start);
	*--p = '[';
	if (comma)
		*--p = ',';
	fwrite(p, 1, (size_t)(b + sizeof b - p), f);
}

static void
json_entities(FILE *f, const struct article *a, const struct cpspan *v,
    size_t nv, int figures)
{
	const struct entities	*e = a->ents;
	size_t			 i, j = 0;
	int			 first = 1, firstspan;

	fputc('[', f);
	for (i = 0; i < e->n; i++) {
		const struct entity *en = &e->list[i];

		while (j < nv && v[j].entity < i)
			j++;
		if ((ENT_IS_FIGURE(en->type) != 0) != figures)
			continue;
		if (!first)
			fputc(',', f);
		first = 0;
		fputs("{\"text\":", f);
		output_json_string(f, en->text);
		fprintf(f, ",\"type\":\"%s\",\"count\":%zu,\"spans\":[",
		    entities_type_name(en->type), en->count);
		for (firstspan = 1; j < nv && v[j].entity == i; j++) {
			json_span(f, !firstspan, v[j].start, v[j].end);
			firstspan = 0;
		}
		fputs("]}", f);
	}
	fputc(']', f);
}

/* The article's links, in the order of the text: each one's text, its
 * address, its span in code points of the body (null for a caption's,
 * which is not in the body) and, when it resolves to one, the local
 * article. */
static void
json_links(FILE *f, const struct doc *d)
{
	struct doc_linkref	*v;
	size_t			 n, i, at = 0, count = 0, start, end;
	char			*text;

	v = doc_link_list(d, &n);
	fputc('[', f);
	for (i = 0; i < n; i++) {
		const struct block *b = &d->blocks[v[i].block];

		if (i > 0)
			fputc(',', f);
		text = xstrndup(b->text + v[i].start, v[i].end - v[i].start);
		fputs("{\"text\":", f);
		output_json_string(f, text);
		free(text);
		fputs(",\"href\":", f);
		output_json_string(f, d->links[v[i].link]);
		fputs(",\"span\":", f);
		if (b->body_off == DOC_NOT_IN_BODY ||
		    b->body_off + v[i].end > d->body_len)
			fputs("null", f);
		else {
			start = b->body_off + v[i].start;
			end = b->body_off + v[i].end;
			if (start < at) {
				at = 0;
				count = 0;
			}
			count += utf8_cpcount(d->body + at, start - at);
			at = start;
			json_span(f, false, count, count +
			    utf8_cpcount(d->body + start, end - start));
		}
		if (d->link_files != NULL && d->link_files[v[i].link] != NULL) {
			fputs(",\"file\":", f);
			output_json_string(f, d->link_files[v[i].link]);
		}
		fputc('}', f);
	}
	fputc(']', f);
	free(v);
}

void
output_json(FILE *f, const struct article *a)
{
	const struct doc	*d = a->doc;
	struct cpspan		*v;
	size_t			 nv;

	v = cp_spans(d->body, d->body_len, a->ents, &nv);
	fputs("{\"title\":", f);
	output_json_string(f, d->title);
	fputs(",\"headline\":", f);
	output_json_string(f, doc_headline(d));
	fputs(",\"byline\":", f);
	output_json_string(f, d->byline);
	fputs(",\"date\":", f);
	output_json_string(f, d->date);
	fputs(",\"site\":", f);
	output_json_string(f, d->site);
	fputs(",\"lang\":", f);
	output_json_string(f, d->lang);
	fputs(",\"url\":", f);
	output_json_string(f, d->url);
	fputs(",\"feed\":", f);
	output_json_string(f, d->feed);
	fputs(",\"body\":", f);
	output_json_string(f, d->body);
	fputs(",\"prev\":", f);
	json_nav(f, &d->prev);
	fputs(",\"next\":", f);
	json_nav(f, &d->next);
	fputs(",\"names\":", f);
	json_entities(f, a, v, nv, 0);
	fputs(",\"figures\":", f);
	json_entities(f, a, v, nv, 1);
	fputs(",\"links\":", f);
	json_links(f, d);
	fputs("}\n", f);
	free(v);
}

/*
 * Text.
 */

/* The escape sequence that starts a run: roles and attributes as ANSI
 * SGR, names and figures highlighted. */
static void
sgr(FILE *f, const struct seg *s, const struct entities *e)
{
	unsigned	 attr = s->attr;
	const char	*color = NULL;

	switch (s->role) {
	case ROLE_TITLE:
	case ROLE_HEADING:
		attr |= ATTR_BOLD;
		break;
	case ROLE_BYLINE:
		attr |= ATTR_DIM;
		break;
	case ROLE_LINK:
		attr |= ATTR_UNDERLINE;
		break;
	case ROLE_QUOTE:
		attr |= ATTR_ITALIC;
		break;
	}
	if (s->entity >= 0 && (size_t)s->entity < e->n) {
		if (ENT_IS_FIGURE(e->list[s->entity].type))
			color = "33";	/* yellow */
		else {
			color = "36";	/* cyan */
			attr |= ATTR_BOLD;
		}
	}
	fputs("\033[0", f);
	if (attr & ATTR_BOLD)
		fputs(";1", f);
	if (attr & ATTR_DIM)
		fputs(";2", f);
	if (attr & ATTR_ITALIC)
		fputs(";3", f);
	if (attr & ATTR_UNDERLINE)
		fputs(";4", f);
	if (attr & ATTR_REVERSE)
		fputs(";7", f);
	if (color != NULL)
		fprintf(f, ";%s", color);
	fputc('m', f);
}

static void
dump(FILE *f, const struct doc *d, const struct entities *e, int width,
    bool color)
{
	struct layout	*l;
	size_t		 i, j;

	l = layout_build(d, e, width, LAYOUT_TITLE | LAYOUT_BYLINE);
	for (i = 0; i < l->n; i++) {
		const struct line *ln = &l->lines[i];
		size_t	 end = ln->len;

		if (!color || ln->nsegs == 0) {
			/* Trailing spaces of indented blank lines go. */
			while (end > 0 && ln->text[end - 1] == ' ')
				end--;
			fwrite(ln->text, 1, end, f);
			fputc('\n', f);
			continue;
		}
		for (j = 0; j < ln->nsegs; j++) {
			const struct seg *s = &ln->segs[j];

			sgr(f, s, e);
			fwrite(ln->text + s->off, 1, s->len, f);
		}
		fputs("\033[0m\n", f);
	}
	layout_free(l);
}

void
output_dump(FILE *f, const struct article *a, int width, bool color)
{
	dump(f, a->doc, a->ents, width, color);
}

/* An address on a line of its own: its bytes but controls (an address
 * is cleaned when read; this is the last guard before a terminal). */
static void
put_address(FILE *f, const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n;
	uint32_t		 cp;

	while (*u != '\0') {
		n = utf8_decode((const char *)u, strlen((const char *)u), &cp);
		if (!utf8_is_control(cp) && !(cp == UTF8_REPLACEMENT &&
		    n == 1))
			fwrite(u, 1, n, f);
		u += n;
	}
}

void
output_dump_links(FILE *f, const struct article *a, int width, bool color)
{
	struct doc		*d = doc_number_links(a->doc);
	struct entities		*e = NULL;
	struct doc_linkref	*v;
	size_t			 n, i;

	/* The numbers move the text: its names and figures are found in
	 * it again when they are shown. */
	if (color)
		e = entities_find(d->body, d->body_len);
	dump(f, d, e, width, color);
	entities_free(e);
	v = doc_link_list(a->doc, &n);
	if (n > 0) {
		fputs("\nReferences\n\n", f);
		for (i = 0; i < n; i++) {
			fprintf(f, "%4zu. ", i + 1);
			put_address(f, a->doc->links[v[i].link]);
			fputc('\n', f);
		}
	}
	free(v);
	doc_free(d);
}

void
output_clean(FILE *f, const char *s)
{
	char	*t = utf8_clean(s, strlen(s), UTF8_CLEAN_LINE, NULL);

	fputs(t, f);
	free(t);
}
