/* mklexicon.c: write the lookup table of src/lexicon.c from the word lists.
 *
 *	mklexicon CUES LIST... > src/lexicon_table.c
 *
 * CUES is data/cues.txt; each LIST is data/lexicon/KIND.txt, where KIND is
 * the name of a LEX_* flag of include/lexicon.h in small letters ("word",
 * "place") or "term". The build runs it (Makefile.am); it needs nothing but
 * the C library.
 *
 * The keys are merged in this order, as data/README.md tells:
 *  1. every key of every list but "term" gets its list's flag;
 *  2. data/cues.txt, line by line: a key gets the flag of the [class] it
 *     is under; a key under [notdemonym] loses LEX_DEMONYM, and one
 *     under [notplace] LEX_PLACE, if the table holds it by then (and
 *     stays in the table, flags or none);
 *  3. a key of the "term" list gets LEX_NOTNAME unless LEX_PLACE, LEX_ORG
 *     or LEX_PERSON is on it by then.
 *
 * The table is an open-addressing hash table (FNV-1a, linear probing, at
 * most half full) over a string pool; src/lexicon_table.h describes it. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdnoreturn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

/* The flags, by the names the lists and the [classes] of cues.txt use. */
static const struct {
	const char	*name;
	uint32_t	 flag;
} flag_names[] = {
	{ "word", LEX_WORD },
	{ "proper", LEX_PROPER },
	{ "first", LEX_FIRST },
	{ "surname", LEX_SURNAME },
	{ "person", LEX_PERSON },
	{ "place", LEX_PLACE },
	{ "org", LEX_ORG },
	{ "demonym", LEX_DEMONYM },
	{ "title", LEX_TITLE },
	{ "orgword", LEX_ORGWORD },
	{ "placeword", LEX_PLACEWORD },
	{ "connect", LEX_CONNECT },
	{ "stop", LEX_STOP },
	{ "month", LEX_MONTH },
	{ "weekday", LEX_WEEKDAY },
	{ "number", LEX_NUMBER },
	{ "ordinal", LEX_ORDINAL },
	{ "magnitude", LEX_MAGNITUDE },
	{ "currency", LEX_CURRENCY },
	{ "unit", LEX_UNIT },
	{ "notname", LEX_NOTNAME },
	{ "folk", LEX_FOLK },
	{ "work", LEX_WORK },
	{ "event", LEX_EVENT },
};
#define NFLAGS	(sizeof flag_names / sizeof flag_names[0])

/* The cue classes whose keys keep their case; the others are lowered. */
#define CASED	(LEX_PLACE | LEX_ORG | LEX_PERSON | LEX_NOTNAME)
/* What names a "term" and keeps it a name. */
#define NAMED	(LEX_PLACE | LEX_ORG | LEX_PERSON)

/* Flags are written as four base-64 digits; a slot keeps an 11-bit tag of
 * the hash beside an offset of 21 bits. */
#define MAXFLAGS	(1u << 24)
#define MAXPOOL		(1u << 21)

struct entry {
	char		*key;		/* NUL-terminated, in the arena */
	size_t		 len;
	uint32_t	 flags;
};

struct table {
	struct entry	*entries;
	size_t		 n, max;
	uint32_t	*slots;		/* entry index + 1; 0: empty */
	size_t		 nslots;	/* a power of two, above 2 * max */
	char		*arena;		/* the keys */
	size_t		 used, size;
};

/* A file read whole, NUL-terminated. */
struct file {
	const char	*path;
	char		*data;
	size_t		 len;
	size_t		 lines;
};

#if defined(__GNUC__)
static noreturn void mk_die(const char *, ...)
    __attribute__((format(printf, 1, 2)));
#endif

static noreturn void
mk_die(const char *fmt, ...)
{
	va_list	 ap;

	fputs("mklexicon: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *
mk_alloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		mk_die("out of memory");
	return p;
}

static uint32_t
mk_hash(const char *s, size_t len)
{
	uint32_t	 h = 0x811c9dc5u;
	size_t		 i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x01000193u;
	}
	return h;
}

/*
 * UTF-8 as strictly as data/gen-lexicon (Python) reads it: the code point
 * at s (n > 0 bytes left) and its length in *len, or -1 where the bytes
 * are no UTF-8 (overlong, a surrogate, past U+10FFFF or cut short).
 */
static long
mk_decode(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long	 c, min;
	size_t		 k, i;

	*len = 1;
	if (u[0] < 0x80)
		return u[0];
	if (u[0] >= 0xc2 && u[0] <= 0xdf) {
		k = 2;
		c = u[0] & 0x1f;
		min = 0x80;
	} else if (u[0] >= 0xe0 && u[0] <= 0xef) {
		k = 3;
		c = u[0] & 0x0f;
		min = 0x800;
	} else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
		k = 4;
		c = u[0] & 0x07;
		min = 0x10000;
	} else
		return -1;
	if (n < k)
		return -1;
	for (i = 1; i < k; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return -1;
		c = c << 6 | (u[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*len = k;
	return (long)c;
}

/* White space as Python's str.split() and str.strip() see it. */
static int
mk_space(long c)
{
	return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) ||
	    c == 0x85 || c == 0xa0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Where s[0..n) starts and ends without white space at either end. */
static void
mk_strip(const char *s, size_t n, size_t *start, size_t *end)
{
	size_t	 i, k, first = n, last = 0;
	long	 c;

	for (i = 0; i < n; i += k) {
		c = mk_decode(s + i, n - i, &k);
		if (!mk_space(c)) {
			if (first == n)
				first = i;
			last = i + k;
		}
	}
	*start = first == n ? 0 : first;
	*end = first == n ? 0 : last;
}

/* A key as the table holds it: underscores as spaces, runs of white space
 * as one space, none at either end. Writes at most n bytes to out, which
 * may be s. */
static size_t
mk_normalize(const char *s, size_t n, char *out)
{
	size_t	 i, k, len = 0;
	int	 gap = 0;
	long	 c;

	for (i = 0; i < n; i += k) {
		c = mk_decode(s + i, n - i, &k);
		if (c == '_' || mk_space(c)) {
			gap = len > 0;
			continue;
		}
		if (gap)
			out[len++] = ' ';
		gap = 0;
		memmove(out + len, s + i, k);
		len += k;
	}
	return len;
}

static uint32_t
mk_flag(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < NFLAGS; i++)
		if (strlen(flag_names[i].name) == len &&
		    memcmp(flag_names[i].name, name, len) == 0)
			return flag_names[i].flag;
	return 0;
}

static void
mk_read(struct file *f)
{
	FILE	*fp;
	size_t	 size = 65536, i, k;
	long	 c;

	if ((fp = fopen(f->path, "rb")) == NULL)
		mk_die("%s: %s", f->path, strerror(errno));
	f->data = mk_alloc(size + 1, 1);
	f->len = 0;
	for (;;) {
		f->len += fread(f->data + f->len, 1, size - f->len, fp);
		if (f->len < size)
			break;
		size *= 2;
		if ((f->data = realloc(f->data, size + 1)) == NULL)
			mk_die("out of memory");
	}
	if (ferror(fp))
		mk_die("%s: %s", f->path, strerror(errno));
	fclose(fp);
	f->data[f->len] = '\0';
	f->lines = 1;
	for (i = 0; i < f->len; i += k) {
		if ((c = mk_decode(f->data + i, f->len - i, &k)) <= 0)
			mk_die("%s: byte %zu: %s", f->path, i,
			    c == 0 ? "a NUL" : "not UTF-8");
		if (c == '\n' || c == '\r')
			f->lines++;
	}
}

static struct entry *
mk_find(struct table *t, const char *key, size_t len)
{
	size_t		 i;
	struct entry	*e;

	i = mk_hash(key, len) & (t->nslots - 1);
	for (; t->slots[i] != 0; i = (i + 1) & (t->nslots - 1)) {
		e = &t->entries[t->slots[i] - 1];
		if (e->len == len && memcmp(e->key, key, len) == 0)
			return e;
	}
	return NULL;
}

/* Adds flag to key (a normalised key of 1 to LEXICON_MAXKEY bytes). */
static void
mk_add(struct table *t, const char *key, size_t len, uint32_t flag)
{
	size_t		 i;
	struct entry	*e;

	if ((e = mk_find(t, key, len)) != NULL) {
		e->flags |= flag;
		return;
	}
	if (t->n == t->max || t->used + len + 1 > t->size)
		mk_die("more keys than lines");
	e = &t->entries[t->n++];
	e->key = t->arena + t->used;
	memcpy(e->key, key, len);
	e->key[len] = '\0';
	t->used += len + 1;
	e->len = len;
	e->flags = flag;
	i = mk_hash(key, len) & (t->nslots - 1);
	while (t->slots[i] != 0)
		i = (i + 1) & (t->nslots - 1);
	t->slots[i] = (uint32_t)t->n;
}

/* A list: one key a line, as the table holds it, in byte order, once.
 * Its keys get flag; a list of terms (flag 0) is only checked here. */
static void
mk_list(struct table *t, const struct file *f, uint32_t flag)
{
	const char	*s = f->data, *nl, *prev = NULL;
	size_t		 len, plen = 0, line = 0, i;
	char		 norm[LEXICON_MAXKEY + 1];
	int		 cmp;

	for (; *s != '\0'; s = nl + 1) {
		line++;
		if ((nl = strchr(s, '\n')) == NULL)
			mk_die("%s:%zu: no newline at the end", f->path, line);
		len = (size_t)(nl - s);
		if (len == 0 || len > LEXICON_MAXKEY)
			mk_die("%s:%zu: a key is 1 to %d bytes", f->path, line,
			    LEXICON_MAXKEY);
		for (i = 0; i < len; i++)
			if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
				mk_die("%s:%zu: a control character", f->path,
				    line);
		if (mk_normalize(s, len, norm) != len ||
		    memcmp(norm, s, len) != 0)
			mk_die("%s:%zu: spaces or underscores the table would "
			    "not hold (one space between words)", f->path, line);
		if (prev != NULL) {
			cmp = memcmp(prev, s, plen < len ? plen : len);
			if (cmp > 0 || (cmp == 0 && plen >= len))
				mk_die("%s:%zu: not in byte order (LC_ALL=C "
				    "sort -u)", f->path, line);
		}
		prev = s;
		plen = len;
		if (flag != 0)
			mk_add(t, s, len, flag);
	}
}

static void
mk_cues(struct table *t, const struct file *f)
{
	const char	*s, *p, *next;
	size_t		 n, line = 0, a, b, len, i;
	uint32_t	 flag = 0;
	uint32_t	 unflag = 0;	/* [notdemonym], [notplace] */
	int		 any = 0;
	char		*key;
	struct entry	*e;

	key = mk_alloc(f->len + 1, 1);
	for (s = f->data; *s != '\0'; s = next) {
		/* A line ends at "\n", "\r\n" or "\r". */
		n = strcspn(s, "\r\n");
		next = s + n;
		if (next[0] == '\r' && next[1] == '\n')
			next += 2;
		else if (next[0] != '\0')
			next++;
		line++;
		mk_strip(s, n, &a, &b);
		p = s + a;
		len = b - a;
		if (len == 0 || p[0] == '#')
			continue;
		if (p[0] == '[' && p[len - 1] == ']') {
			unflag = 0;
			if (len == 12 && memcmp(p, "[notdemonym]", 12) == 0)
				unflag = LEX_DEMONYM;
			else if (len == 10 && memcmp(p, "[notplace]", 10) == 0)
				unflag = LEX_PLACE;
			flag = mk_flag(p + 1, len - 2);
			if (flag == 0 && unflag == 0)
				mk_die("%s:%zu: no such list: %.*s", f->path,
				    line, (int)len, p);
			any = 1;
			continue;
		}
		if (!any)
			mk_die("%s:%zu: a key before any [list]", f->path, line);
		if (unflag != 0) {
			if ((e = mk_find(t, p, len)) != NULL)
				e->flags &= ~unflag;
			continue;
		}
		memcpy(key, p, len);
		/* Only A-Z are lowered: cues.txt writes the others small. */
		if ((flag & CASED) == 0)
			for (i = 0; i < len; i++)
				if (key[i] >= 'A' && key[i] <= 'Z')
					key[i] = (char)(key[i] - 'A' + 'a');
		len = mk_normalize(key, len, key);
		if (len == 0)
			continue;
		if (len > LEXICON_MAXKEY) {
			fprintf(stderr, "mklexicon: %s:%zu: longer than %d "
			    "bytes: left out\n", f->path, line,
			    LEXICON_MAXKEY);
			continue;
		}
		mk_add(t, key, len, flag);
	}
	free(key);
}

/* The acronyms that are terms: no names unless something names them. */
static void
mk_terms(struct table *t, const struct file *f)
{
	const char	*s, *nl;
	struct entry	*e;

	for (s = f->data; *s != '\0'; s = nl + 1) {
		nl = strchr(s, '\n');
		e = mk_find(t, s, (size_t)(nl - s));
		if (e == NULL || (e->flags & NAMED) == 0)
			mk_add(t, s, (size_t)(nl - s), LEX_NOTNAME);
	}
}

static int
mk_compare(const void *a, const void *b)
{
	const struct entry *x = *(const struct entry * const *)a;
	const struct entry *y = *(const struct entry * const *)b;

	return strcmp(x->key, y->key);
}

/* Bytes as a C string literal's: printable ASCII but '"' and '\\' as they
 * are, the others in octal. */
static void
mk_cstring(FILE *out, const unsigned char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (s[i] == '"' || s[i] == '\\')
			fprintf(out, "\\%c", s[i]);
		else if (s[i] >= 0x20 && s[i] < 0x7f)
			fputc(s[i], out);
		else
			fprintf(out, "\\%03o", s[i]);
	}
}

static void
mk_emit(FILE *out, struct table *t)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	struct entry	**sorted;
	unsigned char	 *pool;
	uint32_t	 *slots, h, off;
	size_t		  nslots = 1, len = 1, i, j, size;

	sorted = mk_alloc(t->n, sizeof *sorted);
	for (i = 0; i < t->n; i++)
		sorted[i] = &t->entries[i];
	qsort(sorted, t->n, sizeof *sorted, mk_compare);
	while (nslots < 2 * t->n)
		nslots *= 2;

	/* Each key in the pool: its flags in four base-64 digits (most
	 * significant first), the key, a NUL; the pool starts with a NUL,
	 * so that no key is at offset 0. */
	size = 1 + t->used + 4 * t->n;
	pool = mk_alloc(size, 1);
	slots = mk_alloc(nslots, sizeof *slots);
	for (i = 0; i < t->n; i++) {
		if (sorted[i]->flags >= MAXFLAGS)
			mk_die("a flag past 24 bits");
		for (j = 0; j < 4; j++)
			pool[len++] = (unsigned char)
			    b64[sorted[i]->flags >> (18 - 6 * j) & 63];
		off = (uint32_t)len;
		memcpy(pool + len, sorted[i]->key, sorted[i]->len + 1);
		len += sorted[i]->len + 1;
		if (len >= MAXPOOL)
			mk_die("the pool outgrew 21 bits of offset");
		/* A slot: the offset shifted past an 11-bit tag, the top
		 * bits of the hash. */
		h = mk_hash(sorted[i]->key, sorted[i]->len);
		j = h & (nslots - 1);
		while (slots[j] != 0)
			j = (j + 1) & (nslots - 1);
		slots[j] = off << 11 | h >> 21;
	}

	fputs("/* lexicon_table.c: the lookup table of lexicon.c (see "
	    "lexicon_table.h).\n * Generated by data/mklexicon from "
	    "data/cues.txt and the lists in\n * data/lexicon/: do not "
	    "edit. */\n", out);
	fputs("#include \"config.h\"\n\n#include <stddef.h>\n"
	    "#include <stdint.h>\n\n#include \"lexicon_table.h\"\n\n", out);
	fprintf(out, "const size_t\t lexicon_nkeys = %zu;\n"
	    "const uint32_t\t lexicon_nslots = %zu;\n\n", t->n, nslots);
	fputs("/* Each key: its flags in four base-64 digits, the key, a NUL. "
	    "*/\nconst char lexicon_pool[] =\n", out);
	for (i = 0; i < len; i += 64) {
		fputs("\t\"", out);
		mk_cstring(out, pool + i, len - i < 64 ? len - i : 64);
		fputs(i + 64 >= len ? "\";\n" : "\"\n", out);
	}
	fputs("\n/* The offset of a key in lexicon_pool, shifted left 11 bits, "
	    "or'ed with\n * the top 11 bits of its hash; 0 for an empty "
	    "slot. */\n", out);
	fprintf(out, "const uint32_t lexicon_slots[%zu] = {\n", nslots);
	for (i = 0; i < nslots; i += 12) {
		fputc('\t', out);
		for (j = i; j < i + 12 && j < nslots; j++)
			fprintf(out, j > i ? ",%lu" : "%lu",
			    (unsigned long)slots[j]);
		fputs(",\n", out);
	}
	fputs("};\n", out);
	free(sorted);
	free(pool);
	free(slots);
}

int
main(int argc, char **argv)
{
	struct file	*files;
	struct table	 t;
	const char	*base, *dot;
	size_t		 i, lines = 0, bytes = 0, nterms = 0;
	uint32_t	*kinds;

	if (argc < 2) {
		fputs("usage: mklexicon CUES [LIST...] > lexicon_table.c\n",
		    stderr);
		return 2;
	}
	files = mk_alloc((size_t)argc, sizeof *files);
	kinds = mk_alloc((size_t)argc, sizeof *kinds);
	for (i = 1; i < (size_t)argc; i++) {
		files[i].path = argv[i];
		mk_read(&files[i]);
		lines += files[i].lines;
		bytes += files[i].len + files[i].lines;
		if (i == 1)
			continue;
		/* A list's kind is its file's name. */
		base = strrchr(argv[i], '/') == NULL ? argv[i] :
		    strrchr(argv[i], '/') + 1;
		if ((dot = strrchr(base, '.')) == NULL ||
		    strcmp(dot, ".txt") != 0)
			mk_die("%s: not KIND.txt", argv[i]);
		if ((size_t)(dot - base) == 4 && memcmp(base, "term", 4) == 0)
			nterms++;
		else if ((kinds[i] = mk_flag(base, (size_t)(dot - base))) == 0)
			mk_die("%s: no such kind of list", argv[i]);
	}
	if (nterms > 1)
		mk_die("more than one list of terms");

	memset(&t, 0, sizeof t);
	t.max = lines;
	t.entries = mk_alloc(t.max, sizeof *t.entries);
	t.nslots = 1;
	while (t.nslots < 2 * t.max)
		t.nslots *= 2;
	t.slots = mk_alloc(t.nslots, sizeof *t.slots);
	t.size = bytes;
	t.arena = mk_alloc(t.size, 1);

	for (i = 2; i < (size_t)argc; i++)
		mk_list(&t, &files[i], kinds[i]);
	mk_cues(&t, &files[1]);
	for (i = 2; i < (size_t)argc; i++)
		if (kinds[i] == 0)
			mk_terms(&t, &files[i]);
	mk_emit(stdout, &t);
	if (fflush(stdout) != 0 || ferror(stdout))
		mk_die("standard output: %s", strerror(errno));

	for (i = 1; i < (size_t)argc; i++)
		free(files[i].data);
	free(files);
	free(kinds);
	free(t.entries);
	free(t.slots);
	free(t.arena);
	return 0;
}
